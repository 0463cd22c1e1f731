import type { Payload } from 'payload'

import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { beforeAll, describe, expect, it } from 'vitest'

import { api, testPayload } from '../helpers/api'
import { counterCustomer, device, part, repair, staff, unique } from '../helpers/fixtures'

let payload: Payload
let admin: Awaited<ReturnType<typeof staff>>
let tech: Awaited<ReturnType<typeof staff>>
let supplierId: number

beforeAll(async () => {
  payload = await testPayload()
  admin = await staff(payload, 'admin')
  tech = await staff(payload, 'technician', { isTechnician: true })
  supplierId = (
    await payload.create({
      collection: 'suppliers',
      data: { name: unique('Mobile Pièces'), leadTimeDays: 2, email: 'commandes@mobilepieces.fr' },
    })
  ).id
})

async function orderFor(
  lines: { part: number; quantity: number }[],
  extra: Record<string, unknown> = {},
) {
  const res = await api('POST', 'purchase-orders', {
    token: admin.token,
    body: { supplier: supplierId, lines, ...extra },
  })
  expect(res.status).toBe(201)
  return res.body.doc as {
    id: number
    reference: string
    lines: { id: string; part: number | { id: number } }[]
  }
}

describe('purchase orders', () => {
  it('numbers orders CF-YYYY-NNNN, defaults unit costs from the part, and moves brouillon → commandée', async () => {
    const p = await part(payload, 0, { purchaseCost: 4200 })
    const order = await orderFor([{ part: p.id, quantity: 3 }])
    expect(order.reference).toMatch(/^CF-\d{4}-\d{4}$/)
    const saved = await payload.findByID({ collection: 'purchase-orders', id: order.id, depth: 0 })
    expect(saved.lines![0]!.unitCost).toBe(4200)
    const ordered = await api('PATCH', `purchase-orders/${order.id}`, {
      token: admin.token,
      body: { status: 'commandee' },
    })
    expect(ordered.status).toBe(200)
    expect(ordered.body.doc.orderedAt).toBeTruthy()
    const frozen = await api('PATCH', `purchase-orders/${order.id}`, {
      token: admin.token,
      body: { lines: [{ part: p.id, quantity: 30 }] },
    })
    expect(frozen.status).toBe(409)
    const jump = await api('PATCH', `purchase-orders/${order.id}`, {
      token: admin.token,
      body: { status: 'recue' },
    })
    expect(jump.status).toBe(409)
    expect(jump.body.errors[0].message).toMatch(/Réceptionner/)
  })

  it('receives part of an order, then the rest, adding stock through the ledger', async () => {
    const a = await part(payload, 1)
    const b = await part(payload, 0)
    const order = await orderFor([
      { part: a.id, quantity: 4 },
      { part: b.id, quantity: 2 },
    ])
    const draftReceive = await api('POST', `purchase-orders/${order.id}/receive`, {
      token: admin.token,
      body: { lines: [] },
    })
    expect(draftReceive.status).toBe(409)
    await api('PATCH', `purchase-orders/${order.id}`, {
      token: admin.token,
      body: { status: 'commandee' },
    })
    const [lineA, lineB] = order.lines

    const partial = await api('POST', `purchase-orders/${order.id}/receive`, {
      token: admin.token,
      body: { lines: [{ lineId: lineA!.id, quantity: 3 }] },
    })
    expect(partial.status).toBe(200)
    expect(partial.body.order.status).toBe('partiellement_recue')
    expect((await payload.findByID({ collection: 'parts', id: a.id })).quantityOnHand).toBe(4)

    const over = await api('POST', `purchase-orders/${order.id}/receive`, {
      token: admin.token,
      body: { lines: [{ lineId: lineA!.id, quantity: 2 }] },
    })
    expect(over.status).toBe(409)
    expect((await payload.findByID({ collection: 'parts', id: a.id })).quantityOnHand).toBe(4)

    const rest = await api('POST', `purchase-orders/${order.id}/receive`, {
      token: admin.token,
      body: {
        lines: [
          { lineId: lineA!.id, quantity: 1 },
          { lineId: lineB!.id, quantity: 2 },
        ],
      },
    })
    expect(rest.body.order.status).toBe('recue')
    expect(rest.body.order.receivedAt).toBeTruthy()
    expect((await payload.findByID({ collection: 'parts', id: a.id })).quantityOnHand).toBe(5)
    expect((await payload.findByID({ collection: 'parts', id: b.id })).quantityOnHand).toBe(2)
    const receipts = await payload.find({
      collection: 'stock-movements',
      where: { purchaseOrder: { equals: order.id } },
    })
    expect(receipts.docs.map((m) => m.reason)).toEqual(['reception', 'reception', 'reception'])
  })

  it('links an order to the repair waiting for its part and prints it as a PDF', async () => {
    const p = await part(payload, 0)
    const c = await counterCustomer(payload)
    const r = await repair(payload, (await device(payload, c.id)).id)
    const order = await orderFor([{ part: p.id, quantity: 1 }], { linkedRepair: r.id })
    const { REST_GET } = await import('@payloadcms/next/routes')
    const config = (await import('@payload-config')).default
    const response = await REST_GET(config)(
      new Request(`http://localhost/api/purchase-orders/${order.id}/pdf`, {
        headers: { authorization: `JWT ${admin.token}` },
      }),
      {
        params: Promise.resolve({ slug: ['purchase-orders', String(order.id), 'pdf'] }),
      },
    )
    expect(response.headers.get('content-type')).toBe('application/pdf')
    const page = await (
      await getDocument({ data: new Uint8Array(await response.arrayBuffer()) }).promise
    ).getPage(1)
    const text = (await page.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join(' ')
    expect(text).toContain(order.reference)
    expect(text).toContain(r.reference!)
    expect(text).toContain(p.sku)
  })

  it('« Commander » sends a draft to the supplier once; the second click is told so', async () => {
    const p = await part(payload, 0, { purchaseCost: 1500 })
    const order = await orderFor([{ part: p.id, quantity: 2 }])
    const refused = await api('POST', `purchase-orders/${order.id}/place`, { token: tech.token })
    expect(refused.status).toBe(403)
    const placed = await api('POST', `purchase-orders/${order.id}/place`, { token: admin.token })
    expect(placed.status).toBe(200)
    expect(placed.body.message).toBe(`Commande ${order.reference} passée au fournisseur.`)
    const saved = await payload.findByID({ collection: 'purchase-orders', id: order.id, depth: 0 })
    expect(saved.status).toBe('commandee')
    expect(saved.orderedAt).toBeTruthy()
    const again = await api('POST', `purchase-orders/${order.id}/place`, { token: admin.token })
    expect(again.status).toBe(409)
    expect(again.body.errors[0].message).toContain(`${order.reference} a déjà été passée`)
    const after = await payload.findByID({ collection: 'purchase-orders', id: order.id, depth: 0 })
    expect(after.orderedAt).toBe(saved.orderedAt)
    const missing = await api('POST', 'purchase-orders/99999999/place', { token: admin.token })
    expect(missing.status).toBe(404)
  })

  it('keeps purchase orders and costs away from technicians', async () => {
    expect((await api('GET', 'purchase-orders', { token: tech.token })).status).toBe(403)
    expect(
      (
        await api('POST', 'purchase-orders', {
          token: tech.token,
          body: { supplier: supplierId, lines: [] },
        })
      ).status,
    ).toBe(403)
  })
})

describe('suppliers', () => {
  it('stores a phone typed the French way in E.164, finds it as typed, refuses one that is not a number', async () => {
    const name = unique('Pièces Rhône')
    const created = await api('POST', 'suppliers', {
      token: admin.token,
      body: { name, phone: '04 78 52 31 90' },
    })
    expect(created.status).toBe(201)
    expect(created.body.doc.phone).toBe('+33478523190')
    const found = await api(
      'GET',
      `suppliers?where[phone][like]=${encodeURIComponent('04.78.52.31.90')}&depth=0`,
      { token: admin.token },
    )
    expect(found.body.docs.map((d: { name: string }) => d.name)).toEqual([name])
    const bad = await api('PATCH', `suppliers/${created.body.doc.id}`, {
      token: admin.token,
      body: { phone: 'le standard' },
    })
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].message).toContain("« le standard » n'est pas valide")
    const kept = await payload.findByID({ collection: 'suppliers', id: created.body.doc.id })
    expect(kept.phone).toBe('+33478523190')
  })
})

