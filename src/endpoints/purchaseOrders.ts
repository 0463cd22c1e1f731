import type { Endpoint } from 'payload'

import type { Part, PurchaseOrder, Supplier } from '../payload-types'

import { readShopSettings } from '../config/shopSettings'
import {
  orderTotals,
  PURCHASE_ORDER_STATUS_LABELS,
  type PurchaseOrderStatus,
} from '../domain/purchaseOrders'
import { renderPurchaseOrderPdf } from '../documents/purchaseOrderPdf'
import { draftOrdersFromLowStock } from '../operations/draftOrdersFromLowStock'
import { placePurchaseOrder } from '../operations/placePurchaseOrder'
import { receivePurchaseOrder } from '../operations/receivePurchaseOrder'
import { inTransaction } from '../db/transaction'
import { idParam, jsonBody, requirePermission } from './helpers'

/** POST /api/purchase-orders/:id/receive { lines: [{ lineId, quantity }] } (src/operations/receivePurchaseOrder.ts). */
export const receiveEndpoint: Omit<Endpoint, 'root'> = {
  path: '/:id/receive',
  method: 'post',
  handler: async (req) => {
    await requirePermission(req, 'purchaseOrders', 'update')
    const body = await jsonBody<{ lines?: { lineId: string; quantity: number }[] }>(req)
    const id = idParam(req)
    const order = await inTransaction(req, () =>
      receivePurchaseOrder({ req, id, lines: body.lines ?? [] }),
    )
    return Response.json({
      message:
        order.status === 'recue'
          ? `Commande ${order.reference} entièrement reçue.`
          : `Réception partielle de ${order.reference} enregistrée.`,
      order,
    })
  },
}

/** POST /api/purchase-orders/:id/place: « Commander », a draft goes to the supplier (src/operations/placePurchaseOrder.ts). */
export const placeOrderEndpoint: Omit<Endpoint, 'root'> = {
  path: '/:id/place',
  method: 'post',
  handler: async (req) => {
    await requirePermission(req, 'purchaseOrders', 'update')
    const id = idParam(req)
    const order = await inTransaction(req, () => placePurchaseOrder({ req, id }))
    return Response.json({ message: `Commande ${order.reference} passée au fournisseur.`, order })
  },
}

/** GET /api/purchase-orders/:id/pdf: the order to send to the supplier. */
export const purchaseOrderPdfEndpoint: Omit<Endpoint, 'root'> = {
  path: '/:id/pdf',
  method: 'get',
  handler: async (req) => {
    await requirePermission(req, 'purchaseOrders', 'read')
    const order = (await req.payload.findByID({
      collection: 'purchase-orders',
      id: idParam(req),
      depth: 1,
      req,
      overrideAccess: false,
    })) as PurchaseOrder
    const supplier = order.supplier as Supplier
    const lines = (order.lines ?? []).map((l) => {
      const part = l.part as Part
      return {
        sku: part.sku,
        name: part.name,
        quantity: l.quantity,
        unitCost: l.unitCost ?? 0,
        receivedQuantity: l.receivedQuantity ?? 0,
      }
    })
    const vatRate = 2000
    const pdf = await renderPurchaseOrderPdf({
      shop: (await readShopSettings(req)).identity,
      reference: order.reference!,
      status: PURCHASE_ORDER_STATUS_LABELS[order.status as PurchaseOrderStatus].fr,
      createdAt: order.createdAt,
      orderedAt: order.orderedAt,
      supplier: {
        name: supplier.name,
        contact: supplier.contact,
        email: supplier.email,
        phone: supplier.phone,
        leadTimeDays: supplier.leadTimeDays,
      },
      lines,
      vatRate,
      totals: orderTotals(lines, vatRate),
      linkedRepair:
        order.linkedRepair && typeof order.linkedRepair === 'object'
          ? order.linkedRepair.reference
          : null,
      notes: order.notes,
    })
    return new Response(new Uint8Array(pdf), {
      headers: {
        'content-type': 'application/pdf',
        'content-disposition': `inline; filename="commande-${order.reference}.pdf"`,
      },
    })
  },
}

/** POST /api/purchase-orders/from-low-stock: draft orders per supplier (src/operations/draftOrdersFromLowStock.ts). */
export const fromLowStockEndpoint: Omit<Endpoint, 'root'> = {
  path: '/from-low-stock',
  method: 'post',
  handler: async (req) => {
    await requirePermission(req, 'purchaseOrders', 'create')
    const result = await inTransaction(req, () => draftOrdersFromLowStock({ req }))
    const message = result.orders.length
      ? `${result.orders.length} commande(s) brouillon créée(s) : ${result.orders.map((o) => o.reference).join(', ')}.`
      : result.alreadyOrdered.length
        ? `Rien de plus à commander : déjà en commande pour ${result.alreadyOrdered.join(', ')}.`
        : 'Aucune pièce à commander.'
    return Response.json({ message, ...result }, { status: result.orders.length ? 201 : 200 })
  },
}
