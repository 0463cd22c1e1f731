import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook, CollectionBeforeLoginHook, CollectionConfig } from 'payload'


import type { Access } from 'payload'

import { allow, fieldAllow, isStaff, or, ownUser, roleOf } from '../access/index'
import { can, hasCapability } from '../domain/permissions'
import { staffPasswordResetEmail } from '../email/accountEmails'
import { forgetFailedLogins, mailPasswordReset, throttleAuth } from '../hooks/authThrottle'
import { technicianProfile } from './technicianProfile'
import { managesUsers, type RolePermissions } from '../domain/permissions'
import { assertAdminRemainsAfter } from '../operations/admins'
import { RefusedError } from '../http/httpError'
import type { Role, User } from '../payload-types'

const refuseInactive: CollectionBeforeLoginHook = ({ user }) => {
  if (user.active === false) {
    throw new RefusedError('Ce compte est désactivé. Demandez à un administrateur de le réactiver.', 403, { reason: 'inactive' })
  }
  return user
}

async function roleById(req: Parameters<CollectionBeforeChangeHook>[0]['req'], id: unknown) {
  const roleId = id && typeof id === 'object' ? (id as { id: number }).id : id
  if (roleId == null) return null
  return req.payload.db.findOne<Role>({ collection: 'roles', req, where: { id: { equals: roleId } } })
}

/** The very first account (empty database) becomes an administrator; later ones need a role. */
const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || data.role) return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req })
  const admin = await req.payload.db.findOne<{ id: number }>({ collection: 'roles', req, where: { code: { equals: 'admin' } } })
  if (totalDocs === 0 && admin) return { ...data, role: admin.id }
  throw new RefusedError('Le champ « Rôle » est obligatoire : choisissez le rôle de ce compte.', 400, { field: 'role' })
}

const keepAnAdmin: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !originalDoc) return data
  const wasAdmin = originalDoc.active !== false && managesUsers((await roleById(req, originalDoc.role)) as RolePermissions | null)
  if (!wasAdmin) return data
  const active = data.active ?? originalDoc.active
  const role = data.role !== undefined ? data.role : originalDoc.role
  const stillAdmin = active !== false && managesUsers((await roleById(req, role)) as RolePermissions | null)
  if (!stillAdmin) await assertAdminRemainsAfter(req, { kind: 'user', userId: originalDoc.id, stillAdmin })
  return data
}

const keepAnAdminOnDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const user = await req.payload.db.findOne<User>({ collection: 'users', req, where: { id: { equals: id } } })
  if (user && user.active !== false && managesUsers((await roleById(req, user.role)) as RolePermissions | null)) {
    await assertAdminRemainsAfter(req, { kind: 'user', userId: id, stillAdmin: false })
  }
}

/** Whoever assigns repairs sees the technicians they can assign to. */
const assignableTechnicians: Access = async ({ req }) => {
  const role = await roleOf(req)
  return can(role, 'technicians', 'read') && hasCapability(role, 'repairs.assign') ? { isTechnician: { equals: true } } : false
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
          access: { create: fieldAllow('users', 'create'), update: fieldAllow('users', 'update') },
        },
        {
          name: 'active',
          type: 'checkbox',
          defaultValue: true,
          label: { fr: 'Compte actif', en: 'Active account' },
          access: { create: fieldAllow('users', 'create'), update: fieldAllow('users', 'update') },
        },
      ],
    },
    technicianProfile,
  ],
}
