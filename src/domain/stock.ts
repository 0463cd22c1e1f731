/**
 * Parts stock: which way each movement goes, when to warn about low stock and how
 * much to reorder. Hooks do the writing; this module only decides.
 */
import { DomainError } from './errors'

export type MovementReason =
  | 'reception'
  | 'used_on_repair'
  | 'returned_from_repair'
  | 'adjustment'
  | 'loss'
  | 'return_to_supplier'

/** sign 0 = either way (an inventory count can find more or fewer parts). */
export const MOVEMENT_REASONS: Record<
  MovementReason,
  { fr: string; en: string; sign: 1 | -1 | 0 }
> = {
  reception: { fr: 'Réception fournisseur', en: 'Supplier delivery', sign: 1 },
  used_on_repair: { fr: 'Utilisée sur une réparation', en: 'Used on a repair', sign: -1 },
  returned_from_repair: { fr: 'Rendue par une réparation', en: 'Returned from a repair', sign: 1 },
  adjustment: { fr: "Ajustement d'inventaire", en: 'Inventory adjustment', sign: 0 },
  loss: { fr: 'Perte ou casse', en: 'Loss or breakage', sign: -1 },
  return_to_supplier: { fr: 'Retour fournisseur', en: 'Return to supplier', sign: -1 },
}

export function assertMovementQuantity(reason: MovementReason, quantity: number): void {
  const meta = MOVEMENT_REASONS[reason]
  if (!meta) {
    const list = Object.values(MOVEMENT_REASONS)
      .map((r) => `« ${r.fr} »`)
      .join(', ')
    throw new DomainError(
      'invalid_reason',
      `Le motif de mouvement « ${String(reason)} » n'existe pas : choisissez ${list}.`,
      { field: 'reason' },
    )
  }
  if (typeof quantity !== 'number' || !Number.isInteger(quantity) || quantity === 0) {
    throw new DomainError(
      'invalid_quantity',
      `La quantité « ${String(quantity)} » n'est pas valable : saisissez un nombre entier de pièces différent de zéro.`,
      { field: 'quantity' },
    )
  }
  if (meta.sign === 1 && quantity < 0) {
    throw new DomainError(
      'invalid_quantity',
      `Un mouvement « ${meta.fr} » ajoute des pièces au stock : saisissez une quantité positive (ex. ${-quantity}).`,
      { field: 'quantity' },
    )
  }
  if (meta.sign === -1 && quantity > 0) {
    throw new DomainError(
      'invalid_quantity',
      `Un mouvement « ${meta.fr} » retire des pièces du stock : saisissez une quantité négative (ex. ${-quantity}).`,
      { field: 'quantity' },
    )
  }
}

export function insufficientStockMessage(
  partName: string,
  requested: number,
  available: number,
): string {
  return `Stock insuffisant pour « ${partName} » : ${requested} demandé(s), ${available} en stock. Commandez la pièce ou réduisez la quantité.`
}

export type LowStockState = { quantity: number; threshold: number; alerted: boolean }

/**
 * The alert fires once when a part falls to or below its threshold; the `alerted`
 * flag re-arms it only after the stock has gone back above the threshold.
 */
export function lowStockTransition(
  before: LowStockState,
  quantityAfter: number,
): { low: boolean; alert: boolean; alerted: boolean } {
  const low = quantityAfter <= before.threshold
  return { low, alert: low && !before.alerted, alerted: low }
}

/**
 * The quantity to order for a part as stored (missing values: empty stock, no threshold, packs
 * of 1), counting what is already on order and not yet received: a part whose open orders bring
 * it back above its threshold needs none.
 */
export function reorderFor(
  part: {
    quantityOnHand?: number | null
    reorderThreshold?: number | null
    reorderQuantity?: number | null
  },
  onOrder = 0,
): number {
  return suggestedReorder({
    quantity: (part.quantityOnHand ?? 0) + Math.max(0, onOrder),
    threshold: part.reorderThreshold ?? 0,
    reorderQuantity: part.reorderQuantity ?? 1,
  })
}

/** How many to order: at least the usual batch, and enough to end above the threshold. */
export function suggestedReorder(part: {
  quantity: number
  threshold: number
  reorderQuantity: number
}): number {
  if (part.quantity > part.threshold) return 0
  return Math.max(part.reorderQuantity, part.threshold - part.quantity + 1)
}

export type PartUsage = { lineId?: string | null; part: number; quantity: number }

function totalsByPart(usages: PartUsage[]): Map<number, number> {
  const totals = new Map<number, number>()
  for (const u of usages) totals.set(u.part, (totals.get(u.part) ?? 0) + u.quantity)
  return totals
}

/**
 * Stock to take (positive) or give back (negative) per part when a repair's parts list
 * changes. Sorted by part id so concurrent writers lock rows in the same order.
 */
export function usageDeltas(
  before: PartUsage[],
  after: PartUsage[],
): { part: number; delta: number }[] {
  const was = totalsByPart(before)
  const now = totalsByPart(after)
  const parts = new Set<number>([...was.keys(), ...now.keys()])
  const deltas: { part: number; delta: number }[] = []
  for (const part of parts) {
    const delta = (now.get(part) ?? 0) - (was.get(part) ?? 0)
    if (delta !== 0) deltas.push({ part, delta })
  }
  return deltas.sort((a, b) => a.part - b.part)
}
