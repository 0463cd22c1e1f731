import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'
import { createLocalReq, initTransaction, killTransaction } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { adapterOf } from '../../src/db/db'
import { api, testPayload } from '../helpers/api'
import { counterCustomer, device, part, repair, staff } from '../helpers/fixtures'
import { mailbox } from '../helpers/mailbox'

let payload: Payload
let admin: Awaited<ReturnType<typeof staff>>
let tech: Awaited<ReturnType<typeof staff>>

beforeAll(async () => {
  payload = await testPayload()
  admin = await staff(payload, 'admin')
  tech = await staff(payload, 'technician', { isTechnician: true })
})

async function openRepair(extra: Record<string, unknown> = {}) {
  const c = await counterCustomer(payload)
  return repair(payload, (await device(payload, c.id)).id, { assignee: tech.user.id, ...extra })
}

async function ledger(partId: number) {
  const rows = await adapterOf({ payload }).drizzle.execute(sql`
    select count(*)::int as n, coalesce(sum(quantity), 0)::int as total from stock_movements where part_id = ${partId}`)
  const onHand = await adapterOf({ payload }).drizzle.execute(
    sql`select quantity_on_hand::int as q from parts where id = ${partId}`,
  )
  const row = rows.rows[0] as { n: number; total: number }
  return { movements: row.n, sum: row.total, onHand: (onHand.rows[0] as { q: number }).q }
}

const usePart = (repairId: number, partId: number, quantity = 1, token = tech.token) =>
  api('POST', `repairs/${repairId}/parts`, { token, body: { part: partId, quantity } })

