/** The demo shop's identity and billing rules: what its tickets, orders and invoices print. */
import type { Payload, PayloadRequest } from 'payload'

export const DEMO_SETTINGS = {
  legalName: 'Atelier Réparation Lyon SARL',
  tradeName: 'Atelier Réparation',
  legalForm: 'SARL au capital de 8 000 €',
  address: {
    street: '12 rue de la République',
    postalCode: '69002',
    city: 'Lyon',
    country: 'FR',
  },
  phone: '04 78 00 00 00',
  email: 'contact@atelier-demo.fr',
  siret: '73282932000074',
  registration: 'RCS Lyon 732 829 320',
  vatNumber: 'FR44732829320',
  openingHours: 'Du mardi au samedi, 9 h 30 – 12 h 30 et 14 h – 19 h',
  vatRegime: 'normal' as const,
  defaultVatRate: 2000,
  iban: 'FR76 3000 6000 0112 3456 7890 189',
  bic: 'AGRIFRPP',
  paymentTermsDays: 0,
  latePenaltyRate: 1215,
  diagnosticFee: 2900,
  labourWarrantyMonths: 3,
  warrantyFromHandBack: false,
  qualiReparNumber: 'QR-DEMO-0001',
}

export async function seedSettings(payload: Payload, req: PayloadRequest): Promise<void> {
  // Part of the demo data, as its other documents: not an administrator's change to log. The
  // Local API leaves the call's context on the request: the next phases get theirs back.
  const context = req.context
  await payload.updateGlobal({
    slug: 'settings',
    data: DEMO_SETTINGS,
    req,
    depth: 0,
    context: { auditLog: false },
  })
  req.context = context
}
