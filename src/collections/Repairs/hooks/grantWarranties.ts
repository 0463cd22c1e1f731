import type { CollectionAfterChangeHook } from 'payload'

import type { Repair } from '../../../payload-types'

import { createWarrantiesForRepair } from '../../../operations/warranties'

/** Reaching « terminé » grants the warranties (parts and labour), once. */
export const grantWarranties: CollectionAfterChangeHook<Repair> = async ({ doc, previousDoc, operation, req, context }) => {
  if (context.importing || doc.status !== 'termine') return doc
  if (operation === 'update' && previousDoc.status === 'termine') return doc
  await createWarrantiesForRepair(req, doc)
  return doc
}
