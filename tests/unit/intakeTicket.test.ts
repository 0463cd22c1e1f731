import jsQR from 'jsqr'
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { describe, expect, it } from 'vitest'

import {
  intakeTerms,
  renderIntakeTicket,
  type IntakeTicketData,
} from '../../src/documents/intakeTicket'

const PORTAL_URL = 'http://portail.test/reparations/R-2026-000042?token=k7Qm2xZp9'

function ticket(overrides: Partial<IntakeTicketData> = {}): IntakeTicketData {
  return {
    shop: {
      name: 'Atelier Réparation Lyon',
      address: '12 rue de la Villette\n69003 Lyon',
      phone: '+33478123456',
      email: 'contact@atelier-lyon.fr',
      siret: '12345678900012',
    },
    reference: 'R-2026-000042',
    createdAt: '2026-03-12T13:05:00.000Z',
    customer: { name: 'Élodie Martin', phone: '+33612345678', email: 'elodie.martin@example.fr' },
    device: {
      type: 'Smartphone',
      brand: 'Apple',
      model: 'iPhone 13 Pro',
      serialNumber: 'F2LXK0ABCDEF',
      imei: '356789101234567',
      color: 'Bleu alpin',
      accessories: ['Coque silicone', 'Chargeur'],
      condition: {
        scratches: true,
        cracks: false,
        missingParts: null,
        notes: 'Légère bosse sur le coin supérieur gauche.',
      },
    },
    problem: "L'écran est fissuré après une chute ; le tactile ne répond plus en bas à droite.",
    estimatedPrice: 12900,
    promisedAt: '2026-03-19T17:00:00.000Z',
    portalUrl: PORTAL_URL,
    receivedBy: 'Julien Moreau',
    ...overrides,
  }
}

/** Reads the PDF the way a viewer does (pdfjs), not pdfkit's own view of it. */
async function readPdf(buffer: Buffer) {
  const pdf = await getDocument({
    data: new Uint8Array(buffer),
    isEvalSupported: false,
    verbosity: 0,
  }).promise
  const page = await pdf.getPage(1)
  const content = await page.getTextContent()
  const text = content.items
    .map((item) => ('str' in item ? item.str : ''))
    .join(' ')
    // fr-FR formatting uses no-break and narrow no-break spaces: compare on plain spaces.
    .replace(/\s+/g, ' ')
  const ops = await page.getOperatorList()
  const images: { width: number; height: number; kind: number; data: Uint8ClampedArray }[] = []
  for (let i = 0; i < ops.fnArray.length; i++) {
    if (ops.fnArray[i] !== OPS.paintImageXObject) continue
    const name = ops.argsArray[i][0] as string
    images.push(await new Promise((resolve) => page.objs.get(name, resolve)))
  }
  const info: Record<string, unknown> = Object.fromEntries(
    Object.entries((await pdf.getMetadata()).info),
  )
  const numPages = pdf.numPages
  await pdf.destroy()
  return { numPages, text, images, info }
}

