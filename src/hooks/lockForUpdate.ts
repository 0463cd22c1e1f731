import type { CollectionBeforeOperationHook, Where } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { dbFor } from '../db/db'

/**
 * Before Payload reads the document it is about to update, lock its row (`select … for update`)
 * in the request's transaction. The rules the hooks check against the stored document (status
 * transitions, parts taken from stock) then see the state the write replaces, never one another
 * request is changing: of two conflicting saves, the second waits, reads the first's result,
 * and is checked against it. A bulk update locks every matching row, in id order.
 */
export const lockForUpdate: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'update' || !(await req.transactionID)) return args
  const table = sql.identifier(collection.slug.replace(/-/g, '_'))
  const db = await dbFor(req)
  const { id, where } = args as { id?: number | string; where?: Where }
  if (id !== undefined && id !== null) {
    await db.execute(sql`select id from ${table} where id = ${id} for update`)
  } else if (where) {
    const found = await req.payload.find({ collection: collection.slug, where, depth: 0, limit: 0, pagination: false, select: {}, req, overrideAccess: true })
    const ids = found.docs.map((doc) => Number(doc.id)).sort((a, b) => a - b)
    if (ids.length) await db.execute(sql`select id from ${table} where id in (${sql.join(ids.map((i) => sql`${i}`), sql`, `)}) order by id for update`)
  }
  return args
}
