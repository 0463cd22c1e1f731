import type { PayloadRequest } from 'payload'
import type Stripe from 'stripe'

import type { Invoice } from '../payload-types'

import { sql } from '@payloadcms/db-postgres'

import { isCustomer } from '../access/roles'
import { portalUrl } from '../config/env'
import { requireStripe } from '../config/stripe'
import { dbFor } from '../db/db'
import { idOf } from '../domain/ids'
import {
  checkoutLineName,
  checkoutRefusal,
  isReusable,
  remainingDue,
  STRIPE_CURRENCY,
} from '../domain/stripePayments'
import { requirePermission } from '../endpoints/helpers'
import { RefusedError } from '../http/httpError'
import { insertSession, markSession, openSessionsOf } from './checkoutSessions'

/** Sessions last one hour: a link left open long after the counter took the money is no use. */
const SESSION_LIFETIME_S = 60 * 60

export type CheckoutLink = {
  sessionId: string
  url: string
  amount: number
  expiresAt: string
  reused: boolean
}

export const STRIPE_UNREACHABLE =
  'Stripe ne répond pas pour le moment : réessayez dans quelques instants.'

const inProgress = (number: string) =>
  new RefusedError(
    `Un paiement en ligne de la facture ${number} vient d'aboutir : il sera enregistré dans quelques instants. Rechargez la facture avant de payer à nouveau.`,
    409,
    { field: 'invoice' },
  )

/** A call to the Stripe API; a failure is logged and answered 502 in French. */
async function stripeCall<T>(req: PayloadRequest, call: () => Promise<T>): Promise<T> {
  try {
    return await call()
  } catch (error) {
    req.payload.logger.warn({ err: error, msg: 'Stripe Checkout : appel refusé ou sans réponse' })
    throw new RefusedError(STRIPE_UNREACHABLE, 502)
  }
}

/**
 * A Stripe Checkout Session for what remains due on an issued invoice, for its own customer (or
 * staff who take payments, to send the link). An open session for the same amount is handed out
 * again; one for another amount (paid in part meanwhile) is expired first. Runs in the request's
 * transaction, one creation per invoice at a time.
 */
export async function createCheckout({
  req,
  invoiceId,
  now = new Date(),
}: {
  req: PayloadRequest
  invoiceId: number
  now?: Date
}): Promise<CheckoutLink> {
  if (!req.user) throw new RefusedError('Connectez-vous pour payer la facture en ligne.', 401)
  if (!isCustomer(req.user)) await requirePermission(req, 'payments', 'create')
  const { stripe } = requireStripe()
  // A customer reads only their own issued invoices: anyone else's is a 404.
  const invoice = (await req.payload.findByID({
    collection: 'invoices',
    id: invoiceId,
    depth: 0,
    req,
    overrideAccess: false,
  })) as Invoice
  await (
    await dbFor(req)
  ).execute(sql`select pg_advisory_xact_lock(hashtext('atelier:checkout'), ${invoiceId}::int)`)
  const refusal = checkoutRefusal(invoice)
  if (refusal) throw new RefusedError(refusal, 409, { field: 'invoice' })
  const amount = remainingDue(invoice)
  const number = invoice.number as string

  for (const open of await openSessionsOf(req, invoiceId)) {
    const live = await stripeCall(req, () => stripe.checkout.sessions.retrieve(open.sessionId))
    if (live.status === 'complete') {
      await markSession(req, open.sessionId, 'complete')
      throw inProgress(number)
    }
    if (live.status === 'open' && isReusable(open, { amount, now }) && open.url)
      return {
        sessionId: open.sessionId,
        url: open.url,
        amount,
        expiresAt: open.expiresAt!.toISOString(),
        reused: true,
      }
    if (live.status === 'open') {
      const expired = await stripe.checkout.sessions.expire(open.sessionId).catch(() => null)
      if (!expired) {
        const again = await stripeCall(req, () => stripe.checkout.sessions.retrieve(open.sessionId))
        if (again.status === 'complete') {
          await markSession(req, open.sessionId, 'complete')
          throw inProgress(number)
        }
        if (again.status === 'open') throw new RefusedError(STRIPE_UNREACHABLE, 502)
      }
    }
    await markSession(req, open.sessionId, 'expired')
  }

  const customerId = idOf(invoice.customer)
  const metadata = {
    invoiceId: String(invoice.id),
    customerId: String(customerId),
    invoiceNumber: number,
  }
  const back = `${portalUrl()}/factures/${invoice.id}`
  const email = (invoice.customerSnapshot as { email?: string } | null)?.email
  const params: Stripe.Checkout.SessionCreateParams = {
    mode: 'payment',
    locale: 'fr',
    client_reference_id: String(invoice.id),
    metadata,
    payment_intent_data: { metadata, description: checkoutLineName(number) },
    line_items: [
      {
        quantity: 1,
        price_data: {
          currency: STRIPE_CURRENCY,
          unit_amount: amount,
          product_data: { name: checkoutLineName(number) },
        },
      },
    ],
    ...(email ? { customer_email: email } : {}),
    success_url: `${back}?paiement=ok&session={CHECKOUT_SESSION_ID}`,
    cancel_url: `${back}?paiement=annule`,
    expires_at: Math.floor(now.getTime() / 1000) + SESSION_LIFETIME_S,
  }
  const session = await stripeCall(req, () => stripe.checkout.sessions.create(params))
  if (!session.url || session.amount_total !== amount)
    throw new RefusedError(STRIPE_UNREACHABLE, 502)
  const expiresAt = new Date(session.expires_at * 1000)
  await insertSession(req, {
    sessionId: session.id,
    invoiceId: invoice.id,
    customerId,
    amount,
    currency: STRIPE_CURRENCY,
    url: session.url,
    expiresAt,
  })
  return {
    sessionId: session.id,
    url: session.url,
    amount,
    expiresAt: expiresAt.toISOString(),
    reused: false,
  }
}
