import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import { api, testPayload } from '../helpers/api'
import { counterCustomer, customer, staff, unique } from '../helpers/fixtures'
import { getRaw, pdfText } from '../helpers/pdf'

let payload: Payload
let reception: Awaited<ReturnType<typeof staff>>
let tech: Awaited<ReturnType<typeof staff>>

beforeAll(async () => {
  payload = await testPayload()
  reception = await staff(payload, 'receptionist')
  tech = await staff(payload, 'technician', { isTechnician: true })
})

// A 1×1 PNG, as small as a real image gets.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)

const intakeBody = (email: string, imei = '490154203237518') => ({
  customer: {
    civility: 'mme',
    firstName: 'Nadia',
    lastName: 'Girard',
    email,
    phone: '06 11 22 33 44',
  },
  device: {
    brand: 'Samsung',
    model: 'Galaxy S22',
    imei,
    accessories: ['chargeur'],
    condition: { scratches: true, cracks: true, missingParts: null, notes: 'Coin choqué' },
  },
  repair: {
    reportedProblem: 'Écran fissuré, tactile ne répond plus',
    priority: 'haute',
    estimatedPrice: 18900,
    assignee: null as number | null,
  },
})

describe('counter intake (POST /api/intake)', () => {
  it('creates customer, device and repair in one go and gives the ticket', async () => {
    const email = `${unique('depot')}@exemple.fr`
    const body = intakeBody(email)
    body.repair.assignee = tech.user.id
    const res = await api('POST', 'intake', { token: reception.token, body })
    expect(res.status).toBe(201)
    expect(res.body.repair.reference).toMatch(/^R-\d{4}-\d{6}$/)
    expect(res.body.message).toContain(res.body.repair.reference)

    const repair = await payload.findByID({
      collection: 'repairs',
      id: res.body.repair.id,
      depth: 2,
    })
    expect(
      repair.assignee && typeof repair.assignee === 'object' ? repair.assignee.id : repair.assignee,
    ).toBe(tech.user.id)
    const dev = repair.device as {
      customer: { email: string; phone: string }
      condition: { cracks: boolean }
    }
    expect(dev.customer.email).toBe(email)
    expect(dev.customer.phone).toBe('+33611223344')
    expect(dev.condition.cracks).toBe(true)

    const ticket = await fetchTicket(res.body.repair.id, reception.token)
    expect(ticket.headers.get('content-type')).toBe('application/pdf')
    const text = await pdfText(new Uint8Array(await ticket.arrayBuffer()))
    expect(text).toContain(res.body.repair.reference)
    expect(text).toContain('Nadia Girard')
    expect(text).toContain('189,00')
  })

  it('keeps the photos taken at the counter with the device, in the same request', async () => {
    const existing = await counterCustomer(payload)
    const form = new FormData()
    form.set(
      '_payload',
      JSON.stringify({
        customerId: existing.id,
        device: { brand: 'Apple', model: 'iPhone 13' },
        repair: { reportedProblem: 'Dos fissuré', unlockCode: '1379' },
      }),
    )
    form.append('photos', new Blob([PNG], { type: 'image/png' }), 'face.png')
    form.append('photos', new Blob([PNG], { type: 'image/png' }), 'dos.png')
    const res = await api('POST', 'intake', { token: reception.token, rawBody: form })
    expect(res.status).toBe(201)
    const saved = await payload.findByID({
      collection: 'devices',
      id: res.body.device.id,
      depth: 1,
    })
    const photos = (saved.photos ?? []) as { filename: string; alt: string; mimeType: string }[]
    expect(photos.map((p) => p.alt)).toEqual([
      'Dépôt Apple iPhone 13 — photo 1',
      'Dépôt Apple iPhone 13 — photo 2',
    ])
    expect(photos.every((p) => p.mimeType === 'image/png')).toBe(true)
    const repair = await api('GET', `repairs/${res.body.repair.id}?depth=0`, {
      token: reception.token,
    })
    expect(repair.body.unlockCode).toBe('1379')
  })

  it('refuses a file that is not a photo and writes nothing', async () => {
    const model = unique('Pixel')
    const form = new FormData()
    form.set(
      '_payload',
      JSON.stringify({
        customerId: (await counterCustomer(payload)).id,
        device: { brand: 'Google', model },
        repair: { reportedProblem: 'Écran' },
      }),
    )
    form.append('photos', new Blob(['%PDF-1.4'], { type: 'application/pdf' }), 'devis.pdf')
    const res = await api('POST', 'intake', { token: reception.token, rawBody: form })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toContain("« devis.pdf » n'est pas une photo")
    expect(res.body.errors[0].data.field).toBe('photos')
    const devices = await payload.count({
      collection: 'devices',
      where: { model: { equals: model } },
    })
    expect(devices.totalDocs).toBe(0)
  })

  it('reuses an existing customer', async () => {
    const existing = await counterCustomer(payload)
    const body = {
      customerId: existing.id,
      device: { brand: 'Apple', model: 'iPad Air' },
      repair: { reportedProblem: 'Batterie' },
    }
    const res = await api('POST', 'intake', { token: reception.token, body })
    expect(res.status).toBe(201)
    expect(res.body.customer.id).toBe(existing.id)
  })

  it('writes nothing when one part is invalid, and says which field in French', async () => {
    const email = `${unique('rate')}@exemple.fr`
    const res = await api('POST', 'intake', {
      token: reception.token,
      body: intakeBody(email, '490154203237519'),
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toMatch(/IMEI/)
    expect(
      (await payload.count({ collection: 'customers', where: { email: { equals: email } } }))
        .totalDocs,
    ).toBe(0)
  })

  it('refuses an invalid phone number with a French message naming the field', async () => {
    const res = await api('POST', 'intake', {
      token: reception.token,
      body: {
        ...intakeBody(`${unique('tel')}@exemple.fr`),
        customer: { lastName: 'X', email: `${unique('t')}@exemple.fr`, phone: '12 34' },
      },
    })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toMatch(/numéro de téléphone/)
    expect(res.body.errors[0].data.field).toBe('phone')
  })

  it('refuses technicians, customers and anonymous callers', async () => {
    const body = intakeBody(`${unique('x')}@exemple.fr`)
    expect((await api('POST', 'intake', { token: tech.token, body })).status).toBe(403)
    expect(
      (await api('POST', 'intake', { token: (await customer(payload)).token, body })).status,
    ).toBe(403)
    expect((await api('POST', 'intake', { body })).status).toBe(401)
  })

  it('serves the ticket only to whoever may read the repair', async () => {
    const res = await api('POST', 'intake', {
      token: reception.token,
      body: intakeBody(`${unique('t')}@exemple.fr`),
    })
    const other = await customer(payload)
    expect((await fetchTicket(res.body.repair.id, other.token)).status).toBe(404)
    expect((await fetchTicket(res.body.repair.id)).status).toBe(401)
  })
})

const fetchTicket = (id: number, token?: string) => getRaw(`repairs/${id}/intake-ticket`, token)
