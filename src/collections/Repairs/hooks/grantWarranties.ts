import type { CollectionAfterChangeHook } from 'payload'

import type { Repair } from '../../../payload-types'

import { readShopSettings } from '../../../config/shopSettings'
import { createWarrantiesForRepair } from '../../../operations/warranties'

/**
 * Reaching « terminé » grants the warranties (parts and labour), once; or the hand-back
 * (« restitué »), when the shop's settings start warranties there.
 */
export const grantWarranties: CollectionAfterChangeHook<Repair> = async ({
  doc,
  previousDoc,
  operation,
  req,
  context,
}) => {
  if (context.importing || (doc.status !== 'termine' && doc.status !== 'restitue')) return doc
  if (operation === 'update' && previousDoc.status === doc.status) return doc
  const { warrantyFromHandBack } = await readShopSettings(req)
  if (doc.status !== (warrantyFromHandBack ? 'restitue' : 'termine')) return doc
  // The whole repair: the author may not see the customer (see recordHistory).
  await createWarrantiesForRepair(req, { ...previousDoc, ...doc })
  return doc
}
