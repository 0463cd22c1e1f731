import type { CollectionConfig } from 'payload'

import { allow, nobody } from '../../access/index'
import { LOG_OPERATIONS } from '../../domain/logSummary'
import { options } from '../../fields/options'
import { summarise } from './hooks/summarise'

/** Append-only: entries are written by the log hooks only; nobody edits or deletes them. */
export const ActionLogs: CollectionConfig = {
  slug: 'action-logs',
  labels: {
    singular: { fr: 'Entrée du journal', en: 'Log entry' },
    plural: { fr: "Journal d'actions", en: 'Action log' },
  },
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['summary', 'createdAt', 'actorLabel', 'documentId', 'ip'],
    group: { fr: 'Administration', en: 'Administration' },
    listSearchableFields: ['summary', 'actorLabel', 'documentTitle', 'ip'],
    description: {
      fr: 'Qui a fait quoi, quand et depuis où. Les entrées ne peuvent être ni modifiées ni supprimées.',
      en: 'Who did what, when and from where. Entries can be neither edited nor deleted.',
    },
  },
  defaultSort: '-createdAt',
  access: {
    read: allow('logs', 'read'),
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  indexes: [{ fields: ['collectionSlug', 'documentId'] }],
  hooks: { beforeChange: [summarise] },
  fields: [
    {
      name: 'summary',
      type: 'text',
      label: { fr: 'Action', en: 'Action' },
      admin: { readOnly: true },
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      index: true,
      label: { fr: 'Nature', en: 'Kind' },
      options: [
        { value: 'data', label: { fr: 'Données', en: 'Data' } },
        { value: 'auth', label: { fr: 'Connexion', en: 'Sign-in' } },
        { value: 'permission', label: { fr: 'Permissions', en: 'Permissions' } },
      ],
    },
    {
      name: 'operation',
      type: 'select',
      required: true,
      index: true,
      label: { fr: 'Opération', en: 'Operation' },
      options: options(LOG_OPERATIONS),
    },
    {
      name: 'collectionSlug',
      type: 'text',
      required: true,
      index: true,
      label: { fr: 'Collection', en: 'Collection' },
    },
    {
      name: 'documentId',
      type: 'text',
      index: true,
      label: { fr: 'Document', en: 'Document' },
      admin: { components: { Cell: '/src/admin-components/LogDocumentCell#LogDocumentCell' } },
    },
    {
      name: 'documentTitle',
      type: 'text',
      label: { fr: 'Titre du document', en: 'Document title' },
    },
    {
      name: 'actor',
      type: 'relationship',
      relationTo: ['users', 'customers'],
      label: { fr: 'Auteur', en: 'Actor' },
    },
    {
      name: 'actorLabel',
      type: 'text',
      index: true,
      label: { fr: 'Auteur (nom)', en: 'Actor (name)' },
    },
    { name: 'ip', type: 'text', label: { fr: 'Adresse IP', en: 'IP address' } },
    {
      name: 'changes',
      type: 'json',
      label: { fr: 'Champs modifiés (avant → après)', en: 'Changed fields (before → after)' },
      admin: { components: { Field: '/src/admin-components/ChangesField#ChangesField' } },
    },
  ],
}
