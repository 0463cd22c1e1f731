import type { CollectionConfig } from 'payload'

import { allow, nobody } from '../access/index'

export const STRIPE_EVENT_STATUSES = {
  received: { fr: 'Reçu', en: 'Received' },
  processed: { fr: 'Traité', en: 'Processed' },
  ignored: { fr: 'Ignoré', en: 'Ignored' },
  failed: { fr: 'En échec', en: 'Failed' },
} as const

export type StripeEventStatus = keyof typeof STRIPE_EVENT_STATUSES

/**
 * Every signed event Stripe sent to POST /api/stripe/webhooks, once per event id (unique), with
 * what its job made of it (src/operations/stripeEvents.ts). Read-only, for those who read
 * payments: a « En échec » line says why a payment was not recorded.
 */
export const StripeEvents: CollectionConfig = {
  slug: 'stripe-events',
  labels: {
    singular: { fr: 'Événement Stripe', en: 'Stripe event' },
    plural: { fr: 'Événements Stripe', en: 'Stripe events' },
  },
  admin: {
    useAsTitle: 'eventId',
    defaultColumns: ['eventId', 'type', 'status', 'invoice', 'detail', 'createdAt'],
    group: { fr: 'Facturation', en: 'Billing' },
  },
  defaultSort: '-createdAt',
  access: { read: allow('payments', 'read'), create: nobody, update: nobody, delete: nobody },
  fields: [
    {
      name: 'eventId',
      type: 'text',
      required: true,
      unique: true,
      label: { fr: 'Événement', en: 'Event' },
    },
    { name: 'type', type: 'text', required: true, label: { fr: 'Type', en: 'Type' } },
    {
      name: 'sessionId',
      type: 'text',
      index: true,
      label: { fr: 'Session de paiement', en: 'Checkout Session' },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'received',
      index: true,
      label: { fr: 'État', en: 'Status' },
      options: Object.entries(STRIPE_EVENT_STATUSES).map(([value, label]) => ({ value, label })),
    },
    { name: 'detail', type: 'text', label: { fr: 'Détail', en: 'Detail' } },
    {
      name: 'invoice',
      type: 'relationship',
      relationTo: 'invoices',
      label: { fr: 'Facture', en: 'Invoice' },
    },
    {
      name: 'payment',
      type: 'relationship',
      relationTo: 'payments',
      label: { fr: 'Paiement', en: 'Payment' },
    },
  ],
}
