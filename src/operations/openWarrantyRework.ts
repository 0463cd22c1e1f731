import type { PayloadRequest } from 'payload'

import type { Repair, WarrantyClaim } from '../payload-types'

import { idOf } from '../domain/ids'

/** An accepted claim opens a free rework, linked to the original repair, for the same technician. */
export async function openWarrantyRework({
  req,
  claim,
}: {
  req: PayloadRequest
  claim: WarrantyClaim
}): Promise<number> {
  const original = await req.payload.db.findOne<Repair>({
    collection: 'repairs',
    req,
    where: { id: { equals: idOf(claim.repair) } },
  })
  const rework = await req.payload.create({
    collection: 'repairs',
    depth: 0,
    data: {
      device: idOf(claim.device),
      reportedProblem: `Reprise sous garantie (réclamation n° ${claim.id}, réparation ${original?.reference ?? ''}) : ${claim.description}`,
      originalRepair: idOf(claim.repair),
      warrantyRework: true,
      estimatedPrice: 0,
      priority: 'haute',
      assignee: original?.assignee ? idOf(original.assignee) : null,
      status: 'en_attente',
    },
    req,
    // The free rework is the workshop's obligation once the claim is accepted.
    overrideAccess: true,
  })
  await req.payload.update({
    collection: 'warranty-claims',
    id: claim.id,
    depth: 0,
    data: { reworkRepair: rework.id },
    req,
    overrideAccess: true,
    context: { claimFollowUp: true },
  })
  return rework.id
}
