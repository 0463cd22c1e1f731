import type { CollectionConfig } from 'payload'

import { allow, or } from '../access/index'
import { keepReferenced } from '../hooks/keepReferenced'
import { normalisePhoneField } from '../hooks/normalisePhoneField'

/** Parts suppliers. Technicians see the supplier of a part, not the purchasing details. */
export const Suppliers: CollectionConfig = {
  slug: 'suppliers',
  labels: {
    singular: { fr: 'Fournisseur', en: 'Supplier' },
    plural: { fr: 'Fournisseurs', en: 'Suppliers' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'contact', 'email', 'phone', 'leadTimeDays'],
    group: { fr: 'Stock', en: 'Stock' },
    listSearchableFields: ['name', 'contact', 'email', 'phone'],
  },
  access: {
    read: or(allow('purchaseOrders', 'read'), allow('stock', 'read')),
    create: allow('purchaseOrders', 'create'),
    update: allow('purchaseOrders', 'update'),
    delete: allow('purchaseOrders', 'delete'),
  },
  hooks: {
    beforeDelete: [
      keepReferenced([
        {
          collection: 'purchase-orders',
          where: (id) => ({ supplier: { equals: id } }),
          message: (n) => `Ce fournisseur a ${n} commande(s) : il ne peut pas être supprimé.`,
        },
        {
          collection: 'parts',
          where: (id) => ({ supplier: { equals: id } }),
          message: (n) =>
            `${n} pièce(s) sont rattachées à ce fournisseur : changez leur fournisseur avant de le supprimer.`,
        },
      ]),
    ],
  },
  fields: [
    { name: 'name', type: 'text', required: true, unique: true, label: { fr: 'Nom', en: 'Name' } },
    {
      type: 'row',
      fields: [
        { name: 'contact', type: 'text', label: { fr: 'Contact', en: 'Contact' } },
        { name: 'email', type: 'email', label: { fr: 'E-mail', en: 'Email' } },
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
          hooks: { beforeChange: [normalisePhoneField] },
          // Stored in E.164, searched as typed (« 04 78… ») too: src/hooks/phoneSearch.ts.
          custom: { phone: true },
        },
      ],
    },
    {
      name: 'leadTimeDays',
      type: 'number',
      min: 0,
      defaultValue: 3,
      label: { fr: 'Délai de livraison (jours)', en: 'Lead time (days)' },
    },
  ],
}
