import type { PayloadRequest } from 'payload'

import type { PurchaseOrder } from '../payload-types'

import { idOf } from '../domain/ids'
import { assertReceivable, planReception, type PurchaseOrderStatus } from '../domain/purchaseOrders'
import { enforce } from '../http/httpError'
import { recordMovement } from './stock'

/** Receives all or part of an order: stock goes up through the ledger, line by line. */
export async function receivePurchaseOrder({
  req,
  id,
  lines,
}: {
  req: PayloadRequest
  id: number
  lines: { lineId: string; quantity: number }[]
}): Promise<PurchaseOrder> {
  // The caller's access decides whether they may receive this order…
  await req.payload.findByID({
    collection: 'purchase-orders',
    id,
    depth: 0,
    req,
    overrideAccess: false,
  })
  // …but the whole order is rewritten below: read it all, unit costs included, whatever the
  // caller may see of them (a role may receive deliveries without seeing purchase costs).
  const current = (await req.payload.findByID({
    collection: 'purchase-orders',
    id,
    depth: 0,
    req,
    overrideAccess: true,
  })) as PurchaseOrder
  enforce(() => assertReceivable(current.status as PurchaseOrderStatus))
  const saved = (current.lines ?? []).map((l) => ({
    id: l.id!,
    part: idOf(l.part),
    quantity: l.quantity,
    receivedQuantity: l.receivedQuantity ?? 0,
    unitCost: l.unitCost ?? 0,
  }))
  let plan: ReturnType<typeof planReception> | undefined
  enforce(() => {
    plan = planReception(saved, lines)
  })
  for (const movement of plan!.movements) {
    await recordMovement(req, {
      part: movement.part,
      quantity: movement.quantity,
      reason: 'reception',
      purchaseOrder: id,
      note: `Réception ${current.reference}`,
    })
  }
  return req.payload.update({
    collection: 'purchase-orders',
    id,
    depth: 0,
    data: {
      status: plan!.status,
      lines: plan!.lines.map((l) => ({
        id: l.id,
        part: l.part,
        quantity: l.quantity,
        unitCost: l.unitCost,
        receivedQuantity: l.receivedQuantity,
      })),
    },
    req,
    // Received quantities are written by this workflow only.
    overrideAccess: true,
    context: { receiving: true },
  })
}
