import type { PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { dbFor } from './db'

/**
 * Next value of a named counter, inside the request's transaction. One upsert: concurrent
 * requests queue on the row lock, so two repairs never get the same reference.
 */
export async function nextCounterValue(req: PayloadRequest, name: string): Promise<number> {
  const db = await dbFor(req)
  const result = await db.execute(sql`
    insert into counters (name, value, updated_at, created_at) values (${name}, 1, now(), now())
    on conflict (name) do update set value = counters.value + 1, updated_at = now()
    returning value`)
  return Number((result.rows[0] as { value: number | string }).value)
}
