import type { GlobalConfig } from 'payload'

import { allow } from '../access/index'
import { normaliseIban, normaliseSiret, normaliseVatNumber } from '../domain/identifiers'
import { DEFAULT_LABOUR_WARRANTY_MONTHS } from '../domain/warranties'
import { normaliseField } from '../hooks/normaliseField'
import { normalisePhoneField } from '../hooks/normalisePhoneField'
import { moneyComponents } from '../fields/money'

/**
 * The shop's identity and billing rules, printed on tickets, purchase orders, quotes and invoices
 * (src/config/shopSettings.ts reads it, with the SHOP_* environment variables as fallback).
 */
export const Settings: GlobalConfig = {
  slug: 'settings',
  label: { fr: "Paramètres de l'atelier", en: 'Shop settings' },
  admin: { group: { fr: 'Administration', en: 'Administration' } },
  access: {
    read: allow('settings', 'read'),
    update: allow('settings', 'update'),
  },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: { fr: 'Identité', en: 'Identity' },
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'legalName',
                  type: 'text',
                  label: { fr: 'Raison sociale', en: 'Legal name' },
                  admin: { placeholder: 'Atelier Réparation SARL' },
                },
                {
                  name: 'tradeName',
                  type: 'text',
                  label: { fr: 'Nom commercial', en: 'Trade name' },
                },
              ],
            },
            {
              name: 'legalForm',
              type: 'text',
              label: { fr: 'Forme juridique et capital', en: 'Legal form and capital' },
              admin: { placeholder: 'SARL au capital de 10 000 €' },
            },
            {
              name: 'address',
              type: 'group',
              label: { fr: 'Adresse', en: 'Address' },
              fields: [
                { name: 'street', type: 'text', label: { fr: 'Rue', en: 'Street' } },
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'postalCode',
                      type: 'text',
                      label: { fr: 'Code postal', en: 'Postcode' },
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
                {
                  name: 'phone',
                  type: 'text',
                  label: { fr: 'Téléphone', en: 'Phone' },
                  hooks: { beforeChange: [normalisePhoneField] },
                  admin: { components: { Field: '/src/admin-components/PhoneField#PhoneField' } },
                },
                { name: 'email', type: 'email', label: { fr: 'E-mail', en: 'Email' } },
              ],
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'siret',
                  type: 'text',
                  label: { fr: 'SIRET', en: 'SIRET' },
                  hooks: { beforeChange: [normaliseField(normaliseSiret)] },
                },
                {
                  name: 'registration',
                  type: 'text',
                  label: { fr: 'RCS ou Répertoire des métiers', en: 'Trade register' },
                  admin: { placeholder: 'RCS Lyon 123 456 789, ou RM 69 …' },
                },
                {
                  name: 'vatNumber',
                  type: 'text',
                  label: { fr: 'N° de TVA intracommunautaire', en: 'EU VAT number' },
                  hooks: { beforeChange: [normaliseField(normaliseVatNumber)] },
                },
              ],
            },
            {
              name: 'logo',
              type: 'upload',
              relationTo: 'media',
              label: { fr: 'Logo', en: 'Logo' },
            },
            {
              name: 'openingHours',
              type: 'textarea',
              label: { fr: "Horaires d'ouverture", en: 'Opening hours' },
              admin: { placeholder: 'Du mardi au samedi, 9 h 30 – 12 h 30 et 14 h – 19 h' },
            },
          ],
        },
        {
          label: { fr: 'Facturation', en: 'Billing' },
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'vatRegime',
                  type: 'select',
                  defaultValue: 'normal',
                  required: true,
                  label: { fr: 'Régime de TVA', en: 'VAT regime' },
                  options: [
                    { value: 'normal', label: { fr: 'TVA collectée', en: 'VAT charged' } },
                    {
                      value: 'franchise',
                      label: {
                        fr: 'Franchise en base (TVA non applicable, art. 293 B du CGI)',
                        en: 'VAT exemption (art. 293 B CGI)',
                      },
                    },
                  ],
                },
                {
                  name: 'defaultVatRate',
                  type: 'number',
                  defaultValue: 2000,
                  required: true,
                  label: { fr: 'Taux de TVA par défaut', en: 'Default VAT rate' },
                  admin: {
                    components: { Field: '/src/admin-components/VatRateField#VatRateField' },
                  },
                },
              ],
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'iban',
                  type: 'text',
                  label: { fr: 'IBAN (virements)', en: 'IBAN' },
                  hooks: { beforeChange: [normaliseField(normaliseIban)] },
                },
                { name: 'bic', type: 'text', label: { fr: 'BIC', en: 'BIC' } },
              ],
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'paymentTermsDays',
                  type: 'number',
                  min: 0,
                  max: 60,
                  defaultValue: 0,
                  required: true,
                  label: {
                    fr: 'Délai de paiement (jours, 0 = à réception)',
                    en: 'Payment terms (days)',
                  },
                },
                {
                  name: 'latePenaltyRate',
                  type: 'number',
                  min: 0,
                  defaultValue: 1215,
                  required: true,
                  label: {
                    fr: 'Pénalités de retard (% par an)',
                    en: 'Late-payment penalty (% a year)',
                  },
                  admin: {
                    description: {
                      fr: 'Au moins trois fois le taux d’intérêt légal.',
                      en: 'At least three times the legal interest rate.',
                    },
                    components: moneyComponents,
                  },
                },
              ],
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'quoteThreshold',
                  type: 'number',
                  min: 0,
                  label: {
                    fr: 'Devis obligatoire au-delà de (€ TTC)',
                    en: 'Quote required above (€ incl. VAT)',
                  },
                  admin: {
                    description: {
                      fr: 'Vide : pas de devis obligatoire.',
                      en: 'Empty: no quote required.',
                    },
                    components: moneyComponents,
                  },
                },
                {
                  name: 'diagnosticFee',
                  type: 'number',
                  min: 0,
                  defaultValue: 0,
                  label: {
                    fr: 'Forfait de diagnostic (€ TTC, devis refusé)',
                    en: 'Diagnostic fee (€ incl. VAT)',
                  },
                  admin: { components: moneyComponents },
                },
              ],
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'labourWarrantyMonths',
                  type: 'number',
                  min: 0,
                  max: 60,
                  defaultValue: DEFAULT_LABOUR_WARRANTY_MONTHS,
                  required: true,
                  label: {
                    fr: 'Garantie main-d’œuvre (mois)',
                    en: 'Labour warranty (months)',
                  },
                },
                {
                  name: 'warrantyFromHandBack',
                  type: 'checkbox',
                  defaultValue: false,
                  label: {
                    fr: 'Les garanties partent de la restitution (sinon de la fin de réparation)',
                    en: 'Warranties start at hand-back',
                  },
                },
              ],
            },
            {
              name: 'qualiReparNumber',
              type: 'text',
              label: { fr: 'N° de labellisation QualiRépar', en: 'QualiRépar label number' },
              admin: {
                description: {
                  fr: 'Vide : l’atelier n’applique pas le bonus réparation (table « Bonus réparation »).',
                  en: 'Empty: no repair bonus.',
                },
              },
            },
          ],
        },
      ],
    },
  ],
}
