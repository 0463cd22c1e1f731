import type { CollectionBeforeChangeHook } from 'payload'

import type { StockMovement } from '../../../payload-types'

import { enforce, RefusedError } from '../../../http/httpError'
import { idOf } from '../../../domain/ids'
import { assertMovementQuantity, type MovementReason } from '../../../domain/stock'
import { applyStockChange, movementSummary } from '../../../operations/stock'

const REPAIR_REASONS = new Set<MovementReason>(['used_on_repair', 'returned_from_repair'])

/**
 * A movement row is written only together with the change of stock it records: the guarded
 * update runs here, in the same transaction, and a refused change writes no row.
 */
export const applyMovement: CollectionBeforeChangeHook<StockMovement> = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create') return data
  const reason = data.reason as MovementReason
  enforce(() => assertMovementQuantity(reason, Number(data.quantity)))
  if (REPAIR_REASONS.has(reason)) {
    throw new RefusedError(
      'Les pièces utilisées ou rendues se saisissent sur la réparation (lignes « Pièces utilisées »), pas ici.',
      400,
      { field: 'reason' },
    )
  }
  const partId = idOf(data.part)
  const result = await applyStockChange(req, Number(partId), Number(data.quantity))
  return {
    ...data,
    quantityAfter: result.quantityAfter,
    by: req.user?.collection === 'users' ? req.user.id : null,
    summary: movementSummary(reason, Number(data.quantity), result.name),
  }
}
