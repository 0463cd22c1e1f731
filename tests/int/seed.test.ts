import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  type CollectionSlug,
  type Payload,
} from 'payload'

import { sql } from '@payloadcms/db-postgres'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type {
  Customer,
  Device,
  Part,
  PurchaseOrder,
  Repair,
  RepairEvent,
  RepairPart,
  Skill,
  StockMovement,
  Supplier,
  User,
  Warranty,
  WarrantyClaim,
} from '../../src/payload-types'

import { isValidImei, isValidSiret } from '../../src/domain/identifiers'
import {
  assertTransition,
  type RepairState,
  type RepairStatus,
  type RepairStep,
} from '../../src/domain/repairStatus'
import { idOf } from '../../src/domain/ids'
import { adapterOf } from '../../src/db/db'
import { seedDemo, seedWorkshop, type SeedSummary } from '../../src/seed/index'
import demo from '../../src/seed/demo-accounts.json' with { type: 'json' }
import { PARTS, SUPPLIERS } from '../../src/seed/stockCatalog'
import { login, testPayload } from '../helpers/api'

// The demo seed, run unconditionally (other test files have already created users) on this
// run's database, then removed again so the files after this one see the database as before.
let payload: Payload
let summary: SeedSummary
let repairs: Repair[]
let events: RepairEvent[]
let lines: Map<number, RepairPart[]>
const before = new Map<string, Set<number>>()
// In removal order: what points to a document goes before it.
const SEEDED: CollectionSlug[] = [
  'repair-bonuses',
  'warranty-claims',
  'warranties',
  'repair-parts',
  'stock-movements',
  'purchase-orders',
  'repair-events',
  'repairs',
  'parts',
  'suppliers',
  'devices',
  'customers',
  'users',
  'device-types',
  'skills',
]

const all = async <T>(collection: CollectionSlug, ids: number[], field = 'id') =>
  (
    await payload.find({
      collection,
      where: { [field]: { in: ids } },
      depth: 0,
      limit: 0,
      pagination: false,
      sort: 'id',
    })
  ).docs as T[]

beforeAll(async () => {
  payload = await testPayload()
  for (const collection of SEEDED) {
    const found = await payload.find({
      collection,
      depth: 0,
      limit: 0,
      pagination: false,
      select: {},
    })
    before.set(collection, new Set(found.docs.map((d) => d.id as number)))
  }
  // In one transaction, as seedDemo does on first start.
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  summary = await seedWorkshop(payload, { req })
  await commitTransaction(req)
  console.info(
    `seedWorkshop: ${summary.ms} ms ${JSON.stringify(summary.phases)}, ${summary.events} événements`,
  )
  repairs = await all<Repair>('repairs', summary.repairIds)
  events = await all<RepairEvent>('repair-events', summary.repairIds, 'repair')
  lines = new Map(summary.repairIds.map((id) => [id, [] as RepairPart[]]))
  for (const line of await all<RepairPart>('repair-parts', summary.repairIds, 'repair'))
    lines.get(idOf(line.repair))!.push(line)
})

const linesOf = (r: Repair) => lines.get(r.id) ?? []

const query = async <T>(statement: ReturnType<typeof sql>) =>
  (await adapterOf({ payload }).drizzle.execute(statement)).rows as T[]

afterAll(async () => {
  if (!payload) return
  for (const collection of SEEDED) {
    const found = await payload.find({
      collection,
      depth: 0,
      limit: 0,
      pagination: false,
      select: {},
    })
    const added = found.docs
      .map((d) => d.id as number)
      .filter((id) => !before.get(collection)?.has(id))
    if (collection === 'users') {
      // Through the hooks, one by one: the last active administrator refuses and stays.
      for (const id of added)
        await payload
          .delete({ collection, id, context: { auditLog: false } })
          .catch(() => undefined)
    } else if (added.length) {
      await payload.db.deleteMany({ collection, where: { id: { in: added } } })
    }
  }
})

