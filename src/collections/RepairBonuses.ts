import type { CollectionConfig } from 'payload'

import { allow } from '../access/index'
import { keepReferenced } from '../hooks/keepReferenced'
import { ECO_ORGANISMS } from '../domain/repairBonus'
import { claimsEndpoint } from '../endpoints/repairBonuses'
import { moneyComponents } from '../fields/money'

/**
 * The « bonus réparation » table (QualiRépar): an amount per device type and repair kind, as the
 * eco-organisms publish it. A draft invoice picks one; it is deducted from what the customer
 * pays and claimed back each month (GET /api/repair-bonuses/claims?month=YYYY-MM).
 */
export const RepairBonuses: CollectionConfig = {
  slug: 'repair-bonuses',
  labels: {
    singular: { fr: 'Bonus réparation', en: 'Repair bonus' },
    plural: { fr: 'Bonus réparation', en: 'Repair bonuses' },
  },
  admin: {
    useAsTitle: 'label',
    defaultColumns: ['label', 'deviceType', 'amount', 'ecoOrganism', 'validUntil', 'active'],
    group: { fr: 'Facturation', en: 'Billing' },
  },
  endpoints: [claimsEndpoint],
  access: {
    read: allow('invoices', 'read'),
    create: allow('settings', 'update'),
    update: allow('settings', 'update'),
    delete: allow('settings', 'update'),
  },
  hooks: {
    beforeDelete: [
      keepReferenced([
        {
          collection: 'invoices',
          where: (id) => ({ bonusRule: { equals: id } }),
          message: (n) =>
            `Ce bonus figure sur ${n} facture(s) : il ne se supprime pas. Décochez « Applicable » ou fixez sa date de fin.`,
        },
      ]),
    ],
  },
  fields: [
    {
      name: 'label',
      type: 'text',
      required: true,
      label: { fr: 'Réparation', en: 'Repair' },
      admin: { placeholder: 'Smartphone — remplacement de l’écran' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'deviceType',
          type: 'relationship',
          relationTo: 'device-types',
          required: true,
          label: { fr: 'Type d’appareil', en: 'Device type' },
          admin: { components: { Cell: '/src/admin-components/RelationCell#RelationCell' } },
        },
        {
          name: 'amount',
          type: 'number',
          required: true,
          min: 1,
          label: { fr: 'Montant du bonus (€ TTC)', en: 'Bonus (€ incl. VAT)' },
          admin: { components: moneyComponents },
        },
        {
          name: 'ecoOrganism',
          type: 'select',
          required: true,
          defaultValue: 'ecosystem',
          label: { fr: 'Éco-organisme', en: 'Eco-organism' },
          options: Object.entries(ECO_ORGANISMS).map(([value, label]) => ({ value, label })),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'validFrom',
          type: 'date',
          label: { fr: 'En vigueur du', en: 'From' },
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
        },
        {
          name: 'validUntil',
          type: 'date',
          label: { fr: 'Jusqu’au', en: 'Until' },
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
        },
        {
          name: 'active',
          type: 'checkbox',
          defaultValue: true,
          label: { fr: 'Applicable', en: 'Active' },
        },
      ],
    },
  ],
}
