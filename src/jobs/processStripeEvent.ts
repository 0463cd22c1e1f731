import type { TaskConfig } from 'payload'

import { processStripeEvent } from '../operations/stripeEvents'

/**
 * Acts on a stored Stripe event (src/operations/stripeEvents.ts): reads the Checkout Session
 * again from the Stripe API and records the invoice's payment once. Retried while Stripe is
 * unreachable; a refused payment is written on the event, not retried.
 */
export const ProcessStripeEvent: TaskConfig<'processStripeEvent'> = {
  slug: 'processStripeEvent',
  label: 'Paiement en ligne (événement Stripe)',
  inputSchema: [{ name: 'stripeEvent', type: 'number', required: true }],
  outputSchema: [
    { name: 'status', type: 'text' },
    { name: 'detail', type: 'text' },
  ],
  retries: { attempts: 6, backoff: { type: 'exponential', delay: 10_000 } },
  handler: async ({ input, req }) => {
    const outcome = await processStripeEvent(req.payload, input.stripeEvent)
    return { output: { status: outcome.status, detail: outcome.detail } }
  },
}
