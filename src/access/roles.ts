import type { PayloadRequest, TypedUser } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { dbFor } from '../db/db'
import { ACTION_KEYS, FEATURE_KEYS, type RolePermissions } from '../domain/permissions'

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
 *
 * Kept with the request's user object, which authentication builds afresh for every request:
 * Payload hands nested operations and field access copies of `req` (isolated transaction
 * properties), so a cache keyed by `req` read the role again for every field of every row.
 */
/** What reading a role needs: a request, or a server component's `{ payload, user }`. */
type RoleReader = Pick<PayloadRequest, 'payload' | 'user'> & {
  transactionID?: PayloadRequest['transactionID']
}

export function roleOf(req: RoleReader): Promise<RolePermissions | null> {
  if (!isStaff(req.user)) return Promise.resolve(null)
  const user = req.user as object
  let pending = cache.get(user)
  if (!pending) {
    pending = loadRole(req)
    cache.set(user, pending)
  }
  return pending
}

async function loadRole(req: RoleReader): Promise<RolePermissions | null> {
  const user = req.user as AnyUser
  // Server components get the user as they may read it: without `role` when they may not read
  // roles. The field is then missing (an account without a role has `null`).
  const role = user.role === undefined ? await roleIdOf(req, user.id) : user.role
  if (role && typeof role === 'object' && 'permissions' in role) return role as RolePermissions
  const id = role && typeof role === 'object' ? (role as { id: number }).id : role
  if (id === null || id === undefined) return null
  return readRole(req, Number(id))
}

async function roleIdOf(req: RoleReader, userId: number | string): Promise<number | null> {
  const found = await (
    await dbFor(req)
  ).execute(sql`select role_id from users where id = ${userId}`)
  const row = found.rows[0] as { role_id: number | string | null } | undefined
  return row?.role_id == null ? null : Number(row.role_id)
}

const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)
/** Each grant's column in the roles table (Payload's names for the `permissions` group). */
const GRANT_COLUMNS = FEATURE_KEYS.map((feature) => ({
  feature,
  actions: ACTION_KEYS.map((action) => ({
    action,
    column: `permissions_${snake(feature)}_${action}`,
  })),
}))

/**
 * A role's grants in one small query on every staff request: through the Local API it would
 * be a full read of the role (field hooks, a second query for its capabilities), which cost as
 * much as the request's own work. Column names are Payload's for the `permissions` group.
 */
async function readRole(req: RoleReader, id: number): Promise<RolePermissions | null> {
  const found = await (
    await dbFor(req)
  ).execute(sql`
    select r.*, array(select value::text from roles_capabilities c where c.parent_id = r.id order by c."order") as capabilities
    from roles r where r.id = ${id}`)
  const row = found.rows[0] as Record<string, unknown> | undefined
  if (!row) return null
  const permissions: Record<string, Record<string, boolean>> = {}
  for (const { feature, actions } of GRANT_COLUMNS) {
    permissions[feature] = {}
    for (const { action, column } of actions) permissions[feature][action] = row[column] === true
  }
  return {
    permissions: permissions as RolePermissions['permissions'],
    capabilities: row.capabilities as string[],
  }
}
