import type { PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import {
  assertMovementQuantity,
  insufficientStockMessage,
  lowStockTransition,
  MOVEMENT_REASONS,
  type MovementReason,
} from '../domain/stock'
import { dbFor } from '../db/db'
import { enforce, RefusedError } from '../http/httpError'

type Row = {
  name: string
  quantity_on_hand: number
  reorder_threshold: number | null
  low_stock: boolean | null
  low_stock_alerted: boolean | null
}

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
    returning name, quantity_on_hand, reorder_threshold, low_stock, low_stock_alerted`)
  const row = updated.rows[0] as Row | undefined
  if (!row) {
    const found = await db.execute(
      sql`select name, quantity_on_hand from parts where id = ${partId}`,
    )
    const part = found.rows[0] as Row | undefined
    if (!part)
      throw new RefusedError(
        `La pièce n° ${partId} n'existe pas : choisissez une pièce du stock.`,
        400,
        { field: 'part' },
      )
    throw new RefusedError(
      insufficientStockMessage(part.name, -quantity, Number(part.quantity_on_hand)),
      409,
      {
        field: 'part',
        part: partId,
        available: Number(part.quantity_on_hand),
      },
    )
  }
  const after = Number(row.quantity_on_hand)
  const transition = lowStockTransition(
    {
      quantity: after - quantity,
      threshold: Number(row.reorder_threshold ?? 0),
      alerted: Boolean(row.low_stock_alerted),
    },
    after,
  )
  if (
    transition.low !== Boolean(row.low_stock) ||
    transition.alerted !== Boolean(row.low_stock_alerted)
  ) {
    await db.execute(
      sql`update parts set low_stock = ${transition.low}, low_stock_alerted = ${transition.alerted} where id = ${partId}`,
    )
  }
  if (transition.alert) {
    // Queued in the request's transaction: no alert for a change that is rolled back.
    await req.payload.jobs.queue({
      task: 'sendLowStockAlert',
      input: { part: partId },
      queue: 'atelier',
      req,
    })
  }
  return { name: row.name, quantityAfter: after }
}

export type MovementInput = {
  part: number
  quantity: number
  reason: MovementReason
  repair?: number | null
  purchaseOrder?: number | null
  rmaReference?: string | null
  note?: string | null
}

/**
 * A workflow's movement (a delivery, a part used or given back, a return to the supplier): the
 * stock changes and its ledger row is written, together, in the request's transaction. The
 * ledger row is itself the record of who, when and why, so it is not logged a second time in the
 * action log; the workflow's own change (the line, the order) is.
 */
export async function recordMovement(req: PayloadRequest, input: MovementInput) {
  enforce(() => assertMovementQuantity(input.reason, input.quantity))
  const { name, quantityAfter } = await applyStockChange(req, input.part, input.quantity)
  const summary = movementSummary(input.reason, input.quantity, name)
  const now = new Date().toISOString()
  const by = req.user?.collection === 'users' ? req.user.id : null
  const inserted = await (
    await dbFor(req)
  ).execute(sql`
    insert into stock_movements
      (summary, part_id, quantity, reason, quantity_after, repair_id, purchase_order_id, rma_reference, by_id, note, updated_at, created_at)
    values (${summary}, ${input.part}, ${input.quantity}, ${input.reason}, ${quantityAfter}, ${input.repair ?? null},
      ${input.purchaseOrder ?? null}, ${input.rmaReference ?? null}, ${by}, ${input.note ?? null}, ${now}, ${now})
    returning id`)
  const id = Number((inserted.rows[0] as { id: number }).id)
  return { id, summary, name, quantityAfter }
}

/** « Utilisée sur une réparation : -2 × Écran iPhone 12 ». */
export function movementSummary(
  reason: MovementReason,
  quantity: number,
  partName: string,
): string {
  return `${MOVEMENT_REASONS[reason].fr} : ${quantity > 0 ? '+' : ''}${quantity} × ${partName}`
}
