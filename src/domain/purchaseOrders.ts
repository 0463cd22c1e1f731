/**
 * Supplier purchase orders ("commandes fournisseur"): life cycle, reception of
 * delivered parts, totals and references (CF-<year>-<4-digit sequence>).
 */
import { DomainError } from './errors'
import { formatReference, type ReferenceFormat } from './references'

export type PurchaseOrderStatus =
  'brouillon' | 'commandee' | 'partiellement_recue' | 'recue' | 'annulee'

export const PURCHASE_ORDER_STATUS_LABELS: Record<PurchaseOrderStatus, { fr: string; en: string }> =
  {
    brouillon: { fr: 'Brouillon', en: 'Draft' },
    commandee: { fr: 'Commandée', en: 'Ordered' },
    partiellement_recue: { fr: 'Partiellement reçue', en: 'Partially received' },
    recue: { fr: 'Reçue', en: 'Received' },
    annulee: { fr: 'Annulée', en: 'Cancelled' },
  }

/** Orders whose lines may still arrive: what they have not delivered is « déjà en commande ». */
export const OPEN_ORDER_STATUSES: PurchaseOrderStatus[] = [
  'brouillon',
  'commandee',
  'partiellement_recue',
]

const TRANSITIONS: Record<PurchaseOrderStatus, PurchaseOrderStatus[]> = {
  brouillon: ['commandee', 'annulee'],
  commandee: ['partiellement_recue', 'recue', 'annulee'],
  // Each further partial delivery keeps the order "partiellement reçue".
  partiellement_recue: ['partiellement_recue', 'recue'],
  recue: [],
  annulee: [],
}

const label = (s: PurchaseOrderStatus): string => PURCHASE_ORDER_STATUS_LABELS[s]?.fr ?? String(s)

function assertStatus(s: PurchaseOrderStatus): void {
  if (!(s in PURCHASE_ORDER_STATUS_LABELS)) {
    throw new DomainError(
      'invalid_status',
      `Le statut de commande « ${String(s)} » n'existe pas : choisissez Brouillon, Commandée, Partiellement reçue, Reçue ou Annulée.`,
      { field: 'status' },
    )
  }
}

export function allowedPurchaseOrderNext(from: PurchaseOrderStatus): PurchaseOrderStatus[] {
  assertStatus(from)
  return [...TRANSITIONS[from]]
}

export function assertPurchaseOrderTransition(
  from: PurchaseOrderStatus,
  to: PurchaseOrderStatus,
): void {
  assertStatus(from)
  assertStatus(to)
  if (from === to) return
  const next = TRANSITIONS[from]
  if (next.includes(to)) return
  const others = next.filter((s) => s !== from)
  const list = others.length
    ? others.map((s) => `« ${label(s)} »`).join(', ')
    : 'aucun (commande close)'
  throw new DomainError(
    'illegal_transition',
    `Passage impossible de « ${label(from)} » à « ${label(to)} ». Statuts possibles depuis « ${label(from)} » : ${list}.`,
    { field: 'status' },
  )
}

export type OrderLine = {
  id: string
  part: number
  quantity: number
  receivedQuantity: number
  unitCost: number
}

/**
 * Applies a delivery to the order lines. Returns updated copies of the lines, one stock
 * movement per received line (reason « reception ») and the order's new status.
 * Several receipt entries for the same line are added up before checking.
 */
export function planReception(
  lines: OrderLine[],
  receipt: { lineId: string; quantity: number }[],
): {
  lines: OrderLine[]
  movements: { part: number; quantity: number; lineId: string }[]
  status: 'partiellement_recue' | 'recue'
} {
  const byId = new Map(lines.map((l) => [l.id, l]))
  const received = new Map<string, number>()

  for (const r of receipt) {
    if (!byId.has(r.lineId)) {
      throw new DomainError(
        'unknown_line',
        `La ligne « ${String(r.lineId)} » n'appartient pas à cette commande : rechargez la commande et saisissez la réception sur ses lignes.`,
        { field: 'lines' },
      )
    }
    if (typeof r.quantity !== 'number' || !Number.isInteger(r.quantity) || r.quantity <= 0) {
      throw new DomainError(
        'invalid_quantity',
        `La quantité reçue « ${String(r.quantity)} » n'est pas valable : saisissez un nombre entier de pièces supérieur à zéro.`,
        { field: 'lines' },
      )
    }
    received.set(r.lineId, (received.get(r.lineId) ?? 0) + r.quantity)
  }

  if (received.size === 0) {
    throw new DomainError(
      'empty_reception',
      'Aucune quantité reçue : indiquez au moins une ligne et la quantité livrée.',
      { field: 'lines' },
    )
  }

  for (const [lineId, quantity] of received) {
    const line = byId.get(lineId)!
    const remaining = Math.max(0, line.quantity - line.receivedQuantity)
    if (quantity > remaining) {
      const message =
        remaining === 0
          ? `Réception trop importante pour la ligne « ${lineId} » (pièce n° ${line.part}) : ${quantity} saisie(s) alors que cette ligne est déjà entièrement reçue (reste à recevoir : 0). Retirez-la de la réception ou créez une nouvelle commande pour le surplus.`
          : `Réception trop importante pour la ligne « ${lineId} » (pièce n° ${line.part}) : ${quantity} saisie(s) alors qu'il n'en reste que ${remaining} à recevoir. Saisissez ${remaining} au maximum ou créez une nouvelle commande pour le surplus.`
      throw new DomainError('over_reception', message, { field: 'lines' })
    }
  }

  const updated = lines.map((l) => {
    const add = received.get(l.id)
    return add ? { ...l, receivedQuantity: l.receivedQuantity + add } : { ...l }
  })
  const movements = updated
    .filter((l) => received.has(l.id))
    .map((l) => ({ part: l.part, quantity: received.get(l.id)!, lineId: l.id }))
  const complete = updated.every((l) => l.receivedQuantity >= l.quantity)

  return { lines: updated, movements, status: complete ? 'recue' : 'partiellement_recue' }
}