describe('parts used on a repair', () => {
  it('50 concurrent requests for 1 unit of a part with 10 in stock: exactly 10 succeed', async () => {
    const p = await part(payload, 10)
    const repairs = await Promise.all(Array.from({ length: 5 }, () => openRepair()))
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => usePart(repairs[i % 5]!.id, p.id)),
    )
    const statuses = results.map((r) => r.status)
    expect(statuses.filter((s) => s === 201)).toHaveLength(10)
    expect(statuses.filter((s) => s === 409)).toHaveLength(40)
    const refusal = results.find((r) => r.status === 409)!
    expect(refusal.body.errors[0].message).toMatch(
      new RegExp(`Stock insuffisant pour « ${p.name} »`),
    )
    const after = await ledger(p.id)
    expect(after.onHand).toBe(0)
    expect(after.movements).toBe(11) // the initial count + exactly 10 uses
    expect(after.sum).toBe(after.onHand)
    const lines = await payload.find({
      collection: 'repair-parts',
      where: { repair: { in: repairs.map((r) => r.id) } },
      depth: 0,
      limit: 100,
    })
    expect(lines.docs.reduce((n, l) => n + l.quantity, 0)).toBe(10)
    expect(lines.totalDocs).toBe(10)
  })

  it('copies the sale price at that moment; changing the quantity or removing the line moves stock back', async () => {
    const p = await part(payload, 5, { salePrice: 12000 })
    const r = await openRepair()
    const added = await usePart(r.id, p.id, 2)
    expect(added.status).toBe(201)
    expect(added.body.line).toMatchObject({
      repair: r.id,
      part: p.id,
      quantity: 2,
      unitPrice: 12000,
      label: `2 × ${p.name}`,
      addedBy: tech.user.id,
    })
    await payload.update({ collection: 'parts', id: p.id, data: { salePrice: 99999 } })
    expect(
      (await payload.findByID({ collection: 'repair-parts', id: added.body.line.id })).unitPrice,
    ).toBe(12000)
    expect((await payload.findByID({ collection: 'repairs', id: r.id, depth: 0 })).partsTotal).toBe(
      24000,
    )
    expect((await ledger(p.id)).onHand).toBe(3)

    const res = await api('PATCH', `repair-parts/${added.body.line.id}?depth=0`, {
      token: tech.token,
      body: { quantity: 1, unitPrice: 1, part: 999 },
    })
    expect(res.status).toBe(200)
    expect(res.body.doc).toMatchObject({
      quantity: 1,
      unitPrice: 12000,
      part: p.id,
      label: `1 × ${p.name}`,
    })
    expect((await ledger(p.id)).onHand).toBe(4)
    expect((await payload.findByID({ collection: 'repairs', id: r.id, depth: 0 })).partsTotal).toBe(
      12000,
    )
    expect(
      (await api('DELETE', `repair-parts/${added.body.line.id}`, { token: tech.token })).status,
    ).toBe(200)
    const final = await ledger(p.id)
    expect(final.onHand).toBe(5)
    expect(final.sum).toBe(5)
    expect((await payload.findByID({ collection: 'repairs', id: r.id, depth: 0 })).partsTotal).toBe(
      0,
    )
    const reasons = await payload.find({
      collection: 'stock-movements',
      where: { part: { equals: p.id } },
      sort: 'createdAt',
    })
    expect(reasons.docs.map((m) => [m.reason, m.quantity])).toEqual([
      ['adjustment', 5],
      ['used_on_repair', -2],
      ['returned_from_repair', 1],
      ['returned_from_repair', 1],
    ])
    const events = await payload.find({
      collection: 'repair-events',
      where: { repair: { equals: r.id }, type: { in: ['part_used', 'part_returned'] } },
    })
    expect(events.totalDocs).toBe(3)
  })

  it('the repair page lists its lines (join) and their total', async () => {
    const [a, b] = [
      await part(payload, 5, { salePrice: 1000 }),
      await part(payload, 5, { salePrice: 2500 }),
    ]
    const r = await openRepair()
    await usePart(r.id, a.id, 2)
    await api('POST', 'repair-parts', {
      token: tech.token,
      body: { repair: r.id, part: b.id, quantity: 1 },
    })
    const page = await api('GET', `repairs/${r.id}?depth=1`, { token: tech.token })
    expect(page.body.partsTotal).toBe(4500)
    expect(page.body.partLines.docs.map((l: { label: string }) => l.label)).toEqual([
      `2 × ${a.name}`,
      `1 × ${b.name}`,
    ])
  })

  it('refuses more than the stock in French, naming the part and what is left, and writes nothing', async () => {
    const scarce = await part(payload, 1)
    const r = await openRepair()
    const res = await api('POST', 'repair-parts', {
      token: tech.token,
      body: { repair: r.id, part: scarce.id, quantity: 3 },
    })
    expect(res.status).toBe(409)
    expect(res.body.errors[0].message).toContain(scarce.name)
    expect(res.body.errors[0].message).toContain('1 en stock')
    expect(await ledger(scarce.id)).toEqual({ movements: 1, sum: 1, onHand: 1 })
    expect(
      (await payload.find({ collection: 'repair-parts', where: { repair: { equals: r.id } } }))
        .totalDocs,
    ).toBe(0)
  })

  it('leaves stock and ledger unchanged when the transaction fails after the decrement', async () => {
    const p = await part(payload, 4)
    const r = await openRepair()
    const req = await createLocalReq({ user: { ...tech.user, collection: 'users' } }, payload)
    await initTransaction(req)
    await payload.create({
      collection: 'repair-parts',
      data: { repair: r.id, part: p.id, quantity: 3 },
      req,
      overrideAccess: false,
    })
    const inside = await payload.findByID({ collection: 'parts', id: p.id, req })
    expect(inside.quantityOnHand).toBe(1)
    await killTransaction(req) // the failure
    expect(await ledger(p.id)).toEqual({ movements: 1, sum: 4, onHand: 4 })
    expect(
      (await payload.find({ collection: 'repair-parts', where: { repair: { equals: r.id } } }))
        .totalDocs,
    ).toBe(0)
  })

  it('backs the guard with a CHECK constraint', async () => {
    const p = await part(payload, 1)
    const error = await adapterOf({ payload })
      .drizzle.execute(sql`update parts set quantity_on_hand = -1 where id = ${p.id}`)
      .then(
        () => null,
        (e: { cause?: { constraint?: string } }) => e,
      )
    expect(error?.cause?.constraint).toBe('parts_quantity_on_hand_non_negative')
  })

  it('refuses parts on a closed repair and on a repair not assigned to the technician', async () => {
    const p = await part(payload, 3)
    const other = await staff(payload, 'technician', { isTechnician: true })
    const r = await openRepair({ assignee: other.user.id })
    const foreign = await usePart(r.id, p.id)
    expect(foreign.status).toBe(403)
    expect(foreign.body.errors[0].message).toMatch(/n'est pas assignée à votre nom/)
    const mine = await usePart(r.id, p.id, 1, other.token)
    expect(mine.status).toBe(201)
    // Nor change or remove the lines of someone else's repair.
    expect([403, 404]).toContain(
      (
        await api('PATCH', `repair-parts/${mine.body.line.id}`, {
          token: tech.token,
          body: { quantity: 2 },
        })
      ).status,
    )
    expect([403, 404]).toContain(
      (await api('DELETE', `repair-parts/${mine.body.line.id}`, { token: tech.token })).status,
    )
    await payload.update({ collection: 'repairs', id: r.id, data: { status: 'annule' } })
    const closed = await usePart(r.id, p.id, 1, admin.token)
    expect(closed.status).toBe(409)
    expect(closed.body.errors[0].message).toMatch(/close/)
    expect(
      (await api('DELETE', `repair-parts/${mine.body.line.id}`, { token: admin.token })).status,
    ).toBe(409)
    expect(
      (
        await api('PATCH', `repair-parts/${mine.body.line.id}`, {
          token: admin.token,
          body: { quantity: 3 },
        })
      ).status,
    ).toBe(409)
    expect((await ledger(p.id)).onHand).toBe(2)
  })
})

