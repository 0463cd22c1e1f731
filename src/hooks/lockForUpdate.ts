import type { CollectionBeforeOperationHook, Where } from 'payload'

import { lockRows } from '../db/locks'

/**
 * Before Payload reads the document it is about to update, lock its row (`select … for update`)
 * in the request's transaction. The rules the hooks check against the stored document (status
 * transitions, parts taken from stock) then see the state the write replaces, never one another
 * request is changing: of two conflicting saves, the second waits, reads the first's result,
 * and is checked against it. A bulk update locks every matching row, in id order.
 */
export const lockForUpdate: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'update' || !(await req.transactionID)) return args
  const table = collection.slug.replace(/-/g, '_')
  const { id, where } = args as { id?: number | string; where?: Where }
  if (id !== undefined && id !== null) {
    await lockRows(req, table, [id])
  } else if (where) {
    // System read: which rows the bulk update may touch is decided by its own access check later.
    const found = await req.payload.find({
      collection: collection.slug,
      where,
      depth: 0,
      limit: 0,
      pagination: false,
      select: {},
      req,
      overrideAccess: true,
    })
    await lockRows(
      req,
      table,
      found.docs.map((doc) => doc.id),
    )
  }
  return args
}