describe('intake ticket (bon de dépôt)', () => {
  it('renders a one-page PDF with the reference, the customer, the price and the terms', async () => {
    const buffer = await renderIntakeTicket(ticket())
    expect(buffer.subarray(0, 5).toString('latin1')).toBe('%PDF-')

    const pdf = await readPdf(buffer)
    expect(pdf.numPages).toBe(1)
    expect(pdf.text).toContain('Bon de dépôt')
    expect(pdf.text).toContain('R-2026-000042')
    expect(pdf.text).toContain('Élodie Martin')
    expect(pdf.text).toContain('129,00 €')
    // Deposit date read in Paris (UTC+1 in March), promised date likewise.
    expect(pdf.text).toContain('12/03/2026 à 14:05')
    expect(pdf.text).toContain('19/03/2026 à 18:00')
    expect(pdf.text).toContain('06 12 34 56 78')
    expect(pdf.text).toContain('iPhone 13 Pro')
    expect(pdf.text).toContain('Coque silicone, Chargeur')
    expect(pdf.text).toMatch(/Rayures oui Fissures non/)
    expect(pdf.text).toContain('Panne décrite par le client')
    expect(pdf.text).toContain('le tactile ne répond plus')
    expect(pdf.text).toContain('Suivez votre réparation en ligne')
    expect(pdf.text).toContain('Signature du client')
    expect(pdf.text).toContain('Lu et approuvé')
    expect(pdf.text).toContain('Julien Moreau')
    expect(pdf.text).toContain('SIRET 123 456 789 00012')
    expect(pdf.text).toContain("main-d'œuvre")
    expect(pdf.text).toContain('RGPD')

    expect(pdf.info.Title).toBe('Bon de dépôt R-2026-000042')
    expect(pdf.info.Author).toBe('Atelier Réparation Lyon')
    expect(pdf.info.Language).toBe('fr-FR')
  })

  it('prints a QR code that leads to the repair page on the customer portal', async () => {
    const pdf = await readPdf(await renderIntakeTicket(ticket()))
    expect(pdf.images).toHaveLength(1)
    const [image] = pdf.images
    expect(image.width).toBeGreaterThanOrEqual(200)
    // pdfjs hands the decoded image as RGBA (kind 3) or RGB (kind 2); jsQR wants RGBA.
    let rgba = image.data
    if (image.kind === 2) {
      rgba = new Uint8ClampedArray(image.width * image.height * 4)
      for (let p = 0, q = 0; p < image.data.length; p += 3, q += 4) {
        rgba[q] = image.data[p]
        rgba[q + 1] = image.data[p + 1]
        rgba[q + 2] = image.data[p + 2]
        rgba[q + 3] = 255
      }
    }
    const decoded = jsQR(new Uint8ClampedArray(rgba), image.width, image.height)
    expect(decoded?.data).toBe(PORTAL_URL)
  })

  it('says « Sur devis » without an estimate, and shows missing fields as a dash', async () => {
    const pdf = await readPdf(
      await renderIntakeTicket(
        ticket({
          estimatedPrice: null,
          promisedAt: null,
          receivedBy: null,
          customer: { name: 'Jean Dupont' },
          device: { brand: 'Samsung', model: 'Galaxy S21' },
        }),
      ),
    )
    expect(pdf.text).toContain('Sur devis')
    expect(pdf.text).not.toContain('129,00')
    expect(pdf.text).toContain('à confirmer')
    expect(pdf.text).toMatch(/Téléphone \u2014/)
    expect(pdf.text).toMatch(/Accessoires Aucun/)
    expect(pdf.text).toMatch(/Rayures non Fissures non/)
  })

  it('formats large prices the French way', async () => {
    const pdf = await readPdf(await renderIntakeTicket(ticket({ estimatedPrice: 123456 })))
    expect(pdf.text).toContain('1 234,56 €')
  })

  it('stays on one page with very long customer input and unprintable characters', async () => {
    const long = 'Ne s’allume plus → écran noir 😱 après une chute dans l’eau. '
    const buffer = await renderIntakeTicket(
      ticket({
        customer: {
          name: 'Marie-Élisabeth de La Rochefoucauld-Montmorency Łukasiewicz 🙂',
          email: 'x'.repeat(120) + '@example.fr',
        },
        problem: long.repeat(40),
        device: {
          brand: 'B'.repeat(200),
          accessories: Array.from({ length: 30 }, (_, i) => `Accessoire n° ${i + 1}`),
          condition: { missingParts: 'vis '.repeat(100), notes: 'note '.repeat(200) },
        },
        portalUrl: `http://portail.test/reparations/R-2026-000042?token=${'a1'.repeat(150)}`,
      }),
    )
    const pdf = await readPdf(buffer)
    expect(pdf.numPages).toBe(1)
    // Transliterated or replaced, never sent as bytes Helvetica cannot show.
    expect(pdf.text).toContain('Lukasiewicz ?')
    expect(pdf.text).toContain('Ne s’allume plus -> écran noir ?')
    // Everything below the free-text blocks is still there.
    expect(pdf.text).toContain('Signature du client')
    expect(pdf.text).toContain('Julien Moreau')
  })

  it('has realistic French terms', () => {
    const all = intakeTerms().join('\n')
    expect(intakeTerms().length).toBeGreaterThanOrEqual(4)
    for (const word of ['diagnostic', 'devis', '3 mois', '90 jours', 'sauvegarde', 'RGPD']) {
      expect(all).toContain(word)
    }
  })

  it("quotes the shop's own rules: diagnostic fee, quote threshold, warranty length and start", () => {
    const all = intakeTerms({
      diagnosticFee: 2900,
      quoteThreshold: 15000,
      labourWarrantyMonths: 6,
      warrantyFromHandBack: true,
    }).join('\n')
    expect(all).toMatch(/forfait de diagnostic de 29,00\s€ TTC est facturé/)
    expect(all).toMatch(/Au-delà de 150,00\s€ TTC/)
    expect(all).toContain('garantie 6 mois')
    expect(all).toContain("à compter de la restitution de l'appareil")
    const free = intakeTerms().join('\n')
    expect(free).toContain('Le diagnostic est offert, que la réparation soit acceptée ou non.')
    expect(free).toContain('à compter de la fin de la réparation')
  })
})
