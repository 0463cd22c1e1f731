import type { PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { assertAnAdminRemains } from '../domain/admins'
import { dbFor } from '../db/db'
import { enforce } from '../http/httpError'

type Change =
  | { kind: 'user'; userId: number | string; stillAdmin: boolean }
  | { kind: 'role'; roleId: number | string; stillAdmin: boolean }

/**
 * Counts the active users & roles managers that remain once `change` is applied, and refuses
 * the change if none would. The advisory lock serialises concurrent demotions, so two admins
 * demoting each other at the same moment cannot both succeed.
 */
export async function assertAdminRemainsAfter(req: PayloadRequest, change: Change): Promise<void> {
  const db = await dbFor(req)
  await db.execute(sql`select pg_advisory_xact_lock(74100001)`)
  const excluded =
    change.kind === 'user'
      ? sql`u.id <> ${Number(change.userId)}`
      : sql`u.role_id <> ${Number(change.roleId)}`
  const others = await db.execute(sql`
    select count(*)::int as n from users u join roles r on r.id = u.role_id
    where u.active and r.permissions_users_update and ${excluded}`)
  let remaining = Number((others.rows[0] as { n: number }).n)
  if (change.stillAdmin)
    remaining += change.kind === 'user' ? 1 : await activeMembers(req, change.roleId)
  enforce(() => assertAnAdminRemains(remaining))
}

async function activeMembers(req: PayloadRequest, roleId: number | string): Promise<number> {
  const db = await dbFor(req)
  const result = await db.execute(
    sql`select count(*)::int as n from users where active and role_id = ${Number(roleId)}`,
  )
  return Number((result.rows[0] as { n: number }).n)
}
