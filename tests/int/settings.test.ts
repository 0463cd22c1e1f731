import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api, testPayload } from '../helpers/api'
import {
  counterCustomer,
  customer,
  device,
  repair,
  shopStaff,
  type Staff,
} from '../helpers/fixtures'
import { getRaw, pdfText } from '../helpers/pdf'

let payload: Payload
let admin: Staff
let reception: Staff
let tech: Staff

beforeAll(async () => {
  payload = await testPayload()
  ;({ admin, reception, tech } = await shopStaff(payload))
})

// Files run one after the other on one database: what this file sets, it puts back.
afterAll(async () => {
  await payload.updateGlobal({
    slug: 'settings',
    data: {
      tradeName: null,
      legalName: null,
      siret: null,
      iban: null,
      vatNumber: null,
      labourWarrantyMonths: 3,
      warrantyFromHandBack: false,
    },
  })
})

describe("the shop's settings", () => {
  it('are the administrator’s: the counter, the bench, a customer and strangers are refused', async () => {
    expect((await api('GET', 'globals/settings', { token: admin.token })).status).toBe(200)
    for (const token of [reception.token, tech.token, undefined]) {
      expect((await api('GET', 'globals/settings', { token })).status).toBe(403)
      const write = await api('POST', 'globals/settings', { token, body: { tradeName: 'Pirate' } })
      expect(write.status).toBe(403)
    }
    const client = await customer(payload)
    expect((await api('GET', 'globals/settings', { token: client.token })).status).toBe(403)
    const stored = await payload.findGlobal({ slug: 'settings' })
    expect(stored.tradeName).not.toBe('Pirate')
  })

  it('keep SIRET, IBAN and VAT number in one form, and refuse a wrong one by its field', async () => {
    const saved = await api('POST', 'globals/settings', {
      token: admin.token,
      body: {
        legalName: 'Répar’Lyon SARL',
        tradeName: 'Répar’Lyon',
        siret: '732 829 320 00074',
        iban: 'de89 3704 0044 0532 0130 00',
        vatNumber: 'FR 40 303 265 045',
      },
    })
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    expect(saved.body.result).toMatchObject({
      siret: '73282932000074',
      iban: 'DE89 3704 0044 0532 0130 00',
      vatNumber: 'FR40303265045',
    })
    for (const [field, value, message] of [
      ['iban', 'FR76 3000 6000 0112 3456 7890 180', /IBAN .* n'est pas valide/],
      ['siret', '732 829 320 00075', /SIRET .* n'est pas valide/],
      ['vatNumber', 'FR41303265045', /TVA intracommunautaire .* n'est pas valide/],
    ] as const) {
      const bad = await api('POST', 'globals/settings', {
        token: admin.token,
        body: { [field]: value },
      })
      expect(bad.status, field).toBe(400)
      expect(bad.body.errors[0].message).toMatch(message)
      expect(bad.body.errors[0].data.field).toBe(field)
    }
    const kept = await payload.findGlobal({ slug: 'settings' })
    expect(kept.iban).toBe('DE89 3704 0044 0532 0130 00')
  })

  it('print on the intake ticket, and their change is in the action log', async () => {
    const me = await counterCustomer(payload)
    const r = await repair(payload, (await device(payload, me.id)).id)
    const ticket = await getRaw(`repairs/${r.id}/intake-ticket`, reception.token)
    expect(ticket.status).toBe(200)
    const text = await pdfText(new Uint8Array(await ticket.arrayBuffer()))
    expect(text).toContain('Répar’Lyon')
    expect(text).toContain('SIRET 732 829 320 00074')
    const log = await payload.find({
      collection: 'action-logs',
      where: { collectionSlug: { equals: 'settings' } },
      sort: '-createdAt',
      limit: 1,
    })
    expect(log.docs[0]?.summary).toContain("Paramètres de l'atelier")
    expect(JSON.stringify(log.docs[0]?.changes)).toContain('DE89 3704 0044 0532 0130 00')
  })

  it('set the labour warranty, and whether warranties start at the hand-back', async () => {
    await payload.updateGlobal({
      slug: 'settings',
      data: { labourWarrantyMonths: 12, warrantyFromHandBack: true },
    })
    const me = await counterCustomer(payload)
    const r = await repair(payload, (await device(payload, me.id)).id, { assignee: tech.user.id })
    for (const body of [
      { status: 'en_cours', step: 'diagnostic' },
      { status: 'en_cours', step: 'intervention' },
      { status: 'en_cours', step: 'test' },
      { status: 'termine' },
    ])
      expect((await api('PATCH', `repairs/${r.id}`, { token: admin.token, body })).status).toBe(200)
    const labour = () =>
      payload.find({ collection: 'warranties', where: { repair: { equals: r.id } }, depth: 0 })
    expect((await labour()).totalDocs).toBe(0)
    const back = await api('PATCH', `repairs/${r.id}`, {
      token: reception.token,
      body: { status: 'restitue' },
    })
    expect(back.status).toBe(200)
    const [warranty] = (await labour()).docs
    const handedBack = (await payload.findByID({ collection: 'repairs', id: r.id })).handedBackAt!
    expect(warranty!.startsAt).toBe(handedBack)
    // Twelve months of labour warranty from the hand-back: a year, give or take the calendar.
    const days = (Date.parse(warranty!.endsAt) - Date.parse(handedBack)) / 86_400_000
    expect(days).toBeGreaterThan(364)
    expect(days).toBeLessThan(367)
  })
})
