/**
 * The demo shop's year of stock, planned in memory: parts fitted on the repairs, a breakage,
 * four purchase orders (one per stage of their life) and the opening inventory that covers every
 * later use, so the ledger never goes below zero whatever order it is written in.
 */
import { suggestedReorder } from '../domain/stock'
import type { PartNeed, TypeCode } from './catalog'
import { asciiSlug, type Rng } from './random'
import type { RepairPlan } from './repairPlan'
import { PARTS, partFor, SUPPLIERS, type PartSeed, type SupplierKey } from './stockCatalog'
import { DAY, HOUR, MINUTE, snapBack, snapForward, toMinute } from './timeline'
import type { DevicePlan } from './workshop'

export type PlannedLine = { sku: string; quantity: number }

type OrderStatus = 'recue' | 'partiellement_recue' | 'commandee' | 'brouillon'

export type OrderPlan = {
  status: OrderStatus
  supplier: SupplierKey
  createdAt: Date
  orderedAt: Date | null
  /** Delivery date (whole or partial). */
  receivedAt: Date | null
  lines: { sku: string; quantity: number; received: number }[]
  /** Index of the repair it is ordered for. */
  repair: number | null
  notes: string
}

export type StockPlan = {
  /** The catalogue, plus a special-order part when the waiting repair needs one the shop never stocks. */
  parts: PartSeed[]
  inventoryAt: Date
  /** Opening inventory per SKU, enough for every use before the first delivery. */
  opening: Map<string, number>
  /** Parts fitted, per repair (same index as the repair plans). */
  lines: PlannedLine[][]
  /** When the technician fitted them. */
  usedAt: (Date | null)[]
  /** A part broken while being fitted, which sent its repair waiting for a new one. */
  loss: { sku: string; repair: number; at: Date } | null
  orders: OrderPlan[]
  /** On hand at the end, per SKU. */
  expected: Map<string, number>
}

const bySku = new Map(PARTS.map((p) => [p.sku, p]))
const part = (sku: string): PartSeed => bySku.get(sku)!

const NEED_LABELS: Partial<Record<PartNeed, string>> = {
  ecran: 'Écran',
  batterie: 'Batterie',
  connecteur: 'Connecteur de charge',
  'vitre-arriere': 'Vitre arrière',
  camera: 'Module caméra',
  clavier: 'Clavier',
  ssd: 'SSD',
  ram: 'Carte mère',
  ventilateur: 'Ventilateur',
  charniere: 'Charnières',
  'port-video': 'Port vidéo',
  'haut-parleur': 'Haut-parleur',
  bouton: 'Nappe bouton',
  alimentation: 'Alimentation',
  joystick: 'Joystick',
}
const SUPPLIER_OF: Record<TypeCode, SupplierKey> = {
  smartphone: 'mobile',
  tablet: 'mobile',
  laptop: 'informatique',
  desktop: 'informatique',
  console: 'console',
  tv: 'console',
  audio: 'console',
  other: 'console',
}

/** A part ordered for one repair only: on file for the order, never kept in stock. */
function specialOrder(plan: RepairPlan, device: DevicePlan): PartSeed {
  const need = (plan.fault.uses ?? []).find((n) => NEED_LABELS[n])
  const label = need ? NEED_LABELS[need]! : 'Pièce détachée'
  const price = (Math.round((plan.fault.price[0] * 0.8) / 10) * 10 - 1) * 100
  const model = `${device.model.brand} ${device.model.model}`
  return {
    sku: `CMD-${asciiSlug(model).toUpperCase()}`.slice(0, 24),
    name: `${label} ${model} (commande spéciale)`,
    kind: 'piece',
    category: 'Commandes spéciales',
    supplier: SUPPLIER_OF[device.type],
    models: [model],
    cost: Math.round(price / 2.4 / 100) * 100,
    price,
    warrantyMonths: 3,
    threshold: 0,
    reorder: 1,
    location: 'Bac A0',
    stock: 0,
  }
}

/** Stages entered by the repair: [en attente, ...path], with times[i] the entry into stage i. */
function interventionIndex(plan: RepairPlan): number {
  return plan.path.findIndex((s) => s.step === 'intervention') + 1
}

