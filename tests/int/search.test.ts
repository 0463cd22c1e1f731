// One search for the counter and the bench: the header's quick search (GET /api/search) and the
// repairs list search find a repair by its customer's name or phone (typed any usual French way),
// the IMEI, the serial number or the model — within what the role may read.
import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import { api, testPayload } from '../helpers/api'
import { counterCustomer, device, repair, staff, unique } from '../helpers/fixtures'

let payload: Payload
let reception: Awaited<ReturnType<typeof staff>>
let tech: Awaited<ReturnType<typeof staff>>
let lastName: string
let phoneDigits: string
let imei: string
let serial: string
let model: string
let reference: string

function luhnDigit(body: string): string {
  let sum = 0
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i])
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2
    sum += d
  }
  return String((10 - (sum % 10)) % 10)
}

beforeAll(async () => {
  payload = await testPayload()
  reception = await staff(payload, 'receptionist')
  tech = await staff(payload, 'technician', { isTechnician: true })
  const seed = String(Date.now()).slice(-8)
  phoneDigits = `06${seed}`
  const body = `35${seed}${String(process.pid).padStart(5, '0').slice(-5)}`.slice(0, 14)
  imei = body + luhnDigit(body)
  serial = unique('SNQ')
  model = unique('Fairphone')
  lastName = unique('Recherché')
  const c = await counterCustomer(payload, { lastName, phone: phoneDigits })
  const d = await device(payload, c.id, { brand: 'Fairphone', model, imei, serialNumber: serial })
  const r = await repair(payload, d.id, { assignee: tech.user.id })
  reference = r.reference!
})

const search = (q: string, token: string) =>
  api('GET', `search?q=${encodeURIComponent(q)}`, { token })

/** The repairs list's own search, as Payload builds it from `listSearchableFields`. */
function listSearch(q: string): string {
  const fields = payload.collections.repairs.config.admin.listSearchableFields!
  return fields.map((f, i) => `where[or][${i}][${f}][like]=${encodeURIComponent(q)}`).join('&')
}

describe('quick search (header)', () => {
  it.each([
    [
      'the phone as typed at the counter',
      () =>
        `${phoneDigits.slice(0, 2)} ${phoneDigits.slice(2, 4)} ${phoneDigits.slice(4, 6)} ${phoneDigits.slice(6, 8)} ${phoneDigits.slice(8)}`,
    ],
    ['the phone in one block', () => phoneDigits],
    ['the phone in E.164', () => `+33${phoneDigits.slice(1)}`],
    ["the customer's name", () => lastName],
  ])('finds the customer, the device and the repair by %s', async (_what, q) => {
    const res = await search(q(), reception.token)
    expect(res.status).toBe(200)
    expect(res.body.customers.map((h: { title: string }) => h.title).join()).toContain(lastName)
    expect(res.body.repairs.map((h: { title: string }) => h.title)).toContain(reference)
    expect(res.body.devices.map((h: { title: string }) => h.title).join()).toContain(model)
    // Shown as people read it, with a link to the record.
    const hit = res.body.repairs.find((h: { title: string }) => h.title === reference)
    expect(hit.detail).toContain(lastName)
    expect(hit.detail).toContain('En attente')
    expect(hit.url).toMatch(/^\/admin\/collections\/repairs\/\d+$/)
    expect(res.body.customers[0].detail).toContain(
      `${phoneDigits.slice(0, 2)} ${phoneDigits.slice(2, 4)}`,
    )
  })

  it.each([
    ['IMEI', () => imei],
    ['serial number', () => serial],
    ['model', () => model],
    ['reference', () => reference],
  ])('finds the repair by its %s', async (_what, q) => {
    const res = await search(q(), reception.token)
    expect(res.status).toBe(200)
    expect(res.body.repairs.map((h: { title: string }) => h.title)).toContain(reference)
  })

  it('answers nothing, not an error, when nothing matches', async () => {
    const res = await search(unique('introuvable'), reception.token)
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ repairs: [], devices: [], customers: [] })
  })

  it('gives a technician their repair by IMEI but no customer, and no error', async () => {
    const byImei = await search(imei, tech.token)
    expect(byImei.status).toBe(200)
    expect(byImei.body.repairs.map((h: { title: string }) => h.title)).toContain(reference)
    expect(byImei.body.customers).toEqual([])
    expect(JSON.stringify(byImei.body)).not.toContain(lastName)
    // The customer's name is not a way in for a role that may not see customers.
    const byName = await search(lastName, tech.token)
    expect(byName.status).toBe(200)
    expect(byName.body.repairs).toEqual([])
  })

  it('is for staff only', async () => {
    expect((await api('GET', 'search?q=iphone')).status).toBe(401)
  })
})

describe('repairs list search', () => {
  it("finds the repair by the customer's phone typed 06… and by IMEI", async () => {
    for (const q of [
      phoneDigits,
      `${phoneDigits.slice(0, 2)}.${phoneDigits.slice(2, 4)}`,
      imei,
      model,
    ]) {
      const res = await api('GET', `repairs?depth=0&limit=50&${listSearch(q)}`, {
        token: reception.token,
      })
      expect(res.status, q).toBe(200)
      expect(
        res.body.docs.map((r: { reference: string }) => r.reference),
        q,
      ).toContain(reference)
    }
  })

  it('searches the rest for a technician, the customer fields left out instead of refused', async () => {
    const byImei = await api('GET', `repairs?depth=0&${listSearch(imei)}`, { token: tech.token })
    expect(byImei.status).toBe(200)
    expect(byImei.body.docs.map((r: { reference: string }) => r.reference)).toEqual([reference])
    const byName = await api('GET', `repairs?depth=0&${listSearch(lastName)}`, {
      token: tech.token,
    })
    expect(byName.status).toBe(200)
    expect(byName.body.docs).toEqual([])
    // A query on the customer alone (no other alternative) is still refused as before.
    const direct = await api(
      'GET',
      `repairs?depth=0&where[customer.displayName][like]=${encodeURIComponent(lastName)}`,
      { token: tech.token },
    )
    expect(direct.status).toBeGreaterThanOrEqual(400)
  })
})
