import type { CollectionConfig, Where } from 'payload'

import { fieldSeeCustomer, nobody } from '../access/index'
import { rowsOf } from '../access/rows'

/**
 * The history timeline of repairs: every status and step change, assignment, pause for parts
 * and note, stamped with who and when. Written by the repair hooks only; the device history and
 * the customer portal read it.
 */
export const RepairEvents: CollectionConfig = {
  slug: 'repair-events',
  labels: {
    singular: { fr: 'Événement', en: 'Event' },
    plural: { fr: 'Historique des réparations', en: 'Repair history' },
  },
  admin: {
    useAsTitle: 'message',
    defaultColumns: ['at', 'repair', 'type', 'message', 'byLabel'],
    group: { fr: 'Atelier', en: 'Workshop' },
  },
  defaultSort: '-at',
  access: {
    read: rowsOf('repairs', 'read', {
      assigned: (req) => ({ 'repair.assignee': { equals: req.user!.id } }),
      customer: (req): Where => ({
        and: [{ customer: { equals: req.user!.id } }, { visibleToCustomer: { equals: true } }],
      }),
    }),
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  indexes: [{ fields: ['repair', 'at'] }],
  fields: [
    {
      name: 'repair',
      type: 'relationship',
      relationTo: 'repairs',
      required: true,
      index: true,
      label: { fr: 'Réparation', en: 'Repair' },
    },
    {
      name: 'device',
      type: 'relationship',
      relationTo: 'devices',
      index: true,
      label: { fr: 'Appareil', en: 'Device' },
    },
    // Like the repair's own customer field: a technician does not learn who the customer is.
    {
      name: 'customer',
      type: 'relationship',
      relationTo: 'customers',
      index: true,
      label: { fr: 'Client', en: 'Customer' },
      access: { read: fieldSeeCustomer },
    },
    {
      name: 'type',
      type: 'select',
      required: true,
      index: true,
      label: { fr: 'Type', en: 'Type' },
      options: [
        { value: 'created', label: { fr: 'Dépôt', en: 'Intake' } },
        { value: 'status', label: { fr: 'Statut / étape', en: 'Status / step' } },
        { value: 'assignment', label: { fr: 'Assignation', en: 'Assignment' } },
        { value: 'parts_wait', label: { fr: 'Attente de pièces', en: 'Waiting for parts' } },
        { value: 'parts_resume', label: { fr: 'Reprise', en: 'Resumed' } },
        { value: 'note', label: { fr: 'Note', en: 'Note' } },
        { value: 'part_used', label: { fr: 'Pièce utilisée', en: 'Part used' } },
        { value: 'part_returned', label: { fr: 'Pièce rendue', en: 'Part returned' } },
        { value: 'quote', label: { fr: 'Devis', en: 'Quote' } },
      ],
    },
    { name: 'fromStatus', type: 'text', label: { fr: 'Statut avant', en: 'Status before' } },
    { name: 'fromStep', type: 'text', label: { fr: 'Étape avant', en: 'Step before' } },
    { name: 'toStatus', type: 'text', label: { fr: 'Statut après', en: 'Status after' } },
    { name: 'toStep', type: 'text', label: { fr: 'Étape après', en: 'Step after' } },
    {
      name: 'message',
      type: 'text',
      required: true,
      label: { fr: 'Description', en: 'Description' },
    },
    {
      name: 'visibleToCustomer',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: { fr: 'Visible par le client', en: 'Visible to customer' },
    },
    { name: 'by', type: 'relationship', relationTo: 'users', label: { fr: 'Par', en: 'By' } },
    { name: 'byLabel', type: 'text', label: { fr: 'Par (nom)', en: 'By (name)' } },
    {
      name: 'at',
      type: 'date',
      required: true,
      index: true,
      admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' } },
      label: { fr: 'Le', en: 'At' },
    },
  ],
}
