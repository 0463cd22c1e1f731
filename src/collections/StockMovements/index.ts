import type { CollectionConfig } from 'payload'

import { allowCapability, allow, nobody } from '../../access/index'
import { MOVEMENT_REASONS } from '../../domain/stock'
import { applyMovement } from './hooks/applyMovement'
import { options } from '../../fields/options'

/**
 * The stock ledger: every change of a part's quantity is one row here, never edited or
 * deleted. Repairs and purchase orders write their own movements; staff allowed to adjust stock
 * record inventory counts, losses and returns.
 */
export const StockMovements: CollectionConfig = {
  slug: 'stock-movements',
  labels: {
    singular: { fr: 'Mouvement de stock', en: 'Stock movement' },
    plural: { fr: 'Mouvements de stock', en: 'Stock movements' },
  },
  admin: {
    useAsTitle: 'summary',
    defaultColumns: [
      'createdAt',
      'part',
      'quantity',
      'reason',
      'quantityAfter',
      'repair',
      'purchaseOrder',
      'by',
    ],
    group: { fr: 'Stock', en: 'Stock' },
  },
  defaultSort: '-createdAt',
  access: {
    read: allow('stock', 'read'),
    create: allowCapability('stock.adjust'),
    update: nobody,
    delete: nobody,
  },
  indexes: [{ fields: ['part', 'createdAt'] }],
  hooks: { beforeChange: [applyMovement] },
  fields: [
    { name: 'summary', type: 'text', admin: { hidden: true } },
    {
      type: 'row',
      fields: [
        {
          name: 'part',
          type: 'relationship',
          relationTo: 'parts',
          required: true,
          index: true,
          label: { fr: 'Pièce', en: 'Part' },
        },
        {
          name: 'quantity',
          type: 'number',
          required: true,
          label: { fr: 'Quantité (+ entrée, − sortie)', en: 'Quantity (+ in, − out)' },
        },
        {
          name: 'reason',
          type: 'select',
          required: true,
          label: { fr: 'Motif', en: 'Reason' },
          options: options(MOVEMENT_REASONS),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'quantityAfter',
          type: 'number',
          label: { fr: 'Stock après', en: 'Stock after' },
          admin: { readOnly: true },
        },
        {
          name: 'repair',
          type: 'relationship',
          relationTo: 'repairs',
          index: true,
          label: { fr: 'Réparation', en: 'Repair' },
        },
        {
          name: 'purchaseOrder',
          type: 'relationship',
          relationTo: 'purchase-orders',
          index: true,
          label: { fr: 'Commande', en: 'Purchase order' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'rmaReference',
          type: 'text',
          label: { fr: 'Référence de retour (RMA)', en: 'RMA reference' },
        },
        {
          name: 'by',
          type: 'relationship',
          relationTo: 'users',
          label: { fr: 'Par', en: 'By' },
          admin: { readOnly: true },
        },
      ],
    },
    { name: 'note', type: 'text', label: { fr: 'Commentaire', en: 'Note' } },
  ],
}
