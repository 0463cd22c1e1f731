import type { CollectionConfig } from 'payload'

import { allow, systemOnly } from '../../access/index'
import { INVOICE_STATUS_LABELS } from '../../domain/invoices'
import {
  creditNoteEndpoint,
  issueEndpoint,
  paymentEndpoint,
  sendEndpoint,
} from '../../endpoints/invoices'
import { invoicePdfEndpoint } from '../../endpoints/invoicePdf'
import { checkoutEndpoint } from '../../endpoints/stripe'
import { invoiceLines } from '../../fields/invoiceLines'
import { fillCatalogueLines } from '../../hooks/fillCatalogueLines'
import { onDrafts, readInvoices } from './access'
import { keepIssuedUntouched, refuseDeletingIssued } from './hooks/keepIssuedUntouched'
import { markOverdue } from './hooks/markOverdue'
import { priceDraft } from './hooks/priceDraft'
import { moneyComponents } from '../../fields/money'

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

/**
 * Invoices and credit notes (« avoirs », kind `credit_note`). A draft is edited freely; issuing
 * (src/operations/issueInvoice.ts) numbers it F-YYYY-NNNNNN in the issuing transaction and
 * freezes it: from then on only the invoicing operations write its payment state.
 */
export const Invoices: CollectionConfig = {
  slug: 'invoices',
  labels: {
    singular: { fr: 'Facture', en: 'Invoice' },
    plural: { fr: 'Factures et avoirs', en: 'Invoices and credit notes' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'customer', 'status', 'totalTtc', 'amountPaid', 'dueDate', 'overdue'],
    group: { fr: 'Facturation', en: 'Billing' },
    listSearchableFields: ['number', 'customerName', 'repairReference'],
  },
  defaultSort: '-createdAt',
  endpoints: [
    issueEndpoint,
    creditNoteEndpoint,
    paymentEndpoint,
    sendEndpoint,
    invoicePdfEndpoint,
    checkoutEndpoint,
  ],
  access: {
    read: readInvoices,
    create: allow('invoices', 'create'),
    update: onDrafts('update'),
    delete: onDrafts('delete'),
  },
  hooks: {
    beforeValidate: [fillCatalogueLines],
    beforeChange: [keepIssuedUntouched, priceDraft],
    beforeDelete: [refuseDeletingIssued],
    afterRead: [markOverdue],
  },
  fields: [
    {
      name: 'invoiceActions',
      type: 'ui',
      admin: { components: { Field: '/src/admin-components/InvoiceActions#InvoiceActions' } },
    },
    {
      // « Brouillon — R-2026-000042 » until issued, then its number.
      name: 'title',
      type: 'text',
      label: { fr: 'Document', en: 'Document' },
      access: systemOnly,
      admin: { hidden: true },
      hooks: {
        beforeChange: [
          ({ siblingData }) =>
            siblingData.number ??
            `Brouillon${siblingData.repairReference ? ` — ${siblingData.repairReference}` : ''}`,
        ],
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'number',
          type: 'text',
          unique: true,
          index: true,
          label: { fr: 'Numéro', en: 'Number' },
          access: systemOnly,
          admin: { readOnly: true, placeholder: 'attribué à l’émission' },
        },
        {
          name: 'kind',
          type: 'select',
          defaultValue: 'invoice',
          required: true,
          label: { fr: 'Type', en: 'Kind' },
          options: [
            { value: 'invoice', label: { fr: 'Facture', en: 'Invoice' } },
            { value: 'credit_note', label: { fr: 'Avoir', en: 'Credit note' } },
          ],
          access: systemOnly,
          admin: { readOnly: true },
        },
        {
          name: 'status',
          type: 'select',
          defaultValue: 'brouillon',
          required: true,
          index: true,
          label: { fr: 'Statut', en: 'Status' },
          options: label(INVOICE_STATUS_LABELS),
          access: systemOnly,
          admin: { readOnly: true },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'customer',
          type: 'relationship',
          relationTo: 'customers',
          required: true,
          index: true,
          label: { fr: 'Client', en: 'Customer' },
          admin: { components: { Cell: '/src/admin-components/RelationCell#RelationCell' } },
        },
        {
          name: 'repair',
          type: 'relationship',
          relationTo: 'repairs',
          index: true,
          label: { fr: 'Réparation', en: 'Repair' },
        },
        {
          name: 'creditedInvoice',
          type: 'relationship',
          relationTo: 'invoices',
          index: true,
          label: { fr: 'Avoir sur la facture', en: 'Credits invoice' },
          access: systemOnly,
          admin: { readOnly: true, condition: (data) => data?.kind === 'credit_note' },
        },
      ],
    },
    invoiceLines,
    {
      type: 'row',
      fields: [
        amount('totalHt', 'Total HT', 'Total excl. VAT'),
        amount('totalVat', 'Total TVA', 'Total VAT'),
        amount('totalTtc', 'Total TTC', 'Total incl. VAT'),
        amount('amountCredited', 'Avoirs', 'Credited'),
        amount('amountPaid', 'Payé', 'Paid'),
      ],
    },
    {
      type: 'row',
      // Picked on a draft; once issued, shown only when there is one.
      admin: {
        condition: (data) =>
          data?.kind !== 'credit_note' &&
          (data?.status === 'brouillon' || Number(data?.bonusAmount) > 0),
      },
      fields: [
        {
          name: 'bonusRule',
          type: 'relationship',
          relationTo: 'repair-bonuses',
          label: { fr: 'Bonus réparation (QualiRépar)', en: 'Repair bonus' },
          admin: {
            description: {
              fr: 'Déduit de ce que paie le client, réclamé ensuite à l’éco-organisme.',
              en: 'Deducted from what the customer pays.',
            },
          },
        },
        amount('bonusAmount', 'Bonus déduit', 'Bonus deducted'),
      ],
    },
    { name: 'bonusLabel', type: 'text', access: systemOnly, admin: { hidden: true } },
    { name: 'vatBreakdown', type: 'json', access: systemOnly, admin: { hidden: true } },
    {
      type: 'row',
      fields: [
        {
          name: 'issuedAt',
          type: 'date',
          index: true,
          label: { fr: 'Émise le', en: 'Issued' },
          access: systemOnly,
          admin: { readOnly: true, date: { displayFormat: 'dd/MM/yyyy' } },
        },
        {
          // The due day (Paris), stored at midnight UTC of that day.
          name: 'dueDate',
          type: 'date',
          label: { fr: 'Échéance', en: 'Due' },
          access: systemOnly,
          admin: { readOnly: true, date: { displayFormat: 'dd/MM/yyyy' } },
        },
        {
          name: 'overdue',
          type: 'checkbox',
          virtual: true,
          label: { fr: 'En retard', en: 'Overdue' },
          admin: {
            readOnly: true,
            components: { Cell: '/src/admin-components/LateCell#LateCell' },
          },
        },
        {
          name: 'issuedBy',
          type: 'relationship',
          relationTo: 'users',
          label: { fr: 'Émise par', en: 'Issued by' },
          access: systemOnly,
          admin: { readOnly: true },
        },
      ],
    },
    // Copied at issue: what the invoice says stays what it said, whatever changes later.
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
    { name: 'serviceDate', type: 'text', access: systemOnly, admin: { hidden: true } },
    {
      // « Envoyer au client »: the last sending, its state and its error (src/jobs/sendInvoice.ts).
      type: 'row',
      admin: { condition: (data) => Boolean(data?.sendStatus) },
      fields: [
        {
          name: 'sendStatus',
          type: 'select',
          label: { fr: 'Envoi au client', en: 'Sent to customer' },
          options: [
            { value: 'en_file', label: { fr: 'En cours d’envoi', en: 'Queued' } },
            { value: 'envoyee', label: { fr: 'Envoyée', en: 'Sent' } },
            { value: 'echec', label: { fr: 'Échec', en: 'Failed' } },
          ],
          access: systemOnly,
          admin: { readOnly: true },
        },
        {
          name: 'sentTo',
          type: 'text',
          label: { fr: 'Envoyée à', en: 'Sent to' },
          access: systemOnly,
          admin: { readOnly: true },
        },
        {
          name: 'sentAt',
          type: 'date',
          label: { fr: 'Envoyée le', en: 'Sent at' },
          access: systemOnly,
          admin: { readOnly: true, date: { displayFormat: 'dd/MM/yyyy HH:mm' } },
        },
        {
          name: 'sendError',
          type: 'text',
          label: { fr: 'Erreur d’envoi', en: 'Send error' },
          access: systemOnly,
          admin: { readOnly: true },
        },
      ],
    },
    {
      name: 'payments',
      type: 'join',
      collection: 'payments',
      on: 'invoice',
      defaultSort: 'receivedAt',
      label: { fr: 'Paiements', en: 'Payments' },
      admin: {
        allowCreate: false,
        defaultColumns: ['amount', 'method', 'receivedAt', 'reference', 'recordedBy'],
        condition: (data) => data?.kind !== 'credit_note' && Boolean(data?.number),
      },
    },
    {
      name: 'creditNotes',
      type: 'join',
      collection: 'invoices',
      on: 'creditedInvoice',
      label: { fr: 'Avoirs', en: 'Credit notes' },
      admin: {
        allowCreate: false,
        defaultColumns: ['title', 'totalTtc', 'issuedAt'],
        condition: (data) => data?.kind !== 'credit_note' && Number(data?.amountCredited) > 0,
      },
    },
    {
      name: 'notes',
      type: 'textarea',
      label: { fr: 'Note interne', en: 'Internal note' },
      access: { read: ({ req }) => req.user?.collection === 'users' },
    },
  ],
}
