import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { parisParts } from '../../src/domain/parisTime'
import { api, testPayload } from '../helpers/api'
import { customer, device, repair, shopStaff, unique, type Staff } from '../helpers/fixtures'
import { getRaw, pdfText } from '../helpers/pdf'

let payload: Payload
let admin: Staff
let reception: Staff
let tech: Staff
let smartphone: number
let laptop: number
let screenBonus: number

beforeAll(async () => {
  payload = await testPayload()
  ;({ admin, reception, tech } = await shopStaff(payload))
  await payload.updateGlobal({ slug: 'settings', data: { qualiReparNumber: 'QR-2026-0042' } })
  const type = (name: string) =>
    payload.create({ collection: 'device-types', data: { name: unique(name), code: unique('t') } })
  smartphone = (await type('Smartphone')).id
  laptop = (await type('Portable')).id
  const created = await api('POST', 'repair-bonuses', {
    token: admin.token,
    body: {
      label: 'Smartphone — écran',
      deviceType: smartphone,
      amount: 2500,
      ecoOrganism: 'ecosystem',
    },
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  screenBonus = created.body.doc.id
})

afterAll(async () => {
  await payload.updateGlobal({ slug: 'settings', data: { qualiReparNumber: null } })
})

/** A finished repair of 149 € on a device of the given type, and its draft invoice. */
async function draftFor(deviceType: number) {
  const me = await customer(payload)
  const d = await device(payload, me.customer.id, { type: deviceType })
  const r = await repair(payload, d.id, { assignee: tech.user.id, estimatedPrice: 14900 })
  for (const body of [
    { status: 'en_cours', step: 'diagnostic' },
    { status: 'en_cours', step: 'intervention' },
    { status: 'en_cours', step: 'test' },
    { status: 'termine' },
  ])
    await api('PATCH', `repairs/${r.id}`, { token: admin.token, body })
  const draft = await api('POST', `repairs/${r.id}/invoice`, { token: reception.token })
  expect(draft.status).toBe(201)
  return { me, invoice: draft.body.invoice }
}

describe('the repair bonus (QualiRépar)', () => {
  it('is a table the admin manages, the counter reads', async () => {
    const res = await api('POST', 'repair-bonuses', {
      token: reception.token,
      body: { label: 'Pirate', deviceType: smartphone, amount: 9900 },
    })
    expect(res.status).toBe(403)
    expect((await api('GET', 'repair-bonuses', { token: reception.token })).status).toBe(200)
    expect((await api('GET', 'repair-bonuses', { token: tech.token })).status).toBe(403)
  })

  it('is deducted from what the customer pays, printed, and listed to claim', async () => {
    const { me, invoice } = await draftFor(smartphone)
    const withBonus = await api('PATCH', `invoices/${invoice.id}`, {
      token: reception.token,
      body: { bonusRule: screenBonus },
    })
    expect(withBonus.status, JSON.stringify(withBonus.body)).toBe(200)
    expect(withBonus.body.doc).toMatchObject({ totalTtc: 14900, bonusAmount: 2500 })
    const issued = await api('POST', `invoices/${invoice.id}/issue`, { token: reception.token })
    expect(issued.status).toBe(200)
    expect(issued.body.invoice).toMatchObject({ status: 'emise', bonusAmount: 2500 })

    const over = await api('POST', `invoices/${invoice.id}/payments`, {
      token: reception.token,
      body: { amount: 14900, method: 'carte' },
    })
    expect(over.status).toBe(409)
    const paid = await api('POST', `invoices/${invoice.id}/payments`, {
      token: reception.token,
      body: { amount: 12400, method: 'carte' },
    })
    expect(paid.status, JSON.stringify(paid.body)).toBe(201)
    expect(paid.body.invoice.status).toBe('payee')

    const text = await pdfText(
      new Uint8Array(await (await getRaw(`invoices/${invoice.id}/pdf`, me.token)).arrayBuffer()),
    )
    expect(text).toContain('Bonus réparation QualiRépar — Smartphone — écran')
    expect(text).toMatch(/Net à payer\s+124,00/)

    const month = parisParts(new Date()).date.slice(0, 7)
    const claims = await api('GET', `repair-bonuses/claims?month=${month}`, { token: admin.token })
    expect(claims.status).toBe(200)
    const mine = claims.body.items.filter(
      (i: { invoice: string }) => i.invoice === issued.body.invoice.number,
    )
    expect(mine).toEqual([
      expect.objectContaining({ amount: 2500, ecoOrganism: 'Ecosystem', invoiceTotalTtc: 14900 }),
    ])
    expect(claims.body.total).toBe(
      claims.body.items.reduce((s: number, i: { amount: number }) => s + i.amount, 0),
    )
    expect(claims.body.byOrganism.Ecosystem.amount).toBeGreaterThanOrEqual(2500)
    const bad = await api('GET', 'repair-bonuses/claims?month=2026-13', { token: admin.token })
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].message).toContain('AAAA-MM')
  })

  it('is refused on another device type, and for a shop without its label', async () => {
    const { invoice } = await draftFor(laptop)
    const wrong = await api('PATCH', `invoices/${invoice.id}`, {
      token: admin.token,
      body: { bonusRule: screenBonus },
    })
    expect(wrong.status).toBe(409)
    expect(wrong.body.errors[0].message).toContain('concerne les appareils de type « Smartphone')
    const stored = await payload.findByID({ collection: 'invoices', id: invoice.id, depth: 0 })
    expect(stored.bonusRule ?? null).toBeNull()

    const { invoice: other } = await draftFor(smartphone)
    await payload.updateGlobal({ slug: 'settings', data: { qualiReparNumber: null } })
    try {
      const unlabelled = await api('PATCH', `invoices/${other.id}`, {
        token: admin.token,
        body: { bonusRule: screenBonus },
      })
      expect(unlabelled.status).toBe(409)
      expect(unlabelled.body.errors[0].message).toContain("n'est pas labellisé QualiRépar")
    } finally {
      await payload.updateGlobal({ slug: 'settings', data: { qualiReparNumber: 'QR-2026-0042' } })
    }
  })
})
