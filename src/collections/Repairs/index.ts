import type { CollectionConfig, FieldAccess } from 'payload'

import {
  allow,
  fieldAllow,
  fieldCapability,
  fieldSeeCustomer,
  fieldStaffOnly,
  roleOf,
  systemOnly,
} from '../../access/index'
import { can } from '../../domain/permissions'
import { addPartLineEndpoint } from '../../endpoints/repairParts'
import { assignedRepairs, ownByCustomerField, rowsOf } from '../../access/rows'
import { DEFAULT_PRIORITY, PRIORITY_LABELS } from '../../domain/priorities'
import { STATUS_LABELS, STEP_LABELS } from '../../domain/repairStatus'
import { intakeTicketEndpoint } from '../../endpoints/intakeTicket'
import { invoiceFromRepairEndpoint } from '../../endpoints/invoices'
import { quoteFromRepairEndpoint } from '../../endpoints/quotes'
import { handBackEndpoint } from '../../endpoints/handBack'
import { keepReferenced } from '../../hooks/keepReferenced'
import { lockForUpdate } from '../../hooks/lockForUpdate'
import { searchWithinReach } from '../../hooks/searchWithinReach'
import { notesForCustomer } from './hooks/notesForCustomer'
import { prepareRepair } from './hooks/prepareRepair'
import { recordHistory } from './hooks/recordHistory'
import { grantWarranties } from './hooks/grantWarranties'
import { options } from '../../fields/options'
import { unlockCodeField } from '../../fields/unlockCode'
import { eraseUnlockCode } from './hooks/eraseUnlockCode'

// What the counter records at intake; technicians cannot change it.
const intake: { create: FieldAccess; update: FieldAccess } = {
  create: fieldAllow('repairs', 'create'),
  update: fieldAllow('repairs', 'create'),
}
const capability = (name: Parameters<typeof fieldCapability>[0]) => ({
  create: fieldCapability(name),
  update: fieldCapability(name),
})

