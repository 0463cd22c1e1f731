import type { Field } from 'payload'

import { systemOnly } from '../access/index'
import { LINE_KIND_LABELS } from '../domain/invoices'
import { VAT_RATES } from '../domain/money'
import { moneyComponents } from './money'

/**
 * The lines of an invoice, credit note and quote: typed on a draft (a part line may name a
 * catalogue part, which fills it: src/hooks/fillCatalogueLines.ts), totals by the rounding rule.
 */
export const invoiceLines: Field = {
  name: 'lines',
  type: 'array',
  label: { fr: 'Lignes', en: 'Lines' },
  labels: {
    singular: { fr: 'Ligne', en: 'Line' },
    plural: { fr: 'Lignes', en: 'Lines' },
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'labour',
          label: { fr: 'Nature', en: 'Kind' },
          options: Object.entries(LINE_KIND_LABELS).map(([value, l]) => ({ value, label: l })),
        },
        {
          // A catalogue part: its name, price and VAT fill the line when left empty.
          name: 'part',
          type: 'relationship',
          relationTo: 'parts',
          label: { fr: 'Pièce du catalogue', en: 'Catalogue part' },
          admin: {
            condition: (_data, sibling) => sibling?.kind === 'part',
            description: {
              fr: 'Désignation, prix et TVA repris de la pièce à l’enregistrement s’ils sont laissés vides.',
              en: 'Name, price and VAT taken from the part on save when left empty.',
            },
          },
        },
        {
          // Checked by the domain (« Ligne 2 : … »): a catalogue part fills it when left empty.
          name: 'description',
          type: 'text',
          label: { fr: 'Désignation', en: 'Description' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'quantity',
          type: 'number',
          required: true,
          defaultValue: 1,
          min: 0.01,
          admin: { step: 0.01 },
          label: { fr: 'Quantité', en: 'Quantity' },
        },
        {
          name: 'unitPrice',
          type: 'number',
          min: 0,
          label: { fr: 'Prix unitaire (€ TTC)', en: 'Unit price (€ incl. VAT)' },
          admin: { components: moneyComponents },
        },
        {
          name: 'vatRate',
          type: 'number',
          label: { fr: 'TVA', en: 'VAT' },
          validate: (v: number | null | undefined) =>
            v == null || (VAT_RATES as readonly number[]).includes(v) || 'Taux de TVA inconnu.',
          admin: {
            components: {
              Field: '/src/admin-components/VatRateField#VatRateField',
              Cell: '/src/admin-components/VatRateCell#VatRateCell',
            },
          },
        },
        {
          name: 'totalTtc',
          type: 'number',
          defaultValue: 0,
          label: { fr: 'Total TTC', en: 'Total incl. VAT' },
          access: systemOnly,
          admin: { readOnly: true, components: moneyComponents },
        },
      ],
    },
    { name: 'totalHt', type: 'number', access: systemOnly, admin: { hidden: true } },
    { name: 'totalVat', type: 'number', access: systemOnly, admin: { hidden: true } },
    // The repair-part line (or invoice line, for a credit note) it was made from.
    { name: 'sourceLine', type: 'text', access: systemOnly, admin: { hidden: true } },
  ],
}
