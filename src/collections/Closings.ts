import type {
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  CollectionConfig,
} from 'payload'

import { allow, nobody } from '../access/index'
import { CLOSING_LEVEL_LABELS } from '../domain/closings'
import { PAYMENT_METHOD_LABELS } from '../domain/invoices'
import { closeEndpoint } from '../endpoints/closings'
import { moneyComponents } from '../fields/money'
import { RefusedError } from '../http/httpError'

const options = (labels: Record<string, { fr: string; en: string }>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }))

const money = (name: string, fr: string, en: string) => ({
  name,
  type: 'number' as const,
  required: true,
  label: { fr, en },
  admin: { readOnly: true, components: moneyComponents },
})

const count = (name: string, fr: string, en: string) => ({
  name,
  type: 'number' as const,
  required: true,
  label: { fr, en },
  admin: { readOnly: true },
})

const UNTOUCHABLE =
  'Une clôture ne se modifie ni ne se supprime : ses totaux sont définitifs. Une erreur se corrige par un avoir ou par l’annulation d’un paiement, qui figureront dans la clôture suivante.'

/** Only the closing operation (src/operations/closing.ts) writes, and it only creates. */
const keepClosingsUntouched: CollectionBeforeChangeHook = ({ data, operation, context }) => {
  if (operation === 'create' && context.closing) return data
  throw new RefusedError(UNTOUCHABLE, 409, { code: 'period_closed' })
}

const refuseDeletingClosings: CollectionBeforeDeleteHook = () => {
  throw new RefusedError(UNTOUCHABLE, 409, { code: 'period_closed' })
}

/**
 * Closings (« clôtures ») of the till: one per day, month and year, with the totals per payment
 * method and VAT rate and the perpetual grand total (src/domain/closings.ts). Made by
 * POST /api/closings/close or the hourly task closeYesterday, chained like invoices and
 * payments, never changed: nobody writes them through the API, and a hook refuses any change or
 * deletion by the Local API as well.
 */
