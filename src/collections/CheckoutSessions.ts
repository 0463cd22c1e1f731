import type { CollectionConfig } from 'payload'

import { allow, nobody } from '../access/index'

/**
 * The Stripe Checkout Sessions Atelier opened for invoices (POST /api/invoices/:id/checkout):
 * what was asked (amount, invoice, customer), so that a retry reuses an open one and the payment
 * job checks what Stripe reports against it. Written by the operations only.
 */
export const CheckoutSessions: CollectionConfig = {
  slug: 'checkout-sessions',
  labels: {
    singular: { fr: 'Session de paiement en ligne', en: 'Checkout Session' },
    plural: { fr: 'Sessions de paiement en ligne', en: 'Checkout Sessions' },
  },
  admin: {
    hidden: true,
    useAsTitle: 'sessionId',
    group: { fr: 'Facturation', en: 'Billing' },
  },
  access: { read: allow('payments', 'read'), create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'sessionId', type: 'text', required: true, unique: true },
    { name: 'invoice', type: 'relationship', relationTo: 'invoices', index: true },
    { name: 'customer', type: 'relationship', relationTo: 'customers' },
    { name: 'amount', type: 'number', required: true },
    { name: 'currency', type: 'text', required: true, defaultValue: 'eur' },
    { name: 'url', type: 'text' },
    { name: 'expiresAt', type: 'date' },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'open',
      options: [
        { value: 'open', label: { fr: 'Ouverte', en: 'Open' } },
        { value: 'complete', label: { fr: 'Payée', en: 'Complete' } },
        { value: 'expired', label: { fr: 'Expirée', en: 'Expired' } },
      ],
    },
    { name: 'payment', type: 'relationship', relationTo: 'payments' },
  ],
}
