/**
 * Online payment of an invoice through Stripe Checkout: what may be paid, when an open session
 * is reused, and whether a paid session is recorded. Pure rules; src/operations/stripe*.ts act.
 */
import { invoiceBalance } from './invoices'
import { formatAmount } from './money'

export const STRIPE_CURRENCY = 'eur'

/** How long before its expiry an open session is still handed out again. */
export const REUSE_MARGIN_MS = 10 * 60_000

type InvoiceFacts = {
  number?: string | null
  kind?: string | null
  status?: string | null
  totalTtc?: number | null
  amountCredited?: number | null
  bonusAmount?: number | null
  amountPaid?: number | null
}

/** What remains to pay, as recordPayment counts it: TTC less credit notes and bonus, less payments. */
export function remainingDue(invoice: InvoiceFacts): number {
  return invoiceBalance(invoice).left
}

/** The name of the one line of the session: « Facture F-2026-000001 ». */
export const checkoutLineName = (number: string): string => `Facture ${number}`

/** Why this invoice cannot be paid online now (French), or null when it can. */
export function checkoutRefusal(invoice: InvoiceFacts): string | null {
  if (invoice.kind === 'credit_note')
    return `${invoice.number ?? 'Ce document'} est un avoir : il n'y a rien à payer en ligne.`
  if (!invoice.number || invoice.status === 'brouillon')
    return "La facture est encore un brouillon : elle se paie en ligne une fois émise par l'atelier."
  if (remainingDue(invoice) <= 0)
    return `La facture ${invoice.number} est déjà entièrement payée : il n'y a plus rien à régler.`
  return null
}

/** An open session recorded for the invoice is handed out again: same amount, not about to expire. */
export function isReusable(
  session: { status: string; amount: number; expiresAt: Date | string | null },
  { amount, now }: { amount: number; now: Date },
): boolean {
  if (session.status !== 'open' || session.amount !== amount || !session.expiresAt) return false
  return new Date(session.expiresAt).getTime() - now.getTime() > REUSE_MARGIN_MS
}

/** A Checkout Session as the Stripe API returns it (the fields the rules look at). */
export type SessionFacts = {
  id: string
  status: string | null
  payment_status: string
  currency: string | null
  amount_total: number | null
  client_reference_id: string | null
  metadata: Record<string, string> | null
}

/** What the shop asked for when it created the session (its own record, never the webhook). */
export type AskedFor = {
  invoiceId: number
  customerId: number
  amount: number
}

export type Verdict =
  | { action: 'record'; amount: number }
  | { action: 'ignore'; detail: string }
  | { action: 'fail'; detail: string }

const TO_CHECK = 'paiement non enregistré : vérifiez-le dans Stripe et remboursez-le si besoin.'

/**
 * Whether a session the API reports is recorded as a payment of the invoice: paid, in euros, for
 * this invoice and its customer, for the amount asked, and not beyond what remains due. A session
 * not paid yet (deferred payment) is ignored: its `async_payment_succeeded` comes later.
 */
export function judgePaidSession({
  session,
  asked,
  invoice,
}: {
  session: SessionFacts
  asked: AskedFor
  invoice: InvoiceFacts & { id: number; customer: number }
}): Verdict {
  if (session.payment_status !== 'paid')
    return {
      action: 'ignore',
      detail: `Session pas encore payée (paiement « ${session.payment_status} ») : rien à enregistrer pour l'instant.`,
    }
  const fail = (why: string): Verdict => ({ action: 'fail', detail: `${why} : ${TO_CHECK}` })
  if ((session.currency ?? '').toLowerCase() !== STRIPE_CURRENCY)
    return fail(`Devise « ${session.currency ?? '?'} » au lieu de l'euro`)
  const meta = session.metadata ?? {}
  const number = invoice.number ?? `n° ${invoice.id}`
  if (
    meta.invoiceId !== String(asked.invoiceId) ||
    session.client_reference_id !== String(asked.invoiceId) ||
    asked.invoiceId !== invoice.id
  )
    return fail(`La session ne désigne pas la facture ${number}`)
  if (meta.customerId !== String(asked.customerId) || invoice.customer !== asked.customerId)
    return fail(`La session ne désigne pas le client de la facture ${number}`)
  if (invoice.kind === 'credit_note' || !invoice.number || invoice.status === 'brouillon')
    return fail(`La facture ${number} n'est pas une facture émise`)
  const paid = session.amount_total ?? 0
  if (paid !== asked.amount)
    return fail(
      `Montant payé de ${formatAmount(paid)} différent du montant demandé de ${formatAmount(asked.amount)}`,
    )
  const remaining = remainingDue(invoice)
  if (paid > remaining)
    return fail(
      remaining <= 0
        ? `La facture ${number} était déjà entièrement payée`
        : `Le paiement de ${formatAmount(paid)} dépasse le reste à payer de la facture ${number} (${formatAmount(remaining)})`,
    )
  return { action: 'record', amount: paid }
}
