// The unlock code given at the counter: sealed in the database, read by the counter and the
// assigned technician only, never in the action log, erased when the device goes back.
// And the promise made at the counter lies ahead.
import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'
import { beforeAll, describe, expect, it } from 'vitest'

import { adapterOf } from '../../src/db/db'
import { api, testPayload } from '../helpers/api'
import { customer, device, staff } from '../helpers/fixtures'

let payload: Payload
let reception: Awaited<ReturnType<typeof staff>>
let tech: Awaited<ReturnType<typeof staff>>
let owner: Awaited<ReturnType<typeof customer>>

const CODE = 'schéma en Z puis 2468'
const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString()

beforeAll(async () => {
  payload = await testPayload()
  reception = await staff(payload, 'receptionist')
  tech = await staff(payload, 'technician', { isTechnician: true })
  owner = await customer(payload)
})

const stored = async (id: number) =>
  (
    (
      await adapterOf({ payload }).drizzle.execute(
        sql`select unlock_code from repairs where id = ${id}`,
      )
    ).rows[0] as { unlock_code: string | null }
  ).unlock_code

async function newRepair() {
  const d = await device(payload, owner.customer.id)
  const res = await api('POST', 'repairs', {
    token: reception.token,
    body: {
      device: d.id,
      reportedProblem: 'Écran noir',
      unlockCode: CODE,
      assignee: tech.user.id,
      promisedAt: tomorrow(),
    },
  })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body.doc as { id: number; unlockCode?: string; reference: string }
}

describe('unlock code', () => {
  it('is stored sealed, and read back by the counter and the assigned technician', async () => {
    const created = await newRepair()
    expect(created.unlockCode).toBe(CODE)
    const raw = await stored(created.id)
    expect(raw).toMatch(/^v1:/)
    expect(raw).not.toContain('2468')
    for (const who of [reception, tech]) {
      const res = await api('GET', `repairs/${created.id}?depth=0`, { token: who.token })
      expect(res.status).toBe(200)
      expect(res.body.unlockCode).toBe(CODE)
    }
  })

  it('is hidden from the customer and from a technician the repair is not assigned to', async () => {
    const created = await newRepair()
    const mine = await api('GET', `repairs/${created.id}?depth=0`, { token: owner.token })
    expect(mine.status).toBe(200)
    expect(mine.body).not.toHaveProperty('unlockCode')
    // Reassigned: the first technician no longer sees it (nor the repair).
    const other = await staff(payload, 'technician', { isTechnician: true })
    await api('PATCH', `repairs/${created.id}`, {
      token: reception.token,
      body: { assignee: other.user.id },
    })
    const before = await api('GET', `repairs/${created.id}?depth=0`, { token: tech.token })
    expect(before.body?.unlockCode).toBeUndefined()
    const now = await api('GET', `repairs/${created.id}?depth=0`, { token: other.token })
    expect(now.body.unlockCode).toBe(CODE)
    // Not an oracle either: a customer filtering on it is refused, whatever the value.
    const probe = await api(
      'GET',
      `repairs?where[unlockCode][like]=2468&where[id][equals]=${created.id}`,
      { token: owner.token },
    )
    expect(probe.body?.docs ?? []).toEqual([])
  })

  it('never reaches the action log', async () => {
    const created = await newRepair()
    await api('PATCH', `repairs/${created.id}`, {
      token: reception.token,
      body: { unlockCode: '0000' },
    })
    const logs = await payload.find({
      collection: 'action-logs',
      where: { documentTitle: { equals: created.reference } },
      limit: 10,
    })
    expect(logs.totalDocs).toBeGreaterThanOrEqual(2)
    const text = JSON.stringify(logs.docs.map((d) => [d.summary, d.changes]))
    expect(text).not.toContain('2468')
    expect(text).not.toContain('"0000"')
    expect(text).toContain('masqué')
  })

  it('is erased when the device is handed back', async () => {
    const created = await newRepair()
    const steps = [
      { status: 'en_cours', step: 'diagnostic' },
      { status: 'en_cours', step: 'intervention' },
      { status: 'en_cours', step: 'test' },
      { status: 'termine' },
      { status: 'restitue' },
    ]
    for (const body of steps) {
      const res = await api('PATCH', `repairs/${created.id}`, { token: reception.token, body })
      expect(res.status, JSON.stringify(res.body)).toBe(200)
      if (body.status === 'termine') expect(await stored(created.id)).toMatch(/^v1:/)
    }
    expect(await stored(created.id)).toBeNull()
    const read = await api('GET', `repairs/${created.id}?depth=0`, { token: reception.token })
    expect(read.body.unlockCode ?? null).toBeNull()
  })
})

describe('promised date', () => {
  it('refuses a promise already past, naming the field, and opens nothing', async () => {
    const d = await device(payload, owner.customer.id)
    const res = await api('POST', 'repairs', {
      token: reception.token,
      body: {
        device: d.id,
        reportedProblem: 'Batterie',
        promisedAt: new Date(Date.now() - 86_400_000).toISOString(),
      },
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain('est déjà passée : choisissez une date à venir')
    const none = await payload.find({ collection: 'repairs', where: { device: { equals: d.id } } })
    expect(none.totalDocs).toBe(0)
  })

  it('lets a repair keep its promise once it has passed, but not be moved into the past', async () => {
    const created = await newRepair()
    // Another change later, the promise untouched: fine even if it has passed by then.
    await adapterOf({ payload }).drizzle.execute(
      sql`update repairs set promised_at = now() - interval '2 days' where id = ${created.id}`,
    )
    const ok = await api('PATCH', `repairs/${created.id}`, {
      token: reception.token,
      body: { priority: 'haute' },
    })
    expect(ok.status).toBe(200)
    const moved = await api('PATCH', `repairs/${created.id}`, {
      token: reception.token,
      body: { promisedAt: new Date(Date.now() - 3 * 86_400_000).toISOString() },
    })
    expect(moved.status).toBe(400)
  })
})
