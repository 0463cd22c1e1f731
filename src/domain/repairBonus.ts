/**
 * « Bonus réparation » (QualiRépar, the repair fund of the French eco-organisms): a labelled
 * shop deducts a fixed amount, per device type and repair kind, from the customer's invoice and
 * claims it back from the eco-organism. The customer pays the rest.
 */
import { DomainError } from './errors'
import { formatAmount } from './money'
import { parisParts, toDate } from './parisTime'

export const ECO_ORGANISMS = {
  ecosystem: { fr: 'Ecosystem', en: 'Ecosystem' },
  ecologic: { fr: 'Ecologic', en: 'Ecologic' },
} as const

export type BonusRule = {
  label: string
  /** Device type id the bonus is for. */
  deviceType: number | null
  deviceTypeName?: string | null
  /** Cents, TTC. */
  amount: number
  active?: boolean | null
  validFrom?: string | Date | null
  validUntil?: string | Date | null
}

const day = (value: string | Date | null | undefined): string | null => {
  if (value == null || value === '') return null
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value
  const date = toDate(value)
  return date ? date.toISOString().slice(0, 10) : null
}

const frenchDay = (d: string) => d.split('-').reverse().join('/')

/**
 * The bonus a rule gives this invoice, or why it does not apply (French, naming the field): the
 * shop must be labelled, the rule in force on that day, for the repaired device's type, and the
 * repair must cost more than the bonus (the customer always pays part of it).
 */
export function bonusFor({
  rule,
  labelNumber,
  deviceType,
  totalTtc,
  on,
}: {
  rule: BonusRule
  /** The shop's QualiRépar label number; none: not labelled. */
  labelNumber: string | null | undefined
  deviceType: number | null | undefined
  totalTtc: number
  on: Date
}): { amount: number; label: string } {
  if (!labelNumber?.trim())
    throw new DomainError(
      'bonus_not_applicable',
      "L'atelier n'est pas labellisé QualiRépar : renseignez son numéro de labellisation dans les paramètres de l'atelier avant d'appliquer un bonus réparation.",
      { field: 'bonusRule' },
    )
  const today = parisParts(on).date
  const from = day(rule.validFrom)
  const until = day(rule.validUntil)
  if (rule.active === false || (from && today < from) || (until && today > until))
    throw new DomainError(
      'bonus_not_applicable',
      `Le bonus « ${rule.label} » n'est pas en vigueur${until && today > until ? ` (il a pris fin le ${frenchDay(until)})` : from && today < from ? ` (il commence le ${frenchDay(from)})` : ''} : choisissez un bonus en vigueur ou retirez-le.`,
      { field: 'bonusRule' },
    )
  if (rule.deviceType != null && deviceType !== rule.deviceType)
    throw new DomainError(
      'bonus_not_applicable',
      `Le bonus « ${rule.label} » concerne les appareils de type « ${rule.deviceTypeName ?? 'autre'} » : l'appareil réparé n'est pas de ce type (renseignez son type sur sa fiche, ou choisissez un autre bonus).`,
      { field: 'bonusRule' },
    )
  if (!Number.isSafeInteger(rule.amount) || rule.amount <= 0)
    throw new DomainError(
      'invalid_amount',
      `Le bonus « ${rule.label} » n'a pas de montant : corrigez-le dans la table des bonus.`,
      { field: 'bonusRule' },
    )
  if (rule.amount >= totalTtc)
    throw new DomainError(
      'bonus_not_applicable',
      `Le bonus (${formatAmount(rule.amount)}) doit rester inférieur au montant de la réparation (${formatAmount(totalTtc)} TTC) : le client en paie toujours une partie.`,
      { field: 'bonusRule' },
    )
  return { amount: rule.amount, label: `Bonus réparation QualiRépar — ${rule.label}` }
}

/** 'YYYY-MM' → the Paris month it names, as [first day, first day of next month). */
export function claimMonth(month: string): { from: string; to: string } {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month)
  if (!match)
    throw new DomainError(
      'invalid_date',
      `Le mois « ${month} » n'est pas un mois : écrivez-le AAAA-MM (par exemple 2026-12).`,
      { field: 'month' },
    )
  const y = Number(match[1])
  const m = Number(match[2])
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`
  return { from: `${month}-01`, to: `${next}-01` }
}