export const Closings: CollectionConfig = {
  slug: 'closings',
  labels: {
    singular: { fr: 'Clôture', en: 'Closing' },
    plural: { fr: 'Clôtures', en: 'Closings' },
  },
  graphQL: { singularName: 'Closing', pluralName: 'Closings' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: [
      'title',
      'level',
      'totalInvoicedTtc',
      'totalCollected',
      'perpetualInvoicedTtc',
      'perpetualCollected',
      'closedAt',
      'closedByName',
    ],
    group: { fr: 'Facturation', en: 'Billing' },
    description: {
      fr: 'Clôtures journalières, mensuelles et annuelles : totaux par moyen de paiement et par taux de TVA, et grand total perpétuel. Une clôture est définitive. Les journées se clôturent chaque nuit automatiquement.',
      en: 'Daily, monthly and yearly closings: totals per payment method and VAT rate, and the perpetual grand total. A closing is final.',
    },
  },
  disableDuplicate: true,
  defaultSort: '-periodStart',
  endpoints: [closeEndpoint],
  access: {
    read: allow('invoices', 'read'),
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  hooks: {
    beforeChange: [keepClosingsUntouched],
    beforeDelete: [refuseDeletingClosings],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      label: { fr: 'Période', en: 'Period' },
      admin: { readOnly: true },
    },
    {
      // « jour:2026-12-04 », « mois:2026-12 », « annee:2026 »: one closing per period.
      name: 'key',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { fr: 'Clé', en: 'Key' },
      admin: { readOnly: true, hidden: true },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'level',
          type: 'select',
          required: true,
          index: true,
          label: { fr: 'Niveau', en: 'Level' },
          options: options(CLOSING_LEVEL_LABELS),
          admin: { readOnly: true },
        },
        {
          name: 'periodKey',
          type: 'text',
          required: true,
          label: { fr: 'Période (AAAA-MM-JJ, AAAA-MM ou AAAA)', en: 'Period key' },
          admin: { readOnly: true },
        },
        {
          name: 'periodStart',
          type: 'date',
          required: true,
          index: true,
          label: { fr: 'Du', en: 'From' },
          // The period says it (« Journée du 03/12/2026 »); the instants are for the queries.
          admin: {
            readOnly: true,
            hidden: true,
            date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' },
          },
        },
        {
          name: 'periodEnd',
          type: 'date',
          required: true,
          label: { fr: 'Au (exclu)', en: 'To (excluded)' },
          admin: {
            readOnly: true,
            hidden: true,
            date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' },
          },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        money('totalInvoicedTtc', 'Facturé TTC (avoirs déduits)', 'Invoiced incl. VAT'),
        money('totalHt', 'Facturé HT', 'Invoiced excl. VAT'),
        money('totalVat', 'TVA facturée', 'VAT invoiced'),
        money('totalCollected', 'Encaissé', 'Collected'),
      ],
    },
    {
      type: 'row',
      fields: [
        money(
          'perpetualInvoicedTtc',
          'Grand total perpétuel facturé TTC',
          'Perpetual total invoiced',
        ),
        money('perpetualCollected', 'Grand total perpétuel encaissé', 'Perpetual total collected'),
      ],
    },
    {
      name: 'summary',
      type: 'ui',
      admin: { components: { Field: '/src/admin-components/ClosingSummary#ClosingSummary' } },
    },
    {
      name: 'byMethod',
      type: 'array',
      label: { fr: 'Par moyen de paiement', en: 'Per payment method' },
      labels: {
        singular: { fr: 'Moyen de paiement', en: 'Payment method' },
        plural: { fr: 'Moyens de paiement', en: 'Payment methods' },
      },
      // Shown by the summary above.
      admin: { readOnly: true, hidden: true },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'method',
              type: 'select',
              required: true,
              label: { fr: 'Moyen de paiement', en: 'Method' },
              options: options(PAYMENT_METHOD_LABELS),
              admin: { readOnly: true },
            },
            money('amount', 'Montant net (annulations déduites)', 'Net amount'),
            count('count', 'Mouvements', 'Movements'),
          ],
        },
      ],
    },
    {
      name: 'byRate',
      type: 'array',
      label: { fr: 'Par taux de TVA (avoirs déduits)', en: 'Per VAT rate' },
      labels: {
        singular: { fr: 'Taux de TVA', en: 'VAT rate' },
        plural: { fr: 'Taux de TVA', en: 'VAT rates' },
      },
      admin: { readOnly: true, hidden: true },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'rate',
              type: 'number',
              required: true,
              label: { fr: 'Taux', en: 'Rate' },
              admin: {
                readOnly: true,
                components: {
                  Field: '/src/admin-components/VatRateField#VatRateField',
                  Cell: '/src/admin-components/VatRateCell#VatRateCell',
                },
              },
            },
            money('ht', 'HT', 'Excl. VAT'),
            money('vat', 'TVA', 'VAT'),
            money('ttc', 'TTC', 'Incl. VAT'),
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        count('invoiceCount', 'Factures', 'Invoices'),
        count('creditNoteCount', 'Avoirs', 'Credit notes'),
        count('paymentCount', 'Paiements', 'Payments'),
        count('counterEntryCount', 'Annulations de paiement', 'Payment cancellations'),
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'closedAt',
          type: 'date',
          required: true,
          label: { fr: 'Clôturée le', en: 'Closed at' },
          admin: {
            readOnly: true,
            date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' },
          },
        },
        {
          // Null when the nightly task closed it.
          name: 'closedBy',
          type: 'relationship',
          relationTo: 'users',
          label: { fr: 'Clôturée par', en: 'Closed by' },
          admin: {
            readOnly: true,
            hidden: true,
            components: { Cell: '/src/admin-components/RelationCell#RelationCell' },
          },
        },
        {
          // Kept as text (and chained): the user may be deleted one day.
          name: 'closedByName',
          type: 'text',
          label: { fr: 'Clôturée par', en: 'Closed by' },
          admin: { readOnly: true },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'chainSequence',
          type: 'number',
          label: { fr: 'N° dans la chaîne d’inaltérabilité', en: 'Chain entry' },
          admin: { readOnly: true },
        },
        {
          name: 'chainHash',
          type: 'text',
          label: { fr: 'Empreinte (SHA-256)', en: 'Hash (SHA-256)' },
          admin: { readOnly: true },
        },
      ],
    },
  ],
}
