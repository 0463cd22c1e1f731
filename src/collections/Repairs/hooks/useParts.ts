import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import type { Repair } from '../../../payload-types'

import { idOf } from '../../../domain/ids'
import { isOpen } from '../../../domain/repairStatus'
import { type PartUsage, usageDeltas } from '../../../domain/stock'
import { dbFor } from '../../../db/db'
import { RefusedError } from '../../../http/httpError'
import { recordMovement } from '../../../operations/stock'
import { recordRepairEvent } from './recordHistory'

type Line = { id?: string | null; part: number | { id: number }; quantity: number; unitPrice?: number | null; vatRate?: number | null; warrantyMonths?: number | null }

const partId = (p: Line['part']) => Number(idOf(p))
const usage = (lines: Line[] | null | undefined): PartUsage[] =>
  (lines ?? []).map((l) => ({ lineId: l.id, part: partId(l.part), quantity: Number(l.quantity) }))


/**
 * Before the write: new lines get the part's sale price, VAT and warranty of this moment; lines
 * already saved keep theirs. A closed repair takes no more parts.
 */
export const priceNewPartLines: CollectionBeforeChangeHook = async ({ context, data, originalDoc, req }) => {
  if (data.parts === undefined) return data
  const saved = new Map(((originalDoc?.parts ?? []) as Line[]).map((l) => [l.id, l]))
  const lines = (data.parts ?? []) as Line[]
  const changed = usageDeltas(usage(originalDoc?.parts), usage(lines)).length > 0
  const status = data.status ?? originalDoc?.status ?? 'en_attente'
  if (changed && !isOpen(status) && context.importing !== true) {
    throw new RefusedError('Cette réparation est close : on ne peut plus y ajouter ni retirer de pièces. Rouvrez-la ou créez une reprise.', 409, { field: 'parts' })
  }
  const fresh = lines.filter((l) => !l.id || !saved.has(l.id)).map((l) => partId(l.part))
  const db = await dbFor(req)
  const catalogue = new Map<number, { sale_price: number | null; vat_rate: number | null; warranty_months: number | null }>()
  if (fresh.length) {
    const rows = await db.execute(sql`select id, sale_price, vat_rate, warranty_months from parts where id in (${sql.join(fresh.map((id) => sql`${id}`), sql`, `)})`)
    for (const row of rows.rows as { id: number; sale_price: number | null; vat_rate: number | null; warranty_months: number | null }[]) catalogue.set(Number(row.id), row)
  }
  data.parts = lines.map((line) => {
    const previous = line.id ? saved.get(line.id) : undefined
    if (previous) return { ...line, unitPrice: previous.unitPrice, vatRate: previous.vatRate, warrantyMonths: previous.warrantyMonths }
    const part = catalogue.get(partId(line.part))
    return { ...line, unitPrice: part?.sale_price ?? 0, vatRate: part?.vat_rate ?? 2000, warrantyMonths: part?.warranty_months ?? 3 }
  })
  return data
}

/**
 * After the write, in the same transaction: each part whose quantity on the repair changed moves
 * in the ledger (taken from stock or given back). Not enough stock fails the whole request.
 */
export const moveStockForParts: CollectionAfterChangeHook<Repair> = async ({ doc, previousDoc, operation, req }) => {
  const deltas = usageDeltas(usage(operation === 'create' ? [] : (previousDoc?.parts as Line[])), usage(doc.parts as Line[]))
  for (const { part, delta } of deltas) {
    const movement = await recordMovement(req, {
      part,
      quantity: -delta,
      reason: delta > 0 ? 'used_on_repair' : 'returned_from_repair',
      repair: doc.id,
    })
    // The whole repair: the author may not see the customer (see recordHistory).
    await recordRepairEvent(req, { ...previousDoc, ...doc }, {
      type: delta > 0 ? 'part_used' : 'part_returned',
      message: `${Math.abs(delta)} × ${movement.summary?.split(' × ')[1] ?? `pièce n° ${part}`} ${delta > 0 ? 'utilisée(s)' : 'rendue(s) au stock'}`,
      visibleToCustomer: false,
    })
  }
  return doc
}
