import { create } from 'xmlbuilder2'
import { describe, expect, it } from 'vitest'

import {
  decimalAmount,
  EN16931_GUIDELINE,
  FACTUR_X_FILENAME,
  facturXml,
  FRANCHISE_EXEMPTION_CODE,
} from '../../src/documents/facturX'
import { renderInvoicePdf, type InvoicePdfData } from '../../src/documents/invoicePdf'
import {
  computeTotals,
  FRANCHISE_MENTION,
  type InvoiceLineInput,
  type VatRegime,
} from '../../src/domain/invoices'
import { cents, readFacturX } from '../helpers/facturX'
import { pdfAttachments } from '../helpers/pdf'

const SELLER: InvoicePdfData['seller'] = {
  name: 'Atelier Réparation',
  legalName: 'Atelier Réparation Lyon SARL',
  legalForm: 'SARL au capital de 8 000 €',
  street: '12 rue de la République',
  postalCode: '69002',
  city: 'Lyon',
  country: 'FR',
  address: '12 rue de la République, 69002 Lyon',
  phone: '04 78 00 00 00',
  email: 'contact@atelier-demo.fr',
  siret: '73282932000074',
  registration: 'RCS Lyon 732 829 320',
  vatNumber: 'FR44732829320',
  iban: 'FR76 3000 6000 0112 3456 7890 189',
  bic: 'AGRIFRPP',
}

const BUSINESS: InvoicePdfData['customer'] = {
  name: 'Claire Martin',
  company: 'Boulangerie Martin SAS',
  addressLines: ['5 place Bellecour', '69002 Lyon'],
  email: 'compta@boulangerie-martin.fr',
  phone: '06 12 34 56 78',
  siret: '81234567800013',
  vatNumber: 'FR12812345678',
}

const PRIVATE: InvoicePdfData['customer'] = {
  name: 'Julien Petit',
  addressLines: ['8 rue Mercière', '69002 Lyon'],
  email: 'julien.petit@example.fr',
}

// 1,5 h × 60,00 € + 129,00 € at 20 %, 24,90 € at 5,5 %: 206,10 € HT, 37,80 € VAT, 243,90 € TTC.
const LINES: InvoiceLineInput[] = [
  {
    kind: 'labour',
    description: 'Remplacement écran',
    quantity: 1.5,
    unitPrice: 6000,
    vatRate: 2000,
  },
  {
    kind: 'part',
    description: 'Écran OLED iPhone 13',
    quantity: 1,
    unitPrice: 12900,
    vatRate: 2000,
  },
  { kind: 'free', description: 'Étui de protection', quantity: 1, unitPrice: 2490, vatRate: 550 },
]

function invoice(
  overrides: Partial<InvoicePdfData> = {},
  lines: InvoiceLineInput[] = LINES,
  regime: VatRegime = overrides.vatRegime ?? 'normal',
): InvoicePdfData {
  const { lines: computed, ...totals } = computeTotals(lines, regime)
  return {
    kind: 'invoice',
    number: 'F-2026-000001',
    // 23:30 UTC on 03/12 is already 04/12 in Paris.
    issuedAt: '2026-12-03T23:30:00.000Z',
    serviceDate: '2026-12-02T17:10:00.000Z',
    dueDate: '2027-01-03',
    seller: SELLER,
    vatRegime: regime,
    latePenaltyRate: 1215,
    customer: BUSINESS,
    lines: computed,
    totals,
    ...overrides,
  }
}

/** EN 16931 sums, recomputed from the XML alone (amounts in cents). */
function expectConsistent(fx: ReturnType<typeof readFacturX>) {
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0)
  // BR-CO-10, BR-CO-13, BR-CO-14, BR-CO-15, BR-CO-16.
  expect(sum(fx.lines.map((l) => cents(l.total)))).toBe(cents(fx.totals.lineTotal))
  expect(cents(fx.totals.taxBasis)).toBe(cents(fx.totals.lineTotal))
  expect(sum(fx.taxes.map((t) => cents(t.vat)))).toBe(cents(fx.totals.taxTotal))
  expect(cents(fx.totals.grandTotal)).toBe(cents(fx.totals.taxBasis) + cents(fx.totals.taxTotal))
  expect(cents(fx.totals.due)).toBe(
    cents(fx.totals.grandTotal) - (fx.totals.prepaid ? cents(fx.totals.prepaid) : 0),
  )
  for (const tax of fx.taxes) {
    const lines = fx.lines.filter((l) => l.rate === tax.rate && l.category === tax.category)
    // BR-S-08: the basis of a rate is the sum of its lines.
    expect(sum(lines.map((l) => cents(l.total)))).toBe(cents(tax.basis))
    // BR-CO-17 / BR-S-09: VAT = basis × rate, within the schematron's ±1,00 (we stay within cents).
    const exact = (cents(tax.basis) * cents(tax.rate)) / 10000
    expect(Math.abs(cents(tax.vat) - exact)).toBeLessThanOrEqual(0.6 * lines.length + 0.5)
  }
  // Quantity × net price gives the line amount to the cent.
  for (const line of fx.lines) {
    const [units, fraction] = line.netPrice!.split('.')
    const price = Number(units) * 10000 + Number(fraction) // 1/10000 €
    const amount = (cents(line.quantity) * price) / 10000 // cents
    expect(Math.abs(amount - cents(line.total)), line.name).toBeLessThan(1)
  }
}

