import type { CollectionConfig } from 'payload'

import { nobody } from '../access/index'

/**
 * The inalterability chain (src/domain/chain.ts): one entry per issued invoice, credit note and
 * payment, appended in the transaction that records it. Nobody writes it through the API.
 */
export const ChainEntries: CollectionConfig = {
  slug: 'chain-entries',
  labels: {
    singular: { fr: 'Maillon de la chaîne', en: 'Chain entry' },
    plural: { fr: 'Chaîne d’inaltérabilité', en: 'Inalterability chain' },
  },
  admin: {
    hidden: true,
    useAsTitle: 'label',
    group: { fr: 'Administration', en: 'Administration' },
  },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'sequence', type: 'number', required: true, unique: true },
    { name: 'kind', type: 'text', required: true },
    { name: 'recordId', type: 'number', required: true, index: true },
    { name: 'label', type: 'text' },
    { name: 'previousHash', type: 'text', required: true },
    { name: 'hash', type: 'text', required: true },
  ],
}
