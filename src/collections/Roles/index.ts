import type { CollectionConfig, Field } from 'payload'

import { allow } from '../../access/index'
import {
  ACTIONS,
  ACTION_KEYS,
  CAPABILITIES,
  FEATURES,
  FEATURE_KEYS,
} from '../../domain/permissions'
import { keepAnAdmin } from './hooks/keepAnAdmin'
import { refuseDeleteInUse } from './hooks/refuseDeleteInUse'
import { options } from '../../fields/options'

const featureGroup = (feature: (typeof FEATURE_KEYS)[number]): Field => ({
  name: feature,
  type: 'group',
  label: FEATURES[feature],
  fields: [
    {
      type: 'row',
      fields: ACTION_KEYS.map((action) => ({
        name: action,
        type: 'checkbox',
        label: ACTIONS[action],
        defaultValue: false,
      })),
    },
  ],
})

export const Roles: CollectionConfig = {
  slug: 'roles',
  labels: {
    singular: { fr: 'Rôle', en: 'Role' },
    plural: { fr: 'Rôles et permissions', en: 'Roles & permissions' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'code', 'description'],
    group: { fr: 'Administration', en: 'Administration' },
    description: {
      fr: 'Chaque rôle accorde, par fonctionnalité, la lecture, la création, la modification et la suppression, plus des capacités fines. Une modification prend effet à la requête suivante.',
      en: 'Each role grants read, create, update and delete per feature, plus finer capabilities. Changes take effect on the next request.',
    },
  },
  access: {
    read: allow('users', 'read'),
    create: allow('users', 'create'),
    update: allow('users', 'update'),
    delete: allow('users', 'delete'),
  },
  hooks: {
    beforeChange: [keepAnAdmin],
    beforeDelete: [refuseDeleteInUse],
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'name',
          type: 'text',
          required: true,
          unique: true,
          label: { fr: 'Nom', en: 'Name' },
        },
        {
          name: 'code',
          type: 'text',
          unique: true,
          index: true,
          label: { fr: 'Code', en: 'Code' },
          admin: {
            description: {
              fr: 'Identifiant technique (rôles par défaut).',
              en: 'Technical id (default roles).',
            },
          },
        },
      ],
    },
    { name: 'description', type: 'textarea', label: { fr: 'Description', en: 'Description' } },
    {
      name: 'permissions',
      type: 'group',
      label: { fr: 'Permissions par fonctionnalité', en: 'Permissions per feature' },
      fields: FEATURE_KEYS.map(featureGroup),
    },
    {
      name: 'capabilities',
      type: 'select',
      hasMany: true,
      label: { fr: 'Capacités', en: 'Capabilities' },
      options: options(CAPABILITIES),
    },
  ],
}
