import type { Endpoint } from 'payload'
import type Stripe from 'stripe'

import { onlinePaymentEnabled, requireStripe } from '../config/stripe'
import { inTransaction } from '../db/transaction'
import { formatAmount } from '../domain/money'
import { RefusedError } from '../http/httpError'
import { createCheckout } from '../operations/stripeCheckout'
import { receiveStripeEvent } from '../operations/stripeEvents'
import { idParam } from './helpers'

/** GET /api/stripe/status → { enabled }: whether to offer « Payer en ligne » (public). */
export const stripeStatusEndpoint: Endpoint = {
  path: '/stripe/status',
  method: 'get',
  handler: async () => Response.json({ enabled: onlinePaymentEnabled() }),
}

/** POST /api/invoices/:id/checkout → { url, … }: where to send the customer to pay online. */
export const checkoutEndpoint: Omit<Endpoint, 'root'> = {
  path: '/:id/checkout',
  method: 'post',
  handler: async (req) => {
    const invoiceId = idParam(req)
    const link = await inTransaction(req, () => createCheckout({ req, invoiceId }))
    return Response.json(
      {
        message: `Paiement en ligne de ${formatAmount(link.amount)} prêt : suivez le lien pour payer.`,
        ...link,
      },
      { status: link.reused ? 200 : 201 },
    )
  },
}

/**
 * POST /api/stripe/webhooks: Stripe's events, signature checked on the raw body (400 when it is
 * missing, wrong or stale), stored once and queued in one transaction, answered 200 at once.
 */
export const stripeWebhookEndpoint: Endpoint = {
  path: '/stripe/webhooks',
  method: 'post',
  handler: async (req) => {
    const { stripe, settings } = requireStripe()
    const signature = req.headers.get('stripe-signature')
    if (!signature)
      throw new RefusedError(
        'Signature Stripe absente (en-tête « Stripe-Signature ») : événement refusé.',
        400,
      )
    const body = await req.text!()
    let event: Stripe.Event
    try {
      event = stripe.webhooks.constructEvent(body, signature, settings.webhookSecret)
    } catch {
      throw new RefusedError(
        'Signature Stripe invalide ou trop ancienne : événement refusé. Vérifiez STRIPE_WEBHOOK_SECRET.',
        400,
      )
    }
    const { duplicate } = await inTransaction(req, () => receiveStripeEvent(req, event))
    return Response.json({ received: true, duplicate })
  },
}
