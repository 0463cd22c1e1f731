/**
 * The demo shop's stock, written through the same hooks and workflows as the app: suppliers,
 * parts and opening inventory, the breakage and purchase orders, then the ledger's dates.
 */
import type { Payload, PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import type { PurchaseOrder, Repair } from '../payload-types'

import { planReception } from '../domain/purchaseOrders'
import { dbFor } from '../db/db'
import { recordMovement } from '../operations/stock'
import type { Staff, StaffMember } from './staff'
import { SUPPLIERS, type SupplierKey } from './stockCatalog'
import type { StockPlan } from './stockPlan'
import { DAY, HOUR } from './timeline'
import { idOf } from '../domain/ids'

const SEED_CONTEXT = { auditLog: false }

export type StockIds = { suppliers: Map<SupplierKey, number>; parts: Map<string, number> }

/** A ledger row to date afterwards: the hooks stamp movements with the moment they run. */
export type Dated = { id: number; at: Date; by: StaffMember }

/** Suppliers, parts and the opening inventory (« Inventaire initial »), a year ago. */
export async function createCatalogue(
  payload: Payload,
  plan: StockPlan,
  staff: Staff,
  req: PayloadRequest,
): Promise<StockIds & { dated: Dated[] }> {
  const suppliers = new Map<SupplierKey, number>()
  const since = new Date(plan.inventoryAt.getTime() - 2 * DAY).toISOString()
  for (const s of SUPPLIERS) {
    const { key, ...data } = s
    const doc = await payload.create({
      collection: 'suppliers',
      data: { ...data, createdAt: since, updatedAt: since },
      depth: 0,
      context: SEED_CONTEXT,
      req,
    })
    suppliers.set(key, doc.id)
  }
  const parts = new Map<string, number>()
  const listed = new Date(plan.inventoryAt.getTime() - HOUR).toISOString()
  for (const p of plan.parts) {
    const doc = await payload.create({
      collection: 'parts',
      data: {
        sku: p.sku,
        name: p.name,
        kind: p.kind,
        category: p.category,
        supplier: suppliers.get(p.supplier)!,
        location: p.location,
        compatibleWith: p.models ?? null,
        purchaseCost: p.cost,
        salePrice: p.price,
        vatRate: 2000,
        reorderThreshold: p.threshold,
        reorderQuantity: p.reorder,
        warrantyMonths: p.warrantyMonths,
        createdAt: listed,
        updatedAt: listed,
      },
      depth: 0,
      context: SEED_CONTEXT,
      req,
    })
    parts.set(p.sku, doc.id)
  }
  const dated: Dated[] = []
  for (const p of plan.parts) {
    const quantity = plan.opening.get(p.sku)!
    if (quantity === 0) continue
    const movement = await recordMovement(req, {
      part: parts.get(p.sku)!,
      quantity,
      reason: 'adjustment',
      note: 'Inventaire initial',
    })
    dated.push({ id: movement.id, at: plan.inventoryAt, by: staff.admin })
  }
  return { suppliers, parts, dated }
}

/** The repair's `parts` lines, as the technician records them. */
export function repairLines(
  plan: StockPlan,
  ids: StockIds,
  index: number,
): { part: number; quantity: number }[] | undefined {
  const lines = plan.lines[index]
  return lines?.length
    ? lines.map((l) => ({ part: ids.parts.get(l.sku)!, quantity: l.quantity }))
    : undefined
}

/**
 * The breakage and the purchase orders, oldest first so their CF- numbers follow their dates.
 * Deliveries go through what the « Réceptionner » endpoint does: planReception, one
 * « reception » movement per line, then the order updated with `receiving`.
 */
export async function createOrders(
  payload: Payload,
  plan: StockPlan,
  ids: StockIds,
  repairs: Repair[],
  staff: Staff,
  req: PayloadRequest,
): Promise<{ orders: PurchaseOrder[]; dated: Dated[] }> {
  const dated: Dated[] = []
  if (plan.loss) {
    const repair = repairs[plan.loss.repair]!
    const movement = await recordMovement(req, {
      part: ids.parts.get(plan.loss.sku)!,
      quantity: -1,
      reason: 'loss',
      repair: repair.id,
      note: `Pièce endommagée au montage sur ${repair.reference}, inutilisable`,
    })
    dated.push({ id: movement.id, at: plan.loss.at, by: assigneeOf(repair, staff) })
  }

  const orders: PurchaseOrder[] = []
  const stamps: {
    id: number
    createdAt: Date
    orderedAt: Date | null
    receivedAt: Date | null
    updatedAt: Date
  }[] = []
  for (const o of [...plan.orders].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())) {
    req.context = { ...SEED_CONTEXT }
    const createdAt = o.createdAt.toISOString()
    let order = await payload.create({
      collection: 'purchase-orders',
      data: {
        supplier: ids.suppliers.get(o.supplier)!,
        lines: o.lines.map((l) => ({ part: ids.parts.get(l.sku)!, quantity: l.quantity })),
        status: 'brouillon',
        linkedRepair: o.repair === null ? null : repairs[o.repair]!.id,
        notes: o.notes,
        createdAt,
        updatedAt: createdAt,
      },
      depth: 0,
      context: SEED_CONTEXT,
      req,
    })
    if (o.orderedAt) {
      order = await payload.update({
        collection: 'purchase-orders',
        id: order.id,
        data: { status: 'commandee' },
        depth: 0,
        context: SEED_CONTEXT,
        req,
      })
    }
    const receipt = o.lines
      .map((l, i) => ({ lineId: order.lines[i]!.id!, quantity: l.received }))
      .filter((r) => r.quantity > 0)
    if (receipt.length) {
      const lines = order.lines.map((l) => ({
        id: l.id!,
        part: idOf(l.part),
        quantity: l.quantity,
        receivedQuantity: l.receivedQuantity ?? 0,
        unitCost: l.unitCost ?? 0,
      }))
      const reception = planReception(lines, receipt)
      for (const m of reception.movements) {
        const movement = await recordMovement(req, {
          part: m.part,
          quantity: m.quantity,
          reason: 'reception',
          purchaseOrder: order.id,
          note: `Réception ${order.reference}`,
        })
        dated.push({ id: movement.id, at: o.receivedAt!, by: staff.desk })
      }
      order = await payload.update({
        collection: 'purchase-orders',
        id: order.id,
        data: {
          status: reception.status,
          lines: reception.lines.map((l) => ({
            id: l.id,
            part: l.part,
            quantity: l.quantity,
            unitCost: l.unitCost,
            receivedQuantity: l.receivedQuantity,
          })),
        },
        depth: 0,
        overrideAccess: true,
        context: { ...SEED_CONTEXT, receiving: true },
        req,
      })
    }
    if (order.status !== o.status)
      throw new Error(
        `Données de démonstration : la commande ${order.reference} est « ${order.status} » au lieu de « ${o.status} ».`,
      )
    orders.push(order)
    // « Reçue le » is the date of the delivery that completed the order.
    stamps.push({
      id: order.id,
      createdAt: o.createdAt,
      orderedAt: o.orderedAt,
      receivedAt: o.status === 'recue' ? o.receivedAt : null,
      updatedAt: o.receivedAt ?? o.orderedAt ?? o.createdAt,
    })
  }
  req.context = { ...SEED_CONTEXT }

  // The status hook stamps « commandée » and « reçue » with today: back to the order's own dates.
  const db = await dbFor(req)
  const iso = (d: Date | null) => (d ? d.toISOString() : null)
  const values = sql.join(
    stamps.map(
      (s) =>
        sql`(${s.id}::int, ${iso(s.createdAt)}::timestamptz, ${iso(s.orderedAt)}::timestamptz, ${iso(s.receivedAt)}::timestamptz, ${iso(s.updatedAt)}::timestamptz)`,
    ),
    sql`, `,
  )
  await db.execute(sql`
    update purchase_orders o set created_at = v.created, ordered_at = v.ordered, received_at = v.received, updated_at = v.updated
    from (values ${values}) as v(id, created, ordered, received, updated) where o.id = v.id`)
  return { orders, dated }
}

