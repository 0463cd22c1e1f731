import type { PayloadRequest } from 'payload'

import type { Warranty, WarrantyClaim } from '../payload-types'

import { idOf } from '../domain/ids'
import { assertReturnableToSupplier, type ClaimStatus } from '../domain/warranties'
import { enforce } from '../http/httpError'
import { recordMovement } from './stock'

/**
 * The faulty part comes out of the device (back into the shop) and goes to the supplier under an
 * RMA: two ledger movements, so the stock of good parts is unchanged and the path is recorded.
 */
export async function returnPartToSupplier({
  req,
  id,
  rmaReference,
}: {
  req: PayloadRequest
  id: number
  rmaReference: string
}): Promise<WarrantyClaim> {
  const current = (await req.payload.findByID({
    collection: 'warranty-claims',
    id,
    depth: 0,
    req,
    overrideAccess: false,
  })) as WarrantyClaim
  const warranty = (await req.payload.findByID({
    collection: 'warranties',
    id: idOf(current.warranty),
    depth: 0,
    req,
  })) as Warranty
  enforce(() =>
    assertReturnableToSupplier(
      { status: current.status as ClaimStatus, rmaReference: current.supplierReturn?.rmaReference },
      warranty,
    ),
  )
  const part = idOf(warranty.part)
  const repair = idOf(current.repair)
  await recordMovement(req, {
    part,
    quantity: 1,
    reason: 'returned_from_repair',
    repair,
    note: `Pièce défectueuse, réclamation n° ${id}`,
  })
  await recordMovement(req, {
    part,
    quantity: -1,
    reason: 'return_to_supplier',
    repair,
    rmaReference,
    note: `Réclamation n° ${id}`,
  })
  return req.payload.update({
    collection: 'warranty-claims',
    id,
    depth: 0,
    data: { supplierReturn: { rmaReference, returnedAt: new Date().toISOString() } },
    req,
    // supplierReturn is written by this workflow only.
    overrideAccess: true,
    context: { claimFollowUp: true },
  })
}
