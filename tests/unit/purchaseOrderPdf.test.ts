import { describe, expect, it } from 'vitest'

import {
  expectedDeliveryDate,
  formatVatRate,
  renderPurchaseOrderPdf,
  type PurchaseOrderPdfData,
} from '../../src/documents/purchaseOrderPdf'
import { readPdf } from '../helpers/pdfText'

type Line = PurchaseOrderPdfData['lines'][number]

function order(overrides: Partial<PurchaseOrderPdfData> = {}): PurchaseOrderPdfData {
  return {
    shop: {
      name: 'Atelier Réparation Lyon',
      address: '12 rue de la Villette\n69003 Lyon',
      phone: '+33478123456',
      email: 'contact@atelier-lyon.fr',
      siret: '12345678900012',
    },
    reference: 'CF-2026-0042',
    status: 'Commandée',
    createdAt: '2026-03-10T08:00:00.000Z',
    orderedAt: '2026-03-12T09:30:00.000Z',
    supplier: {
      name: 'MobileParts Distribution',
      contact: 'Sophie Garnier',
      email: 'commandes@mobileparts.fr',
      phone: '+33145678901',
      leadTimeDays: 5,
    },
    lines: [
      {
        sku: 'ECR-IP13P-OLED',
        name: 'Écran OLED iPhone 13 Pro',
        quantity: 2,
        unitCost: 61728,
        receivedQuantity: 0,
      },
      {
        sku: 'BAT-S21',
        name: 'Batterie Galaxy S21',
        quantity: 3,
        unitCost: 1890,
        receivedQuantity: 3,
      },
    ],
    vatRate: 2000,
    // 2 × 617,28 + 3 × 18,90 = 1 291,26 € HT
    totals: { net: 129126, vat: 25825, gross: 154951 },
    linkedRepair: 'R-2026-000042',
    notes: 'Livraison en matinée de préférence, merci.',
    ...overrides,
  }
}

function manyLines(count: number): Line[] {
  return Array.from({ length: count }, (_, i) => ({
    sku: `PCE-${String(i + 1).padStart(3, '0')}`,
    // Every fifth line wraps over several lines, so rows are not all the same height.
    name:
      i % 5 === 2
        ? `Nappe de connexion écran avec capteur de proximité et microphone supérieur, modèle n° ${i + 1}`
        : `Pièce détachée n° ${i + 1}`,
    quantity: (i % 4) + 1,
    unitCost: 1000 + i,
    receivedQuantity: i % 2,
  }))
}

const TABLE_HEADER = /Réf\. Désignation Qté Reçu PU HT Total HT/