describe('Factur-X XML (EN 16931, CII)', () => {
  it('carries number, dates, parties, lines and the VAT of each rate of an invoice', () => {
    const fx = readFacturX(facturXml(invoice()))
    expect(fx.namespace).toBe('urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100')
    expect(fx.guideline).toBe(EN16931_GUIDELINE)
    expect(fx.number).toBe('F-2026-000001')
    expect(fx.typeCode).toBe('380')
    // Dates are Paris days, format 102.
    expect(fx.issueDate).toBe('20261204')
    expect(fx.issueDateFormat).toBe('102')
    expect(fx.deliveryDate).toBe('20261202')
    expect(fx.dueDate).toBe('20270103')
    expect(fx.paymentTerms).toBe('Paiement au plus tard le 03/01/2027.')

    expect(fx.seller).toEqual({
      name: 'Atelier Réparation Lyon SARL',
      siret: '73282932000074',
      siretScheme: '0009',
      siren: '732829320',
      sirenScheme: '0002',
      vatNumber: 'FR44732829320',
      vatScheme: 'VA',
      address: {
        line1: '12 rue de la République',
        postalCode: '69002',
        city: 'Lyon',
        country: 'FR',
      },
    })
    // An older snapshot has only printed lines: postcode and city are read back from them.
    expect(fx.buyer).toEqual({
      name: 'Boulangerie Martin SAS',
      siret: '81234567800013',
      siretScheme: '0009',
      siren: '812345678',
      sirenScheme: '0002',
      vatNumber: 'FR12812345678',
      vatScheme: 'VA',
      address: { line1: '5 place Bellecour', postalCode: '69002', city: 'Lyon', country: 'FR' },
    })

    expect(fx.lines).toEqual([
      {
        id: '1',
        name: 'Remplacement écran',
        netPrice: '50.0000',
        quantity: '1.50',
        unitCode: 'C62',
        category: 'S',
        rate: '20.00',
        total: '75.00',
      },
      {
        id: '2',
        name: 'Écran OLED iPhone 13',
        netPrice: '107.5000',
        quantity: '1.00',
        unitCode: 'C62',
        category: 'S',
        rate: '20.00',
        total: '107.50',
      },
      {
        id: '3',
        name: 'Étui de protection',
        netPrice: '23.6000',
        quantity: '1.00',
        unitCode: 'C62',
        category: 'S',
        rate: '5.50',
        total: '23.60',
      },
    ])
    expect(fx.taxes).toEqual([
      {
        rate: '20.00',
        basis: '182.50',
        vat: '36.50',
        category: 'S',
        exemptionReason: undefined,
        exemptionCode: undefined,
      },
      {
        rate: '5.50',
        basis: '23.60',
        vat: '1.30',
        category: 'S',
        exemptionReason: undefined,
        exemptionCode: undefined,
      },
    ])
    expect(fx.currency).toBe('EUR')
    expect(fx.totals).toEqual({
      lineTotal: '206.10',
      taxBasis: '206.10',
      taxTotal: '37.80',
      taxCurrency: 'EUR',
      grandTotal: '243.90',
      prepaid: undefined,
      due: '243.90',
    })
    expect(fx.paymentMeans).toEqual([
      { typeCode: '58', iban: 'FR7630006000011234567890189', bic: 'AGRIFRPP' },
    ])
    // The legal mentions of the printed invoice.
    expect(fx.notes).toEqual([
      {
        text: 'Atelier Réparation Lyon SARL, SARL au capital de 8 000 €, RCS Lyon 732 829 320',
        code: 'REG',
      },
      {
        text: "Pénalités de retard : 12,15 % par an, exigibles de plein droit dès le lendemain de l'échéance.",
        code: 'PMD',
      },
      {
        text: 'Indemnité forfaitaire pour frais de recouvrement : 40 € (art. L441-10 du Code de commerce).',
        code: 'PMT',
      },
      { text: "Pas d'escompte pour paiement anticipé.", code: 'AAB' },
    ])
    expect(fx.creditedInvoice).toBeUndefined()
    expectConsistent(fx)
  })

  it('under the franchise, exempts every line (E, VATEX-FR-FRANCHISE) with the art. 293 B mention', () => {
    const data = invoice({ vatRegime: 'franchise', seller: { ...SELLER, vatNumber: undefined } })
    const fx = readFacturX(facturXml(data))
    expect(fx.lines.map((l) => [l.category, l.rate, l.total])).toEqual([
      ['E', '0.00', '90.00'],
      ['E', '0.00', '129.00'],
      ['E', '0.00', '24.90'],
    ])
    expect(fx.taxes).toEqual([
      {
        rate: '0.00',
        basis: '243.90',
        vat: '0.00',
        category: 'E',
        exemptionReason: FRANCHISE_MENTION,
        exemptionCode: FRANCHISE_EXEMPTION_CODE,
      },
    ])
    expect(fx.totals).toMatchObject({
      lineTotal: '243.90',
      taxBasis: '243.90',
      taxTotal: '0.00',
      grandTotal: '243.90',
      due: '243.90',
    })
    expect(fx.notes).toContainEqual({ text: FRANCHISE_MENTION, code: 'TXD' })
    expect(fx.seller.vatNumber).toBeUndefined()
    expectConsistent(fx)
  })

  it('makes a credit note 381 referring to the invoice it corrects, without payment terms of an invoice', () => {
    const data = invoice(
      {
        kind: 'credit_note',
        number: 'A-2026-000003',
        issuedAt: '2026-12-10T09:00:00.000Z',
        serviceDate: null,
        dueDate: null,
        creditedInvoice: { number: 'F-2026-000001', issuedAt: '2026-12-03T23:30:00.000Z' },
      },
      [LINES[2]],
    )
    const fx = readFacturX(facturXml(data))
    expect(fx.number).toBe('A-2026-000003')
    expect(fx.typeCode).toBe('381')
    expect(fx.issueDate).toBe('20261210')
    // No service date: delivered on the issue day.
    expect(fx.deliveryDate).toBe('20261210')
    expect(fx.creditedInvoice).toBe('F-2026-000001')
    expect(fx.creditedInvoiceDate).toBe('20261204')
    expect(fx.dueDate).toBeUndefined()
    expect(fx.paymentTerms).toBe('Avoir sur la facture F-2026-000001.')
    expect(fx.paymentMeans).toEqual([])
    expect(fx.notes.map((n) => n.code)).toEqual(['REG'])
    // Amounts of a credit note are positive.
    expect(fx.totals).toMatchObject({ lineTotal: '23.60', taxTotal: '1.30', grandTotal: '24.90' })
    expectConsistent(fx)
  })

  it('prefers the structured address, rates 0 % as Z, counts payments as prepaid, escapes text', () => {
    const data = invoice(
      {
        customer: {
          ...BUSINESS,
          company: 'Martin & Fils <SARL> « R&amp;D »',
          vatNumber: null,
          addressLines: ['Via Roma 1', '00100 Roma', 'Italie'],
          address: {
            line1: 'Via Roma 1',
            line2: 'Scala B',
            postalCode: '00100',
            city: 'Roma',
            country: 'IT',
          },
        },
        paid: 5000,
        dueDate: null,
      },
      [
        LINES[1],
        { kind: 'free', description: 'Débours', quantity: 1, unitPrice: 1000, vatRate: 0 },
      ],
    )
    const xml = facturXml(data)
    // Well-formed whatever the customer typed.
    expect(() => create(xml)).not.toThrow()
    const fx = readFacturX(xml)
    expect(fx.buyer.name).toBe('Martin & Fils <SARL> « R&amp;D »')
    expect(fx.buyer.address).toEqual({
      line1: 'Via Roma 1',
      postalCode: '00100',
      city: 'Roma',
      country: 'IT',
    })
    expect(fx.buyer.vatNumber).toBeUndefined()
    expect(fx.taxes.map((t) => [t.rate, t.category, t.basis, t.vat])).toEqual([
      ['20.00', 'S', '107.50', '21.50'],
      ['0.00', 'Z', '10.00', '0.00'],
    ])
    expect(fx.totals).toMatchObject({ grandTotal: '139.00', prepaid: '50.00', due: '89.00' })
    // No due date: payable on receipt.
    expect(fx.dueDate).toBeUndefined()
    expect(fx.paymentTerms).toBe('Paiement à réception de la facture.')
    expectConsistent(fx)
  })

  it('keeps the sums consistent over many lines with awkward quantities and prices', () => {
    const lines: InvoiceLineInput[] = Array.from({ length: 60 }, (_, i) => ({
      kind: i % 2 ? 'part' : 'labour',
      description: `Ligne ${i + 1}`,
      quantity: [0.29, 1.15, 3, 0.07, 2.5][i % 5],
      unitPrice: 49 + i * 37,
      vatRate: [2000, 1000, 550, 210][i % 4],
    }))
    const data = invoice({}, lines)
    const fx = readFacturX(facturXml(data))
    expect(fx.lines).toHaveLength(60)
    expect(cents(fx.totals.grandTotal)).toBe(data.totals.totalTtc)
    expect(cents(fx.totals.taxTotal)).toBe(data.totals.totalVat)
    expectConsistent(fx)
  })

  it('writes cents as decimals with integer arithmetic', () => {
    expect(decimalAmount(0)).toBe('0.00')
    expect(decimalAmount(5)).toBe('0.05')
    expect(decimalAmount(18250)).toBe('182.50')
    expect(decimalAmount(-1234)).toBe('-12.34')
    expect(decimalAmount(900719925474099)).toBe('9007199254740.99')
    expect(() => decimalAmount(0.5)).toThrow()
  })
})

