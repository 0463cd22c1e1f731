import type { CollectionConfig, FieldAccess } from 'payload'

import {
  allow,
  fieldAllow,
  fieldCapability,
  fieldSeeCustomer,
  fieldStaffOnly,
} from '../../access/index'
import { assignedDevices, ownByCustomerField, rowsOf } from '../../access/rows'
import { DomainError } from '../../domain/errors'
import { normaliseImei } from '../../domain/identifiers'
import { searchWithinReach } from '../../hooks/searchWithinReach'
import { prepareDevice } from './hooks/prepareDevice'
import { refuseDeleteWithRepairs } from './hooks/refuseDeleteWithRepairs'

// Registering a device and editing its record belong to whoever may register devices.
const intake: { create: FieldAccess; update: FieldAccess } = {
  create: fieldAllow('devices', 'create'),
  update: fieldAllow('devices', 'create'),
}

export const Devices: CollectionConfig = {
  slug: 'devices',
  labels: {
    singular: { fr: 'Appareil', en: 'Device' },
    plural: { fr: 'Appareils', en: 'Devices' },
  },
  admin: {
    useAsTitle: 'label',
    defaultColumns: ['label', 'type', 'customer', 'imei', 'updatedAt'],
    group: { fr: 'Atelier', en: 'Workshop' },
    listSearchableFields: [
      'label',
      'serialNumber',
      'imei',
      'customer.displayName',
      'customer.phone',
    ],
    components: {
      beforeList: [
        {
          path: '/src/admin-components/ListHint#ListHint',
          clientProps: {
            text: 'Recherche : modèle, n° de série, IMEI ou client (nom, téléphone — 06…, +33…).',
          },
        },
      ],
    },
  },
  access: {
    read: rowsOf('devices', 'read', { assigned: assignedDevices, customer: ownByCustomerField }),
    create: allow('devices', 'create'),
    update: rowsOf('devices', 'update', { assigned: assignedDevices, customer: false }),
    delete: allow('devices', 'delete'),
  },
  hooks: {
    beforeOperation: [searchWithinReach('customer', fieldSeeCustomer)],
    beforeChange: [prepareDevice],
    beforeDelete: [refuseDeleteWithRepairs],
  },
  fields: [
    {
      name: 'label',
      type: 'text',
      label: { fr: 'Appareil', en: 'Device' },
      admin: { hidden: true },
      index: true,
    },
    {
      name: 'customer',
      type: 'relationship',
      relationTo: 'customers',
      required: true,
      index: true,
      label: { fr: 'Client', en: 'Customer' },
      access: { ...intake, read: fieldSeeCustomer },
      admin: { components: { Cell: '/src/admin-components/RelationCell#RelationCell' } },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'type',
          type: 'relationship',
          relationTo: 'device-types',
          label: { fr: 'Type', en: 'Type' },
          access: intake,
          admin: { components: { Cell: '/src/admin-components/RelationCell#RelationCell' } },
        },
        {
          name: 'brand',
          type: 'text',
          required: true,
          label: { fr: 'Marque', en: 'Brand' },
          access: intake,
        },
        {
          name: 'model',
          type: 'text',
          required: true,
          label: { fr: 'Modèle', en: 'Model' },
          access: intake,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'serialNumber',
          type: 'text',
          index: true,
          label: { fr: 'N° de série', en: 'Serial number' },
          access: intake,
        },
        {
          name: 'imei',
          type: 'text',
          index: true,
          label: { fr: 'IMEI', en: 'IMEI' },
          access: intake,
          validate: (value: string | null | undefined) => {
            if (!value) return true
            try {
              normaliseImei(value)
              return true
            } catch (error) {
              return error instanceof DomainError ? error.message : 'IMEI invalide'
            }
          },
        },
        { name: 'color', type: 'text', label: { fr: 'Couleur', en: 'Colour' }, access: intake },
      ],
    },
    {
      name: 'problemDescription',
      type: 'textarea',
      label: { fr: 'Panne décrite par le client', en: 'Problem as described' },
      access: intake,
    },
    {
      name: 'accessories',
      type: 'text',
      hasMany: true,
      label: { fr: 'Accessoires laissés', en: 'Accessories left' },
      access: intake,
    },
    {
      name: 'condition',
      type: 'group',
      label: { fr: 'État à la réception', en: 'Condition at intake' },
      access: intake,
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'scratches', type: 'checkbox', label: { fr: 'Rayures', en: 'Scratches' } },
            {
              name: 'cracks',
              type: 'checkbox',
              label: { fr: 'Fissures / écran cassé', en: 'Cracks' },
            },
          ],
        },
        {
          name: 'missingParts',
          type: 'text',
          label: { fr: 'Pièces manquantes', en: 'Missing parts' },
        },
        { name: 'notes', type: 'textarea', label: { fr: 'Remarques', en: 'Remarks' } },
      ],
    },
    {
      name: 'photos',
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      label: { fr: 'Photos', en: 'Photos' },
      access: intake,
    },
    {
      name: 'technicalNotes',
      type: 'array',
      labels: {
        singular: { fr: 'Note technique', en: 'Technical note' },
        plural: { fr: 'Notes techniques', en: 'Technical notes' },
      },
      label: { fr: 'Notes techniques', en: 'Technical notes' },
      access: {
        read: fieldStaffOnly,
        create: fieldCapability('notes.technical'),
        update: fieldCapability('notes.technical'),
      },
      fields: [
        { name: 'note', type: 'textarea', required: true, label: { fr: 'Note', en: 'Note' } },
        {
          name: 'author',
          type: 'relationship',
          relationTo: 'users',
          admin: { readOnly: true },
          label: { fr: 'Auteur', en: 'Author' },
        },
        {
          name: 'at',
          type: 'date',
          admin: {
            readOnly: true,
            date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' },
          },
          label: { fr: 'Le', en: 'At' },
        },
      ],
    },
    {
      name: 'repairs',
      type: 'join',
      collection: 'repairs',
      admin: {
        allowCreate: false,
        defaultColumns: ['reference', 'status', 'step', 'late', 'assignee', 'createdAt'],
      },
      on: 'device',
      defaultSort: '-createdAt',
      label: { fr: 'Réparations', en: 'Repairs' },
    },
    {
      name: 'history',
      type: 'join',
      collection: 'repair-events',
      admin: { allowCreate: false, defaultColumns: ['at', 'type', 'message', 'byLabel'] },
      on: 'device',
      defaultSort: '-at',
      defaultLimit: 50,
      label: { fr: 'Historique des interventions', en: 'Intervention history' },
    },
  ],
}
