import type { CollectionBeforeDeleteHook, CollectionSlug, Where } from 'payload'

import { RefusedError } from '../http/httpError'

type Reference = {
  collection: CollectionSlug
  where: (id: number | string) => Where
  message: (count: number) => string
}

/**
 * History is kept: a document others still point to is not deleted, and the user is told why
 * and what to do instead (rather than a database error).
 */
export function keepReferenced(references: Reference[]): CollectionBeforeDeleteHook {
  return async ({ id, req }) => {
    for (const reference of references) {
      const { totalDocs } = await req.payload.count({
        collection: reference.collection,
        where: reference.where(id),
        req,
      })
      if (totalDocs > 0)
        throw new RefusedError(reference.message(totalDocs), 409, { code: 'has_history' })
    }
  }
}
