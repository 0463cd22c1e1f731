/**
 * Quotes (devis) beyond their status table (src/domain/invoices.ts): validity, who may decide,
 * and when a repair needs its quote accepted before the work goes on.
 */
import { DomainError } from './errors'
import { dueDateFor, QUOTE_STATUS_LABELS, quoteRequired, type QuoteStatus } from './invoices'
import { parisParts, toDate } from './parisTime'

/** A quote holds for 30 days from the day it is sent, unless the draft says otherwise. */
export const QUOTE_VALIDITY_DAYS = 30

/** The last day ('YYYY-MM-DD', Paris) a quote sent at `sentAt` can be accepted. */
export function quoteValidUntil(sentAt: Date | string, days = QUOTE_VALIDITY_DAYS): string {
  return dueDateFor(sentAt, days)
}

const dayOf = (value: string | Date | null | undefined): string | null => {
  if (value == null || value === '') return null
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value
  const date = toDate(value)
  // Date fields are stored at midnight UTC of the chosen day: that UTC day is the day meant.
  return date ? date.toISOString().slice(0, 10) : null
}

/** A sent quote whose last valid day is over (in Paris) is expired, whatever is stored. */
export function effectiveQuoteStatus(
  quote: { status: QuoteStatus; validUntil?: string | Date | null },
  now: Date,
): QuoteStatus {
  if (quote.status !== 'envoye') return quote.status
  const last = dayOf(quote.validUntil)
  return last && parisParts(now).date > last ? 'expire' : 'envoye'
}

/** The French date of a 'YYYY-MM-DD' day: « 04/01/2027 ». */
export function frenchDay(day: string | Date | null | undefined): string {
  const d = dayOf(day)
  if (!d) return '—'
  const [y, m, dd] = d.split('-')
  return `${dd}/${m}/${y}`
}

/**
 * Only the latest version of a sent quote, still valid, can be accepted or declined: a draft is
 * not shown to the customer yet, a decided quote stays decided, a newer version replaces it.
 */
export function assertQuoteDecidable(
  quote: {
    number?: string | null
    status: QuoteStatus
    validUntil?: string | Date | null
    superseded?: boolean | null
  },
  now: Date,
): void {
  const name = `Le devis${quote.number ? ` ${quote.number}` : ''}`
  if (quote.superseded)
    throw new DomainError(
      'quote_closed',
      `${name} a été remplacé par une nouvelle version : répondez à la dernière version du devis.`,
      { field: 'status' },
    )
  const status = effectiveQuoteStatus(quote, now)
  if (status === 'brouillon')
    throw new DomainError(
      'quote_closed',
      `${name} n'a pas encore été envoyé au client : envoyez-le avant d'enregistrer sa réponse.`,
      { field: 'status' },
    )
  if (status === 'expire')
    throw new DomainError(
      'quote_closed',
      `${name} a expiré le ${frenchDay(quote.validUntil)} : l'atelier doit en établir une nouvelle version.`,
      { field: 'validUntil' },
    )
  if (status !== 'envoye')
    throw new DomainError(
      'quote_closed',
      `${name} est déjà « ${QUOTE_STATUS_LABELS[status].fr} » : sa réponse ne change plus. Pour le modifier, l'atelier en fait une nouvelle version.`,
      { field: 'status' },
    )
}

/**
 * Does this repair wait for an accepted quote before going past the diagnostic? When the
 * estimate or the quote is above the shop's threshold, or once a quote was put to the customer
 * (their answer then matters whatever the amount). A draft below the threshold binds nothing.
 */
export function quoteGateApplies({
  estimatedTtc,
  quote,
  threshold,
}: {
  estimatedTtc: number | null | undefined
  quote: { status: QuoteStatus; totalTtc?: number | null } | null
  threshold: number | null | undefined
}): boolean {
  const amount = Math.max(estimatedTtc ?? 0, quote?.totalTtc ?? 0)
  if (quoteRequired({ estimatedTtc: amount, threshold })) return true
  return Boolean(quote && quote.status !== 'brouillon')
}

/** A declined quote bills the diagnostic fee, when the shop charges one. */
export function diagnosticFeeLine(
  fee: number,
  vatRate: number,
  reference: string | null | undefined,
): {
  kind: 'free'
  description: string
  quantity: number
  unitPrice: number
  vatRate: number
} | null {
  if (!Number.isSafeInteger(fee) || fee <= 0) return null
  return {
    kind: 'free',
    description: `Forfait diagnostic${reference ? ` — réparation ${reference}` : ''} (devis refusé)`,
    quantity: 1,
    unitPrice: fee,
    vatRate,
  }
}
