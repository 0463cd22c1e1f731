import type { PayloadRequest } from 'payload'

import { idOf } from '../domain/ids'
import { reorderFor } from '../domain/stock'

/**
 * One draft order per supplier for every part at or under its threshold, with the suggested
 * quantities. Parts without a supplier are listed back.
 */
export async function draftOrdersFromLowStock({ req }: { req: PayloadRequest }) {
  const low = await req.payload.find({
    collection: 'parts',
    where: { lowStock: { equals: true } },
    depth: 0,
    limit: 0,
    pagination: false,
    req,
    overrideAccess: false,
  })
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
    orders.push(
      await req.payload.create({
        collection: 'purchase-orders',
        data: { supplier, lines, status: 'brouillon' },
        req,
        overrideAccess: false,
      }),
    )
  }
  return { orders: orders.map((o) => ({ id: o.id, reference: o.reference })), withoutSupplier }
}
