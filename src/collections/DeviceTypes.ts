import type { CollectionConfig } from 'payload'

import { allow, isCustomer, isStaff } from '../access/index'
import { keepReferenced } from '../hooks/keepReferenced'

/** Managed list of device types; each may name the skill a repair of that type needs. */
export const DeviceTypes: CollectionConfig = {
  slug: 'device-types',
  labels: {
    singular: { fr: "Type d'appareil", en: 'Device type' },
    plural: { fr: "Types d'appareils", en: 'Device types' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'code', 'skill'],
    group: { fr: 'Listes', en: 'Lists' },
  },
  access: {
    read: ({ req }) => isStaff(req.user) || isCustomer(req.user),
    create: allow('devices', 'delete'),
    update: allow('devices', 'delete'),
    delete: allow('devices', 'delete'),
  },
  hooks: {
    beforeDelete: [
      keepReferenced([
        {
          collection: 'repair-bonuses',
          where: (id) => ({ deviceType: { equals: id } }),
          message: (n) =>
            `Ce type d'appareil a ${n} bonus réparation dans la table QualiRépar : supprimez-les ou changez leur type d'abord.`,
        },
      ]),
    ],
  },
  fields: [
    { name: 'name', type: 'text', required: true, unique: true, label: { fr: 'Nom', en: 'Name' } },
    { name: 'code', type: 'text', required: true, unique: true, label: { fr: 'Code', en: 'Code' } },
    {
      name: 'skill',
      type: 'relationship',
      relationTo: 'skills',
      label: { fr: 'Compétence requise', en: 'Required skill' },
    },
  ],
}
