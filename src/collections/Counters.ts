import type { CollectionConfig } from 'payload'

import { nobody } from '../access/index'

/** Named counters (repair references per year, later invoice numbers), bumped by one SQL upsert. */
export const Counters: CollectionConfig = {
  slug: 'counters',
  labels: {
    singular: { fr: 'Compteur', en: 'Counter' },
    plural: { fr: 'Compteurs', en: 'Counters' },
  },
  admin: {
    hidden: true,
    useAsTitle: 'name',
    group: { fr: 'Administration', en: 'Administration' },
  },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'name', type: 'text', required: true, unique: true },
    { name: 'value', type: 'number', required: true, defaultValue: 0 },
  ],
}
