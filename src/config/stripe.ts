/**
 * The one Stripe client of Atelier (the `stripe` package; @payloadcms/plugin-stripe is not used,
 * see README « Paiement en ligne »). Built from the environment on use, so keys set or removed
 * take effect without a new configuration.
 */
import Stripe from 'stripe'

import { RefusedError } from '../http/httpError'
import { type StripeSettings, stripeSettings } from './env'

let cached: { signature: string; client: Stripe } | undefined

export const ONLINE_PAYMENT_OFF =
  "Le paiement en ligne n'est pas activé pour cet atelier : réglez la facture au comptoir (espèces, carte, chèque) ou par virement."

/** Is online payment offered? (GET /api/stripe/status tells the portal.) */
export function onlinePaymentEnabled(): boolean {
  return stripeSettings() !== null
}

/** The client for these settings, or null when online payment is off. */
export function stripeClient(settings: StripeSettings | null = stripeSettings()): Stripe | null {
  if (!settings) return null
  const signature = JSON.stringify([settings.secretKey, settings.api])
  if (cached?.signature !== signature) {
    cached = {
      signature,
      client: new Stripe(settings.secretKey, {
        ...(settings.api ?? {}),
        maxNetworkRetries: 2,
        timeout: 20_000,
        telemetry: false,
        appInfo: { name: 'Atelier' },
      }),
    }
  }
  return cached.client
}

/** The client and settings, or a 503 in French when online payment is off. */
export function requireStripe(): { stripe: Stripe; settings: StripeSettings } {
  const settings = stripeSettings()
  const stripe = stripeClient(settings)
  if (!settings || !stripe) throw new RefusedError(ONLINE_PAYMENT_OFF, 503)
  return { stripe, settings }
}
