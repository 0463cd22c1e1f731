import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import type { WarrantyClaim } from '../../../payload-types'

import { dbFor } from '../../../db/db'
import { openWarrantyRework } from '../../../operations/openWarrantyRework'
import { idOf } from '../../../domain/ids'

async function refreshOpenClaims(req: PayloadRequest, warrantyId: number) {
  const db = await dbFor(req)
  await db.execute(sql`
    update warranties set open_claims = (
      select count(*) from warranty_claims where warranty_id = ${warrantyId} and status in ('ouverte', 'en_examen', 'acceptee')
    ) where id = ${warrantyId}`)
}

/** Accepting opens a free rework linked to the original repair; open claims are recounted. */
export const followClaim: CollectionAfterChangeHook<WarrantyClaim> = async ({
  doc,
  previousDoc,
  operation,
  req,
  context,
}) => {
  if (context.claimFollowUp) return doc
  await refreshOpenClaims(req, idOf(doc.warranty))
  if (
    operation === 'update' &&
    doc.status === 'acceptee' &&
    previousDoc.status !== 'acceptee' &&
    !doc.reworkRepair
  ) {
    return { ...doc, reworkRepair: await openWarrantyRework({ req, claim: doc }) }
  }
  return doc
}
