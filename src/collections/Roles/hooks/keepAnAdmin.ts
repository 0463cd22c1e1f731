import type { CollectionBeforeChangeHook } from 'payload'

import type { Role } from '../../../payload-types'

import { managesUsers, type RolePermissions } from '../../../domain/permissions'
import { assertAdminRemainsAfter } from '../../../operations/admins'

export const keepAnAdmin: CollectionBeforeChangeHook<Role> = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !originalDoc) return data
  const before = managesUsers(originalDoc as RolePermissions)
  const after = managesUsers({ ...originalDoc, ...data } as RolePermissions)
  if (before && !after) {
    await assertAdminRemainsAfter(req, { kind: 'role', roleId: originalDoc.id, stillAdmin: false })
  }
  return data
}