describe('stock field access', () => {
  it('shows technicians quantity and location but never the purchase cost', async () => {
    const p = await part(payload, 2, { location: 'Tiroir B3' })
    const res = await api('GET', `parts/${p.id}`, { token: tech.token })
    expect(res.status).toBe(200)
    expect(res.body.quantityOnHand).toBe(2)
    expect(res.body.location).toBe('Tiroir B3')
    expect(res.body.purchaseCost).toBeUndefined()
    expect((await api('GET', `parts/${p.id}`, { token: admin.token })).body.purchaseCost).toBe(2500)
  })

  it('does not let technicians edit stock directly, nor anyone write the quantity on hand', async () => {
    const p = await part(payload, 2)
    expect(
      (await api('PATCH', `parts/${p.id}`, { token: tech.token, body: { name: 'X' } })).status,
    ).toBe(403)
    expect(
      (
        await api('POST', 'stock-movements', {
          token: tech.token,
          body: { part: p.id, quantity: 5, reason: 'adjustment' },
        })
      ).status,
    ).toBe(403)
    await api('PATCH', `parts/${p.id}`, { token: admin.token, body: { quantityOnHand: 999 } })
    expect((await ledger(p.id)).onHand).toBe(2)
  })

  it('lets a stock manager record an adjustment, refuses a repair reason and a wrong sign', async () => {
    const p = await part(payload, 2)
    expect(
      (
        await api('POST', 'stock-movements', {
          token: admin.token,
          body: { part: p.id, quantity: -1, reason: 'loss', note: 'Cassé au montage' },
        })
      ).status,
    ).toBe(201)
    const repairReason = await api('POST', 'stock-movements', {
      token: admin.token,
      body: { part: p.id, quantity: -1, reason: 'used_on_repair' },
    })
    expect(repairReason.status).toBe(400)
    const wrongSign = await api('POST', 'stock-movements', {
      token: admin.token,
      body: { part: p.id, quantity: 3, reason: 'loss' },
    })
    expect(wrongSign.status).toBe(400)
    expect(wrongSign.body.errors[0].message).toMatch(/quantité négative/)
    const tooMany = await api('POST', 'stock-movements', {
      token: admin.token,
      body: { part: p.id, quantity: -5, reason: 'loss' },
    })
    expect(tooMany.status).toBe(409)
    expect(await ledger(p.id)).toEqual({ movements: 2, sum: 1, onHand: 1 })
    expect(
      (await api('DELETE', `stock-movements?where[part][equals]=${p.id}`, { token: admin.token }))
        .body.docs ?? [],
    ).toHaveLength(0)
  })
})

