import type { CollectionBeforeChangeHook } from 'payload'

import type { Warranty, WarrantyClaim } from '../../../payload-types'

import { isCustomer } from '../../../access/roles'
import {
  assertClaimable,
  assertClaimTransition,
  type ClaimStatus,
} from '../../../domain/warranties'
import { enforce, RefusedError } from '../../../http/httpError'
import { idOf } from '../../../domain/ids'

/** Opening: the warranty must still run (and be the customer's own); the claim inherits its links. */
export const checkClaim: CollectionBeforeChangeHook<WarrantyClaim> = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation === 'create') {
    const warranty = await req.payload.db.findOne<Warranty>({
      collection: 'warranties',
      req,
      where: { id: { equals: idOf(data.warranty) } },
    })
    if (!warranty)
      throw new RefusedError(
        'Le champ « Garantie » ne désigne aucune garantie : choisissez la garantie concernée.',
        400,
        { field: 'warranty' },
      )
    if (isCustomer(req.user) && idOf(warranty.customer) !== req.user!.id) {
      throw new RefusedError('Cette garantie ne vous appartient pas.', 403, { field: 'warranty' })
    }
    enforce(() => assertClaimable(warranty, new Date()))
    return {
      ...data,
      status: 'ouverte',
      customer: idOf(warranty.customer),
      repair: idOf(warranty.repair),
      device: idOf(warranty.device),
    }
  }
  // Payload always hands an update its original document.
  const from = originalDoc!.status as ClaimStatus
  const to = (data.status ?? from) as ClaimStatus
  enforce(() => assertClaimTransition(from, to, data.refusalReason ?? originalDoc!.refusalReason))
  if (to !== from && (to === 'acceptee' || to === 'refusee'))
    data.decidedAt = new Date().toISOString()
  return data
}