/** Half-up (away from zero for credits) division of integers, exact even for large values. */
function divideHalfUp(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n
  const abs = negative ? -numerator : numerator
  const q = (abs * 2n + denominator) / (denominator * 2n)
  return negative ? -q : q
}

export function orderTotals(
  lines: { quantity: number; unitCost: number }[],
  vatRate = 2000,
): { net: number; vat: number; gross: number } {
  if (!Number.isInteger(vatRate) || vatRate < 0) {
    throw new DomainError(
      'invalid_vat_rate',
      `Le taux de TVA « ${String(vatRate)} » n'est pas valable : indiquez-le en points de base entiers (2000 = 20 %).`,
      { field: 'vatRate' },
    )
  }
  let net = 0
  for (const l of lines) {
    if (!Number.isInteger(l.quantity) || l.quantity < 0) {
      throw new DomainError(
        'invalid_quantity',
        `La quantité « ${String(l.quantity)} » n'est pas valable : saisissez un nombre entier de pièces (0 ou plus).`,
        { field: 'lines' },
      )
    }
    if (!Number.isInteger(l.unitCost) || l.unitCost < 0) {
      throw new DomainError(
        'invalid_unit_cost',
        `Le prix unitaire « ${String(l.unitCost)} » n'est pas valable : saisissez un montant positif en centimes entiers.`,
        { field: 'lines' },
      )
    }
    net += l.quantity * l.unitCost
  }
  const vat = Number(divideHalfUp(BigInt(net) * BigInt(vatRate), 10_000n))
  return { net, vat, gross: net + vat }
}

const PURCHASE_ORDER_REFERENCE: ReferenceFormat = {
  prefix: 'CF',
  digits: 4,
  label: 'numéro de commande',
  advice: "Au-delà, contactez l'administrateur pour élargir la numérotation.",
}

export function formatPurchaseOrderReference(year: number, sequence: number): string {
  return formatReference(PURCHASE_ORDER_REFERENCE, year, sequence)
}

/** Only an order sent to the supplier (and not fully received) takes a delivery. */
export function assertReceivable(status: PurchaseOrderStatus): void {
  if (status === 'commandee' || status === 'partiellement_recue') return
  throw new DomainError(
    'order_not_receivable',
    `Une commande « ${label(status)} » ne se réceptionne pas : passez-la d'abord en « Commandée ».`,
    { field: 'status' },
  )
}

/**
 * « Commander »: only a draft is sent to the supplier, once. Stricter than the status machine,
 * where asking for the status an order already has changes nothing.
 */
export function assertOrderable(status: PurchaseOrderStatus, reference: string): void {
  assertStatus(status)
  if (status === 'brouillon') return
  const message =
    status === 'annulee'
      ? `La commande ${reference} est annulée : elle ne se passe plus au fournisseur. Créez une nouvelle commande si les pièces manquent toujours.`
      : `La commande ${reference} a déjà été passée au fournisseur (statut « ${label(status)} ») : elle ne se commande pas deux fois. Rechargez la page pour voir son état.`
  throw new DomainError('illegal_transition', message, { field: 'status' })
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0

/**
 * Totals of lines being edited, as the form holds them: each line's amount (quantity × unit cost,
 * null while either is missing or not a valid number) and the net total of the complete lines.
 */
export function runningOrderTotals(lines: { quantity?: unknown; unitCost?: unknown }[]): {
  amounts: (number | null)[]
  net: number
  incomplete: number
} {
  const complete = (l: { quantity?: unknown; unitCost?: unknown }) =>
    isCount(l.quantity) && isCount(l.unitCost)
  const amounts = lines.map((l) =>
    complete(l) ? (l.quantity as number) * (l.unitCost as number) : null,
  )
  const valid = lines.filter(complete) as { quantity: number; unitCost: number }[]
  return {
    amounts,
    net: orderTotals(valid, 0).net,
    incomplete: lines.length - valid.length,
  }
}
