import type { Access, CollectionConfig } from 'payload'

import { allow, fieldAllow, isStaff, or, ownUser, roleOf } from '../../access/index'
import { can, hasCapability } from '../../domain/permissions'
import { staffPasswordResetEmail } from '../../email/accountEmails'
import { forgetFailedLogins, mailPasswordReset, throttleAuth } from '../../hooks/authThrottle'
import { technicianProfile } from '../../fields/technicianProfile'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'
import { keepAnAdmin, keepAnAdminOnDelete } from './hooks/keepAnAdmin'
import { refuseInactive } from './hooks/refuseInactive'

/** Whoever assigns repairs sees the technicians they can assign to. */
const assignableTechnicians: Access = async ({ req }) => {
  const role = await roleOf(req)
  return can(role, 'technicians', 'read') && hasCapability(role, 'repairs.assign')
    ? { isTechnician: { equals: true } }
    : false
}

export const Users: CollectionConfig = {
  slug: 'users',
  labels: {
    singular: { fr: 'Utilisateur', en: 'User' },
    plural: { fr: 'Utilisateurs', en: 'Users' },
  },
  auth: {
    // Locking is ours, per account and address (src/operations/authThrottle.ts): Payload's own
    // lock would let anyone lock a known account, and tell that it exists.
    maxLoginAttempts: 0,
    tokenExpiration: 8 * 60 * 60,
    forgotPassword: staffPasswordResetEmail,
    // The request user is read on every request: its role is read by src/access/roles.ts.
    depth: 0,
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role', 'active', 'isTechnician'],
    group: { fr: 'Administration', en: 'Administration' },
  },
  access: {
    admin: ({ req }) => isStaff(req.user),
    read: or(allow('users', 'read'), ownUser, assignableTechnicians),
    create: allow('users', 'create'),
    update: or(allow('users', 'update'), ownUser),
    delete: allow('users', 'delete'),
  },
  hooks: {
    beforeOperation: [throttleAuth],
    beforeChange: [firstUserIsAdmin, keepAnAdmin],
    beforeDelete: [keepAnAdminOnDelete],
    beforeLogin: [refuseInactive],
    afterLogin: [forgetFailedLogins],
    afterOperation: [mailPasswordReset],
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: { fr: 'Nom', en: 'Name' } },
    {
      type: 'row',
      fields: [
        {
          name: 'role',
          type: 'relationship',
          relationTo: 'roles',
          index: true,
          label: { fr: 'Rôle', en: 'Role' },
          access: {
            // As the roles themselves: a role that may not read them is not shown the field,
            // whose cell, filter and input would ask /api/roles for titles and get a 403.
            read: fieldAllow('users', 'read'),
            create: fieldAllow('users', 'create'),
            update: fieldAllow('users', 'update'),
          },
        },
        {
          name: 'active',
          type: 'checkbox',
          defaultValue: true,
          label: { fr: 'Compte actif', en: 'Active account' },
          admin: {
            components: {
              Cell: {
                path: '/src/admin-components/FlagCell#FlagCell',
                clientProps: { yes: 'Actif', no: 'Désactivé', tone: 'ok' },
              },
            },
          },
          access: { create: fieldAllow('users', 'create'), update: fieldAllow('users', 'update') },
        },
      ],
    },
    {
      name: 'figures',
      type: 'ui',
      label: { fr: 'Chiffres du technicien', en: 'Technician figures' },
      admin: {
        condition: (data) => data?.isTechnician === true,
        disableListColumn: true,
        components: {
          Field: '/src/admin-components/TechnicianFiguresField#TechnicianFiguresField',
        },
      },
    },
    technicianProfile,
  ],
}
