import QRCode from 'qrcode'
import { describe, expect, it } from 'vitest'

import { renderInvoicePdf, type InvoicePdfData } from '../../src/documents/invoicePdf'
import {
  computeTotals,
  FRANCHISE_MENTION,
  type InvoiceLineInput,
  type VatRegime,
} from '../../src/domain/invoices'
import { formatAmount } from '../../src/domain/money'
import { readPdf } from '../helpers/pdfText'

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
  siret: '81234567800019',
  vatNumber: 'FR12812345678',
}

const PRIVATE: InvoicePdfData['customer'] = {
  name: 'Julien Petit',
  addressLines: ['8 rue Mercière', '69002 Lyon'],
  email: 'julien.petit@example.fr',
  phone: '06 98 76 54 32',
}

// 1,5 h × 60,00 € + 129,00 € at 20 %, 24,90 € at 5,5 % (worked out below, in the mixed test).
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
    serviceDate: '2026-12-02',
    dueDate: '2027-01-03',
    seller: SELLER,
    vatRegime: regime,
    latePenaltyRate: 1215,
    customer: BUSINESS,
    repairReference: 'R-2026-000042',
    device: 'Apple iPhone 13 (SN F2LXK0ABCD12)',
    lines: computed,
    totals,
    warrantyTerms:
      "Main-d'œuvre garantie 3 mois, pièces selon leur garantie, à compter de la fin de la réparation.",
    paymentMethods: 'Espèces, carte, chèque, virement',
    ...overrides,
  }
}

function manyLines(count: number): InvoiceLineInput[] {
  return Array.from({ length: count }, (_, i) => ({
    kind: i % 3 === 0 ? 'labour' : 'part',
    // Every seventh description wraps over several lines, so rows are not all alike.
    description:
      i % 7 === 3
        ? `Nappe de connexion écran avec capteur de proximité et microphone supérieur, modèle n° ${i + 1}`
        : `Pièce détachée n° ${i + 1}`,
    quantity: (i % 4) + 1,
    unitPrice: 1000 + i,
    vatRate: 2000,
  }))
}

const render = async (data: InvoicePdfData) => readPdf(await renderInvoicePdf(data))

const TABLE_HEADER = /Type Désignation Qté P\.U\. TTC TVA Total HT Total TTC/
const RECOVERY =
  'Indemnité forfaitaire pour frais de recouvrement : 40 € (art. L441-10 du Code de commerce)'

