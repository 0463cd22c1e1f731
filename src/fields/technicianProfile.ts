import type { Field, FieldAccess } from 'payload'

import { fieldAllow } from '../access/index'

const manage: { create: FieldAccess; update: FieldAccess } = {
  create: fieldAllow('technicians', 'update'),
  update: fieldAllow('technicians', 'update'),
}

const DAYS = [
  ['1', 'Lundi', 'Monday'],
  ['2', 'Mardi', 'Tuesday'],
  ['3', 'Mercredi', 'Wednesday'],
  ['4', 'Jeudi', 'Thursday'],
  ['5', 'Vendredi', 'Friday'],
  ['6', 'Samedi', 'Saturday'],
  ['7', 'Dimanche', 'Sunday'],
].map(([value, fr, en]) => ({ value: value!, label: { fr: fr!, en: en! } }))

const time = (name: string, fr: string, en: string): Field => ({
  name,
  type: 'text',
  required: true,
  label: { fr, en },
  validate: (v: string | null | undefined) =>
    /^([01]\d|2[0-3]):[0-5]\d$/.test(v ?? '') ||
    `Heure « ${v ?? ''} » invalide : écrivez-la HH:MM, par exemple 09:00.`,
})

/** The technician profile carried by a staff account: skills, schedule, absences, capacity. */
export const technicianProfile: Field = {
  type: 'collapsible',
  label: { fr: 'Profil technicien', en: 'Technician profile' },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'isTechnician',
          type: 'checkbox',
          defaultValue: false,
          index: true,
          label: {
            fr: 'Technicien (peut recevoir des réparations)',
            en: 'Technician (can be assigned repairs)',
          },
          access: manage,
        },
        {
          name: 'capacity',
          type: 'number',
          min: 1,
          defaultValue: 5,
          label: { fr: 'Capacité (réparations ouvertes max.)', en: 'Capacity (max open repairs)' },
          access: manage,
        },
      ],
    },
    {
      name: 'skills',
      type: 'relationship',
      relationTo: 'skills',
      hasMany: true,
      label: { fr: 'Compétences', en: 'Skills' },
      access: manage,
    },
    {
      name: 'availability',
      type: 'array',
      labels: { singular: { fr: 'Créneau', en: 'Slot' }, plural: { fr: 'Créneaux', en: 'Slots' } },
      label: { fr: 'Disponibilités hebdomadaires', en: 'Weekly availability' },
      access: manage,
      admin: {
        description: {
          fr: 'Vide : du lundi au vendredi, 9 h – 18 h.',
          en: 'Empty: Monday to Friday, 9am–6pm.',
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'day',
              type: 'select',
              required: true,
              options: DAYS,
              label: { fr: 'Jour', en: 'Day' },
            },
            time('from', 'De', 'From'),
            time('to', 'À', 'To'),
          ],
        },
      ],
    },
    {
      name: 'absences',
      type: 'array',
      labels: {
        singular: { fr: 'Absence', en: 'Absence' },
        plural: { fr: 'Absences', en: 'Absences' },
      },
      label: { fr: 'Absences', en: 'Absences' },
      access: manage,
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'from', type: 'date', required: true, label: { fr: 'Du', en: 'From' } },
            { name: 'to', type: 'date', required: true, label: { fr: 'Au', en: 'To' } },
            { name: 'reason', type: 'text', label: { fr: 'Motif', en: 'Reason' } },
          ],
        },
      ],
    },
  ],
}