describe('purchase order PDF (bon de commande fournisseur)', () => {
  it('renders the order: buyer, supplier, lines, amounts, dates and linked repair', async () => {
    const buffer = await renderPurchaseOrderPdf(order())
    expect(buffer.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    // Real, compressed output (pdfkit deflates content streams by default).
    expect(buffer.includes('/FlateDecode')).toBe(true)

    const pdf = await readPdf(buffer)
    expect(pdf.numPages).toBe(1)
    const { text } = pdf
    expect(text).toContain('Bon de commande')
    expect(text).toContain('CF-2026-0042')
    expect(text).toContain('Commandée')
    // Buyer header.
    expect(text).toContain('Atelier Réparation Lyon')
    expect(text).toContain('04 78 12 34 56')
    // Supplier block.
    expect(text).toContain('Fournisseur')
    expect(text).toContain('MobileParts Distribution')
    expect(text).toContain('Sophie Garnier')
    expect(text).toContain('commandes@mobileparts.fr')
    expect(text).toContain('01 45 67 89 01')
    expect(text).toContain('5 jours')
    // Dates read in Paris, and the expected delivery (12/03 + 5 days).
    expect(text).toMatch(/Créée le 10\/03\/2026/)
    expect(text).toMatch(/Commandée le 12\/03\/2026/)
    expect(text).toContain('Livraison prévue le 17/03/2026')
    // Lines table.
    expect(text).toMatch(TABLE_HEADER)
    expect(text).toContain('ECR-IP13P-OLED')
    expect(text).toContain('Écran OLED iPhone 13 Pro')
    expect(text).toMatch(/ECR-IP13P-OLED Écran OLED iPhone 13 Pro 2 0 617,28 € 1 234,56 €/)
    expect(text).toMatch(/BAT-S21 Batterie Galaxy S21 3 3 18,90 € 56,70 €/)
    // Totals, French formatting.
    expect(text).toMatch(/Total HT 1 291,26 €/)
    expect(text).toMatch(/TVA 20 % 258,25 €/)
    expect(text).toMatch(/Total TTC 1 549,51 €/)
    // Linked repair, notes, footer.
    expect(text).toContain('Pour la réparation R-2026-000042')
    expect(text).toContain('Livraison en matinée de préférence, merci.')
    expect(text).toContain('SIRET 123 456 789 00012')
    expect(text).toContain('Page 1/1')

    expect(pdf.info.Title).toBe('Bon de commande CF-2026-0042')
    expect(pdf.info.Author).toBe('Atelier Réparation Lyon')
    expect(pdf.info.Language).toBe('fr-FR')
  })

  it('runs over several pages for a long order, repeating the table header and numbering pages', async () => {
    const lines = manyLines(60)
    const pdf = await readPdf(await renderPurchaseOrderPdf(order({ lines })))
    expect(pdf.numPages).toBeGreaterThan(1)
    const n = pdf.numPages
    pdf.pages.forEach((page, i) => {
      expect(page).toMatch(TABLE_HEADER)
      expect(page).toContain(`Page ${i + 1}/${n}`)
      expect(page).toContain('SIRET 123 456 789 00012')
    })
    expect(pdf.pages[0]).toContain('Fournisseur')
    expect(pdf.pages[0]).toContain('Suite à la page suivante')
    expect(pdf.pages[1]).toContain('Bon de commande CF-2026-0042 (suite)')
    // Every line printed once, in order; totals close the last page only.
    let cursor = -1
    for (const line of lines) {
      const at = pdf.text.indexOf(line.sku)
      expect(at, line.sku).toBeGreaterThan(cursor)
      expect(pdf.text.indexOf(line.sku, at + 1), line.sku).toBe(-1)
      cursor = at
    }
    expect(pdf.pages[n - 1]).toContain('Total TTC')
    for (const page of pdf.pages.slice(0, -1)) expect(page).not.toContain('Total TTC')
  })

  it('never leaves the totals alone on a page without table lines, whatever the number of lines', async () => {
    for (let count = 18; count <= 48; count += 2) {
      const lines = manyLines(count)
      const pdf = await readPdf(
        await renderPurchaseOrderPdf(order({ lines, notes: 'Remarque longue. '.repeat(40) })),
      )
      const last = pdf.pages[pdf.numPages - 1]
      expect(last, `${count} lines`).toMatch(TABLE_HEADER)
      expect(last, `${count} lines`).toContain(lines[count - 1].sku)
      expect(last, `${count} lines`).toContain('Total TTC')
      expect(last, `${count} lines`).toContain(`Page ${pdf.numPages}/${pdf.numPages}`)
      for (const page of pdf.pages) expect(page, `${count} lines`).toMatch(TABLE_HEADER)
    }
  })

  it('works out the expected delivery on the Paris calendar, and only when it can', async () => {
    // 23:30 UTC on 12/03 is already 13/03 in Paris.
    expect(expectedDeliveryDate('2026-03-12T23:30:00.000Z', 5)).toBe('18/03/2026')
    // Across the change to summer time and the end of a month.
    expect(expectedDeliveryDate('2026-03-27T12:00:00.000Z', 3)).toBe('30/03/2026')
    expect(expectedDeliveryDate('2026-12-30T10:00:00.000Z', 4)).toBe('03/01/2027')
    expect(expectedDeliveryDate('2026-03-12T09:30:00.000Z', 0)).toBe('12/03/2026')
    expect(expectedDeliveryDate(null, 5)).toBeNull()
    expect(expectedDeliveryDate('2026-03-12T09:30:00.000Z', null)).toBeNull()
    expect(expectedDeliveryDate('pas une date', 5)).toBeNull()

    const draft = await readPdf(
      await renderPurchaseOrderPdf(
        order({
          status: 'Brouillon',
          orderedAt: null,
          linkedRepair: null,
          notes: null,
          supplier: { name: 'Pièces Express' },
        }),
      ),
    )
    expect(draft.text).toContain('Brouillon')
    expect(draft.text).toContain('pas encore commandée')
    expect(draft.text).not.toContain('Livraison prévue le')
    expect(draft.text).toContain('Livraison prévue à confirmer')
    expect(draft.text).not.toContain('Pour la réparation')
    expect(draft.text).not.toContain('Notes')
    expect(draft.text).toMatch(/Contact \u2014/)
  })

  it('prints other VAT rates and an empty order', async () => {
    expect(formatVatRate(2000).replace(/\s/g, ' ')).toBe('20 %')
    expect(formatVatRate(550).replace(/\s/g, ' ')).toBe('5,5 %')
    const pdf = await readPdf(
      await renderPurchaseOrderPdf(
        order({ lines: [], vatRate: 550, totals: { net: 0, vat: 0, gross: 0 } }),
      ),
    )
    expect(pdf.numPages).toBe(1)
    expect(pdf.text).toContain('Aucune ligne sur cette commande.')
    expect(pdf.text).toMatch(/TVA 5,5 % 0,00 €/)
    expect(pdf.text).toMatch(TABLE_HEADER)
  })

  it('copes with long and unprintable input', async () => {
    const pdf = await readPdf(
      await renderPurchaseOrderPdf(
        order({
          supplier: {
            name: 'Łódź Components 🙂 '.repeat(8),
            email: 'x'.repeat(150) + '@example.com',
            leadTimeDays: 2,
          },
          lines: [
            {
              sku: 'SKU-'.repeat(30),
              name: 'Connecteur → USB‑C ✓ '.repeat(20),
              quantity: 1000,
              unitCost: 123456789,
            },
            { sku: 'ZZ-1', name: 'Vis', quantity: 10, unitCost: 5 },
          ],
          totals: { net: 123456789050, vat: 24691357810, gross: 148148146860 },
          notes: 'Très longue remarque. '.repeat(200),
        }),
      ),
    )
    expect(pdf.numPages).toBe(1)
    // ó is Latin-1, ł is not: transliterated; the emoji is replaced.
    expect(pdf.text).toContain('Lódz Components ?')
    expect(pdf.text).toContain('Connecteur -> USB-C x')
    expect(pdf.text).toContain('ZZ-1')
    expect(pdf.text).toContain('1 000')
    // Amounts too wide for their column are set smaller, never cut.
    expect(pdf.text).toContain('1 234 567 890,00 €')
    expect(pdf.text).toMatch(/Total TTC 1 481 481 468,60 €/)
    expect(pdf.text).toContain('Page 1/1')
  })
})
