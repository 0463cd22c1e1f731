import type { Payload } from 'payload'

import type { Repair } from '../../src/payload-types'

import { sql } from '@payloadcms/db-postgres'
import { beforeAll, describe, expect, it } from 'vitest'

import { adapterOf } from '../../src/db/db'
import { api, testPayload } from '../helpers/api'
import { counterCustomer, device, part, repair, staff } from '../helpers/fixtures'

let payload: Payload
let admin: Awaited<ReturnType<typeof staff>>
let tech: Awaited<ReturnType<typeof staff>>

beforeAll(async () => {
  payload = await testPayload()
  admin = await staff(payload, 'admin')
  tech = await staff(payload, 'technician', { isTechnician: true })
})

/** A repair assigned to the technician, at `status` (brought there as an import would). */
async function repairAt(status: Repair['status'], step: Repair['step'] = null): Promise<Repair> {
  const c = await counterCustomer(payload)
  const r = await repair(payload, (await device(payload, c.id)).id, { assignee: tech.user.id })
  if (status === 'en_attente') return r
  return payload.update({
    collection: 'repairs',
    id: r.id,
    data: { status, step },
    context: { importing: true },
  })
}

const patch = (id: number, token: string, body: Record<string, unknown>) =>
  api('PATCH', `repairs/${id}`, { token, body })

const events = async (repairId: number, type: string) =>
  (
    await payload.find({
      collection: 'repair-events',
      where: { repair: { equals: repairId }, type: { equals: type } },
      depth: 0,
      limit: 100,
    })
  ).docs

describe('status changes sent together are checked one after the other', () => {
  it('« restitué » (admin) and « en cours » (technician) on a finished repair: one wins, the other gets a 409', async () => {
    for (let round = 0; round < 3; round++) {
      const r = await repairAt('termine')
      const before = (await events(r.id, 'status')).length
      const [handBack, rework] = await Promise.all([
        patch(r.id, admin.token, { status: 'restitue' }),
        patch(r.id, tech.token, { status: 'en_cours', step: 'intervention' }),
      ])
      expect([handBack.status, rework.status].sort()).toEqual([200, 409])
      const loser = handBack.status === 409 ? handBack : rework
      expect(loser.body.errors[0].message).toMatch(
        /Passage impossible de « (Restitué|En cours.*) » à/,
      )
      const after = await payload.findByID({ collection: 'repairs', id: r.id, depth: 0 })
      const moves = await events(r.id, 'status')
      expect(moves).toHaveLength(before + 1)
      if (handBack.status === 200) {
        expect(after.status).toBe('restitue')
        expect(after.handedBackAt).toBeTruthy()
      } else {
        expect(after.status).toBe('en_cours')
        expect(after.handedBackAt ?? null).toBeNull()
      }
    }
  })

  it('five identical « terminé » saves write one history event', async () => {
    const r = await repairAt('en_cours', 'test')
    const before = (await events(r.id, 'status')).length
    const results = await Promise.all(
      Array.from({ length: 5 }, () => patch(r.id, tech.token, { status: 'termine' })),
    )
    expect(results.map((x) => x.status)).toEqual([200, 200, 200, 200, 200])
    expect(await events(r.id, 'status')).toHaveLength(before + 1)
    expect((await payload.findByID({ collection: 'repairs', id: r.id, depth: 0 })).status).toBe(
      'termine',
    )
  })
})

describe('concurrent saves of a repair’s parts', () => {
  const ledgerFor = async (repairId: number, partId: number) => {
    const rows = await adapterOf({ payload }).drizzle.execute(sql`
      select coalesce(sum(-quantity), 0)::int as used from stock_movements where repair_id = ${repairId} and part_id = ${partId}`)
    return (rows.rows[0] as { used: number }).used
  }
  const linesOf = async (repairId: number, partId: number) =>
    (
      await payload.find({
        collection: 'repair-parts',
        where: { repair: { equals: repairId }, part: { equals: partId } },
        depth: 0,
        limit: 100,
      })
    ).docs.reduce((n, l) => n + l.quantity, 0)

  it('five quantity changes of one line at once: the line and the ledger agree, and removing it gives everything back', async () => {
    const p = await part(payload, 20)
    const r = await repairAt('en_cours', 'intervention')
    const line = (
      await api('POST', 'repair-parts', {
        token: tech.token,
        body: { repair: r.id, part: p.id, quantity: 1 },
      })
    ).body.doc
    const results = await Promise.all(
      [2, 5, 3, 4, 1].map((quantity) =>
        api('PATCH', `repair-parts/${line.id}`, { token: tech.token, body: { quantity } }),
      ),
    )
    expect(results.every((x) => x.status === 200)).toBe(true)
    expect(await ledgerFor(r.id, p.id)).toBe(await linesOf(r.id, p.id))
    expect((await payload.findByID({ collection: 'parts', id: p.id })).quantityOnHand).toBe(
      20 - (await linesOf(r.id, p.id)),
    )

    expect((await api('DELETE', `repair-parts/${line.id}`, { token: tech.token })).status).toBe(200)
    expect(await ledgerFor(r.id, p.id)).toBe(0)
    expect((await payload.findByID({ collection: 'parts', id: p.id })).quantityOnHand).toBe(20)
  })

  it('lines added, changed and removed at once: still in agreement', async () => {
    const p = await part(payload, 30)
    const r = await repairAt('en_cours', 'intervention')
    const first = (
      await api('POST', `repairs/${r.id}/parts`, {
        token: tech.token,
        body: { part: p.id, quantity: 2 },
      })
    ).body.line
    await Promise.all([
      ...Array.from({ length: 4 }, () =>
        api('POST', `repairs/${r.id}/parts`, {
          token: tech.token,
          body: { part: p.id, quantity: 2 },
        }),
      ),
      ...Array.from({ length: 3 }, (_, i) =>
        api('PATCH', `repair-parts/${first.id}`, { token: tech.token, body: { quantity: i + 1 } }),
      ),
      api('DELETE', `repair-parts/${first.id}`, { token: tech.token }),
    ])
    const lines = await linesOf(r.id, p.id)
    expect(lines).toBeGreaterThan(0)
    expect(await ledgerFor(r.id, p.id)).toBe(lines)
    expect((await payload.findByID({ collection: 'parts', id: p.id })).quantityOnHand).toBe(
      30 - lines,
    )
  })

  it('a line added while the repair is being closed: either it lands before the close, or it is refused', async () => {
    for (let round = 0; round < 3; round++) {
      const p = await part(payload, 10)
      const r = await repairAt('en_cours', 'test')
      const [add, close] = await Promise.all([
        api('POST', `repairs/${r.id}/parts`, {
          token: tech.token,
          body: { part: p.id, quantity: 1 },
        }),
        patch(r.id, tech.token, { status: 'termine' }),
      ])
      expect(close.status).toBe(200)
      expect([201, 409]).toContain(add.status)
      expect(await ledgerFor(r.id, p.id)).toBe(await linesOf(r.id, p.id))
      expect(await linesOf(r.id, p.id)).toBe(add.status === 201 ? 1 : 0)
    }
  })
})
