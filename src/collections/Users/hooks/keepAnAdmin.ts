import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook } from 'payload'

import type { Role, User } from '../../../payload-types'

import { managesUsers, type RolePermissions } from '../../../domain/permissions'
import { assertAdminRemainsAfter } from '../../../operations/admins'

async function roleById(req: Parameters<CollectionBeforeChangeHook>[0]['req'], id: unknown) {
  const roleId = id && typeof id === 'object' ? (id as { id: number }).id : id
  if (roleId == null) return null
  return req.payload.db.findOne<Role>({
    collection: 'roles',
    req,
    where: { id: { equals: roleId } },
  })
}

export const keepAnAdmin: CollectionBeforeChangeHook<User> = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !originalDoc) return data
  const wasAdmin =
    originalDoc.active !== false &&
    managesUsers((await roleById(req, originalDoc.role)) as RolePermissions | null)
  if (!wasAdmin) return data
  const active = data.active ?? originalDoc.active
  const role = data.role !== undefined ? data.role : originalDoc.role
  const stillAdmin =
    active !== false && managesUsers((await roleById(req, role)) as RolePermissions | null)
  if (!stillAdmin)
    await assertAdminRemainsAfter(req, { kind: 'user', userId: originalDoc.id, stillAdmin })
  return data
}

export const keepAnAdminOnDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const user = await req.payload.db.findOne<User>({
    collection: 'users',
    req,
    where: { id: { equals: id } },
  })
  if (
    user &&
    user.active !== false &&
    managesUsers((await roleById(req, user.role)) as RolePermissions | null)
  ) {
    await assertAdminRemainsAfter(req, { kind: 'user', userId: id, stillAdmin: false })
  }
}
