import type { CollectionBeforeChangeHook, CollectionConfig, Field } from 'payload'

import { allow, systemOnly } from '../../access/index'
import { QUOTE_STATUS_LABELS } from '../../domain/invoices'
import {
  decideQuoteEndpoint,
  quotePdfEndpoint,
  reviseQuoteEndpoint,
  sendQuoteEndpoint,
} from '../../endpoints/quotes'
import { invoiceLines } from '../../fields/invoiceLines'
import { fillCatalogueLines } from '../../hooks/fillCatalogueLines'
import { moneyComponents } from '../../fields/money'
import { priceDraft } from '../Invoices/hooks/priceDraft'
import { onDraftQuotes, readQuotes } from './access'
import { keepSentUntouched, refuseDeletingSent } from './hooks/keepSentUntouched'
import { prepareQuote } from './hooks/prepareQuote'

const label = (labels: Record<string, { fr: string; en: string }>) =>
  Object.entries(labels).map(([value, l]) => ({ value, label: l }))

const amount = (name: string, fr: string, en: string) => ({
  name,
  type: 'number' as const,
  defaultValue: 0,
  label: { fr, en },
  access: systemOnly,
  admin: { readOnly: true, components: moneyComponents },
})

/** Written by the quote operations only, shown read-only. */
const system = (field: Field): Field =>
  ({
    ...field,
    access: systemOnly,
    admin: { readOnly: true, ...(field as { admin?: object }).admin },
  }) as Field

/**
 * Quotes (« devis ») for a repair. A draft is edited freely; « Envoyer » (src/operations/quotes.ts)
 * numbers it D-YYYY-NNNNNN, sets its validity and e-mails it; the customer (or the counter on
 * their word) accepts or declines it. A sent quote never changes: a new version replaces it and
 * needs its own acceptance.
 */
