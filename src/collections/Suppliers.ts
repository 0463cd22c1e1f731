import type { CollectionConfig } from 'payload'

import { allow, or } from '../access/index'
import { keepReferenced } from '../hooks/keepReferenced'

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
          admin: { components: { Cell: '/src/admin-components/PhoneCell#PhoneCell' } },
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
