import type { PayloadRequest, TypedUser } from 'payload'

import type { RolePermissions } from '../domain/permissions'
import type { Role } from '../payload-types'

type AnyUser = TypedUser & { collection?: string; active?: boolean | null; role?: unknown }

/** A signed-in staff member (collection `users`) whose account is active. */
export function isStaff(user: PayloadRequest['user']): boolean {
  const u = user as AnyUser | null | undefined
  return u?.collection === 'users' && u.active !== false
}

/** A signed-in portal customer (collection `customers`). Ids of the two collections overlap. */
export function isCustomer(user: PayloadRequest['user']): boolean {
  return (user as AnyUser | null | undefined)?.collection === 'customers'
}

const cache = new WeakMap<object, Promise<RolePermissions | null>>()

/**
 * The role of the staff member behind this request, read once per request so that a change
 * to a role takes effect on the next request. Customers, anonymous callers and inactive
 * staff have no role.
 */
export function roleOf(req: PayloadRequest): Promise<RolePermissions | null> {
  if (!isStaff(req.user)) return Promise.resolve(null)
  let pending = cache.get(req)
  if (!pending) {
    pending = loadRole(req)
    cache.set(req, pending)
  }
  return pending
}

async function loadRole(req: PayloadRequest): Promise<RolePermissions | null> {
  const role = (req.user as AnyUser).role
  if (role && typeof role === 'object' && 'permissions' in role) return role as RolePermissions
  const id = role && typeof role === 'object' ? (role as { id: number }).id : role
  if (id === null || id === undefined) return null
  const doc = await req.payload.db.findOne<Role>({
    collection: 'roles',
    req,
    where: { id: { equals: id } },
  })
  return doc ?? null
}