describe('receiving without seeing costs', () => {
  it('keeps the unit costs when a role that cannot see them receives a delivery', async () => {
    const storekeeper = await payload.create({
      collection: 'roles',
      data: {
        name: unique('Magasinier'),
        permissions: { purchaseOrders: { read: true, update: true }, stock: { read: true } },
      },
    })
    const clerk = await staff(payload, 'technician')
    await payload.update({ collection: 'users', id: clerk.user.id, data: { role: storekeeper.id } })
    const p = await part(payload, 0, { purchaseCost: 3100 })
    const order = await orderFor([{ part: p.id, quantity: 2 }])
    await api('PATCH', `purchase-orders/${order.id}`, {
      token: admin.token,
      body: { status: 'commandee' },
    })
    const seen = await api('GET', `purchase-orders/${order.id}`, { token: clerk.token })
    expect(seen.body.lines[0].unitCost).toBeUndefined()
    const res = await api('POST', `purchase-orders/${order.id}/receive`, {
      token: clerk.token,
      body: { lines: [{ lineId: order.lines[0]!.id, quantity: 2 }] },
    })
    expect(res.status).toBe(200)
    const saved = await payload.findByID({ collection: 'purchase-orders', id: order.id, depth: 0 })
    expect(saved.lines![0]!.unitCost).toBe(3100)
    expect(saved.status).toBe('recue')
  })
})
