import type { CollectionConfig } from 'payload'

import { allow, fieldCapability, systemOnly } from '../../access/index'
import { PURCHASE_ORDER_STATUS_LABELS } from '../../domain/purchaseOrders'
import {
  fromLowStockEndpoint,
  placeOrderEndpoint,
  purchaseOrderPdfEndpoint,
  receiveEndpoint,
} from '../../endpoints/purchaseOrders'
import { keepReferenced } from '../../hooks/keepReferenced'
import { preparePurchaseOrder } from './hooks/preparePurchaseOrder'
import { options } from '../../fields/options'

const costs = {
  read: fieldCapability('costs.read'),
  create: fieldCapability('costs.read'),
  update: fieldCapability('costs.read'),
}

/** Orders of parts to suppliers; receiving them adds stock through the ledger. */
export const PurchaseOrders: CollectionConfig = {
  slug: 'purchase-orders',
  labels: {
    singular: { fr: 'Commande fournisseur', en: 'Purchase order' },
    plural: { fr: 'Commandes fournisseurs', en: 'Purchase orders' },
  },
  admin: {
    useAsTitle: 'reference',
    defaultColumns: ['reference', 'supplier', 'status', 'linkedRepair', 'orderedAt', 'receivedAt'],
    group: { fr: 'Stock', en: 'Stock' },
  },
  defaultSort: '-createdAt',
  endpoints: [receiveEndpoint, placeOrderEndpoint, purchaseOrderPdfEndpoint, fromLowStockEndpoint],
  access: {
    read: allow('purchaseOrders', 'read'),
    create: allow('purchaseOrders', 'create'),
    update: allow('purchaseOrders', 'update'),
    delete: allow('purchaseOrders', 'delete'),
  },
  hooks: {
    beforeChange: [preparePurchaseOrder],
    beforeDelete: [
      keepReferenced([
        {
          collection: 'stock-movements',
          where: (id) => ({ purchaseOrder: { equals: id } }),
          message: () =>
            'Cette commande a déjà été réceptionnée (en tout ou partie) : elle ne peut pas être supprimée. Annulez-la si elle ne doit pas aller plus loin.',
        },
      ]),
    ],
  },
  fields: [
    {
      // « Commander », « Réceptionner », « Télécharger le PDF », as the user's role allows.
      name: 'orderActions',
      type: 'ui',
      admin: {
        components: { Field: '/src/admin-components/PurchaseOrderActions#PurchaseOrderActions' },
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'reference',
          type: 'text',
          unique: true,
          index: true,
          label: { fr: 'Référence', en: 'Reference' },
          admin: { readOnly: true },
          access: systemOnly,
        },
        {
          name: 'supplier',
          type: 'relationship',
          relationTo: 'suppliers',
          required: true,
          index: true,
          label: { fr: 'Fournisseur', en: 'Supplier' },
        },
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'brouillon',
          index: true,
          label: { fr: 'Statut', en: 'Status' },
          options: options(PURCHASE_ORDER_STATUS_LABELS),
        },
      ],
    },
    {
      name: 'lines',
      type: 'array',
      labels: { singular: { fr: 'Ligne', en: 'Line' }, plural: { fr: 'Lignes', en: 'Lines' } },
      required: true,
      minRows: 1,
      label: { fr: 'Lignes', en: 'Lines' },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'part',
              type: 'relationship',
              relationTo: 'parts',
              required: true,
              label: { fr: 'Pièce', en: 'Part' },
            },
            {
              name: 'quantity',
              type: 'number',
              required: true,
              min: 1,
              label: { fr: 'Quantité', en: 'Quantity' },
            },
            {
              name: 'unitCost',
              type: 'number',
              min: 0,
              label: { fr: 'Prix unitaire (€ HT)', en: 'Unit cost (€ excl. VAT)' },
              access: costs,
              admin: {
                components: {
                  Field: '/src/admin-components/MoneyField#MoneyField',
                  Cell: '/src/admin-components/MoneyCell#MoneyCell',
                },
              },
            },
            {
              name: 'receivedQuantity',
              type: 'number',
              defaultValue: 0,
              label: { fr: 'Reçu', en: 'Received' },
              admin: { readOnly: true },
              access: systemOnly,
            },
          ],
        },
      ],
    },
    {
      // Live totals of the lines being edited, for roles that see unit costs.
      name: 'linesTotals',
      type: 'ui',
      admin: {
        components: { Field: '/src/admin-components/PurchaseOrderTotals#PurchaseOrderTotals' },
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'linkedRepair',
          type: 'relationship',
          relationTo: 'repairs',
          label: { fr: 'Pour la réparation', en: 'For repair' },
        },
        {
          name: 'orderedAt',
          type: 'date',
          label: { fr: 'Commandée le', en: 'Ordered' },
          admin: { readOnly: true },
          access: systemOnly,
        },
        {
          name: 'receivedAt',
          type: 'date',
          label: { fr: 'Reçue le', en: 'Received' },
          admin: { readOnly: true },
          access: systemOnly,
        },
      ],
    },
    { name: 'notes', type: 'textarea', label: { fr: 'Notes', en: 'Notes' } },
    {
      name: 'movements',
      type: 'join',
      collection: 'stock-movements',
      admin: {
        allowCreate: false,
        defaultColumns: ['createdAt', 'part', 'quantity', 'reason', 'quantityAfter'],
      },
      on: 'purchaseOrder',
      label: { fr: 'Réceptions', en: 'Receipts' },
    },
  ],
}
