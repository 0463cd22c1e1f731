import type { CollectionBeforeChangeHook } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import type { PurchaseOrder } from '../../../payload-types'

import {
  assertPurchaseOrderTransition,
  formatPurchaseOrderReference,
  type PurchaseOrderStatus,
} from '../../../domain/purchaseOrders'
import { idOf } from '../../../domain/ids'
import { referenceYear } from '../../../domain/parisTime'
import { nextCounterValue } from '../../../db/counters'
import { dbFor } from '../../../db/db'
import { enforce, RefusedError } from '../../../http/httpError'

type Line = PurchaseOrder['lines'][number]

const RECEIVING = new Set<PurchaseOrderStatus>(['partiellement_recue', 'recue'])

/**
 * Reference on creation, legal status changes only, lines frozen once ordered, received
 * quantities written by the reception workflow only, unit costs defaulting to the part's.
 */
export const preparePurchaseOrder: CollectionBeforeChangeHook<PurchaseOrder> = async ({
  context,
  data,
  operation,
  originalDoc,
  req,
}) => {
  const now = new Date()
  if (operation === 'create') {
    const year = referenceYear(now)
    data.reference = formatPurchaseOrderReference(
      year,
      await nextCounterValue(req, `purchase-orders-${year}`),
    )
    data.status = 'brouillon'
  } else {
    // Payload always hands an update its original document.
    const from = originalDoc!.status as PurchaseOrderStatus
    const to = (data.status ?? from) as PurchaseOrderStatus
    if (to !== from) {
      enforce(() => assertPurchaseOrderTransition(from, to))
      if (RECEIVING.has(to) && context.receiving !== true) {
        throw new RefusedError(
          'Utilisez « Réceptionner » pour enregistrer une livraison : le stock est mis à jour ligne par ligne.',
          409,
          { field: 'status' },
        )
      }
      if (to === 'commandee') data.orderedAt = now.toISOString()
      if (to === 'recue') data.receivedAt = now.toISOString()
    }
    if (data.lines !== undefined && from !== 'brouillon' && context.receiving !== true) {
      throw new RefusedError(
        'La commande est passée : ses lignes ne changent plus. Créez une nouvelle commande pour un complément.',
        409,
        { field: 'lines' },
      )
    }
  }
  if (Array.isArray(data.lines) && context.receiving !== true) {
    const saved = new Map(((originalDoc?.lines ?? []) as Line[]).map((l) => [l.id, l]))
    const missingCost = (data.lines as Line[])
      .filter((l) => l.unitCost == null)
      .map((l) => idOf(l.part))
    const costs = new Map<number, number>()
    if (missingCost.length) {
      const db = await dbFor(req)
      const rows = await db.execute(
        sql`select id, purchase_cost from parts where id in (${sql.join(
          missingCost.map((id) => sql`${id}`),
          sql`, `,
        )})`,
      )
      for (const row of rows.rows as { id: number; purchase_cost: number | null }[])
        costs.set(Number(row.id), Number(row.purchase_cost ?? 0))
    }
    data.lines = (data.lines as Line[]).map((line) => ({
      ...line,
      unitCost: line.unitCost ?? costs.get(idOf(line.part)) ?? 0,
      receivedQuantity: line.id ? (saved.get(line.id)?.receivedQuantity ?? 0) : 0,
    }))
  }
  return data
}
