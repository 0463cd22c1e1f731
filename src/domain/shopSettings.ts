/**
 * The shop's settings as documents print them: what the admin saved in « Paramètres de
 * l'atelier », else the SHOP_* environment variables (a fresh install prints something sensible
 * before anyone has filled the page), else defaults.
 */
import { displayPhone } from './phone'
import { DEFAULT_LABOUR_WARRANTY_MONTHS } from './warranties'

export type StoredSettings = {
  legalName?: string | null
  tradeName?: string | null
  legalForm?: string | null
  address?: {
    street?: string | null
    postalCode?: string | null
    city?: string | null
    country?: string | null
  } | null
  phone?: string | null
  email?: string | null
  siret?: string | null
  registration?: string | null
  vatNumber?: string | null
  openingHours?: string | null
  vatRegime?: 'normal' | 'franchise' | null
  defaultVatRate?: number | null
  iban?: string | null
  bic?: string | null
  paymentTermsDays?: number | null
  latePenaltyRate?: number | null
  quoteThreshold?: number | null
  diagnosticFee?: number | null
  labourWarrantyMonths?: number | null
  warrantyFromHandBack?: boolean | null
  qualiReparNumber?: string | null
}

export type ShopSettings = {
  identity: {
    /** What the customer knows the shop by: trade name, else legal name. */
    name: string
    legalName: string
    legalForm?: string
    street?: string
    postalCode?: string
    city?: string
    country: string
    /** One line, for headers: « 12 rue de la République, 69002 Lyon ». */
    address?: string
    phone?: string
    email?: string
    siret?: string
    registration?: string
    vatNumber?: string
  }
  openingHours?: string
  vatRegime: 'normal' | 'franchise'
  defaultVatRate: number
  iban?: string
  bic?: string
  paymentTermsDays: number
  /** Basis points a year (1215 = 12,15 %). */
  latePenaltyRate: number
  /** Cents TTC; null: no quote required. */
  quoteThreshold: number | null
  diagnosticFee: number
  labourWarrantyMonths: number
  warrantyFromHandBack: boolean
  /** QualiRépar label number; none: the shop applies no repair bonus. */
  qualiReparNumber?: string
}

type Env = Record<string, string | undefined>

const text = (...values: (string | null | undefined)[]): string | undefined =>
  values.map((v) => (typeof v === 'string' ? v.trim() : '')).find(Boolean) || undefined

const count = (value: number | null | undefined, fallback: number): number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : fallback

function envMonths(env: Env): number {
  const raw = env.ATELIER_LABOUR_WARRANTY_MONTHS
  if (raw === undefined || raw === '') return DEFAULT_LABOUR_WARRANTY_MONTHS
  const months = Number(raw)
  if (!Number.isInteger(months) || months < 0)
    throw new Error(
      `ATELIER_LABOUR_WARRANTY_MONTHS vaut « ${raw} » : indiquez un nombre entier de mois, par exemple 3.`,
    )
  return months
}

export function resolveShopSettings(
  stored: StoredSettings | null | undefined,
  env: Env,
): ShopSettings {
  const s = stored ?? {}
  const a = s.address ?? {}
  const storedAddress = [
    text(a.street),
    [text(a.postalCode), text(a.city)].filter(Boolean).join(' '),
  ]
    .filter(Boolean)
    .join(', ')
  const legalName =
    text(s.legalName, env.SHOP_LEGAL_NAME, s.tradeName, env.SHOP_NAME) ?? 'Atelier Réparation'
  const phone = text(s.phone ? displayPhone(s.phone) || s.phone : undefined, env.SHOP_PHONE)
  return {
    identity: {
      name: text(s.tradeName, env.SHOP_NAME, s.legalName) ?? legalName,
      legalName,
      legalForm: text(s.legalForm),
      street: text(a.street),
      postalCode: text(a.postalCode),
      city: text(a.city),
      country: text(a.country) ?? 'FR',
      address: text(storedAddress, env.SHOP_ADDRESS),
      phone,
      email: text(s.email, env.SHOP_EMAIL, env.MAIL_FROM) ?? 'contact@atelier.local',
      siret: text(s.siret, env.SHOP_SIRET),
      registration: text(s.registration),
      vatNumber: text(s.vatNumber),
    },
    openingHours: text(s.openingHours),
    vatRegime: s.vatRegime === 'franchise' ? 'franchise' : 'normal',
    defaultVatRate: count(s.defaultVatRate, 2000),
    iban: text(s.iban),
    bic: text(s.bic),
    paymentTermsDays: count(s.paymentTermsDays, 0),
    latePenaltyRate: count(s.latePenaltyRate, 1215),
    quoteThreshold:
      typeof s.quoteThreshold === 'number' && s.quoteThreshold > 0 ? s.quoteThreshold : null,
    diagnosticFee: count(s.diagnosticFee, 0),
    labourWarrantyMonths:
      typeof s.labourWarrantyMonths === 'number'
        ? count(s.labourWarrantyMonths, 3)
        : envMonths(env),
    warrantyFromHandBack: s.warrantyFromHandBack === true,
    qualiReparNumber: text(s.qualiReparNumber),
  }
}