describe('Factur-X in the invoice PDF', () => {
  it('embeds factur-x.xml, the same invoice, in the PDF of a business customer', async () => {
    const data = invoice({ seller: { ...SELLER, name: 'Répar & Co' } })
    const pdf = await renderInvoicePdf(data)
    expect(pdf.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7')
    const { files, xmp } = await pdfAttachments(pdf)
    expect(Object.keys(files)).toEqual([FACTUR_X_FILENAME])
    expect(files[FACTUR_X_FILENAME].description).toBe('Factur-X')
    const xml = files[FACTUR_X_FILENAME].content.toString('utf8')
    expect(xml).toBe(facturXml(data))
    const fx = readFacturX(xml)
    expect(fx.number).toBe('F-2026-000001')
    expect(fx.buyer.siret).toBe('81234567800013')
    expect(fx.totals).toMatchObject({ taxTotal: '37.80', grandTotal: '243.90', due: '243.90' })
    // Alternative representation of the document, listed in the catalog's /AF.
    expect(pdf.includes('/AFRelationship /Alternative')).toBe(true)
    expect(pdf.includes('/Subtype /text#2Fxml')).toBe(true)
    expect(pdf.includes('/AF [')).toBe(true)
    // XMP: the Factur-X properties, and well-formed though the shop's name has an « & ».
    expect(xmp).toBeTruthy()
    expect(() => create(xmp!.replace(/<\?xpacket[^>]*\?>/g, '').trim())).not.toThrow()
    expect(xmp).toContain('<fx:DocumentType>INVOICE</fx:DocumentType>')
    expect(xmp).toContain(`<fx:DocumentFileName>${FACTUR_X_FILENAME}</fx:DocumentFileName>`)
    expect(xmp).toContain('<fx:Version>1.0</fx:Version>')
    expect(xmp).toContain('<fx:ConformanceLevel>EN 16931</fx:ConformanceLevel>')
    expect(xmp).toContain('<rdf:li>Répar &amp; Co</rdf:li>')
  })

  it('embeds nothing for a customer without a SIRET', async () => {
    const pdf = await renderInvoicePdf(invoice({ customer: PRIVATE }))
    expect(pdf.subarray(0, 8).toString('latin1')).toBe('%PDF-1.3')
    const { files } = await pdfAttachments(pdf)
    expect(files).toEqual({})
    expect(pdf.includes('factur-x')).toBe(false)
    // A blank SIRET is no SIRET.
    const blank = await pdfAttachments(
      await renderInvoicePdf(invoice({ customer: { ...BUSINESS, siret: '  ' } })),
    )
    expect(blank.files).toEqual({})
  })
})
