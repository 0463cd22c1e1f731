import type { CollectionConfig } from 'payload'

import { allow, fieldAllow, or, ownCustomerRecord, systemOnly } from '../../access/index'
import { anonymiseCustomerEndpoint, exportCustomerEndpoint } from '../../endpoints/customerPrivacy'
import { passwordResetEmail, verificationEmail } from '../../email/accountEmails'
import { confirmEmailEndpoint, registerEndpoint } from '../../endpoints/customerEmail'
import { forgetFailedLogins, mailPasswordReset, throttleAuth } from '../../hooks/authThrottle'
import { keepHistory } from './hooks/keepHistory'
import { mailAccountChanges } from './hooks/mailAccountChanges'
import { normaliseCustomer } from './hooks/normaliseCustomer'
import { passwordForCounterCustomers } from './hooks/passwordForCounterCustomers'
import { verifyNewEmail } from './hooks/verifyNewEmail'

const staffOnly = {
  read: fieldAllow('customers', 'read'),
  create: fieldAllow('customers', 'create'),
  update: fieldAllow('customers', 'update'),
}

export const Customers: CollectionConfig = {
  slug: 'customers',
  labels: {
    singular: { fr: 'Client', en: 'Customer' },
    plural: { fr: 'Clients', en: 'Customers' },
  },
  auth: {
    // Locking is ours, per account and address (src/operations/authThrottle.ts): Payload's own
    // lock would let anyone lock a known account, and tell that it exists.
    maxLoginAttempts: 0,
    tokenExpiration: 7 * 24 * 60 * 60,
    verify: verificationEmail,
    forgotPassword: passwordResetEmail,
  },
  admin: {
    useAsTitle: 'displayName',
    defaultColumns: ['displayName', 'email', 'phone', 'updatedAt'],
    group: { fr: 'Atelier', en: 'Workshop' },
    listSearchableFields: ['displayName', 'email', 'phone', 'company'],
  },
  endpoints: [
    exportCustomerEndpoint,
    anonymiseCustomerEndpoint,
    confirmEmailEndpoint,
    registerEndpoint,
  ],
  access: {
    read: or(allow('customers', 'read'), ownCustomerRecord),
    // Staff register at the counter; visitors sign up through POST /api/customers/register.
    create: allow('customers', 'create'),
    update: or(allow('customers', 'update'), ownCustomerRecord),
    delete: allow('customers', 'delete'),
  },
  hooks: {
    beforeOperation: [throttleAuth, passwordForCounterCustomers],
    beforeChange: [normaliseCustomer, verifyNewEmail],
    afterChange: [mailAccountChanges],
    afterLogin: [forgetFailedLogins],
    afterOperation: [mailPasswordReset],
    beforeDelete: [keepHistory],
  },
  fields: [
    // Shown right under the e-mail of the account block while a change waits for confirmation.
    {
      name: 'pendingEmail',
      type: 'email',
      label: { fr: 'Nouvelle adresse en attente', en: 'Pending new e-mail' },
      admin: {
        readOnly: true,
        condition: (data) => Boolean(data?.pendingEmail),
        description: {
          fr: 'Le client doit confirmer cette adresse par le lien reçu ; d’ici là, l’adresse ci-dessus reste la sienne.',
          en: 'Takes effect once confirmed from the link sent there.',
        },
      },
      access: systemOnly,
    },
    { name: 'pendingEmailToken', type: 'text', hidden: true, index: true, access: systemOnly },
    { name: 'pendingEmailExpiresAt', type: 'date', hidden: true, access: systemOnly },
    {
      type: 'row',
      fields: [
        {
          name: 'civility',
          type: 'select',
          label: { fr: 'Civilité', en: 'Title' },
          options: [
            { value: 'mme', label: { fr: 'Mme', en: 'Ms' } },
            { value: 'm', label: { fr: 'M.', en: 'Mr' } },
            { value: 'autre', label: { fr: 'Autre', en: 'Other' } },
          ],
        },
        { name: 'firstName', type: 'text', label: { fr: 'Prénom', en: 'First name' } },
        { name: 'lastName', type: 'text', required: true, label: { fr: 'Nom', en: 'Last name' } },
      ],
    },
    {
      name: 'displayName',
      type: 'text',
      index: true,
      label: { fr: 'Nom affiché', en: 'Display name' },
      admin: { readOnly: true, hidden: true },
    },
    {
      name: 'phone',
      type: 'text',
      label: { fr: 'Téléphone', en: 'Phone' },
      admin: {
        components: {
          Cell: '/src/admin-components/PhoneCell#PhoneCell',
          Field: '/src/admin-components/PhoneField#PhoneField',
        },
      },
      // Searched as typed (« 06 45… ») too: src/hooks/phoneSearch.ts.
      custom: { phone: true },
    },
    {
      name: 'anonymisedAt',
      type: 'date',
      label: { fr: 'Anonymisé le', en: 'Anonymised on' },
      admin: { readOnly: true, condition: (data) => Boolean(data?.anonymisedAt) },
      access: systemOnly,
    },
    {
      // The counter's order: what the customer left and their history first, the rest behind
      // tabs; the portal account (e-mail, password) comes last (src/app/(payload)/custom.css).
      type: 'tabs',
      tabs: [
        {
          label: { fr: 'Appareils et réparations', en: 'Devices and repairs' },
          fields: [
            {
              name: 'devices',
              type: 'join',
              collection: 'devices',
              admin: { allowCreate: false, defaultColumns: ['label', 'type', 'imei', 'createdAt'] },
              on: 'customer',
              defaultSort: '-createdAt',
              label: { fr: 'Appareils confiés', en: 'Devices left' },
            },
            {
              name: 'repairs',
              type: 'join',
              collection: 'repairs',
              admin: {
                allowCreate: false,
                defaultColumns: ['reference', 'status', 'step', 'late', 'assignee', 'createdAt'],
              },
              on: 'customer',
              defaultSort: '-createdAt',
              label: { fr: 'Réparations', en: 'Repairs' },
            },
          ],
        },
        {
          label: { fr: 'Coordonnées et préférences', en: 'Contact and preferences' },
          fields: [
            {
              name: 'address',
              type: 'group',
              label: { fr: 'Adresse', en: 'Address' },
              fields: [
                { name: 'line1', type: 'text', label: { fr: 'Adresse', en: 'Street' } },
                {
                  name: 'line2',
                  type: 'text',
                  label: { fr: "Complément d'adresse", en: 'Line 2' },
                },
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'postalCode',
                      type: 'text',
                      label: { fr: 'Code postal', en: 'Postal code' },
                    },
                    { name: 'city', type: 'text', label: { fr: 'Ville', en: 'City' } },
                    {
                      name: 'country',
                      type: 'text',
                      defaultValue: 'FR',
                      label: { fr: 'Pays', en: 'Country' },
                      admin: {
                        components: { Field: '/src/admin-components/CountryField#CountryField' },
                      },
                    },
                  ],
                },
              ],
            },
            {
              type: 'row',
              fields: [
                { name: 'company', type: 'text', label: { fr: 'Société', en: 'Company' } },
                { name: 'siret', type: 'text', label: { fr: 'SIRET', en: 'SIRET' } },
              ],
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'preferredChannel',
                  type: 'select',
                  defaultValue: 'email',
                  label: { fr: 'Canal préféré', en: 'Preferred channel' },
                  options: [
                    { value: 'email', label: { fr: 'E-mail', en: 'Email' } },
                    { value: 'sms', label: { fr: 'SMS', en: 'SMS' } },
                    { value: 'phone', label: { fr: 'Téléphone', en: 'Phone' } },
                  ],
                },
                {
                  name: 'marketingConsent',
                  type: 'checkbox',
                  defaultValue: false,
                  label: { fr: 'Accepte les offres commerciales', en: 'Accepts marketing' },
                },
              ],
            },
          ],
        },
        {
          label: { fr: 'Notes internes', en: 'Internal notes' },
          fields: [
            {
              name: 'internalNotes',
              type: 'textarea',
              label: { fr: 'Notes internes', en: 'Internal notes' },
              admin: {
                description: {
                  fr: 'Jamais visibles par le client.',
                  en: 'Never shown to the customer.',
                },
              },
              access: staffOnly,
            },
          ],
        },
      ],
    },
    {
      // Payload's own field, narrowed: only the server (the verification link) sets it.
      name: '_verified',
      type: 'checkbox',
      label: { fr: 'Adresse vérifiée', en: 'E-mail verified' },
      admin: { readOnly: true, position: 'sidebar' },
      access: systemOnly,
    },
  ],
}
