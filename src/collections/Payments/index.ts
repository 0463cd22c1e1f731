import type { CollectionConfig } from 'payload'

import { allow, nobody } from '../../access/index'
import { isCustomer, roleOf } from '../../access/roles'
import { PAYMENT_METHOD_LABELS } from '../../domain/invoices'
import { can } from '../../domain/permissions'
import { cancelPaymentEndpoint } from '../../endpoints/invoices'

/**
 * Money received for an invoice. Recorded only through POST /api/invoices/:id/payments
 * (src/operations/recordPayment.ts), which checks the amount against what is due; never edited
 * or deleted: a mistake is cancelled by a counter-entry (a negative payment that names it).
 */
export const Payments: CollectionConfig = {
  slug: 'payments',
  labels: {
    singular: { fr: 'Paiement', en: 'Payment' },
    plural: { fr: 'Paiements', en: 'Payments' },
  },
  admin: {
    useAsTitle: 'label',
    defaultColumns: ['label', 'invoice', 'amount', 'method', 'receivedAt', 'recordedBy'],
    group: { fr: 'Facturation', en: 'Billing' },
  },
  defaultSort: '-receivedAt',
  endpoints: [cancelPaymentEndpoint],
  access: {
    read: async ({ req }) => {
      if (isCustomer(req.user)) return { customer: { equals: req.user!.id } }
      return can(await roleOf(req), 'payments', 'read')
    },
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  fields: [
    {
      name: 'label',
      type: 'text',
      label: { fr: 'Paiement', en: 'Payment' },
      admin: { hidden: true },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'invoice',
          type: 'relationship',
          relationTo: 'invoices',
          required: true,
          index: true,
          label: { fr: 'Facture', en: 'Invoice' },
          admin: { components: { Cell: '/src/admin-components/RelationCell#RelationCell' } },
        },
        {
          name: 'customer',
          type: 'relationship',
          relationTo: 'customers',
          index: true,
          label: { fr: 'Client', en: 'Customer' },
          admin: { components: { Cell: '/src/admin-components/RelationCell#RelationCell' } },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'amount',
          type: 'number',
          required: true,
          label: { fr: 'Montant (€)', en: 'Amount (€)' },
          admin: {
            components: {
              Field: '/src/admin-components/MoneyField#MoneyField',
              Cell: '/src/admin-components/MoneyCell#MoneyCell',
            },
          },
        },
        {
          name: 'method',
          type: 'select',
          required: true,
          label: { fr: 'Moyen de paiement', en: 'Method' },
          options: Object.entries(PAYMENT_METHOD_LABELS).map(([value, l]) => ({ value, label: l })),
        },
        {
          name: 'receivedAt',
          type: 'date',
          required: true,
          index: true,
          label: { fr: 'Reçu le', en: 'Received' },
          admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' } },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'reference',
          type: 'text',
          label: { fr: 'Référence (n° de chèque, de transaction…)', en: 'Reference' },
        },
        {
          name: 'recordedBy',
          type: 'relationship',
          relationTo: 'users',
          label: { fr: 'Enregistré par', en: 'Recorded by' },
          admin: { components: { Cell: '/src/admin-components/RelationCell#RelationCell' } },
        },
      ],
    },
    {
      name: 'cancels',
      type: 'relationship',
      relationTo: 'payments',
      label: { fr: 'Annule le paiement', en: 'Cancels payment' },
      admin: { condition: (data) => Boolean(data?.cancels) },
    },
    { name: 'reason', type: 'text', label: { fr: 'Motif', en: 'Reason' } },
    {
      // Stripe: the Checkout Session or PaymentIntent it came from; one payment per session.
      name: 'externalId',
      type: 'text',
      unique: true,
      label: { fr: 'Identifiant externe', en: 'External id' },
      admin: { readOnly: true, condition: (data) => Boolean(data?.externalId) },
    },
  ],
}
