import type { CollectionConfig } from 'payload'

import { allow, isStaff } from '../access/index'

/** Managed list of technician skills (smartphones, micro-soudure…). */
export const Skills: CollectionConfig = {
  slug: 'skills',
  labels: {
    singular: { fr: 'Compétence', en: 'Skill' },
    plural: { fr: 'Compétences', en: 'Skills' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'code'],
    group: { fr: 'Listes', en: 'Lists' },
  },
  access: {
    read: ({ req }) => isStaff(req.user),
    create: allow('technicians', 'create'),
    update: allow('technicians', 'update'),
    delete: allow('technicians', 'delete'),
  },
  fields: [
    { name: 'name', type: 'text', required: true, unique: true, label: { fr: 'Nom', en: 'Name' } },
    { name: 'code', type: 'text', required: true, unique: true, label: { fr: 'Code', en: 'Code' } },
  ],
}
