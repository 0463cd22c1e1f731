import type { CollectionConfig, FieldAccess } from 'payload'

import { allow, fieldCapability, systemOnly } from '../../access/index'
import { DEFAULT_PART_WARRANTY_MONTHS } from '../../domain/warranties'
import { keepReferenced } from '../../hooks/keepReferenced'
import { flagLowStock } from './hooks/flagLowStock'

const costs = {
  read: fieldCapability('costs.read'),
  create: fieldCapability('costs.read'),
  update: fieldCapability('costs.read'),
}
const prices = { create: fieldCapability('prices.set'), update: fieldCapability('prices.set') }

/**
 * Spare parts and consumables. The quantity on hand is the sum of the stock ledger, kept here
 * for fast reads by the ledger's own guarded update; nobody writes it directly.
 */
export const Parts: CollectionConfig = {
  slug: 'parts',
  labels: {
    singular: { fr: 'Pièce', en: 'Part' },
    plural: { fr: 'Pièces et consommables', en: 'Parts & consumables' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: [
      'sku',
      'name',
      'quantityOnHand',
      'reorderThreshold',
      'lowStock',
      'location',
      'salePrice',
    ],
    group: { fr: 'Stock', en: 'Stock' },
    listSearchableFields: ['sku', 'name', 'category'],
  },
  access: {
    read: allow('stock', 'read'),
    create: allow('stock', 'create'),
    update: allow('stock', 'update'),
    delete: allow('stock', 'delete'),
  },
  hooks: {
    beforeChange: [flagLowStock],
    beforeDelete: [
      keepReferenced([
        {
          collection: 'stock-movements',
          where: (id) => ({ part: { equals: id } }),
          message: (n) =>
            `Cette pièce a ${n} mouvement(s) de stock : son historique est conservé, elle ne peut pas être supprimée. Passez son seuil à 0 si vous ne la stockez plus.`,
        },
        {
          collection: 'purchase-orders',
          where: (id) => ({ 'lines.part': { equals: id } }),
          message: (n) =>
            `Cette pièce figure sur ${n} commande(s) fournisseur : elle ne peut pas être supprimée.`,
        },
        {
          collection: 'invoices',
          where: (id) => ({ 'lines.part': { equals: id } }),
          message: (n) =>
            `Cette pièce figure sur ${n} facture(s) : elle ne peut pas être supprimée.`,
        },
        {
          collection: 'quotes',
          where: (id) => ({ 'lines.part': { equals: id } }),
          message: (n) => `Cette pièce figure sur ${n} devis : elle ne peut pas être supprimée.`,
        },
      ]),
    ],
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'sku',
          type: 'text',
          required: true,
          unique: true,
          label: { fr: 'Référence (SKU)', en: 'SKU' },
        },
        { name: 'name', type: 'text', required: true, label: { fr: 'Désignation', en: 'Name' } },
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'piece',
          label: { fr: 'Nature', en: 'Kind' },
          options: [
            { value: 'piece', label: { fr: 'Pièce détachée', en: 'Spare part' } },
            { value: 'consommable', label: { fr: 'Consommable', en: 'Consumable' } },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'category', type: 'text', index: true, label: { fr: 'Catégorie', en: 'Category' } },
        {
          name: 'supplier',
          type: 'relationship',
          relationTo: 'suppliers',
          label: { fr: 'Fournisseur', en: 'Supplier' },
        },
        { name: 'location', type: 'text', label: { fr: 'Emplacement', en: 'Location' } },
      ],
    },
    {
      name: 'compatibleWith',
      type: 'text',
      hasMany: true,
      label: { fr: 'Marques / modèles compatibles', en: 'Compatible brands / models' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'purchaseCost',
          type: 'number',
          min: 0,
          label: { fr: "Coût d'achat (€ HT)", en: 'Purchase cost (€ excl. VAT)' },
          access: costs,
          admin: {
            components: {
              Field: '/src/admin-components/MoneyField#MoneyField',
              Cell: '/src/admin-components/MoneyCell#MoneyCell',
            },
          },
        },
        {
          name: 'salePrice',
          type: 'number',
          min: 0,
          label: { fr: 'Prix de vente (€ TTC)', en: 'Sale price (€ incl. VAT)' },
          access: prices,
          admin: {
            components: {
              Field: '/src/admin-components/MoneyField#MoneyField',
              Cell: '/src/admin-components/MoneyCell#MoneyCell',
            },
          },
        },
        {
          name: 'vatRate',
          type: 'number',
          min: 0,
          defaultValue: 2000,
          label: { fr: 'TVA', en: 'VAT' },
          access: prices,
          admin: {
            components: {
              Field: '/src/admin-components/VatRateField#VatRateField',
              Cell: '/src/admin-components/VatRateCell#VatRateCell',
            },
          },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'quantityOnHand',
          type: 'number',
          defaultValue: 0,
          index: true,
          label: { fr: 'En stock', en: 'On hand' },
          admin: {
            readOnly: true,
            description: { fr: 'Somme des mouvements de stock.', en: 'Sum of the stock ledger.' },
          },
          access: systemOnly,
        },
        {
          name: 'reorderThreshold',
          type: 'number',
          min: 0,
          defaultValue: 2,
          label: { fr: 'Seuil de réapprovisionnement', en: 'Reorder threshold' },
        },
        {
          name: 'reorderQuantity',
          type: 'number',
          min: 1,
          defaultValue: 5,
          label: { fr: 'Quantité à commander', en: 'Reorder quantity' },
        },
        {
          name: 'warrantyMonths',
          type: 'number',
          min: 0,
          defaultValue: DEFAULT_PART_WARRANTY_MONTHS,
          label: { fr: 'Garantie (mois)', en: 'Warranty (months)' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'lowStock',
          type: 'checkbox',
          defaultValue: false,
          index: true,
          label: { fr: 'Stock bas', en: 'Low stock' },
          admin: {
            readOnly: true,
            components: {
              Cell: {
                path: '/src/admin-components/FlagCell#FlagCell',
                clientProps: { yes: 'Stock bas' },
              },
            },
          },
          access: systemOnly,
        },
        {
          name: 'lowStockAlerted',
          type: 'checkbox',
          defaultValue: false,
          admin: { hidden: true },
          access: systemOnly,
        },
      ],
    },
  ],
}