export const Quotes: CollectionConfig = {
  slug: 'quotes',
  labels: {
    singular: { fr: 'Devis', en: 'Quote' },
    plural: { fr: 'Devis', en: 'Quotes' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'customer', 'status', 'totalTtc', 'validUntil', 'decidedAt'],
    group: { fr: 'Facturation', en: 'Billing' },
    listSearchableFields: ['number', 'customerName', 'repairReference'],
  },
  defaultSort: '-createdAt',
  endpoints: [sendQuoteEndpoint, ...decideQuoteEndpoint, reviseQuoteEndpoint, quotePdfEndpoint],
  access: {
    read: readQuotes,
    create: allow('invoices', 'create'),
    update: onDraftQuotes('update'),
    delete: onDraftQuotes('delete'),
  },
  hooks: {
    beforeValidate: [fillCatalogueLines],
    beforeChange: [
      keepSentUntouched,
      prepareQuote,
      priceDraft as unknown as CollectionBeforeChangeHook,
    ],
    beforeDelete: [refuseDeletingSent],
  },
  fields: [
    {
      name: 'quoteActions',
      type: 'ui',
      admin: { components: { Field: '/src/admin-components/QuoteActions#QuoteActions' } },
    },
    {
      name: 'title',
      type: 'text',
      label: { fr: 'Devis', en: 'Quote' },
      access: systemOnly,
      admin: { hidden: true },
      hooks: {
        beforeChange: [
          ({ siblingData }) =>
            `${
              siblingData.number ??
              `Devis brouillon${siblingData.repairReference ? ` — ${siblingData.repairReference}` : ''}`
            }${siblingData.version > 1 ? ` (v${siblingData.version})` : ''}`,
        ],
      },
    },
    {
      type: 'row',
      fields: [
        system({
          name: 'number',
          type: 'text',
          unique: true,
          index: true,
          label: { fr: 'Numéro', en: 'Number' },
          admin: { placeholder: 'attribué à l’envoi' },
        }),
        system({
          name: 'version',
          type: 'number',
          defaultValue: 1,
          label: { fr: 'Version', en: 'Version' },
        }),
        system({
          name: 'status',
          type: 'select',
          defaultValue: 'brouillon',
          required: true,
          index: true,
          label: { fr: 'Statut', en: 'Status' },
          options: label(QUOTE_STATUS_LABELS),
        }),
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'repair',
          type: 'relationship',
          relationTo: 'repairs',
          required: true,
          index: true,
          label: { fr: 'Réparation', en: 'Repair' },
          admin: { components: { Cell: '/src/admin-components/RelationCell#RelationCell' } },
        },
        system({
          name: 'customer',
          type: 'relationship',
          relationTo: 'customers',
          index: true,
          label: { fr: 'Client', en: 'Customer' },
          admin: { components: { Cell: '/src/admin-components/RelationCell#RelationCell' } },
        }),
        system({
          name: 'supersedes',
          type: 'relationship',
          relationTo: 'quotes',
          label: { fr: 'Remplace le devis', en: 'Replaces quote' },
          admin: { condition: (data: Record<string, unknown>) => Boolean(data?.supersedes) },
        }),
      ],
    },
    invoiceLines,
    {
      type: 'row',
      fields: [
        amount('totalHt', 'Total HT', 'Total excl. VAT'),
        amount('totalVat', 'Total TVA', 'Total VAT'),
        amount('totalTtc', 'Total TTC', 'Total incl. VAT'),
      ],
    },
    { name: 'vatBreakdown', type: 'json', access: systemOnly, admin: { hidden: true } },
    {
      type: 'row',
      fields: [
        {
          // The last day it can be accepted (Paris); set at sending when left empty.
          name: 'validUntil',
          type: 'date',
          label: { fr: 'Valable jusqu’au', en: 'Valid until' },
          admin: {
            date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' },
            description: {
              fr: '30 jours après l’envoi si laissé vide.',
              en: '30 days after sending if empty.',
            },
          },
        },
      ],
    },
    {
      type: 'row',
      admin: { condition: (data) => Boolean(data?.sentAt) },
      fields: [
        system({
          name: 'sentAt',
          type: 'date',
          label: { fr: 'Envoyé le', en: 'Sent' },
          admin: { date: { displayFormat: 'dd/MM/yyyy HH:mm' } },
        }),
        system({
          name: 'sendStatus',
          type: 'select',
          label: { fr: 'Envoi au client', en: 'Sent to customer' },
          options: [
            { value: 'en_file', label: { fr: 'En cours d’envoi', en: 'Queued' } },
            { value: 'envoyee', label: { fr: 'Envoyé par e-mail', en: 'E-mailed' } },
            { value: 'echec', label: { fr: 'Échec de l’envoi', en: 'Failed' } },
            { value: 'sans_email', label: { fr: 'Remis en main propre', en: 'Handed over' } },
          ],
        }),
        system({ name: 'sentTo', type: 'text', label: { fr: 'Envoyé à', en: 'Sent to' } }),
      ],
    },
    system({
      name: 'sendError',
      type: 'text',
      label: { fr: 'Erreur d’envoi', en: 'Send error' },
      admin: { condition: (data: Record<string, unknown>) => Boolean(data?.sendError) },
    }),
    {
      type: 'row',
      admin: { condition: (data) => Boolean(data?.decidedAt) },
      fields: [
        system({
          name: 'decidedAt',
          type: 'date',
          label: { fr: 'Réponse le', en: 'Answered' },
          admin: { date: { displayFormat: 'dd/MM/yyyy HH:mm' } },
        }),
        system({
          name: 'decidedByCustomer',
          type: 'relationship',
          relationTo: 'customers',
          label: { fr: 'Réponse du client', en: 'Answered by customer' },
        }),
        system({
          name: 'decidedByStaff',
          type: 'relationship',
          relationTo: 'users',
          label: { fr: 'Réponse enregistrée par', en: 'Recorded by' },
        }),
        system({
          name: 'decisionChannel',
          type: 'select',
          label: { fr: 'Par', en: 'Through' },
          options: [
            { value: 'portail', label: { fr: 'Le client, en ligne', en: 'Customer, online' } },
            {
              value: 'comptoir',
              label: {
                fr: 'L’atelier, sur la parole du client',
                en: 'Shop, on the customer’s word',
              },
            },
          ],
        }),
      ],
    },
    system({
      name: 'declineReason',
      type: 'textarea',
      label: { fr: 'Motif du refus', en: 'Reason for declining' },
      admin: { condition: (data: Record<string, unknown>) => data?.status === 'refuse' },
    }),
    system({
      name: 'superseded',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: { fr: 'Remplacé par une nouvelle version', en: 'Replaced by a new version' },
      admin: { condition: (data: Record<string, unknown>) => Boolean(data?.superseded) },
    }),
    // Copied at sending: the quote says what it said, whatever changes later.
    {
      name: 'customerName',
      type: 'text',
      index: true,
      access: systemOnly,
      admin: { hidden: true },
    },
    { name: 'repairReference', type: 'text', access: systemOnly, admin: { hidden: true } },
    { name: 'customerSnapshot', type: 'json', access: systemOnly, admin: { hidden: true } },
    { name: 'sellerSnapshot', type: 'json', access: systemOnly, admin: { hidden: true } },
    {
      name: 'notes',
      type: 'textarea',
      label: { fr: 'Note interne', en: 'Internal note' },
      access: { read: ({ req }) => req.user?.collection === 'users' },
    },
  ],
}