function neededParts(plan: RepairPlan, device: DevicePlan): PartSeed[] {
  const found: PartSeed[] = []
  for (const need of (plan.fault.uses ?? []) as PartNeed[]) {
    const p = partFor(need, device.model)
    if (p && !found.includes(p)) found.push(p)
  }
  return found.slice(0, 2)
}

/** Fitted during the intervention: soon after it starts, or once the awaited parts came in. */
function fittingTime(plan: RepairPlan, rng: Rng, now: Date): Date {
  const i = interventionIndex(plan)
  const start = (
    plan.spec.parts === 'done' && plan.wait?.to ? plan.wait.to : plan.times[i]!
  ).getTime()
  const end = (plan.times[i + 1] ?? now).getTime()
  return toMinute(start + Math.min(rng.between(20, 90) * MINUTE, (end - start) / 2))
}

export function planStock(
  rng: Rng,
  plans: RepairPlan[],
  devices: DevicePlan[],
  now: Date,
): StockPlan {
  const inventoryAt = snapForward(now.getTime() - 364 * DAY, rng)
  const lines: PlannedLine[][] = []
  const usedAt: (Date | null)[] = []
  plans.forEach((plan, i) => {
    const worked =
      interventionIndex(plan) > 0 && !plan.spec.cancelFrom && plan.spec.parts !== 'waiting'
    const parts = worked ? neededParts(plan, devices[plan.device]!) : []
    lines[i] = parts.map((p) => ({ sku: p.sku, quantity: p.perRepair ?? 1 }))
    usedAt[i] = parts.length ? fittingTime(plan, rng, now) : null
  })

  const orders: OrderPlan[] = []
  const at = (daysAgo: number) => snapForward(now.getTime() - daysAgo * DAY, rng)
  const leadOf = (key: SupplierKey) => SUPPLIERS.find((s) => s.key === key)!.leadTimeDays

  // Five weeks ago: the monthly restock of phone parts, delivered in full.
  const restock = at(38)
  orders.push({
    status: 'recue',
    supplier: 'mobile',
    createdAt: restock,
    orderedAt: new Date(restock.getTime() + 12 * MINUTE),
    receivedAt: snapForward(restock.getTime() + leadOf('mobile') * DAY, rng),
    lines: [
      { sku: 'CNS-ADH', quantity: 30, received: 30 },
      { sku: 'BAT-IP11', quantity: 3, received: 3 },
      { sku: 'CON-IPADC', quantity: 2, received: 2 },
      { sku: 'VIT-IP15', quantity: 2, received: 2 },
    ],
    repair: null,
    notes: 'Réassort mensuel pièces smartphones et tablettes.',
  })

  // Last week: computer parts, delivered in part (one keyboard out of stock at the wholesaler).
  const computers = at(9)
  orders.push({
    status: 'partiellement_recue',
    supplier: 'informatique',
    createdAt: computers,
    orderedAt: new Date(computers.getTime() + 15 * MINUTE),
    receivedAt: snapForward(computers.getTime() + leadOf('informatique') * DAY, rng),
    lines: [
      { sku: 'SSD-1TO', quantity: 4, received: 4 },
      { sku: 'RAM-8G', quantity: 4, received: 2 },
      { sku: 'CLV-HP15', quantity: 2, received: 0 },
    ],
    repair: null,
    notes:
      'Clavier HP en rupture chez le grossiste et 2 barrettes en reliquat : livraison du reste annoncée sous 10 jours.',
  })

  // A repair waiting for parts: the one in stock broke while being fitted and a new one is on
  // order (a part no delivery came in for and no later repair used, so it really is out of
  // stock). Failing that, the part the waiting repair needs is ordered specially.
  let loss: StockPlan['loss'] = null
  const parts = [...PARTS]
  const delivered = new Set(
    orders.flatMap((o) => o.lines.filter((l) => l.received > 0).map((l) => l.sku)),
  )
  const lastUse = new Map<string, number>()
  lines.forEach((repairLines, i) => {
    for (const l of repairLines)
      lastUse.set(l.sku, Math.max(lastUse.get(l.sku) ?? 0, usedAt[i]!.getTime()))
  })
  const waiting = plans.flatMap((plan, i) =>
    plan.spec.parts === 'waiting' && plan.wait && interventionIndex(plan) > 0 ? [{ plan, i }] : [],
  )
  const candidates = waiting.flatMap(({ plan, i }) =>
    neededParts(plan, devices[plan.device]!)
      .filter(
        (p) =>
          p.kind === 'piece' &&
          !delivered.has(p.sku) &&
          (lastUse.get(p.sku) ?? 0) < plan.wait!.from.getTime(),
      )
      .slice(0, 1)
      .map((p) => ({ plan, i, part: p })),
  )
  const first = waiting[0]
  const special = !candidates[0] && first !== undefined
  const ordered =
    candidates[0] ??
    (first && { ...first, part: specialOrder(first.plan, devices[first.plan.device]!) })
  if (ordered) {
    const p = ordered.part
    const from = ordered.plan.wait!.from.getTime()
    if (special) parts.push(p)
    else loss = { sku: p.sku, repair: ordered.i, at: toMinute(from - 25 * MINUTE) }
    orders.push({
      status: 'commandee',
      supplier: p.supplier,
      createdAt: toMinute(from + 5 * MINUTE),
      orderedAt: toMinute(from + 10 * MINUTE),
      receivedAt: null,
      lines: [{ sku: p.sku, quantity: Math.max(1, p.reorder), received: 0 }],
      repair: ordered.i,
      notes: loss
        ? 'Pièce cassée au montage : commande urgente pour la réparation en attente.'
        : 'Pièce non tenue en stock, commandée pour la réparation en attente.',
    })
  }

  // Today: a draft started from the « Stock bas » list, not sent yet.
  const onOrder = new Set(orders.flatMap((o) => o.lines.map((l) => l.sku)))
  const reorder = (sku: string) =>
    suggestedReorder({
      quantity: 0,
      threshold: part(sku).threshold,
      reorderQuantity: part(sku).reorder,
    })
  const draft = [
    { sku: 'HDMI-PS4P', quantity: reorder('HDMI-PS4P'), received: 0 },
    { sku: 'USBC-NSW', quantity: 5, received: 0 },
    { sku: 'JOY-NSW', quantity: 6, received: 0 },
    { sku: 'HDMI-XSX', quantity: 3, received: 0 },
  ].filter((l) => !onOrder.has(l.sku))
  orders.push({
    status: 'brouillon',
    supplier: 'console',
    createdAt: snapBack(now.getTime() - rng.between(1, 5) * HOUR, rng),
    orderedAt: null,
    receivedAt: null,
    lines: draft.slice(0, 2),
    repair: null,
    notes: 'Préparée depuis la liste « Stock bas », à compléter avant envoi.',
  })

  // Opening inventory: what is on hand today, plus what went out, minus what came in; never
  // less than every use and loss, since deliveries are written after the repairs. Only the
  // parts meant to be short (and the broken one) end at or under their threshold.
  const used = new Map<string, number>()
  for (const repairLines of lines)
    for (const l of repairLines) used.set(l.sku, (used.get(l.sku) ?? 0) + l.quantity)
  const received = new Map<string, number>()
  for (const o of orders)
    for (const l of o.lines) received.set(l.sku, (received.get(l.sku) ?? 0) + l.received)
  const opening = new Map<string, number>()
  const expected = new Map<string, number>()
  for (const p of parts) {
    const out = (used.get(p.sku) ?? 0) + (loss?.sku === p.sku ? 1 : 0)
    const into = received.get(p.sku) ?? 0
    const target =
      loss?.sku === p.sku
        ? 0
        : p.stock <= p.threshold
          ? p.stock
          : Math.max(p.stock, p.threshold + 1)
    // A special order is on file only: nothing in stock, nothing in the ledger.
    const initial = special && p === ordered?.part ? 0 : Math.max(1, target + out - into, out)
    opening.set(p.sku, initial)
    expected.set(p.sku, initial - out + into)
  }
  return { parts, inventoryAt, opening, lines, usedAt, loss, orders, expected }
}
