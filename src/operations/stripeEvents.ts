import { APIError, createLocalReq, type Payload, type PayloadRequest } from 'payload'
import type Stripe from 'stripe'

import type { Customer, Invoice } from '../payload-types'
import type { StripeEventStatus } from '../collections/StripeEvents'

import { sql } from '@payloadcms/db-postgres'

import { stripeClient } from '../config/stripe'
import { dbFor } from '../db/db'
import { lockRows } from '../db/locks'
import { inTransaction } from '../db/transaction'
import { idOf } from '../domain/ids'
import { formatAmount } from '../domain/money'
import { judgePaidSession, type SessionFacts } from '../domain/stripePayments'
import { markSession, sessionRow } from './checkoutSessions'
import { recordPayment } from './recordPayment'

/** Stripe's events run on their own queue, every few seconds (src/plugin.ts autoRun). */
export const STRIPE_QUEUE = 'stripe'

const PAYING = new Set(['checkout.session.completed', 'checkout.session.async_payment_succeeded'])
const CLOSING = new Set(['checkout.session.expired', 'checkout.session.async_payment_failed'])

/** The event types to subscribe to in Stripe; others are stored as ignored. */
export const HANDLED_EVENT_TYPES = [...PAYING, ...CLOSING]

/**
 * A verified webhook event: stored once by its id (a second delivery changes nothing) and, for
 * a Checkout event, its job queued — both in the request's transaction.
 */
export async function receiveStripeEvent(
  req: PayloadRequest,
  event: Stripe.Event,
): Promise<{ duplicate: boolean }> {
  const object = event.data?.object as { object?: string; id?: string } | undefined
  const sessionId = object?.object === 'checkout.session' ? (object.id ?? null) : null
  const handled = HANDLED_EVENT_TYPES.includes(event.type) && sessionId !== null
  const status: StripeEventStatus = handled ? 'received' : 'ignored'
  const detail = handled ? null : "Type d'événement non traité par l'atelier."
  const inserted = await (
    await dbFor(req)
  ).execute(sql`
    insert into stripe_events (event_id, type, session_id, status, detail, updated_at, created_at)
    values (${event.id}, ${event.type}, ${sessionId}, ${status}, ${detail}, now(), now())
    on conflict (event_id) do nothing
    returning id`)
  const row = inserted.rows[0] as { id: number } | undefined
  if (!row) return { duplicate: true }
  if (handled)
    await req.payload.jobs.queue({
      task: 'processStripeEvent',
      input: { stripeEvent: Number(row.id) },
      queue: STRIPE_QUEUE,
      req,
    })
  return { duplicate: false }
}

type EventRow = {
  id: number
  type: string
  sessionId: string | null
  status: StripeEventStatus
}

async function eventRow(req: PayloadRequest, id: number, lock = true): Promise<EventRow | null> {
  const db = await dbFor(req)
  const found = lock
    ? await db.execute(
        sql`select type, session_id, status from stripe_events where id = ${id} for update`,
      )
    : await db.execute(sql`select type, session_id, status from stripe_events where id = ${id}`)
  const r = found.rows[0] as Record<string, unknown> | undefined
  if (!r) return null
  const sessionId = (r.session_id as string | null) ?? null
  return { id, type: String(r.type), sessionId, status: r.status as StripeEventStatus }
}

type Outcome = {
  status: StripeEventStatus
  detail: string
  invoiceId?: number | null
  paymentId?: number | null
}

async function markEvent(req: PayloadRequest, id: number, o: Outcome): Promise<Outcome> {
  await (
    await dbFor(req)
  ).execute(sql`
    update stripe_events set status = ${o.status}, detail = ${o.detail.slice(0, 500)},
      invoice_id = coalesce(${o.invoiceId ?? null}::int, invoice_id),
      payment_id = coalesce(${o.paymentId ?? null}::int, payment_id), updated_at = now()
    where id = ${id}`)
  return o
}

/** Notes the last failure on the event (its job is retried) and passes it on. */
async function noteFailure(payload: Payload, id: number, error: unknown): Promise<never> {
  const message = `Stripe injoignable, nouvel essai prévu : ${String((error as Error)?.message ?? error)}`
  await payload.db.drizzle
    .execute(sql`update stripe_events set detail = ${message.slice(0, 500)} where id = ${id}`)
    .catch(() => undefined)
  throw error
}

/**
 * The job of a stored event. The session is read again from the Stripe API — never trusted
 * from the webhook body, so order and repeats of events do not matter — then checked against
 * the shop's own record of it, and a payment recorded once per session (its id is the
 * payment's `externalId`, unique). Whatever it decides is written on the event.
 */
