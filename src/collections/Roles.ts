import type { CollectionBeforeChangeHook, CollectionConfig, Field } from 'payload'


import { allow } from '../access/index'
import {
  ACTIONS,
  ACTION_KEYS,
  CAPABILITIES,
  CAPABILITY_KEYS,
  FEATURES,
  FEATURE_KEYS,
  managesUsers,
  type RolePermissions,
} from '../domain/permissions'
import { assertAdminRemainsAfter } from '../operations/admins'
import { keepReferenced } from '../hooks/keepReferenced'

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

const keepAnAdmin: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !originalDoc) return data
  const before = managesUsers(originalDoc as RolePermissions)
  const after = managesUsers({ ...originalDoc, ...data } as RolePermissions)
  if (before && !after) {
    await assertAdminRemainsAfter(req, { kind: 'role', roleId: originalDoc.id, stillAdmin: false })
  }
  return data
}

const refuseDeleteInUse = keepReferenced([
  { collection: 'users', where: (id) => ({ role: { equals: id } }), message: (n) => `Ce rôle est attribué à ${n} utilisateur(s) : attribuez-leur un autre rôle avant de le supprimer.` },
])

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
        { name: 'name', type: 'text', required: true, unique: true, label: { fr: 'Nom', en: 'Name' } },
        {
          name: 'code',
          type: 'text',
          unique: true,
          index: true,
          label: { fr: 'Code', en: 'Code' },
          admin: { description: { fr: 'Identifiant technique (rôles par défaut).', en: 'Technical id (default roles).' } },
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
      options: CAPABILITY_KEYS.map((value) => ({ value, label: CAPABILITIES[value] })),
    },
  ],
}
