import type { CollectionConfig } from 'payload'

import { allow, nobody, systemOnly } from '../../access/index'
import { keepReferenced } from '../../hooks/keepReferenced'
import { rowsOf } from '../../access/rows'
import { WARRANTY_STATUS_LABELS } from '../../domain/warranties'
import { currentStatus } from './hooks/currentStatus'
import { options } from '../../fields/options'

/** Warranties on replaced parts and on labour, created when a repair is finished. */
export const Warranties: CollectionConfig = {
  slug: 'warranties',
  labels: {
    singular: { fr: 'Garantie', en: 'Warranty' },
    plural: { fr: 'Garanties', en: 'Warranties' },
  },
  admin: {
    useAsTitle: 'key',
    defaultColumns: ['repair', 'kind', 'part', 'customer', 'startsAt', 'endsAt', 'status'],
    group: { fr: 'Garanties', en: 'Warranties' },
  },
  defaultSort: '-endsAt',
  access: {
    read: rowsOf('warranties', 'read', {
      assigned: () => ({ id: { equals: 0 } }),
      customer: (req) => ({ customer: { equals: req.user!.id } }),
    }),
    create: nobody,
    update: allow('warranties', 'update'),
    delete: allow('warranties', 'delete'),
  },
  hooks: {
    beforeDelete: [
      keepReferenced([
        {
          collection: 'warranty-claims',
          where: (id) => ({ warranty: { equals: id } }),
          message: (n) => `Cette garantie a ${n} réclamation(s) : elle ne peut pas être supprimée.`,
        },
      ]),
    ],
  },
  fields: [
    {
      name: 'key',
      type: 'text',
      required: true,
      unique: true,
      admin: { readOnly: true },
      label: { fr: 'Clé', en: 'Key' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          label: { fr: 'Objet', en: 'Covers' },
          admin: { readOnly: true },
          options: [
            { value: 'piece', label: { fr: 'Pièce remplacée', en: 'Replaced part' } },
            { value: 'main_oeuvre', label: { fr: "Main-d'œuvre", en: 'Labour' } },
          ],
        },
        {
          name: 'part',
          type: 'relationship',
          relationTo: 'parts',
          admin: { readOnly: true },
          label: { fr: 'Pièce', en: 'Part' },
        },
        {
          name: 'repair',
          type: 'relationship',
          relationTo: 'repairs',
          required: true,
          index: true,
          admin: { readOnly: true },
          label: { fr: 'Réparation', en: 'Repair' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'device',
          type: 'relationship',
          relationTo: 'devices',
          index: true,
          admin: { readOnly: true },
          label: { fr: 'Appareil', en: 'Device' },
        },
        {
          name: 'customer',
          type: 'relationship',
          relationTo: 'customers',
          index: true,
          admin: { readOnly: true },
          label: { fr: 'Client', en: 'Customer' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'startsAt', type: 'date', required: true, label: { fr: 'Début', en: 'Starts' } },
        {
          name: 'endsAt',
          type: 'date',
          required: true,
          index: true,
          label: { fr: 'Fin', en: 'Ends' },
        },
        {
          name: 'months',
          type: 'number',
          admin: { readOnly: true },
          label: { fr: 'Durée (mois)', en: 'Length (months)' },
        },
      ],
    },
    {
      name: 'openClaims',
      type: 'number',
      defaultValue: 0,
      admin: { readOnly: true },
      label: { fr: 'Réclamations en cours', en: 'Open claims' },
      access: systemOnly,
    },
    {
      name: 'status',
      type: 'select',
      virtual: true,
      label: { fr: 'État', en: 'Status' },
      admin: { readOnly: true },
      options: options(WARRANTY_STATUS_LABELS),
      hooks: { afterRead: [currentStatus] },
    },
    {
      name: 'claims',
      type: 'join',
      collection: 'warranty-claims',
      admin: { allowCreate: false, defaultColumns: ['createdAt', 'status', 'description'] },
      on: 'warranty',
      label: { fr: 'Réclamations', en: 'Claims' },
    },
  ],
}