export function assigneeOf(repair: Repair, staff: Staff): StaffMember {
  const id = idOf(repair.assignee)
  return staff.technicians.find((t) => t.id === id) ?? staff.desk
}

/**
 * Movements and « pièce utilisée » history entries are stamped by the hooks with the moment the
 * seed runs: they get the day the part was fitted, and who fitted it. Then each movement's
 * « stock après » is the running total in date order, so the ledger reads right.
 */
export async function dateLedger(
  req: PayloadRequest,
  dated: Dated[],
  fitted: { repair: number; at: Date; by: StaffMember }[],
  partIds: number[],
): Promise<void> {
  const db = await dbFor(req)
  if (dated.length) {
    const values = sql.join(
      dated.map((d) => sql`(${d.id}::int, ${d.at.toISOString()}::timestamptz, ${d.by.id}::int)`),
      sql`, `,
    )
    await db.execute(sql`
      update stock_movements m set created_at = v.at, updated_at = v.at, by_id = v.by
      from (values ${values}) as v(id, at, by) where m.id = v.id`)
  }
  if (fitted.length) {
    const values = sql.join(
      fitted.map(
        (f) =>
          sql`(${f.repair}::int, ${f.at.toISOString()}::timestamptz, ${f.by.id}::int, ${f.by.name}::varchar)`,
      ),
      sql`, `,
    )
    await db.execute(sql`
      update stock_movements m set created_at = v.at, updated_at = v.at, by_id = v.by
      from (values ${values}) as v(repair, at, by, label) where m.repair_id = v.repair and m.reason = 'used_on_repair'`)
    await db.execute(sql`
      update repair_events e set at = v.at, created_at = v.at, updated_at = v.at, by_id = v.by, by_label = v.label
      from (values ${values}) as v(repair, at, by, label) where e.repair_id = v.repair and e.type = 'part_used'`)
    await db.execute(sql`
      update repair_parts l set created_at = v.at, updated_at = v.at, added_by_id = v.by
      from (values ${values}) as v(repair, at, by, label) where l.repair_id = v.repair`)
  }
  if (partIds.length) {
    const parts = sql.join(
      partIds.map((id) => sql`${id}`),
      sql`, `,
    )
    await db.execute(sql`
      update stock_movements m set quantity_after = r.after
      from (select id, sum(quantity) over (partition by part_id order by created_at, id) as after from stock_movements where part_id in (${parts})) r
      where m.id = r.id`)
    // Low-stock alerts are for changes made in the shop, not for a year of history written at
    // once: the parts stay flagged « stock bas », without a burst of e-mails on first start.
    await db.execute(sql`
      delete from payload_jobs where task_slug = 'sendLowStockAlert' and completed_at is null
        and (input->>'part')::int in (${parts})`)
  }
}
