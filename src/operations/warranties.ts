import type { PayloadRequest } from 'payload'

import type { Repair } from '../payload-types'

import { readShopSettings } from '../config/shopSettings'
import { warrantyEnd } from '../domain/warranties'
import { idOf } from '../domain/ids'

/**
 * When a repair is finished: one warranty per replaced part (its own length) and one for the
 * labour. Each warranty has a unique key, so running this twice creates nothing new.
 */
export async function createWarrantiesForRepair(
  req: PayloadRequest,
  repair: Repair,
): Promise<number> {
  const settings = await readShopSettings(req)
  const start =
    (settings.warrantyFromHandBack ? repair.handedBackAt : repair.finishedAt) ??
    new Date().toISOString()
  const lines = await req.payload.find({
    collection: 'repair-parts',
    where: { repair: { equals: repair.id } },
    depth: 0,
    limit: 0,
    pagination: false,
    sort: 'createdAt',
    req,
  })
  const wanted = [
    // A part sold without warranty (consumables: 0 month) gets none.
    ...lines.docs
      .filter((line) => (line.warrantyMonths ?? 3) > 0)
      .map((line) => ({
        key: `${repair.id}:part:${line.id}`,
        kind: 'piece' as const,
        part: idOf(line.part),
        months: line.warrantyMonths ?? 3,
      })),
    {
      key: `${repair.id}:labour`,
      kind: 'main_oeuvre' as const,
      part: null,
      months: settings.labourWarrantyMonths,
    },
  ]
  const existing = await req.payload.find({
    collection: 'warranties',
    where: { key: { in: wanted.map((w) => w.key) } },
    select: { key: true },
    limit: 0,
    pagination: false,
    depth: 0,
    req,
  })
  const have = new Set(existing.docs.map((d) => d.key))
  let created = 0
  for (const w of wanted) {
    if (have.has(w.key)) continue
    await req.payload.create({
      collection: 'warranties',
      depth: 0,
      data: {
        key: w.key,
        kind: w.kind,
        part: w.part,
        repair: repair.id,
        device: idOf(repair.device),
        customer: idOf(repair.customer),
        startsAt: start,
        endsAt: warrantyEnd(start, w.months),
        months: w.months,
      },
      req,
      // Warranties are granted by the workshop's rules, not typed in by anyone.
      overrideAccess: true,
    })
    created++
  }
  return created
}
