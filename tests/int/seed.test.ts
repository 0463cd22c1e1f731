import { commitTransaction, createLocalReq, initTransaction, type CollectionSlug, type Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Customer, Device, Repair, RepairEvent, Skill, User } from '../../src/payload-types'

import { isValidImei, isValidSiret } from '../../src/domain/identifiers'
import { assertTransition, type RepairState, type RepairStatus, type RepairStep } from '../../src/domain/repairStatus'
import { seedDemo, seedWorkshop, type SeedSummary } from '../../src/seed/index'
import demo from '../../src/seed/demo-accounts.json' with { type: 'json' }
import { login, testPayload } from '../helpers/api'

// The demo seed, run unconditionally (other test files have already created users) on this
// run's database, then removed again so the files after this one see the database as before.
let payload: Payload
let summary: SeedSummary
let repairs: Repair[]
let events: RepairEvent[]
const before = new Map<string, Set<number>>()
const SEEDED: CollectionSlug[] = ['repair-events', 'repairs', 'devices', 'customers', 'users', 'device-types', 'skills']

const all = async <T>(collection: CollectionSlug, ids: number[], field = 'id') =>
  (await payload.find({ collection, where: { [field]: { in: ids } }, depth: 0, limit: 0, pagination: false, sort: 'id' })).docs as T[]

beforeAll(async () => {
  payload = await testPayload()
  for (const collection of SEEDED) {
    const found = await payload.find({ collection, depth: 0, limit: 0, pagination: false, select: {} })
    before.set(collection, new Set(found.docs.map((d) => d.id as number)))
  }
  // In one transaction, as seedDemo does on first start.
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  summary = await seedWorkshop(payload, { req })
  await commitTransaction(req)
  console.info(`seedWorkshop: ${summary.ms} ms ${JSON.stringify(summary.phases)}, ${summary.events} événements`)
  repairs = await all<Repair>('repairs', summary.repairIds)
  events = await all<RepairEvent>('repair-events', summary.repairIds, 'repair')
})

afterAll(async () => {
  if (!payload) return
  for (const collection of SEEDED) {
    const found = await payload.find({ collection, depth: 0, limit: 0, pagination: false, select: {} })
    const added = found.docs.map((d) => d.id as number).filter((id) => !before.get(collection)?.has(id))
    if (collection === 'users') {
      // Through the hooks, one by one: the last active administrator refuses and stays.
      for (const id of added) await payload.delete({ collection, id, context: { auditLog: false } }).catch(() => undefined)
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
    expect([...statuses].sort()).toEqual(['annule', 'en_attente', 'en_cours', 'restitue', 'termine'])
    const steps = new Set(repairs.filter((r) => r.status === 'en_cours').map((r) => r.step))
    expect([...steps].sort()).toEqual(['diagnostic', 'intervention', 'test'])
    expect(repairs.filter((r) => r.status !== 'en_cours').every((r) => r.step == null)).toBe(true)

    const late = repairs.filter((r) => r.late)
    expect(late.length).toBeGreaterThanOrEqual(3)
    expect(late.length).toBeLessThan(15)
    expect(late.some((r) => r.status === 'en_cours' && new Date(r.promisedAt!) < new Date())).toBe(true)
    expect(repairs.some((r) => r.waitingForParts && r.status === 'en_cours' && r.pauseStartedAt)).toBe(true)
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
      if (r.status !== 'en_attente') expect(new Date(r.statusChangedAt!).getTime()).toBeGreaterThan(new Date(r.createdAt).getTime())
    }
    expect(repairs.filter((r) => r.status === 'en_attente').some((r) => r.assignee == null)).toBe(true)
  })

  it('gives every repair a legal, dated history that ends in its current state', () => {
    for (const repair of repairs) {
      const own = events.filter((e) => e.repair === repair.id).sort((a, b) => a.at.localeCompare(b.at))
      expect(own[0]?.type).toBe('created')
      expect(own[0]?.at).toBe(repair.createdAt)
      let state: RepairState = { status: 'en_attente', step: null }
      for (const e of own.filter((x) => x.type === 'status')) {
        expect({ status: e.fromStatus, step: e.fromStep ?? null }).toEqual(state)
        const to = { status: e.toStatus as RepairStatus, step: (e.toStep ?? null) as RepairStep | null }
        expect(() => assertTransition(state, to)).not.toThrow()
        expect(e.message).toContain('→')
        expect(e.visibleToCustomer).toBe(true)
        state = to
      }
      expect(state).toEqual({ status: repair.status, step: repair.step ?? null })
      expect(own.every((e) => e.by && e.byLabel && e.customer === repair.customer && e.device === repair.device)).toBe(true)
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
        expect(events.some((e) => e.repair === r.id && e.type === 'note' && e.at === note.at)).toBe(true)
      }
    }
  })

  it('has three technicians with skills, capacity and schedule', async () => {
    const techs = await all<User>('users', summary.technicianIds)
    expect(techs.map((t) => t.name).sort()).toEqual(['Hugo Lambert', 'Léa Moreau', 'Sofiane Benali'])
    const skills = await all<Skill>('skills', techs.flatMap((t) => t.skills as number[]))
    const codeOf = new Map(skills.map((s) => [s.id, s.code]))
    for (const t of techs) {
      expect(t.isTechnician).toBe(true)
      expect(t.capacity).toBeGreaterThanOrEqual(4)
      expect(t.capacity).toBeLessThanOrEqual(8)
      expect((t.skills ?? []).length).toBeGreaterThanOrEqual(3)
      expect((t.availability ?? []).length).toBeGreaterThan(0)
    }
    expect(techs.filter((t) => (t.skills as number[]).some((id) => codeOf.get(id) === 'micro-soudure'))).toHaveLength(1)
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
    for (const d of devices) perCustomer.set(d.customer as number, (perCustomer.get(d.customer as number) ?? 0) + 1)
    expect(Math.max(...perCustomer.values())).toBe(3)
  })
})