describe('demo seed', () => {
  it('creates the chosen numbers of customers, devices and repairs, with history', () => {
    expect(summary.customerIds).toHaveLength(40)
    expect(summary.deviceIds).toHaveLength(60)
    expect(summary.repairIds).toHaveLength(80)
    expect(repairs).toHaveLength(80)
    expect(summary.events).toBe(events.length)
    expect(events.length).toBeGreaterThan(300)
  })

  it('skips an already used database', async () => {
    expect(await seedDemo(payload)).toBe(false)
  })

  it('covers every status and every step, with late repairs and repairs waiting for parts', () => {
    const statuses = new Set(repairs.map((r) => r.status))
    expect([...statuses].sort()).toEqual([
      'annule',
      'en_attente',
      'en_cours',
      'restitue',
      'termine',
    ])
    const steps = new Set(repairs.filter((r) => r.status === 'en_cours').map((r) => r.step))
    expect([...steps].sort()).toEqual(['diagnostic', 'intervention', 'test'])
    expect(repairs.filter((r) => r.status !== 'en_cours').every((r) => r.step == null)).toBe(true)

    const late = repairs.filter((r) => r.late)
    expect(late.length).toBeGreaterThanOrEqual(3)
    expect(late.length).toBeLessThan(15)
    expect(late.some((r) => r.status === 'en_cours' && new Date(r.promisedAt!) < new Date())).toBe(
      true,
    )
    expect(
      repairs.some((r) => r.waitingForParts && r.status === 'en_cours' && r.pauseStartedAt),
    ).toBe(true)
    expect(repairs.every((r) => /^R-\d{4}-\d{6}$/.test(r.reference ?? ''))).toBe(true)
    expect(repairs.every((r) => Number.isInteger(r.estimatedPrice ?? 0))).toBe(true)
  })

  it('spreads the repairs over the past year, with clocks that match their status', () => {
    const now = Date.now()
    const created = repairs.map((r) => new Date(r.createdAt).getTime())
    expect(Math.min(...created)).toBeLessThan(now - 200 * 86_400_000)
    expect(Math.max(...created)).toBeLessThanOrEqual(now)
    for (const r of repairs) {
      if (r.status === 'restitue') expect(r.handedBackAt).toBeTruthy()
      if (r.status === 'termine') expect(r.finishedAt).toBeTruthy()
      if (r.status === 'en_cours') expect(r.startedAt && r.assignee).toBeTruthy()
      if (r.status !== 'en_attente')
        expect(new Date(r.statusChangedAt!).getTime()).toBeGreaterThan(
          new Date(r.createdAt).getTime(),
        )
    }
    expect(repairs.filter((r) => r.status === 'en_attente').some((r) => r.assignee == null)).toBe(
      true,
    )
  })

  it('gives every repair a legal, dated history that ends in its current state', () => {
    for (const repair of repairs) {
      const own = events
        .filter((e) => e.repair === repair.id)
        .sort((a, b) => a.at.localeCompare(b.at))
      expect(own[0]?.type).toBe('created')
      expect(own[0]?.at).toBe(repair.createdAt)
      let state: RepairState = { status: 'en_attente', step: null }
      for (const e of own.filter((x) => x.type === 'status')) {
        expect({ status: e.fromStatus, step: e.fromStep ?? null }).toEqual(state)
        const to = {
          status: e.toStatus as RepairStatus,
          step: (e.toStep ?? null) as RepairStep | null,
        }
        expect(() => assertTransition(state, to)).not.toThrow()
        expect(e.message).toContain('→')
        expect(e.visibleToCustomer).toBe(true)
        state = to
      }
      expect(state).toEqual({ status: repair.status, step: repair.step ?? null })
      expect(
        own.every(
          (e) => e.by && e.byLabel && e.customer === repair.customer && e.device === repair.device,
        ),
      ).toBe(true)
      expect(own.every((e) => new Date(e.at).getTime() <= Date.now())).toBe(true)
    }
    expect(events.some((e) => e.type === 'parts_wait')).toBe(true)
    expect(events.some((e) => e.type === 'note')).toBe(true)
  })

  it('dates technical notes when they were written, by their author', () => {
    const noted = repairs.filter((r) => r.notes?.length)
    expect(noted.length).toBeGreaterThan(5)
    for (const r of noted) {
      for (const note of r.notes!) {
        expect(note.author).toBeTruthy()
        expect(events.some((e) => e.repair === r.id && e.type === 'note' && e.at === note.at)).toBe(
          true,
        )
      }
    }
  })

  it('has three technicians with skills, capacity and schedule', async () => {
    const techs = await all<User>('users', summary.technicianIds)
    expect(techs.map((t) => t.name).sort()).toEqual([
      'Hugo Lambert',
      'Léa Moreau',
      'Sofiane Benali',
    ])
    const skills = await all<Skill>(
      'skills',
      techs.flatMap((t) => t.skills as number[]),
    )
    const codeOf = new Map(skills.map((s) => [s.id, s.code]))
    for (const t of techs) {
      expect(t.isTechnician).toBe(true)
      expect(t.capacity).toBeGreaterThanOrEqual(4)
      expect(t.capacity).toBeLessThanOrEqual(8)
      expect((t.skills ?? []).length).toBeGreaterThanOrEqual(3)
      expect((t.availability ?? []).length).toBeGreaterThan(0)
    }
    expect(
      techs.filter((t) => (t.skills as number[]).some((id) => codeOf.get(id) === 'micro-soudure')),
    ).toHaveLength(1)
    expect(techs.some((t) => t.absences?.some((a) => new Date(a.from) > new Date()))).toBe(true)
    const assignees = new Set(repairs.map((r) => r.assignee).filter(Boolean))
    expect([...assignees].sort()).toEqual([...summary.technicianIds].sort())
  })

  it('signs the demo accounts in with the demo password', async () => {
    for (const account of demo.accounts) await login('users', account.email, demo.password)
    await login('users', 'lea.moreau@atelier-demo.fr', demo.password)
  })

  it('stores valid identifiers: E.164 phones, SIRETs and IMEIs', async () => {
    const customers = await all<Customer>('customers', summary.customerIds)
    expect(customers.every((c) => /^\+33[1-9]\d{8}$/.test(c.phone ?? ''))).toBe(true)
    expect(new Set(customers.map((c) => c.email)).size).toBe(40)
    expect(customers.every((c) => c.email.endsWith('@exemple.fr') && c._verified)).toBe(true)
    const companies = customers.filter((c) => c.company)
    expect(companies.length).toBeGreaterThanOrEqual(3)
    expect(companies.every((c) => isValidSiret(c.siret ?? ''))).toBe(true)
    expect(customers.filter((c) => c.siret).every((c) => isValidSiret(c.siret!))).toBe(true)
    expect(new Set(customers.map((c) => c.preferredChannel)).size).toBe(3)

    const devices = await all<Device>('devices', summary.deviceIds)
    const withImei = devices.filter((d) => d.imei)
    expect(withImei.length).toBeGreaterThanOrEqual(10)
    expect(withImei.every((d) => isValidImei(d.imei!))).toBe(true)
    expect(devices.every((d) => d.type && d.serialNumber && d.problemDescription)).toBe(true)
    const perCustomer = new Map<number, number>()
    for (const d of devices)
      perCustomer.set(d.customer as number, (perCustomer.get(d.customer as number) ?? 0) + 1)
    expect(Math.max(...perCustomer.values())).toBe(3)
  })

  it('has three suppliers and a stock of parts and consumables that fit the seeded devices', async () => {
    const suppliers = await all<Supplier>('suppliers', summary.supplierIds)
    expect(suppliers.map((s) => s.name).sort()).toEqual(SUPPLIERS.map((s) => s.name).sort())
    for (const s of suppliers) {
      expect(s.email).toMatch(/@exemple\.fr$/)
      expect(s.contact && s.phone).toBeTruthy()
      expect(s.leadTimeDays).toBeGreaterThanOrEqual(1)
      expect(s.leadTimeDays).toBeLessThanOrEqual(5)
    }
    const parts = await all<Part>('parts', summary.partIds)
    // The catalogue, plus at most one part ordered specially for the repair waiting for parts.
    expect(parts.filter((p) => p.category !== 'Commandes spéciales')).toHaveLength(PARTS.length)
    expect(parts.length - PARTS.length).toBeLessThanOrEqual(1)
    expect(parts.length).toBeGreaterThanOrEqual(20)
    expect(parts.filter((p) => p.kind === 'consommable').length).toBeGreaterThanOrEqual(2)
    const devices = await all<Device>('devices', summary.deviceIds)
    const models = new Set(devices.flatMap((d) => [`${d.brand} ${d.model}`, d.model]))
    for (const p of parts) {
      expect(Number.isInteger(p.purchaseCost) && Number.isInteger(p.salePrice)).toBe(true)
      // Sale price incl. VAT well above the cost excl. VAT.
      expect(p.salePrice!).toBeGreaterThan(p.purchaseCost! * 1.5)
      expect(p.vatRate).toBe(2000)
      expect(p.location).toMatch(/^(Tiroir|Étagère|Rayonnage|Armoire|Bac) [A-D]\d$/)
      expect(p.supplier).toBeTruthy()
      expect(p.warrantyMonths).toBe(p.kind === 'consommable' ? 0 : p.warrantyMonths)
      if (p.kind === 'piece') expect([3, 6, 12]).toContain(p.warrantyMonths)
      if (p.kind === 'piece') expect((p.compatibleWith ?? []).some((m) => models.has(m))).toBe(true)
    }
  })

  it('keeps a consistent ledger: on hand is the sum of the movements, dated, never below zero', async () => {
    const ids = sql.join(
      summary.partIds.map((id) => sql`${id}`),
      sql`, `,
    )
    const totals = await query<{
      id: number
      on_hand: number
      total: number
      movements: number
    }>(sql`
      select p.id, p.quantity_on_hand::int as on_hand, coalesce(sum(m.quantity), 0)::int as total, count(m.id)::int as movements
      from parts p left join stock_movements m on m.part_id = p.id where p.id in (${ids}) group by p.id`)
    expect(totals).toHaveLength(summary.partIds.length)
    const special = new Set(
      (await all<Part>('parts', summary.partIds))
        .filter((p) => p.category === 'Commandes spéciales')
        .map((p) => p.id),
    )
    for (const t of totals) {
      expect(t.on_hand, `pièce ${t.id}`).toBe(t.total)
      expect(t.on_hand).toBeGreaterThanOrEqual(0)
      // Every stocked part has its opening inventory; a special order has nothing in stock yet.
      expect(t.movements > 0).toBe(!special.has(t.id))
    }
    const ledger = await query<{
      id: number
      part_id: number
      quantity: number
      quantity_after: number
      running: number
      created_at: string
    }>(sql`
      select id, part_id, quantity::int as quantity, quantity_after::int as quantity_after, created_at,
        sum(quantity) over (partition by part_id order by created_at, id)::int as running
      from stock_movements where part_id in (${ids})`)
    expect(ledger).toHaveLength(summary.movements)
    for (const row of ledger) {
      expect(row.running, `mouvement ${row.id}`).toBeGreaterThanOrEqual(0)
      expect(row.quantity_after, `mouvement ${row.id}`).toBe(row.running)
      expect(new Date(row.created_at).getTime()).toBeLessThanOrEqual(Date.now())
      expect(new Date(row.created_at).getTime()).toBeGreaterThan(Date.now() - 370 * 86_400_000)
    }
    // The opening inventory comes first, a year ago.
    const movements = (
      await payload.find({
        collection: 'stock-movements',
        where: { part: { in: summary.partIds } },
        depth: 0,
        limit: 0,
        pagination: false,
        sort: 'createdAt',
      })
    ).docs
    const openings = movements.filter(
      (m) => m.reason === 'adjustment' && m.note === 'Inventaire initial',
    )
    expect(openings).toHaveLength(summary.partIds.length - special.size)
    expect(Math.max(...openings.map((m) => new Date(m.createdAt).getTime()))).toBeLessThan(
      Date.now() - 360 * 86_400_000,
    )
    expect(movements.every((m) => m.by)).toBe(true)
    // No low-stock e-mails queued for a year of history.
    const alerts = await query<{ n: number }>(sql`
      select count(*)::int as n from payload_jobs where task_slug = 'sendLowStockAlert' and (input->>'part')::int in (${ids})`)
    expect(alerts[0]!.n).toBe(0)
  })

  it('fits parts on the repairs that reached the intervention, matching the device, when the technician did', async () => {
    const withParts = repairs.filter((r) => linesOf(r).length)
    expect(withParts).toHaveLength(summary.repairsWithParts)
    expect(withParts.length).toBeGreaterThanOrEqual(20)
    const devices = new Map((await all<Device>('devices', summary.deviceIds)).map((d) => [d.id, d]))
    const parts = new Map((await all<Part>('parts', summary.partIds)).map((p) => [p.id, p]))
    const used = (
      await payload.find({
        collection: 'stock-movements',
        where: { reason: { equals: 'used_on_repair' }, repair: { in: summary.repairIds } },
        depth: 0,
        limit: 0,
        pagination: false,
      })
    ).docs as StockMovement[]
    for (const r of withParts) {
      expect(linesOf(r).length).toBeLessThanOrEqual(2)
      expect(
        r.status === 'termine' ||
          r.status === 'restitue' ||
          (r.status === 'en_cours' && r.step !== 'diagnostic'),
      ).toBe(true)
      expect(r.waitingForParts).toBe(false)
      const device = devices.get(idOf(r.device))!
      for (const line of linesOf(r)) {
        const part = parts.get(idOf(line.part))!
        if (part.kind === 'piece')
          expect(part.compatibleWith).toContain(`${device.brand} ${device.model}`)
        expect(line.unitPrice).toBe(part.salePrice)
        expect(line.warrantyMonths).toBe(part.warrantyMonths)
        const moves = used.filter((m) => idOf(m.repair) === r.id && idOf(m.part) === part.id)
        expect(moves.reduce((n, m) => n + m.quantity, 0)).toBe(-line.quantity)
        for (const m of moves) {
          expect(new Date(m.createdAt).getTime()).toBeGreaterThan(new Date(r.startedAt!).getTime())
          if (r.finishedAt)
            expect(new Date(m.createdAt).getTime()).toBeLessThan(new Date(r.finishedAt).getTime())
          expect(idOf(m.by)).toBe(idOf(r.assignee))
        }
      }
      const partEvents = events.filter((e) => e.repair === r.id && e.type === 'part_used')
      expect(partEvents).toHaveLength(linesOf(r).length)
    }
    expect(used.every((m) => m.repair)).toBe(true)
  })

  it('leaves a few parts at or under their threshold, flagged « stock bas »', async () => {
    const parts = await all<Part>('parts', summary.partIds)
    const low = parts.filter((p) => p.lowStock)
    expect(low.length).toBeGreaterThanOrEqual(3)
    expect(low.length).toBeLessThanOrEqual(4)
    // Flagged by the ledger's own update; a special order has had no movement yet.
    for (const p of parts.filter((x) => x.category !== 'Commandes spéciales'))
      expect(p.lowStock, p.sku).toBe((p.quantityOnHand ?? 0) <= (p.reorderThreshold ?? 0))
  })

  it('grants warranties from the finish date to every finished repair, some already expired', async () => {
    const finished = repairs.filter(
      (r) => (r.status === 'termine' || r.status === 'restitue') && r.finishedAt,
    )
    expect(finished.length).toBeGreaterThan(40)
    const warranties = await all<Warranty>('warranties', summary.repairIds, 'repair')
    expect(warranties).toHaveLength(summary.warranties)
    for (const r of finished) {
      const own = warranties.filter((w) => idOf(w.repair) === r.id)
      const labour = own.filter((w) => w.kind === 'main_oeuvre')
      expect(labour, r.reference!).toHaveLength(1)
      // Consumables (0 month) carry no part warranty.
      expect(own.filter((w) => w.kind === 'piece')).toHaveLength(
        linesOf(r).filter((l) => (l.warrantyMonths ?? 3) > 0).length,
      )
      for (const w of own) {
        expect(w.startsAt).toBe(r.finishedAt)
        expect(w.createdAt).toBe(r.finishedAt)
        expect(idOf(w.customer)).toBe(idOf(r.customer))
      }
    }
    // Cancelled then handed back: never worked on, no warranty.
    const cancelled = repairs.filter((r) => r.status === 'restitue' && !r.finishedAt)
    expect(cancelled.length).toBeGreaterThan(0)
    expect(warranties.some((w) => cancelled.some((r) => r.id === idOf(w.repair)))).toBe(false)
    const statuses = new Set(warranties.map((w) => w.status))
    expect(statuses).toContain('expiree')
    expect(statuses).toContain('active')
    expect(statuses).toContain('en_reclamation')
  })

  it('has purchase orders received, partly received, ordered for a waiting repair, and a draft', async () => {
    const orders = await all<PurchaseOrder>('purchase-orders', summary.purchaseOrderIds)
    expect(orders.map((o) => o.status).sort()).toEqual([
      'brouillon',
      'commandee',
      'partiellement_recue',
      'recue',
    ])
    expect(orders.every((o) => /^CF-\d{4}-\d{4}$/.test(o.reference ?? ''))).toBe(true)
    const byStatus = (s: PurchaseOrder['status']) => orders.find((o) => o.status === s)!
    const movements = (
      await payload.find({
        collection: 'stock-movements',
        where: { purchaseOrder: { in: summary.purchaseOrderIds } },
        depth: 0,
        limit: 0,
        pagination: false,
      })
    ).docs
    for (const o of orders) {
      for (const line of o.lines) {
        const received = movements.filter(
          (m) => idOf(m.purchaseOrder) === o.id && idOf(m.part) === idOf(line.part),
        )
        expect(received.reduce((n, m) => n + m.quantity, 0)).toBe(line.receivedQuantity ?? 0)
        expect(received.every((m) => m.reason === 'reception')).toBe(true)
      }
    }
    const received = byStatus('recue')
    expect(received.lines.every((l) => l.receivedQuantity === l.quantity)).toBe(true)
    expect(new Date(received.orderedAt!).getTime()).toBeLessThan(
      new Date(received.receivedAt!).getTime(),
    )
    expect(new Date(received.receivedAt!).getTime()).toBeLessThan(Date.now() - 20 * 86_400_000)
    const partial = byStatus('partiellement_recue')
    expect(partial.lines.some((l) => (l.receivedQuantity ?? 0) > 0)).toBe(true)
    expect(partial.lines.some((l) => (l.receivedQuantity ?? 0) < l.quantity)).toBe(true)
    expect(partial.receivedAt).toBeFalsy()
    const ordered = byStatus('commandee')
    expect(ordered.orderedAt && new Date(ordered.orderedAt).getTime() < Date.now()).toBe(true)
    const waiting = repairs.find((r) => r.id === idOf(ordered.linkedRepair))!
    expect(waiting.waitingForParts).toBe(true)
    expect(new Date(ordered.orderedAt!).getTime()).toBeGreaterThanOrEqual(
      new Date(waiting.pauseStartedAt!).getTime(),
    )
    expect(byStatus('brouillon').orderedAt).toBeFalsy()
  })

  it('has claims open, refused with a reason, and accepted with its free rework and supplier return', async () => {
    const claims = await all<WarrantyClaim>('warranty-claims', summary.claimIds)
    expect(claims.map((c) => c.status).sort()).toEqual(['acceptee', 'ouverte', 'refusee'])
    const refused = claims.find((c) => c.status === 'refusee')!
    expect(refused.refusalReason).toBeTruthy()
    expect(new Date(refused.decidedAt!).getTime()).toBeGreaterThan(
      new Date(refused.createdAt).getTime(),
    )
    for (const c of claims) {
      const repair = repairs.find((r) => r.id === idOf(c.repair))!
      expect(repair.status).toBe('restitue')
      expect(new Date(c.createdAt).getTime()).toBeGreaterThan(
        new Date(repair.handedBackAt!).getTime(),
      )
    }
    const accepted = claims.find((c) => c.status === 'acceptee')!
    expect(summary.reworkRepairIds).toEqual([idOf(accepted.reworkRepair)])
    const rework = await payload.findByID({
      collection: 'repairs',
      id: idOf(accepted.reworkRepair),
      depth: 0,
    })
    expect(rework).toMatchObject({ warrantyRework: true, status: 'en_attente', estimatedPrice: 0 })
    expect(idOf(rework.originalRepair)).toBe(idOf(accepted.repair))
    expect(idOf(rework.device)).toBe(idOf(accepted.device))
    const reworkEvents = (
      await payload.find({
        collection: 'repair-events',
        where: { repair: { equals: rework.id } },
        depth: 0,
      })
    ).docs
    expect(reworkEvents.map((e) => e.type)).toEqual(['created'])
    const warranty = await payload.findByID({
      collection: 'warranties',
      id: idOf(accepted.warranty),
      depth: 0,
    })
    expect(warranty.status).toBe('en_reclamation')
    if (warranty.kind === 'piece') {
      expect(accepted.supplierReturn?.rmaReference).toMatch(/^RMA-/)
      const rma = (
        await payload.find({
          collection: 'stock-movements',
          where: {
            repair: { equals: idOf(accepted.repair) },
            reason: { in: ['returned_from_repair', 'return_to_supplier'] },
          },
          depth: 0,
        })
      ).docs
      expect(rma.map((m) => [m.reason, m.quantity, idOf(m.part)]).sort()).toEqual([
        ['return_to_supplier', -1, idOf(warranty.part)],
        ['returned_from_repair', 1, idOf(warranty.part)],
      ])
    }
  })
})