export const Repairs: CollectionConfig = {
  slug: 'repairs',
  labels: {
    singular: { fr: 'Réparation', en: 'Repair' },
    plural: { fr: 'Réparations', en: 'Repairs' },
  },
  admin: {
    useAsTitle: 'reference',
    defaultColumns: [
      'reference',
      'device',
      'customer',
      'status',
      'step',
      'late',
      'assignee',
      'promisedAt',
    ],
    group: { fr: 'Atelier', en: 'Workshop' },
    // One search box: the reference, the fault, the device (model, serial, IMEI) and the
    // customer (name, phone typed any usual way) — the customer only for roles that see them.
    listSearchableFields: [
      'reference',
      'reportedProblem',
      'device.label',
      'device.serialNumber',
      'device.imei',
      'customer.displayName',
      'customer.phone',
      'customer.email',
    ],
    components: {
      beforeList: [
        {
          path: '/src/admin-components/ListHint#ListHint',
          clientProps: {
            text: 'Recherche : référence, panne, appareil (modèle, n° de série, IMEI) ou client (nom, téléphone — 06…, +33… —, e-mail).',
          },
        },
      ],
    },
  },
  defaultSort: '-createdAt',
  // The lists opened every day: a technician's queue (« Mes réparations »: assignee, open
  // statuses, by priority), a customer's and a device's repairs (newest first), the late ones.
  indexes: [
    { fields: ['assignee', 'status', 'priorityRank'] },
    { fields: ['customer', 'createdAt'] },
    { fields: ['device', 'createdAt'] },
    { fields: ['late', 'promisedAt'] },
  ],
  endpoints: [
    intakeTicketEndpoint,
    addPartLineEndpoint,
    invoiceFromRepairEndpoint,
    quoteFromRepairEndpoint,
    handBackEndpoint,
  ],
  access: {
    read: rowsOf('repairs', 'read', { assigned: assignedRepairs, customer: ownByCustomerField }),
    create: allow('repairs', 'create'),
    update: rowsOf('repairs', 'update', { assigned: assignedRepairs, customer: false }),
    delete: allow('repairs', 'delete'),
  },
  hooks: {
    beforeOperation: [searchWithinReach('customer', fieldSeeCustomer), lockForUpdate],
    beforeChange: [prepareRepair],
    afterChange: [recordHistory, grantWarranties, eraseUnlockCode],
    beforeRead: [notesForCustomer],
    beforeDelete: [
      keepReferenced([
        {
          collection: 'repair-events',
          where: (id) => ({ repair: { equals: id } }),
          message: () =>
            'Une réparation ouverte ne se supprime pas : son historique, ses pièces et ses garanties sont conservés. Passez-la au statut « Annulé ».',
        },
        {
          collection: 'repair-parts',
          where: (id) => ({ repair: { equals: id } }),
          message: (n) =>
            `Cette réparation a ${n} pièce(s) utilisée(s) : elle ne se supprime pas. Passez-la au statut « Annulé » (retirez d'abord les pièces pour les rendre au stock).`,
        },
        {
          collection: 'quotes',
          where: (id) => ({ repair: { equals: id } }),
          message: (n) =>
            `Cette réparation a ${n} devis : elle ne se supprime pas. Passez-la au statut « Annulé ».`,
        },
      ]),
    ],
  },
  fields: [
    {
      name: 'statusActions',
      type: 'ui',
      admin: { components: { Field: '/src/admin-components/RepairActions#RepairActions' } },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'reference',
          type: 'text',
          unique: true,
          index: true,
          label: { fr: 'Référence', en: 'Reference' },
          admin: { readOnly: true },
          access: systemOnly,
        },
        {
          name: 'late',
          type: 'checkbox',
          index: true,
          defaultValue: false,
          label: { fr: 'En retard', en: 'Late' },
          admin: {
            readOnly: true,
            components: { Cell: '/src/admin-components/LateCell#LateCell' },
          },
          access: systemOnly,
        },
        {
          name: 'lateReasons',
          type: 'text',
          label: { fr: 'Motif du retard', en: 'Why late' },
          admin: { readOnly: true },
          access: systemOnly,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'device',
          type: 'relationship',
          relationTo: 'devices',
          required: true,
          index: true,
          label: { fr: 'Appareil', en: 'Device' },
          access: intake,
          admin: { components: { Cell: '/src/admin-components/RelationCell#RelationCell' } },
        },
        {
          name: 'customer',
          type: 'relationship',
          relationTo: 'customers',
          index: true,
          label: { fr: 'Client', en: 'Customer' },
          admin: {
            readOnly: true,
            description: { fr: "Déduit de l'appareil.", en: 'From the device.' },
            components: { Cell: '/src/admin-components/RelationCell#RelationCell' },
          },
          access: { ...systemOnly, read: fieldSeeCustomer },
        },
      ],
    },
    {
      name: 'reportedProblem',
      type: 'textarea',
      required: true,
      label: { fr: 'Panne signalée', en: 'Reported problem' },
      access: intake,
    },
    unlockCodeField,
    {
      type: 'row',
      // Changed through the action bar at the top of the page (only the allowed moves).
      admin: { condition: () => false },
      fields: [
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'en_attente',
          index: true,
          label: { fr: 'Statut', en: 'Status' },
          options: options(STATUS_LABELS),
        },
        {
          name: 'step',
          type: 'select',
          label: { fr: 'Étape', en: 'Step' },
          options: options(STEP_LABELS),
          admin: {
            description: { fr: 'Pendant « En cours » seulement.', en: 'Only while in progress.' },
          },
        },
        {
          name: 'waitingForParts',
          type: 'checkbox',
          defaultValue: false,
          label: { fr: 'En attente de pièces', en: 'Waiting for parts' },
          admin: {
            description: { fr: 'Met en pause le délai de l’étape.', en: 'Pauses the step clock.' },
          },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'priority',
          type: 'select',
          defaultValue: DEFAULT_PRIORITY,
          label: { fr: 'Priorité', en: 'Priority' },
          access: intake,
          options: options(PRIORITY_LABELS),
        },
        {
          name: 'promisedAt',
          type: 'date',
          index: true,
          label: { fr: 'Date promise', en: 'Promised date' },
          access: intake,
          admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' } },
        },
        {
          name: 'assignee',
          type: 'relationship',
          relationTo: 'users',
          index: true,
          label: { fr: 'Technicien', en: 'Technician' },
          access: capability('repairs.assign'),
          admin: { components: { Cell: '/src/admin-components/RelationCell#RelationCell' } },
          filterOptions: { isTechnician: { equals: true }, active: { equals: true } },
        },
        {
          name: 'estimatedPrice',
          type: 'number',
          min: 0,
          label: { fr: 'Prix estimé (€ TTC)', en: 'Estimated price (€ incl. VAT)' },
          access: capability('prices.set'),
          admin: {
            components: {
              Field: '/src/admin-components/MoneyField#MoneyField',
              Cell: '/src/admin-components/MoneyCell#MoneyCell',
            },
          },
        },
      ],
    },
    {
      name: 'assigneeSuggestions',
      type: 'ui',
      admin: {
        components: { Field: '/src/admin-components/AssigneeSuggestions#AssigneeSuggestions' },
      },
    },
    {
      name: 'notes',
      type: 'array',
      labels: { singular: { fr: 'Note', en: 'Note' }, plural: { fr: 'Notes', en: 'Notes' } },
      label: { fr: 'Notes techniques', en: 'Technical notes' },
      // Customers may neither read, filter nor sort by notes: they get `customerNotes`.
      access: { read: fieldStaffOnly, ...capability('notes.technical') },
      fields: [
        { name: 'body', type: 'richText', required: true, label: { fr: 'Note', en: 'Note' } },
        {
          name: 'visibility',
          type: 'select',
          required: true,
          defaultValue: 'interne',
          label: { fr: 'Visibilité', en: 'Visibility' },
          options: [
            { value: 'interne', label: { fr: 'Interne', en: 'Internal' } },
            { value: 'client', label: { fr: 'Visible par le client', en: 'Visible to customer' } },
          ],
        },
        {
          name: 'author',
          type: 'relationship',
          relationTo: 'users',
          // Stamped on save: a note being written has neither author nor date yet.
          admin: { readOnly: true, condition: (_data, sibling) => Boolean(sibling?.author) },
          label: { fr: 'Auteur', en: 'Author' },
        },
        {
          name: 'at',
          type: 'date',
          admin: {
            readOnly: true,
            condition: (_data, sibling) => Boolean(sibling?.at),
            date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' },
          },
          label: { fr: 'Le', en: 'At' },
        },
      ],
    },
    {
      name: 'customerNotes',
      type: 'array',
      virtual: true,
      labels: {
        singular: { fr: 'Note', en: 'Note' },
        plural: { fr: 'Notes pour le client', en: 'Notes for the customer' },
      },
      label: { fr: 'Notes pour le client', en: 'Notes for the customer' },
      admin: {
        hidden: true,
        description: {
          fr: 'Les notes visibles par le client, sans leur auteur (calculées à la lecture, pour le client seulement).',
          en: 'Customer-visible notes, without author (computed on read, for the customer only).',
        },
      },
      access: systemOnly,
      fields: [
        { name: 'body', type: 'richText', label: { fr: 'Note', en: 'Note' } },
        { name: 'at', type: 'date', label: { fr: 'Le', en: 'At' } },
      ],
    },
    {
      name: 'partLines',
      type: 'join',
      collection: 'repair-parts',
      on: 'repair',
      defaultSort: 'createdAt',
      label: { fr: 'Pièces utilisées', en: 'Parts used' },
      admin: { defaultColumns: ['label', 'quantity', 'unitPrice', 'addedBy', 'createdAt'] },
    },
    {
      name: 'partsTotal',
      type: 'number',
      defaultValue: 0,
      label: { fr: 'Total des pièces (€ TTC)', en: 'Parts total (€ incl. VAT)' },
      access: systemOnly,
      admin: {
        readOnly: true,
        components: {
          Field: '/src/admin-components/MoneyField#MoneyField',
          Cell: '/src/admin-components/MoneyCell#MoneyCell',
        },
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'originalRepair',
          type: 'relationship',
          relationTo: 'repairs',
          label: { fr: 'Réparation d’origine (reprise)', en: 'Original repair (rework)' },
          admin: { readOnly: true },
          access: systemOnly,
        },
        {
          name: 'warrantyRework',
          type: 'checkbox',
          defaultValue: false,
          label: { fr: 'Reprise sous garantie (gratuite)', en: 'Warranty rework (free)' },
          admin: { readOnly: true },
          access: systemOnly,
        },
      ],
    },
    {
      type: 'collapsible',
      label: { fr: 'Suivi (automatique)', en: 'Tracking (automatic)' },
      admin: { initCollapsed: true },
      fields: [
        {
          name: 'priorityRank',
          type: 'number',
          index: true,
          admin: { readOnly: true },
          access: systemOnly,
        },
        {
          name: 'stageStartedAt',
          type: 'date',
          label: { fr: "Début de l'étape", en: 'Stage started' },
          admin: { readOnly: true },
          access: systemOnly,
        },
        {
          name: 'statusChangedAt',
          type: 'date',
          label: { fr: 'Dernier changement', en: 'Last change' },
          admin: { readOnly: true },
          access: systemOnly,
        },
        {
          name: 'statusChangedBy',
          type: 'relationship',
          relationTo: 'users',
          label: { fr: 'Par', en: 'By' },
          admin: { readOnly: true },
          access: systemOnly,
        },
        {
          name: 'startedAt',
          type: 'date',
          label: { fr: 'Début des travaux', en: 'Work started' },
          admin: { readOnly: true },
          access: systemOnly,
        },
        {
          name: 'finishedAt',
          type: 'date',
          index: true,
          label: { fr: 'Terminée le', en: 'Finished' },
          admin: { readOnly: true },
          access: systemOnly,
        },
        {
          name: 'handedBackAt',
          type: 'date',
          label: { fr: 'Restituée le', en: 'Handed back' },
          admin: { readOnly: true },
          access: systemOnly,
        },
        {
          name: 'pauseStartedAt',
          type: 'date',
          label: { fr: 'En attente de pièces depuis', en: 'Waiting for parts since' },
          admin: { readOnly: true, date: { displayFormat: 'dd/MM/yyyy HH:mm' } },
          access: systemOnly,
        },
        {
          name: 'pausedSeconds',
          type: 'number',
          defaultValue: 0,
          label: { fr: "Temps d'attente de pièces", en: 'Waiting for parts' },
          admin: {
            readOnly: true,
            components: { Field: '/src/admin-components/DurationField#DurationField' },
          },
          access: systemOnly,
        },
      ],
    },
    {
      name: 'history',
      type: 'join',
      collection: 'repair-events',
      admin: { allowCreate: false, defaultColumns: ['at', 'type', 'message', 'byLabel'] },
      on: 'repair',
      defaultSort: '-at',
      defaultLimit: 100,
      label: { fr: 'Historique', en: 'History' },
    },
  ],
}