export async function processStripeEvent(payload: Payload, id: number): Promise<Outcome> {
  const peek = await eventRow(await createLocalReq({}, payload), id, false)
  if (!peek || peek.status !== 'received' || !peek.sessionId)
    return { status: peek?.status ?? 'ignored', detail: 'Déjà traité.' }
  const stripe = stripeClient()
  if (!stripe)
    throw new Error("Le paiement en ligne n'est plus configuré : l'événement attend les clés.")
  const session = await stripe.checkout.sessions.retrieve(peek.sessionId).catch((error) => {
    // Unknown to this Stripe account (test and live mixed up): no retry will find it.
    if ((error as { statusCode?: number }).statusCode === 404) return null
    return noteFailure(payload, id, error)
  })
  const asked = await sessionRow(await createLocalReq({}, payload), peek.sessionId)
  const customer =
    asked?.customerId &&
    ((await payload.findByID({
      collection: 'customers',
      id: asked.customerId,
      depth: 0,
      disableErrors: true,
    })) as Customer | null)
  const fail = async (detail: string): Promise<Outcome> => {
    const req = await createLocalReq({}, payload)
    return inTransaction(req, async () => {
      const event = await eventRow(req, id)
      if (event?.status !== 'received') return { status: event?.status ?? 'ignored', detail }
      return markEvent(req, id, { status: 'failed', detail, invoiceId: asked?.invoiceId })
    })
  }
  if (!session)
    return fail(
      `Session ${peek.sessionId} introuvable chez Stripe (clé de test ou de production ?) : rien n'est enregistré.`,
    )
  if (!asked?.invoiceId || !customer)
    return fail(
      `Session ${peek.sessionId} inconnue de l'atelier (ou client supprimé) : paiement non enregistré, vérifiez-le dans Stripe.`,
    )
  // The payment is the customer's own: recorded as them, on their own issued invoice only.
  const req = await createLocalReq({ user: { ...customer, collection: 'customers' } }, payload)
  try {
    return await inTransaction(req, () => settle(req, id, session, asked))
  } catch (error) {
    if (!(error instanceof APIError) || error.status >= 500) throw error
    return fail(`${error.message} (paiement non enregistré : vérifiez-le dans Stripe)`)
  }
}

async function settle(
  req: PayloadRequest,
  id: number,
  session: Stripe.Checkout.Session,
  asked: NonNullable<Awaited<ReturnType<typeof sessionRow>>>,
): Promise<Outcome> {
  // One event of a session at a time; the event itself again, in case another run took it.
  await sessionRow(req, session.id, { lock: true })
  const event = await eventRow(req, id)
  if (!event || event.status !== 'received')
    return { status: event?.status ?? 'ignored', detail: 'Déjà traité.' }
  const invoiceId = asked.invoiceId!
  const already = await req.payload.find({
    collection: 'payments',
    where: { externalId: { equals: session.id } },
    depth: 0,
    limit: 1,
    req,
  })
  if (already.docs[0]) {
    await markSession(req, session.id, 'complete', already.docs[0].id)
    return markEvent(req, id, {
      status: 'ignored',
      detail: `Session déjà enregistrée : ${already.docs[0].label ?? 'paiement existant'}.`,
      invoiceId,
      paymentId: already.docs[0].id,
    })
  }
  if (!PAYING.has(event.type)) {
    if (session.status === 'expired') await markSession(req, session.id, 'expired')
    const detail =
      session.status === 'complete'
        ? 'Session terminée : cet événement ne change rien au paiement.'
        : session.status === 'expired'
          ? 'Session expirée sans paiement : rien à enregistrer.'
          : 'Paiement différé refusé : rien à enregistrer.'
    return markEvent(req, id, { status: 'ignored', detail, invoiceId })
  }
  await lockRows(req, 'invoices', [invoiceId])
  const invoice = (await req.payload.findByID({
    collection: 'invoices',
    id: invoiceId,
    depth: 0,
    req,
  })) as Invoice
  const verdict = judgePaidSession({
    session: session as SessionFacts,
    asked: { invoiceId, customerId: asked.customerId!, amount: asked.amount },
    invoice: { ...invoice, customer: idOf(invoice.customer) },
  })
  if (verdict.action !== 'record')
    return markEvent(req, id, {
      status: verdict.action === 'fail' ? 'failed' : 'ignored',
      detail: verdict.detail,
      invoiceId,
    })
  const reference = typeof session.payment_intent === 'string' ? session.payment_intent : session.id
  const { payment } = await recordPayment({
    req,
    invoiceId,
    input: { amount: verdict.amount, method: 'stripe', externalId: session.id, reference },
  })
  await markSession(req, session.id, 'complete', payment.id)
  return markEvent(req, id, {
    status: 'processed',
    detail: `Paiement en ligne de ${formatAmount(verdict.amount)} enregistré sur la facture ${invoice.number}.`,
    invoiceId,
    paymentId: payment.id,
  })
}
