import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'
import { beforeAll, describe, expect, it } from 'vitest'

import { adapterOf } from '../../src/db/db'
import { createWarrantiesForRepair } from '../../src/operations/warranties'
import { api, testPayload } from '../helpers/api'
import { customer, device, part, repair, shopStaff, type Staff } from '../helpers/fixtures'

let payload: Payload
let admin: Staff
let reception: Staff
let tech: Staff

beforeAll(async () => {
  payload = await testPayload()
  ;({ admin, reception, tech } = await shopStaff(payload))
})

/** A repair taken through to « terminé » with one part of `months` warranty, by the technician. */
async function finishedRepair(months = 6) {
  const me = await customer(payload)
  const p = await part(payload, 3, { warrantyMonths: months })
  const r = await repair(payload, (await device(payload, me.customer.id)).id, {
    assignee: tech.user.id,
  })
  for (const step of ['diagnostic', 'intervention'])
    await api('PATCH', `repairs/${r.id}`, { token: tech.token, body: { status: 'en_cours', step } })
  expect(
    (
      await api('POST', `repairs/${r.id}/parts`, {
        token: tech.token,
        body: { part: p.id, quantity: 1 },
      })
    ).status,
  ).toBe(201)
  await api('PATCH', `repairs/${r.id}`, {
    token: tech.token,
    body: { status: 'en_cours', step: 'test' },
  })
  const done = await api('PATCH', `repairs/${r.id}`, {
    token: tech.token,
    body: { status: 'termine' },
  })
  expect(done.status, JSON.stringify(done.body)).toBe(200)
  return { me, p, repair: await payload.findByID({ collection: 'repairs', id: r.id, depth: 0 }) }
}

const warrantiesOf = (repairId: number) =>
  payload.find({
    collection: 'warranties',
    where: { repair: { equals: repairId } },
    sort: 'key',
    depth: 0,
  })

describe('warranties', () => {
  it('are created on « terminé »: one per replaced part (its own length) and one for labour', async () => {
    const { repair: r, p } = await finishedRepair(6)
    const { docs } = await warrantiesOf(r.id)
    expect(docs.map((w) => [w.kind, w.part ?? null, w.months])).toEqual([
      ['main_oeuvre', null, 3],
      ['piece', p.id, 6],
    ])
    const piece = docs.find((w) => w.kind === 'piece')!
    expect(piece.startsAt).toBe(r.finishedAt)
    const start = new Date(r.finishedAt!)
    const end = new Date(piece.endsAt)
    expect(end.getUTCMonth()).toBe((start.getUTCMonth() + 6) % 12)
    expect(piece.status).toBe('active')
  })

  it('are never duplicated when the hook runs again', async () => {
    const { repair: r } = await finishedRepair()
    expect(
      await createWarrantiesForRepair(
        await import('payload').then((m) => m.createLocalReq({}, payload)),
        r,
      ),
    ).toBe(0)
    // Leaving « terminé » and coming back does not create more either.
    await api('PATCH', `repairs/${r.id}`, {
      token: tech.token,
      body: { status: 'en_cours', step: 'intervention' },
    })
    await api('PATCH', `repairs/${r.id}`, {
      token: tech.token,
      body: { status: 'en_cours', step: 'test' },
    })
    await api('PATCH', `repairs/${r.id}`, { token: tech.token, body: { status: 'termine' } })
    expect((await warrantiesOf(r.id)).totalDocs).toBe(2)
  })

  it('are visible to their customer only, and not to technicians', async () => {
    const { me, repair: r } = await finishedRepair()
    const mine = await api('GET', 'warranties?limit=100', { token: me.token })
    expect(
      mine.body.docs.map((w: { repair: { id: number } | number }) =>
        typeof w.repair === 'object' ? w.repair.id : w.repair,
      ),
    ).toEqual([r.id, r.id])
    expect((await api('GET', 'warranties', { token: tech.token })).status).toBe(403)
  })
})

