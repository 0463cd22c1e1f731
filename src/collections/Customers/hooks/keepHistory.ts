import type { CollectionBeforeDeleteHook } from 'payload'

import { RefusedError } from '../../../http/httpError'

/** A customer with repairs is part of the shop's records: anonymise instead of deleting. */
export const keepHistory: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const { totalDocs } = await req.payload.count({
    collection: 'repairs',
    where: { customer: { equals: id } },
    req,
  })
  if (totalDocs > 0) {
    throw new RefusedError(
      `Ce client a ${totalDocs} réparation(s) (et leurs factures) à conserver : il ne peut pas être supprimé. Utilisez « Anonymiser » pour effacer ses données personnelles en gardant la comptabilité.`,
      409,
      { code: 'customer_has_history' },
    )
  }
}