describe('invoice PDF (facture, avoir)', () => {
  it('prints every legal mention on an invoice to a business customer', async () => {
    const buffer = await renderInvoicePdf(invoice())
    expect(buffer.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    const pdf = await readPdf(buffer)
    expect(pdf.numPages).toBe(1)
    const { text } = pdf
    // Seller: names, legal form and capital, address, contact, registrations.
    expect(text).toContain('Atelier Réparation')
    expect(text).toContain('Atelier Réparation Lyon SARL, SARL au capital de 8 000 €')
    expect(text).toContain('12 rue de la République 69002 Lyon')
    expect(text).toContain('Tél. 04 78 00 00 00')
    expect(text).toContain('contact@atelier-demo.fr')
    expect(text).toContain('SIRET 732 829 320 00074')
    expect(text).toContain('RCS Lyon 732 829 320')
    expect(text).toContain('TVA intracommunautaire FR44732829320')
    // Title, number and dates on the Paris calendar.
    expect(pdf.pages[0]).toContain(
      "TVA intracommunautaire FR44732829320 Facture F-2026-000001 Date d'émission",
    )
    expect(text).toContain("Date d'émission 04/12/2026")
    expect(text).toContain('Date de la prestation 02/12/2026')
    expect(text).toContain('Échéance 03/01/2027')
    // Customer, with the identifiers of a business.
    expect(text).toContain('Boulangerie Martin SAS Claire Martin 5 place Bellecour 69002 Lyon')
    expect(text).toContain('SIRET 812 345 678 00019')
    expect(text).toContain('N° TVA FR12812345678')
    expect(text).toContain('Réparation R-2026-000042')
    expect(text).toContain('Appareil Apple iPhone 13 (SN F2LXK0ABCD12)')
    // Lines with their kind, quantity, unit price, rate and totals.
    expect(text).toMatch(TABLE_HEADER)
    expect(text).toContain("Main-d'œuvre Remplacement écran 1,5 60,00 € 20 % 75,00 € 90,00 €")
    expect(text).toContain('Pièce Écran OLED iPhone 13 1 129,00 € 20 % 107,50 € 129,00 €')
    expect(text).toContain('Autre Étui de protection 1 24,90 € 5,5 % 23,60 € 24,90 €')
    // Payment terms and the mentions of L441-9 / L441-10.
    expect(text).toContain("Nature de l'opération : prestation de services et livraison de biens")
    expect(text).toContain('Conditions de paiement : au plus tard le 03/01/2027')
    expect(text).toContain("Pas d'escompte pour paiement anticipé")
    expect(text).toContain('Pénalités de retard : 12,15 % par an')
    expect(text).toContain(RECOVERY)
    expect(text).toContain('IBAN FR76 3000 6000 0112 3456 7890 189 • BIC AGRIFRPP')
    expect(text).toContain('Moyens de paiement acceptés : Espèces, carte, chèque, virement')
    expect(text).toContain("Garantie : Main-d'œuvre garantie 3 mois, pièces selon leur garantie")
    expect(text).toContain('Page 1/1')
    expect(text).not.toContain('Avoir')

    expect(pdf.info.Title).toBe('F-2026-000001')
    expect(pdf.info.Author).toBe('Atelier Réparation')
    expect(pdf.info.Language).toBe('fr-FR')
  })

  it('leaves the 40 € recovery indemnity off an invoice to a private customer', async () => {
    const { text } = await render(invoice({ customer: PRIVATE, dueDate: null }))
    expect(text).toContain('Julien Petit')
    expect(text).not.toContain('frais de recouvrement')
    expect(text).not.toContain('40 €')
    expect(text).not.toContain('SIRET 812')
    // The other mentions stay; no due date means payable on receipt.
    expect(text).toContain('Pénalités de retard : 12,15 % par an')
    expect(text).toContain("Pas d'escompte pour paiement anticipé")
    expect(text).toContain('Échéance à réception')
    expect(text).toContain('Conditions de paiement : à réception de la facture')
  })

  it('under the franchise, prints the art. 293 B mention and no VAT column or rate line', async () => {
    const data = invoice({
      vatRegime: 'franchise',
      seller: { ...SELLER, vatNumber: undefined },
      customer: PRIVATE,
    })
    expect(data.totals.totalVat).toBe(0)
    const { text } = await render(data)
    expect(text).toContain(FRANCHISE_MENTION)
    expect(text).toMatch(/Type Désignation Qté Prix unitaire Total/)
    expect(text).toContain("Main-d'œuvre Remplacement écran 1,5 60,00 € 90,00 €")
    expect(text).toContain('Autre Étui de protection 1 24,90 € 24,90 €')
    expect(text).toMatch(/Total 243,90 €/)
    expect(text).not.toMatch(TABLE_HEADER)
    expect(text).not.toContain('Détail de la TVA')
    expect(text).not.toContain('Total TVA')
    expect(text).not.toContain('Total HT')
    expect(text.replace('12,15 % par an', '')).not.toMatch(/\d %/)
    // « TVA » only in the mention itself.
    expect(text.match(/TVA/g)).toHaveLength(1)
  })

  it('breaks the VAT down per rate, 20 % and 5,5 %, to the cent', async () => {
    const data = invoice()
    // 90,00 + 129,00 = 219,00 € TTC at 20 %: 75,00 + 107,50 = 182,50 € HT, 36,50 € VAT;
    // 24,90 € TTC at 5,5 %: 24,90 / 1,055 = 23,60 € HT, 1,30 € VAT.
    expect(data.totals.byRate).toEqual([
      { rate: 2000, ht: 18250, vat: 3650, ttc: 21900 },
      { rate: 550, ht: 2360, vat: 130, ttc: 2490 },
    ])
    const { text } = await render(data)
    expect(text).toContain(
      'Détail de la TVA Taux Base HT TVA Total TTC 20 % 182,50 € 36,50 € 219,00 € 5,5 % 23,60 € 1,30 € 24,90 €',
    )
    expect(text).toContain('Total HT 206,10 € Total TVA 37,80 € Total TTC 243,90 €')
  })

  it('titles a credit note « Avoir » and names the invoice it corrects', async () => {
    const pdf = await render(
      invoice(
        {
          kind: 'credit_note',
          number: 'A-2026-000003',
          issuedAt: '2026-12-10T09:00:00.000Z',
          dueDate: '2027-01-10',
          creditedInvoice: { number: 'F-2026-000001', issuedAt: '2026-12-03T23:30:00.000Z' },
          warrantyTerms: null,
        },
        [LINES[2]],
      ),
    )
    const { text } = pdf
    expect(text).toContain('Avoir A-2026-000003')
    expect(text).toContain("Date d'émission 10/12/2026")
    expect(text).toContain('Avoir sur la facture F-2026-000001 du 04/12/2026')
    expect(text).toContain('Total TTC 24,90 €')
    expect(text).not.toContain('Facture')
    // No due date nor payment terms on a credit note.
    expect(text).not.toContain('Échéance')
    expect(text).not.toContain('Pénalités de retard')
    expect(text).not.toContain('frais de recouvrement')
    expect(pdf.info.Title).toBe('A-2026-000003')
  })

  it('deducts the repair bonus and shows the net to pay', async () => {
    const { text } = await render(
      invoice({ bonus: { label: 'Bonus réparation QualiRépar', amount: 2500 } }),
    )
    expect(text).toContain('Total TTC 243,90 € Bonus réparation -25,00 € Net à payer 218,90 €')
    // The full label, too long for the totals, is in the mentions.
    expect(text).toContain(
      "Bonus réparation QualiRépar : 25,00 € déduits du total, versés à l'atelier par le fonds réparation de l'éco-organisme.",
    )
    expect(text).not.toContain('Déjà réglé')
  })

  it('shows what is already paid and what remains', async () => {
    const { text } = await render(
      invoice({ bonus: { label: 'Bonus réparation QualiRépar', amount: 2500 }, paid: 10000 }),
    )
    expect(text).toContain('Net à payer 218,90 € Déjà réglé -100,00 € Reste à payer 118,90 €')

    const { text: plain } = await render(invoice({ paid: 5000 }))
    expect(plain).toContain('Total TTC 243,90 € Déjà réglé -50,00 € Reste à payer 193,90 €')
    expect(plain).not.toContain('Net à payer')
  })

  it('runs 40 lines over 2 pages, table header repeated, totals on the last page only', async () => {
    const lines = manyLines(40)
    const data = invoice({}, lines)
    const pdf = await render(data)
    expect(pdf.numPages).toBe(2)
    pdf.pages.forEach((page, i) => {
      expect(page).toMatch(TABLE_HEADER)
      expect(page).toContain(`Page ${i + 1}/2`)
    })
    expect(pdf.pages[0]).toContain('Suite à la page suivante')
    expect(pdf.pages[0]).toContain('Boulangerie Martin SAS')
    expect(pdf.pages[1]).toContain('Facture F-2026-000001 (suite)')
    // Every line once, in order.
    let cursor = -1
    for (let i = 1; i <= 40; i++) {
      const at = pdf.text.search(new RegExp(`n° ${i} `))
      expect(at, `line ${i}`).toBeGreaterThan(cursor)
      cursor = at
    }
    const total = `Total TTC ${formatAmount(data.totals.totalTtc).replace(/\s/g, ' ')}`
    expect(pdf.pages[1]).toContain(total)
    expect(pdf.pages[1]).toContain('Total TVA')
    expect(pdf.pages[1]).toContain('Pénalités de retard')
    expect(pdf.pages[0]).not.toContain('Total TVA')
    expect(pdf.pages[0]).not.toContain('Détail de la TVA')
    expect(pdf.pages[0]).not.toContain('Pénalités de retard')
  })

  it('never leaves the totals on a page without table lines, whatever the number of lines', async () => {
    for (let count = 18; count <= 42; count += 2) {
      const lines = manyLines(count)
      const pdf = await render(
        invoice({ bonus: { label: 'Bonus réparation', amount: 500 } }, lines),
      )
      const last = pdf.pages[pdf.numPages - 1]
      expect(last, `${count} lines`).toMatch(TABLE_HEADER)
      expect(last, `${count} lines`).toContain(`n° ${count} `)
      expect(last, `${count} lines`).toContain('Net à payer')
      expect(last, `${count} lines`).toContain('Pénalités de retard')
      for (const page of pdf.pages.slice(0, -1)) {
        expect(page, `${count} lines`).not.toContain('Total TVA')
      }
    }
  })

  it('transliterates what the standard fonts cannot print', async () => {
    const pdf = await render(
      invoice(
        {
          customer: { ...PRIVATE, name: 'Łukasz Wałęsa 🙂' },
          device: 'Samsung Galaxy S21 ✓',
        },
        [{ ...LINES[0], description: 'Connecteur → USB‑C ✓ 🙂' }],
      ),
    )
    // ł and ę are not WinAnsi: their base letter is kept; the emoji becomes « ? ».
    expect(pdf.text).toContain('Lukasz Walesa ?')
    expect(pdf.text).toContain('Connecteur -> USB-C x ?')
    expect(pdf.text).toContain('Samsung Galaxy S21 x')
    // Metadata is UTF-16: the customer's name is kept whole there.
    expect(pdf.info.Subject).toBe('Facture F-2026-000001 \u2014 Łukasz Wałęsa 🙂')
  })

  it('prints the logo when given one, and goes without an unreadable one', async () => {
    const logo = await QRCode.toBuffer('Atelier', { type: 'png', width: 120 })
    const withLogo = await renderInvoicePdf(invoice({ seller: { ...SELLER, logo } }))
    expect(withLogo.includes('/Subtype /Image')).toBe(true)
    const broken = await renderInvoicePdf(
      invoice({ seller: { ...SELLER, logo: Buffer.from('not an image') } }),
    )
    expect(broken.includes('/Subtype /Image')).toBe(false)
    expect((await readPdf(broken)).text).toContain('Facture F-2026-000001')
  })
})