describe('low stock', () => {
  it('alerts the stock managers once, then again only after going back above the threshold', async () => {
    const p = await part(payload, 4, { reorderThreshold: 2, reorderQuantity: 6 })
    const runJobs = () => payload.jobs.run({ queue: 'atelier', limit: 50 })
    const alerts = () =>
      mailbox().messages.filter((m) => m.subject === `Stock bas : ${p.name} (${p.sku})`)
    const r = await openRepair()

    await usePart(r.id, p.id, 2) // 4 → 2: at the threshold
    await runJobs()
    await mailbox().waitFor(admin.email, new RegExp(`Stock bas : ${p.name}`))
    expect(alerts()).toHaveLength(1)
    expect(alerts()[0]!.html).toContain('Quantité conseillée à commander : <strong>6</strong>')
    expect((await payload.findByID({ collection: 'parts', id: p.id })).lowStock).toBe(true)

    await usePart(r.id, p.id, 1) // 2 → 1: still low, no new alert
    await runJobs()
    expect(alerts()).toHaveLength(1)

    await payload.create({
      collection: 'stock-movements',
      data: { part: p.id, quantity: 5, reason: 'adjustment' },
    }) // 6
    expect((await payload.findByID({ collection: 'parts', id: p.id })).lowStock).toBe(false)
    await usePart(r.id, p.id, 4) // 6 → 2: low again, alert again
    await runJobs()
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(alerts()).toHaveLength(2)
  })

  it('lists low parts and creates draft orders per supplier with suggested quantities', async () => {
    const supplier = await payload.create({
      collection: 'suppliers',
      data: { name: `Fournisseur ${Date.now()}` },
    })
    const p = await part(payload, 1, {
      reorderThreshold: 3,
      reorderQuantity: 2,
      supplier: supplier.id,
    })
    const res = await api('POST', 'purchase-orders/from-low-stock', { token: admin.token })
    expect(res.status).toBe(201)
    const order = await payload.find({
      collection: 'purchase-orders',
      where: { supplier: { equals: supplier.id } },
      depth: 0,
    })
    expect(order.docs).toHaveLength(1)
    expect(order.docs[0]!.status).toBe('brouillon')
    expect(order.docs[0]!.lines!.map((l) => [l.part, l.quantity, l.unitCost])).toEqual([
      [p.id, 3, 2500],
    ])
  })

  it('counts what is already on order: a second click drafts nothing more for the same part', async () => {
    const supplier = await payload.create({
      collection: 'suppliers',
      data: { name: `Fournisseur bis ${Date.now()}` },
    })
    const p = await part(payload, 0, {
      reorderThreshold: 1,
      reorderQuantity: 2,
      supplier: supplier.id,
    })
    const first = await api('POST', 'purchase-orders/from-low-stock', { token: admin.token })
    expect(first.status).toBe(201)
    const again = await Promise.all([
      api('POST', 'purchase-orders/from-low-stock', { token: admin.token }),
      api('POST', 'purchase-orders/from-low-stock', { token: admin.token }),
    ])
    for (const res of again) {
      expect(res.body.alreadyOrdered).toContain(p.sku)
      expect(res.body.message).toMatch(/déjà en commande/)
    }
    const orders = await payload.find({
      collection: 'purchase-orders',
      where: { supplier: { equals: supplier.id } },
      depth: 0,
    })
    expect(orders.docs).toHaveLength(1)
    expect(orders.docs[0]!.lines!.map((l) => [l.part, l.quantity])).toEqual([[p.id, 2]])
  })
})

describe('history is kept', () => {
  it('refuses deleting a part with movements, a supplier with orders and a repair, in French', async () => {
    const supplier = await payload.create({
      collection: 'suppliers',
      data: { name: `Grossiste ${Date.now()}` },
    })
    const p = await part(payload, 2, { supplier: supplier.id })
    const del = await api('DELETE', `parts/${p.id}`, { token: admin.token })
    expect(del.status).toBe(409)
    expect(del.body.errors[0].message).toMatch(/mouvement\(s\) de stock/)
    expect((await api('DELETE', `suppliers/${supplier.id}`, { token: admin.token })).status).toBe(
      409,
    )
    const r = await openRepair()
    const res = await api('DELETE', `repairs/${r.id}`, { token: admin.token })
    expect(res.status).toBe(409)
    expect(res.body.errors[0].message).toMatch(/Annulé/)
  })

  it('flags a part low as soon as its threshold says so', async () => {
    const p = await part(payload, 3, { reorderThreshold: 1 })
    expect(p.lowStock).toBe(false)
    await api('PATCH', `parts/${p.id}`, { token: admin.token, body: { reorderThreshold: 5 } })
    expect((await payload.findByID({ collection: 'parts', id: p.id })).lowStock).toBe(true)
    const fresh = await part(payload, 0, { reorderThreshold: 1 })
    expect(fresh.lowStock).toBe(true)
  })
})
