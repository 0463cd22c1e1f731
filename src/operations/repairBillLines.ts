import type { PayloadRequest } from 'payload'

import type { Repair, RepairPart } from '../payload-types'

import type { InvoiceLineInput } from '../domain/invoices'
import { idOf } from '../domain/ids'
import { partNameOf } from './partLines'

export type DraftLine = InvoiceLineInput & { sourceLine?: string; part?: number | null }

/**
 * What a repair costs as it stands: labour (the estimate less the parts, to adjust before
 * sending) plus every part used at the price copied on its line.
 */
export async function repairBillLines(
  req: PayloadRequest,
  repair: Repair,
  defaultVatRate: number,
): Promise<DraftLine[]> {
  const parts = await req.payload.find({
    collection: 'repair-parts',
    where: { repair: { equals: repair.id } },
    sort: 'createdAt',
    limit: 0,
    pagination: false,
    depth: 0,
    req,
  })
  const partLines = (parts.docs as RepairPart[]).map((p) => ({
    kind: 'part' as const,
    // « 2 × Écran » is the line's title; the document has its own quantity column.
    description: partNameOf(p.label) ?? p.label ?? 'Pièce',
    quantity: p.quantity,
    unitPrice: p.unitPrice ?? 0,
    vatRate: p.vatRate ?? defaultVatRate,
    sourceLine: String(p.id),
    part: idOf(p.part) || null,
  }))
  const partsTotal = partLines.reduce((sum, l) => sum + l.quantity * l.unitPrice, 0)
  const labour = {
    kind: 'labour' as const,
    description: `Main-d'œuvre — réparation ${repair.reference}`,
    quantity: 1,
    unitPrice: Math.max(0, (repair.estimatedPrice ?? 0) - partsTotal),
    vatRate: defaultVatRate,
  }
  return [labour, ...partLines]
}
