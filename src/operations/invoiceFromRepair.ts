import type { PayloadRequest } from 'payload'

import type { Invoice, Repair, RepairPart } from '../payload-types'

import { readShopSettings } from '../config/shopSettings'
import { idOf } from '../domain/ids'
import { RefusedError } from '../http/httpError'
import { lockRows } from '../db/locks'

/**
 * « Facturer »: a draft invoice for a repair — labour (the estimate less the parts, to adjust
 * before issuing) plus every part used at the price copied on its line. A repair that already
 * has an invoice (not cancelled by a credit note) gets that one back: it is never billed twice.
 */
export async function invoiceFromRepair({
  req,
  repairId,
}: {
  req: PayloadRequest
  repairId: number
}): Promise<{ invoice: Invoice; created: boolean }> {
  await lockRows(req, 'repairs', [repairId])
  const repair = (await req.payload.findByID({
    collection: 'repairs',
    id: repairId,
    depth: 0,
    req,
    overrideAccess: false,
  })) as Repair
  const existing = await req.payload.find({
    collection: 'invoices',
    where: { repair: { equals: repairId }, kind: { equals: 'invoice' } },
    sort: '-createdAt',
    limit: 1,
    depth: 0,
    req,
  })
  const current = existing.docs[0]
  if (current && !(current.amountCredited && current.amountCredited >= (current.totalTtc ?? 0)))
    return { invoice: current, created: false }
  if (repair.status === 'annule')
    throw new RefusedError(
      `La réparation ${repair.reference} est annulée : il n'y a rien à facturer (un forfait de diagnostic se saisit sur une facture libre).`,
      409,
      { field: 'repair' },
    )
  const customer = idOf(repair.customer)
  if (!customer)
    throw new RefusedError(`La réparation ${repair.reference} n'a pas de client à facturer.`, 409, {
      field: 'customer',
    })
  const { defaultVatRate } = await readShopSettings(req)
  const parts = await req.payload.find({
    collection: 'repair-parts',
    where: { repair: { equals: repairId } },
    sort: 'createdAt',
    limit: 0,
    pagination: false,
    depth: 0,
    req,
  })
  const partLines = (parts.docs as RepairPart[]).map((p) => ({
    kind: 'part' as const,
    description: p.label ?? 'Pièce',
    quantity: p.quantity,
    unitPrice: p.unitPrice ?? 0,
    vatRate: p.vatRate ?? defaultVatRate,
    sourceLine: String(p.id),
  }))
  const partsTotal = partLines.reduce((sum, l) => sum + l.quantity * l.unitPrice, 0)
  const labour = {
    kind: 'labour' as const,
    description: `Main-d'œuvre — réparation ${repair.reference}`,
    quantity: 1,
    unitPrice: Math.max(0, (repair.estimatedPrice ?? 0) - partsTotal),
    vatRate: defaultVatRate,
  }
  const invoice = await req.payload.create({
    collection: 'invoices',
    data: {
      customer,
      repair: repairId,
      lines: [labour, ...partLines],
    } as Invoice,
    depth: 0,
    req,
    overrideAccess: false,
  })
  return { invoice, created: true }
}
