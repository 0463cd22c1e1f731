import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import type { Warranty, WarrantyClaim } from '../../payload-types'

import { isCustomer } from '../../access/roles'
import { assertClaimable, assertClaimTransition, type ClaimStatus } from '../../domain/warranties'
import { dbFor } from '../../db/db'
import { enforce, RefusedError } from '../../http/httpError'
import { openWarrantyRework } from '../../operations/openWarrantyRework'
import { idOf } from '../../domain/ids'


/** Opening: the warranty must still run (and be the customer's own); the claim inherits its links. */
export const checkClaim: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (operation === 'create') {
    const warranty = await req.payload.db.findOne<Warranty>({ collection: 'warranties', req, where: { id: { equals: idOf(data.warranty) } } })
    if (!warranty) throw new RefusedError('Le champ « Garantie » ne désigne aucune garantie : choisissez la garantie concernée.', 400, { field: 'warranty' })
    if (isCustomer(req.user) && idOf(warranty.customer) !== req.user!.id) {
      throw new RefusedError('Cette garantie ne vous appartient pas.', 403, { field: 'warranty' })
    }
    enforce(() => assertClaimable(warranty, new Date()))
    return { ...data, status: 'ouverte', customer: idOf(warranty.customer), repair: idOf(warranty.repair), device: idOf(warranty.device) }
  }
  const from = originalDoc.status as ClaimStatus
  const to = (data.status ?? from) as ClaimStatus
  enforce(() => assertClaimTransition(from, to, data.refusalReason ?? originalDoc.refusalReason))
  if (to !== from && (to === 'acceptee' || to === 'refusee')) data.decidedAt = new Date().toISOString()
  return data
}

async function refreshOpenClaims(req: PayloadRequest, warrantyId: number) {
  const db = await dbFor(req)
  await db.execute(sql`
    update warranties set open_claims = (
      select count(*) from warranty_claims where warranty_id = ${warrantyId} and status in ('ouverte', 'en_examen', 'acceptee')
    ) where id = ${warrantyId}`)
}

/** Accepting opens a free rework linked to the original repair; open claims are recounted. */
export const followClaim: CollectionAfterChangeHook<WarrantyClaim> = async ({ doc, previousDoc, operation, req, context }) => {
  if (context.claimFollowUp) return doc
  await refreshOpenClaims(req, idOf(doc.warranty))
  if (operation === 'update' && doc.status === 'acceptee' && previousDoc.status !== 'acceptee' && !doc.reworkRepair) {
    return { ...doc, reworkRepair: await openWarrantyRework({ req, claim: doc }) }
  }
  return doc
}
