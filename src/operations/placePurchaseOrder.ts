import type { PayloadRequest } from 'payload'

import type { PurchaseOrder } from '../payload-types'

import { lockRows } from '../db/locks'
import { assertOrderable, type PurchaseOrderStatus } from '../domain/purchaseOrders'
import { enforce } from '../http/httpError'

/**
 * « Commander »: a draft goes to the supplier (status « Commandée », order date stamped by
 * preparePurchaseOrder). The row is locked first, so two clicks order it once and the second
 * is told so.
 */
export async function placePurchaseOrder({
  req,
  id,
}: {
  req: PayloadRequest
  id: number
}): Promise<PurchaseOrder> {
  await lockRows(req, 'purchase_orders', [id])
  const current = await req.payload.findByID({
    collection: 'purchase-orders',
    id,
    depth: 0,
    select: { reference: true, status: true },
    req,
    overrideAccess: false,
  })
  enforce(() => assertOrderable(current.status as PurchaseOrderStatus, current.reference ?? ''))
  return req.payload.update({
    collection: 'purchase-orders',
    id,
    depth: 0,
    data: { status: 'commandee' },
    req,
    overrideAccess: false,
    // As a save from the form would: refused while someone else holds the edit lock.
    overrideLock: false,
  })
}
