import type { Access, CollectionConfig, PayloadRequest } from 'payload'

import { roleOf, systemOnly } from '../../access/index'
import { rowsOf } from '../../access/rows'
import { can } from '../../domain/permissions'
import {
  checkAndPriceLine,
  giveLineBack,
  lockRepairThenLine,
  moveLineStock,
  refuseRemovingClosedLine,
} from './hooks/partLineHooks'

const assignedLines = (req: PayloadRequest) => ({ 'repair.assignee': { equals: req.user!.id } })

/** Whoever works on repairs and may consult the stock; technicians on the repairs assigned to them. */
const usesParts =
  (action: 'create' | 'update' | 'delete'): Access =>
  async (args) => {
    const role = await roleOf(args.req)
    if (!can(role, 'repairs', 'update') || !can(role, 'stock', 'read')) return false
    // Creation cannot filter by row: the line's hook checks the repair (src/operations/partLines.ts).
    return action === 'create'
      ? true
      : rowsOf('repairs', 'update', { assigned: assignedLines, customer: false })(args)
  }

/** « Pièces utilisées »: one document per line of a repair (see src/operations/partLines.ts). */
export const RepairParts: CollectionConfig = {
  slug: 'repair-parts',
  labels: {
    singular: { fr: 'Pièce utilisée', en: 'Part used' },
    plural: { fr: 'Pièces utilisées', en: 'Parts used' },
  },
  admin: {
    useAsTitle: 'label',
    defaultColumns: ['label', 'repair', 'unitPrice', 'addedBy', 'createdAt'],
    group: { fr: 'Atelier', en: 'Workshop' },
    description: {
      fr: 'Le stock est décrémenté à l’ajout ; changer la quantité ou supprimer la ligne rend les pièces au stock.',
      en: 'Stock is taken when a line is added and given back when it is reduced or removed.',
    },
  },
  defaultSort: 'createdAt',
  // The repair's page lists its lines in the order they were added.
  indexes: [{ fields: ['repair', 'createdAt'] }],
  access: {
    read: rowsOf('repairs', 'read', {
      assigned: assignedLines,
      customer: (req) => ({ 'repair.customer': { equals: req.user!.id } }),
    }),
    create: usesParts('create'),
    update: usesParts('update'),
    delete: usesParts('delete'),
  },
  hooks: {
    beforeOperation: [lockRepairThenLine],
    beforeChange: [checkAndPriceLine],
    afterChange: [moveLineStock],
    beforeDelete: [refuseRemovingClosedLine],
    afterDelete: [giveLineBack],
  },
  fields: [
    {
      name: 'label',
      type: 'text',
      label: { fr: 'Pièce utilisée', en: 'Part used' },
      admin: { hidden: true },
      access: systemOnly,
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
          access: { update: () => false },
        },
        {
          name: 'part',
          type: 'relationship',
          relationTo: 'parts',
          required: true,
          index: true,
          label: { fr: 'Pièce', en: 'Part' },
          access: { update: () => false },
        },
        {
          name: 'quantity',
          type: 'number',
          required: true,
          min: 1,
          defaultValue: 1,
          label: { fr: 'Quantité', en: 'Quantity' },
        },
      ],
    },
    {
      name: 'preview',
      type: 'ui',
      admin: { components: { Field: '/src/admin-components/PartLinePreview#PartLinePreview' } },
    },
    {
      // Asked only when the part is made for other models (refusal 409 otherwise); not stored.
      name: 'acceptIncompatible',
      type: 'checkbox',
      virtual: true,
      label: {
        fr: 'Poser quand même (pièce prévue pour un autre modèle)',
        en: 'Fit anyway (part made for another model)',
      },
      // Ticked from the preview above, which offers it only when the part does not fit.
      admin: { hidden: true },
    },
    {
      type: 'row',
      // Copied from the part when the line is saved: nothing to show before (the preview does).
      admin: { condition: (data) => Boolean(data?.id) },
      fields: [
        {
          name: 'unitPrice',
          type: 'number',
          label: { fr: 'Prix unitaire (€ TTC)', en: 'Unit price (€)' },
          access: systemOnly,
          admin: {
            readOnly: true,
            components: {
              Field: '/src/admin-components/MoneyField#MoneyField',
              Cell: '/src/admin-components/MoneyCell#MoneyCell',
            },
          },
        },
        { name: 'vatRate', type: 'number', access: systemOnly, admin: { hidden: true } },
        {
          name: 'warrantyMonths',
          type: 'number',
          label: { fr: 'Garantie (mois)', en: 'Warranty (months)' },
          access: systemOnly,
          admin: { readOnly: true },
        },
        {
          name: 'addedBy',
          type: 'relationship',
          relationTo: 'users',
          label: { fr: 'Ajoutée par', en: 'Added by' },
          access: systemOnly,
          admin: { readOnly: true },
        },
      ],
    },
  ],
}
