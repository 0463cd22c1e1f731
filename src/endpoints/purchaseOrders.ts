import type { Endpoint } from 'payload'

import type { Part, PurchaseOrder, Supplier } from '../payload-types'

import { shopIdentity } from '../config/env'
import { orderTotals, planReception, PURCHASE_ORDER_STATUS_LABELS, type PurchaseOrderStatus } from '../domain/purchaseOrders'
import { reorderFor } from '../domain/stock'
import { enforce, RefusedError } from '../http/httpError'
import { renderPurchaseOrderPdf } from '../documents/purchaseOrderPdf'
import { recordMovement } from '../operations/stock'
import { inTransaction } from '../db/transaction'
import { idParam, jsonBody, requirePermission } from './helpers'
import { idOf } from '../domain/ids'


/**
 * POST /api/purchase-orders/:id/receive { lines: [{ lineId, quantity }] }
 * Receives all or part of an order: stock goes up through the ledger, line by line.
 */
export const receiveEndpoint: Omit<Endpoint, 'root'> = {
  path: '/:id/receive',
  method: 'post',
  handler: async (req) => {
    await requirePermission(req, 'purchaseOrders', 'update')
    const body = await jsonBody<{ lines?: { lineId: string; quantity: number }[] }>(req)
    const id = idParam(req)
    const order = await inTransaction(req, async () => {
      // The caller's access decides whether they may receive this order…
      await req.payload.findByID({ collection: 'purchase-orders', id, depth: 0, req, overrideAccess: false })
      // …but the whole order is rewritten below: read it all, unit costs included, whatever the
      // caller may see of them (a role may receive deliveries without seeing purchase costs).
      const current = (await req.payload.findByID({ collection: 'purchase-orders', id, depth: 0, req, overrideAccess: true })) as PurchaseOrder
      if (current.status !== 'commandee' && current.status !== 'partiellement_recue') {
        throw new RefusedError(`Une commande « ${PURCHASE_ORDER_STATUS_LABELS[current.status as PurchaseOrderStatus].fr} » ne se réceptionne pas : passez-la d'abord en « Commandée ».`, 409, { field: 'status' })
      }
      const lines = (current.lines ?? []).map((l) => ({ id: l.id!, part: idOf(l.part), quantity: l.quantity, receivedQuantity: l.receivedQuantity ?? 0, unitCost: l.unitCost ?? 0 }))
      let plan: ReturnType<typeof planReception> | undefined
      enforce(() => { plan = planReception(lines, body.lines ?? []) })
      for (const movement of plan!.movements) {
        await recordMovement(req, { part: movement.part, quantity: movement.quantity, reason: 'reception', purchaseOrder: id, note: `Réception ${current.reference}` })
      }
      return req.payload.update({
        collection: 'purchase-orders',
        id,
        depth: 0,
        data: { status: plan!.status, lines: plan!.lines.map((l) => ({ id: l.id, part: l.part, quantity: l.quantity, unitCost: l.unitCost, receivedQuantity: l.receivedQuantity })) },
        req,
        // Received quantities are written by this workflow only.
        overrideAccess: true,
        context: { receiving: true },
      })
    })
    return Response.json({ message: order.status === 'recue' ? `Commande ${order.reference} entièrement reçue.` : `Réception partielle de ${order.reference} enregistrée.`, order })
  },
}

/** GET /api/purchase-orders/:id/pdf: the order to send to the supplier. */
export const purchaseOrderPdfEndpoint: Omit<Endpoint, 'root'> = {
  path: '/:id/pdf',
  method: 'get',
  handler: async (req) => {
    await requirePermission(req, 'purchaseOrders', 'read')
    const order = (await req.payload.findByID({ collection: 'purchase-orders', id: idParam(req), depth: 1, req, overrideAccess: false })) as PurchaseOrder
    const supplier = order.supplier as Supplier
    const lines = (order.lines ?? []).map((l) => {
      const part = l.part as Part
      return { sku: part.sku, name: part.name, quantity: l.quantity, unitCost: l.unitCost ?? 0, receivedQuantity: l.receivedQuantity ?? 0 }
    })
    const vatRate = 2000
    const pdf = await renderPurchaseOrderPdf({
      shop: shopIdentity(),
      reference: order.reference!,
      status: PURCHASE_ORDER_STATUS_LABELS[order.status as PurchaseOrderStatus].fr,
      createdAt: order.createdAt,
      orderedAt: order.orderedAt,
      supplier: { name: supplier.name, contact: supplier.contact, email: supplier.email, phone: supplier.phone, leadTimeDays: supplier.leadTimeDays },
      lines,
      vatRate,
      totals: orderTotals(lines, vatRate),
      linkedRepair: order.linkedRepair && typeof order.linkedRepair === 'object' ? order.linkedRepair.reference : null,
      notes: order.notes,
    })
    return new Response(new Uint8Array(pdf), {
      headers: { 'content-type': 'application/pdf', 'content-disposition': `inline; filename="commande-${order.reference}.pdf"` },
    })
  },
}

/**
 * POST /api/purchase-orders/from-low-stock: one draft order per supplier for every part at or
 * under its threshold, with the suggested quantities. Parts without a supplier are listed back.
 */
export const fromLowStockEndpoint: Omit<Endpoint, 'root'> = {
  path: '/from-low-stock',
  method: 'post',
  handler: async (req) => {
    await requirePermission(req, 'purchaseOrders', 'create')
    const result = await inTransaction(req, async () => {
      const low = await req.payload.find({ collection: 'parts', where: { lowStock: { equals: true } }, depth: 0, limit: 0, pagination: false, req, overrideAccess: false })
      const bySupplier = new Map<number, { part: number; quantity: number }[]>()
      const withoutSupplier: string[] = []
      for (const part of low.docs) {
        const quantity = reorderFor(part)
        if (quantity <= 0) continue
        if (!part.supplier) {
          withoutSupplier.push(part.sku)
          continue
        }
        const supplier = idOf(part.supplier)
        bySupplier.set(supplier, [...(bySupplier.get(supplier) ?? []), { part: part.id, quantity }])
      }
      const orders = []
      for (const [supplier, lines] of bySupplier) {
        orders.push(await req.payload.create({ collection: 'purchase-orders', data: { supplier, lines, status: 'brouillon' }, req, overrideAccess: false }))
      }
      return { orders: orders.map((o) => ({ id: o.id, reference: o.reference })), withoutSupplier }
    })
    const message = result.orders.length
      ? `${result.orders.length} commande(s) brouillon créée(s) : ${result.orders.map((o) => o.reference).join(', ')}.`
      : 'Aucune pièce à commander.'
    return Response.json({ message, ...result }, { status: result.orders.length ? 201 : 200 })
  },
}
