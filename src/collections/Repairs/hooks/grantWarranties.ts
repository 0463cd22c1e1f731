import type { CollectionAfterChangeHook } from 'payload'

import type { Repair } from '../../../payload-types'

import { createWarrantiesForRepair } from '../../../operations/warranties'

/** Reaching « terminé » grants the warranties (parts and labour), once. */
export const grantWarranties: CollectionAfterChangeHook<Repair> = async ({
  doc,
  previousDoc,
  operation,
  req,
  context,
}) => {
  if (context.importing || doc.status !== 'termine') return doc
  if (operation === 'update' && previousDoc.status === 'termine') return doc
  // The whole repair: the author may not see the customer (see recordHistory).
  await createWarrantiesForRepair(req, { ...previousDoc, ...doc })
  return doc
}
