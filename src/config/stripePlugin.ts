import type { Plugin } from 'payload'

import { stripePlugin } from '@payloadcms/plugin-stripe'

import { stripeWebhookEndpoint } from '../endpoints/stripe'
import { stripeSettings } from './env'

/**
 * @payloadcms/plugin-stripe, as the design card has it: REST proxy off, no collection sync, and
 * its webhook route replaced by ours at the same path (src/endpoints/stripe.ts). Its own route
 * answers 200 to an unsigned call and runs handlers after the response, outside any transaction;
 * ours refuses a bad signature (400) and stores the event and its job in one transaction.
 */
export const stripeIntegration = (): Plugin => (config) => {
  const withPlugin = stripePlugin({
    stripeSecretKey: stripeSettings()?.secretKey ?? '',
    // No `rest`: the proxy route is not created.
    sync: [],
  })(config)
  const endpoints = (withPlugin.endpoints ?? []).filter(
    (e) => e.path !== stripeWebhookEndpoint.path || e === stripeWebhookEndpoint,
  )
  if (!endpoints.includes(stripeWebhookEndpoint)) endpoints.push(stripeWebhookEndpoint)
  return { ...withPlugin, endpoints }
}
