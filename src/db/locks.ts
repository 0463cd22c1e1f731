import type { PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { dbFor } from './db'

/**
 * Locks rows of `table` for the rest of the request's transaction (`select … for update`), in
 * id order so that two requests locking the same rows never wait on each other crosswise.
 */
export async function lockRows(
  req: PayloadRequest,
  table: string,
  ids: (number | string)[],
): Promise<void> {
  if (ids.length === 0) return
  const sorted = [...ids].sort((a, b) => Number(a) - Number(b))
  await (
    await dbFor(req)
  ).execute(sql`
    select id from ${sql.identifier(table)} where id in (${sql.join(
      sorted.map((id) => sql`${id}`),
      sql`, `,
    )}) order by id for update`)
}
