import type { CollectionAfterReadHook } from 'payload'

import { isCustomer } from '../../../access/roles'

/** A customer sees only the notes meant for them, without who wrote them internally. */
export const customerView: CollectionAfterReadHook = ({ doc, req }) => {
  if (!isCustomer(req.user) || !Array.isArray(doc.notes)) return doc
  return {
    ...doc,
    notes: doc.notes
      .filter((n: { visibility?: string }) => n.visibility === 'client')
      .map(({ author: _author, ...note }: { author?: unknown }) => note),
  }
}