describe('claims', () => {
  it('follow the whole path: open, examined, accepted → free rework linked to the original; part returned with an RMA', async () => {
    const { me, repair: r, p } = await finishedRepair()
    const pieceWarranty = (await warrantiesOf(r.id)).docs.find((w) => w.kind === 'piece')!
    const opened = await api('POST', 'warranty-claims', {
      token: me.token,
      body: { warranty: pieceWarranty.id, description: "L'écran clignote de nouveau" },
    })
    expect(opened.status).toBe(201)
    const claimId = opened.body.doc.id
    expect(opened.body.doc.status).toBe('ouverte')
    expect(
      (await payload.findByID({ collection: 'warranties', id: pieceWarranty.id })).status,
    ).toBe('en_reclamation')

    expect(
      (
        await api('PATCH', `warranty-claims/${claimId}`, {
          token: reception.token,
          body: { status: 'acceptee' },
        })
      ).status,
    ).toBe(409)
    expect(
      (
        await api('PATCH', `warranty-claims/${claimId}`, {
          token: reception.token,
          body: { status: 'en_examen' },
        })
      ).status,
    ).toBe(200)
    const accepted = await api('PATCH', `warranty-claims/${claimId}`, {
      token: reception.token,
      body: { status: 'acceptee' },
    })
    expect(accepted.status).toBe(200)

    const claim = await payload.findByID({ collection: 'warranty-claims', id: claimId, depth: 0 })
    const rework = await payload.findByID({
      collection: 'repairs',
      id: claim.reworkRepair as number,
      depth: 0,
    })
    expect(rework.originalRepair).toBe(r.id)
    expect(rework.warrantyRework).toBe(true)
    expect(rework.estimatedPrice).toBe(0)
    expect(rework.device).toBe(r.device)

    const before = (await payload.findByID({ collection: 'parts', id: p.id })).quantityOnHand
    const returned = await api('POST', `warranty-claims/${claimId}/return-to-supplier`, {
      token: reception.token,
      body: { rmaReference: 'RMA-55821' },
    })
    expect(returned.status).toBe(200)
    const moves = await payload.find({
      collection: 'stock-movements',
      where: { part: { equals: p.id }, rmaReference: { equals: 'RMA-55821' } },
    })
    expect(moves.docs.map((m) => [m.reason, m.quantity])).toEqual([['return_to_supplier', -1]])
    expect((await payload.findByID({ collection: 'parts', id: p.id })).quantityOnHand).toBe(before)
    const stockSum = await adapterOf({ payload }).drizzle.execute(
      sql`select sum(quantity)::int as s from stock_movements where part_id = ${p.id}`,
    )
    expect((stockSum.rows[0] as { s: number }).s).toBe(before)
    expect(
      (
        await api('POST', `warranty-claims/${claimId}/return-to-supplier`, {
          token: reception.token,
          body: { rmaReference: 'RMA-2' },
        })
      ).status,
    ).toBe(409)

    expect(
      (
        await api('PATCH', `warranty-claims/${claimId}`, {
          token: reception.token,
          body: { status: 'cloturee' },
        })
      ).status,
    ).toBe(200)
    expect(
      (await payload.findByID({ collection: 'warranties', id: pieceWarranty.id })).status,
    ).toBe('active')
  })

  it('require a reason to refuse', async () => {
    const { repair: r } = await finishedRepair()
    const labour = (await warrantiesOf(r.id)).docs.find((w) => w.kind === 'main_oeuvre')!
    const claim = await api('POST', 'warranty-claims', {
      token: reception.token,
      body: { warranty: labour.id, description: 'Bouton dur' },
    })
    await api('PATCH', `warranty-claims/${claim.body.doc.id}`, {
      token: reception.token,
      body: { status: 'en_examen' },
    })
    const noReason = await api('PATCH', `warranty-claims/${claim.body.doc.id}`, {
      token: reception.token,
      body: { status: 'refusee' },
    })
    expect(noReason.status).toBe(400)
    expect(noReason.body.errors[0].data.field).toBe('refusalReason')
    const refused = await api('PATCH', `warranty-claims/${claim.body.doc.id}`, {
      token: reception.token,
      body: { status: 'refusee', refusalReason: 'Choc visible, hors garantie' },
    })
    expect(refused.status).toBe(200)
    expect(
      (await payload.findByID({ collection: 'warranty-claims', id: claim.body.doc.id, depth: 0 }))
        .reworkRepair ?? null,
    ).toBeNull()
  })

  it('are refused on an expired warranty, with the expiry date in the message', async () => {
    const { repair: r } = await finishedRepair()
    const labour = (await warrantiesOf(r.id)).docs.find((w) => w.kind === 'main_oeuvre')!
    await adapterOf({ payload }).drizzle.execute(
      sql`update warranties set ends_at = '2025-01-15T12:00:00Z' where id = ${labour.id}`,
    )
    expect((await payload.findByID({ collection: 'warranties', id: labour.id })).status).toBe(
      'expiree',
    )
    const res = await api('POST', 'warranty-claims', {
      token: reception.token,
      body: { warranty: labour.id, description: 'Panne' },
    })
    expect(res.status).toBe(409)
    expect(res.body.errors[0].message).toContain('Garantie expirée le 15/01/2025')
  })

  it('cannot be opened by a customer on someone else’s warranty', async () => {
    const { repair: r } = await finishedRepair()
    const w = (await warrantiesOf(r.id)).docs[0]!
    const stranger = await customer(payload)
    expect(
      (
        await api('POST', 'warranty-claims', {
          token: stranger.token,
          body: { warranty: w.id, description: 'x' },
        })
      ).status,
    ).toBe(403)
    expect((await api('GET', 'warranty-claims', { token: tech.token })).status).toBe(403)
    expect((await api('GET', 'warranties', { token: admin.token })).status).toBe(200)
  })
})
