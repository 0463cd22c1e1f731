import type { PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { dbFor } from '../db/db'
import { idOf } from '../domain/ids'
import { OPEN_ORDER_STATUSES } from '../domain/purchaseOrders'
import { reorderFor } from '../domain/stock'

/** Per part, what open orders (draft, ordered, partly received) have not delivered yet. */
export async function quantitiesOnOrder(req: PayloadRequest): Promise<Map<number, number>> {
  const found = await (
    await dbFor(req)
  ).execute(sql`
    select l.part_id, sum(l.quantity - coalesce(l.received_quantity, 0)) as outstanding
    from purchase_orders_lines l join purchase_orders o on o.id = l._parent_id
    where o.status in (${sql.join(
      OPEN_ORDER_STATUSES.map((s) => sql`${s}`),
      sql`, `,
    )})
    group by l.part_id`)
  const rows = found.rows as { part_id: number; outstanding: string | number }[]
  return new Map(rows.map((r) => [Number(r.part_id), Math.max(0, Number(r.outstanding))]))
}

/**
 * One draft order per supplier for every part at or under its threshold, with the suggested
 * quantities, what is already on order counted: a part covered by an open order gets no second
 * line (listed back as already ordered). Parts without a supplier are listed back.
 */
export async function draftOrdersFromLowStock({ req }: { req: PayloadRequest }) {
  // Two clicks at once would both see nothing on order: one at a time, inside the transaction.
  await (
    await dbFor(req)
  ).execute(sql`select pg_advisory_xact_lock(hashtext('draftOrdersFromLowStock'))`)
  const low = await req.payload.find({
    collection: 'parts',
    where: { lowStock: { equals: true } },
    depth: 0,
    limit: 0,
    pagination: false,
    req,
    overrideAccess: false,
  })
  const onOrder = await quantitiesOnOrder(req)
  const bySupplier = new Map<number, { part: number; quantity: number }[]>()
  const withoutSupplier: string[] = []
  const alreadyOrdered: string[] = []
  for (const part of low.docs) {
    const quantity = reorderFor(part, onOrder.get(part.id))
    if (quantity <= 0) {
      if (onOrder.get(part.id)) alreadyOrdered.push(part.sku)
      continue
    }
    if (!part.supplier) {
      withoutSupplier.push(part.sku)
      continue
    }
    const supplier = idOf(part.supplier)
    bySupplier.set(supplier, [...(bySupplier.get(supplier) ?? []), { part: part.id, quantity }])
  }
  const orders = []
  for (const [supplier, lines] of bySupplier) {
    orders.push(
      await req.payload.create({
        collection: 'purchase-orders',
        data: { supplier, lines, status: 'brouillon' },
        req,
        overrideAccess: false,
      }),
    )
  }
  return {
    orders: orders.map((o) => ({ id: o.id, reference: o.reference })),
    withoutSupplier,
    alreadyOrdered,
  }
}
