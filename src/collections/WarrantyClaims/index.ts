import type { CollectionConfig } from 'payload'

import { allow, fieldAllow, isCustomer, or, systemOnly } from '../../access/index'
import { rowsOf } from '../../access/rows'
import { CLAIM_STATUS_LABELS } from '../../domain/warranties'
import { returnToSupplierEndpoint } from '../../endpoints/claims'
import { checkClaim } from './hooks/checkClaim'
import { followClaim } from './hooks/followClaim'
import { options } from '../../fields/options'

/** Claims and returns under warranty, followed by the counter. */
export const WarrantyClaims: CollectionConfig = {
  slug: 'warranty-claims',
  labels: {
    singular: { fr: 'Réclamation', en: 'Claim' },
    plural: { fr: 'Réclamations et retours', en: 'Claims & returns' },
  },
  admin: {
    useAsTitle: 'description',
    defaultColumns: ['createdAt', 'warranty', 'customer', 'status', 'reworkRepair'],
    group: { fr: 'Garanties', en: 'Warranties' },
  },
  defaultSort: '-createdAt',
  endpoints: [returnToSupplierEndpoint],
  access: {
    read: rowsOf('warranties', 'read', {
      assigned: () => ({ id: { equals: 0 } }),
      customer: (req) => ({ customer: { equals: req.user!.id } }),
    }),
    create: or(allow('warranties', 'create'), ({ req }) => isCustomer(req.user)),
    update: allow('warranties', 'update'),
    delete: allow('warranties', 'delete'),
  },
  hooks: { beforeChange: [checkClaim], afterChange: [followClaim] },
  fields: [
    {
      name: 'warranty',
      type: 'relationship',
      relationTo: 'warranties',
      required: true,
      index: true,
      label: { fr: 'Garantie', en: 'Warranty' },
      access: { update: () => false },
    },
    {
      name: 'description',
      type: 'textarea',
      required: true,
      label: { fr: 'Problème constaté', en: 'Problem' },
    },
    {
      name: 'photos',
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      label: { fr: 'Photos', en: 'Photos' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'ouverte',
          index: true,
          label: { fr: 'Statut', en: 'Status' },
          options: options(CLAIM_STATUS_LABELS),
          access: { create: () => false, update: fieldAllow('warranties', 'update') },
        },
        {
          name: 'decidedAt',
          type: 'date',
          label: { fr: 'Décision le', en: 'Decided' },
          admin: { readOnly: true },
          access: systemOnly,
        },
      ],
    },
    {
      name: 'refusalReason',
      type: 'textarea',
      label: { fr: 'Motif du refus', en: 'Refusal reason' },
      admin: { condition: (data) => data?.status === 'refusee' || data?.status === 'cloturee' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'customer',
          type: 'relationship',
          relationTo: 'customers',
          index: true,
          admin: { readOnly: true },
          access: systemOnly,
          label: { fr: 'Client', en: 'Customer' },
        },
        {
          name: 'repair',
          type: 'relationship',
          relationTo: 'repairs',
          admin: { readOnly: true },
          access: systemOnly,
          label: { fr: 'Réparation d’origine', en: 'Original repair' },
        },
        {
          name: 'device',
          type: 'relationship',
          relationTo: 'devices',
          admin: { readOnly: true },
          access: systemOnly,
          label: { fr: 'Appareil', en: 'Device' },
        },
        {
          name: 'reworkRepair',
          type: 'relationship',
          relationTo: 'repairs',
          admin: { readOnly: true },
          access: systemOnly,
          label: { fr: 'Reprise gratuite', en: 'Free rework' },
        },
      ],
    },
    {
      name: 'supplierReturn',
      type: 'group',
      label: { fr: 'Retour de la pièce au fournisseur', en: 'Part returned to supplier' },
      admin: { readOnly: true },
      access: systemOnly,
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'rmaReference',
              type: 'text',
              label: { fr: 'Référence RMA', en: 'RMA reference' },
            },
            { name: 'returnedAt', type: 'date', label: { fr: 'Renvoyée le', en: 'Returned' } },
          ],
        },
      ],
    },
  ],
}
