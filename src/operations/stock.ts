import type { PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { insufficientStockMessage, lowStockTransition } from '../domain/stock'
import { dbFor } from '../db/db'
import { RefusedError } from '../http/httpError'

type Row = { name: string; quantity_on_hand: number; reorder_threshold: number | null; low_stock_alerted: boolean | null }

/**
 * Adds `quantity` (negative to take) to a part's stock with ONE guarded statement: concurrent
 * requests queue on the row lock and each sees the committed quantity, so stock never goes
 * below zero (a CHECK constraint backs this). Flags low stock and queues the admins' alert once.
 */
export async function applyStockChange(req: PayloadRequest, partId: number, quantity: number) {
  const db = await dbFor(req)
  const updated = await db.execute(sql`
    update parts set quantity_on_hand = quantity_on_hand + ${quantity}, updated_at = now()
    where id = ${partId} and quantity_on_hand + ${quantity} >= 0
    returning name, quantity_on_hand, reorder_threshold, low_stock_alerted`)
  const row = updated.rows[0] as Row | undefined
  if (!row) {
    const found = await db.execute(sql`select name, quantity_on_hand from parts where id = ${partId}`)
    const part = found.rows[0] as Row | undefined
    if (!part) throw new RefusedError(`La pièce n° ${partId} n'existe pas : choisissez une pièce du stock.`, 400, { field: 'part' })
    throw new RefusedError(insufficientStockMessage(part.name, -quantity, Number(part.quantity_on_hand)), 409, {
      field: 'part',
      part: partId,
      available: Number(part.quantity_on_hand),
    })
  }
  const after = Number(row.quantity_on_hand)
  const transition = lowStockTransition(
    { quantity: after - quantity, threshold: Number(row.reorder_threshold ?? 0), alerted: Boolean(row.low_stock_alerted) },
    after,
  )
  await db.execute(sql`update parts set low_stock = ${transition.low}, low_stock_alerted = ${transition.alerted} where id = ${partId}`)
  if (transition.alert) {
    // Queued in the request's transaction: no alert for a change that is rolled back.
    await req.payload.jobs.queue({ task: 'sendLowStockAlert', input: { part: partId }, queue: 'atelier', req })
  }
  return { name: row.name, quantityAfter: after }
}

export type MovementInput = {
  part: number
  quantity: number
  reason: 'reception' | 'used_on_repair' | 'returned_from_repair' | 'adjustment' | 'loss' | 'return_to_supplier'
  repair?: number | null
  purchaseOrder?: number | null
  rmaReference?: string | null
  note?: string | null
}

/** Records a movement (and so changes stock) as a system action inside the request. */
export function recordMovement(req: PayloadRequest, input: MovementInput) {
  return req.payload.create({
    collection: 'stock-movements',
    depth: 0,
    data: input,
    req,
    // The ledger is written by the workflows that own the change (repairs, orders, claims).
    overrideAccess: true,
    context: { fromRepair: input.reason === 'used_on_repair' || input.reason === 'returned_from_repair' },
  })
}
