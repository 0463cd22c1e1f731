import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import { api, graphql, testPayload } from '../helpers/api'
import {
  counterCustomer,
  customer,
  device,
  repair,
  shopStaff,
  type Staff,
  unique,
} from '../helpers/fixtures'

let payload: Payload
let admin: Staff
let reception: Staff
let tech: Staff

beforeAll(async () => {
  payload = await testPayload()
  ;({ admin, reception, tech } = await shopStaff(payload))
})

describe('customer records', () => {
  it('normalises French phone numbers to E.164 and checks the SIRET', async () => {
    const res = await api('POST', 'customers', {
      token: reception.token,
      body: {
        lastName: 'Pro',
        company: 'Réparo SARL',
        siret: '732 829 320 00074',
        phone: '04.78.12.34.56',
        email: `${unique('p')}@exemple.fr`,
      },
    })
    expect(res.status).toBe(201)
    expect(res.body.doc.phone).toBe('+33478123456')
    expect(res.body.doc.siret).toBe('73282932000074')
    const bad = await api('POST', 'customers', {
      token: reception.token,
      body: { lastName: 'Pro', siret: '73282932000075', email: `${unique('p')}@exemple.fr` },
    })
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].data.field).toBe('siret')
    expect(bad.body.errors[0].message).toMatch(/SIRET/)
  })

  it('finds a customer by phone typed any usual French way, and nothing for a wrong number', async () => {
    const digits = String(Date.now()).slice(-8)
    const found = await counterCustomer(payload, { phone: `06${digits}` })
    expect(found.phone).toBe(`+336${digits}`)
    const spaced = `06 ${digits.slice(0, 2)} ${digits.slice(2, 4)} ${digits.slice(4, 6)} ${digits.slice(6)}`
    const search = (term: string) =>
      api(
        'GET',
        // As the admin list search asks: any of the searchable fields, `like` the term.
        `customers?depth=0&where[or][0][displayName][like]=${encodeURIComponent(term)}&where[or][1][phone][like]=${encodeURIComponent(term)}`,
        { token: reception.token },
      )
    for (const term of [
      `06${digits}`,
      spaced,
      `06.${digits.slice(0, 2)}.${digits.slice(2, 4)}`,
      `+336${digits}`,
    ]) {
      const res = await search(term)
      expect(res.status, term).toBe(200)
      expect(
        res.body.docs.map((d: { id: number }) => d.id),
        term,
      ).toContain(found.id)
    }
    // Combined with another condition, the widened search keeps it.
    const narrowed = await api(
      'GET',
      `customers?depth=0&where[phone][like]=06${digits}&where[id][not_equals]=${found.id}`,
      { token: reception.token },
    )
    expect(narrowed.body.totalDocs).toBe(0)
    expect(
      (await search('09 99 99 99 99')).body.docs.map((d: { id: number }) => d.id),
    ).not.toContain(found.id)
  })

  it('shows every device and repair of a customer, newest first', async () => {
    const c = await counterCustomer(payload)
    const d1 = await device(payload, c.id, { model: 'Ancien' })
    const d2 = await device(payload, c.id, { model: 'Récent' })
    await repair(payload, d1.id)
    const r2 = await repair(payload, d2.id)
    const res = await api('GET', `customers/${c.id}?depth=0`, { token: reception.token })
    expect(res.body.devices.docs).toEqual([d2.id, d1.id])
    expect(res.body.repairs.docs[0]).toBe(r2.id)
    expect(res.body.repairs.docs).toHaveLength(2)
  })

  it('refuses to delete a customer with repairs and offers anonymisation', async () => {
    const c = await counterCustomer(payload)
    await repair(payload, (await device(payload, c.id)).id)
    const res = await api('DELETE', `customers/${c.id}`, { token: admin.token })
    expect(res.status).toBe(409)
    expect(res.body.errors[0].message).toMatch(/Anonymiser/)
    expect(
      (await payload.count({ collection: 'customers', where: { id: { equals: c.id } } })).totalDocs,
    ).toBe(1)
  })

  it('exports all of a customer’s data as JSON (admin only)', async () => {
    const c = await counterCustomer(payload, { phone: '0612345678' })
    const d = await device(payload, c.id)
    const r = await repair(payload, d.id)
    const res = await api('GET', `customers/${c.id}/export`, { token: admin.token })
    expect(res.status).toBe(200)
    expect(res.body.customer.email).toBe(c.email)
    expect(res.body.devices.map((x: { id: number }) => x.id)).toEqual([d.id])
    expect(res.body.repairs.map((x: { id: number }) => x.id)).toEqual([r.id])
    expect(res.body.repairHistory.length).toBeGreaterThan(0)
    expect((await api('GET', `customers/${c.id}/export`, { token: reception.token })).status).toBe(
      403,
    )
  })

  it('anonymises a customer: personal data gone, repairs kept, portal login closed', async () => {
    const me = await customer(payload, {
      phone: '0699887766',
      address: { line1: '3 rue des Lilas', city: 'Lyon', postalCode: '69003' },
    })
    const r = await repair(payload, (await device(payload, me.customer.id)).id)
    const res = await api('POST', `customers/${me.customer.id}/anonymise`, { token: admin.token })
    expect(res.status).toBe(200)
    const reread = await payload.findByID({ collection: 'customers', id: me.customer.id })
    expect(reread.email).not.toBe(me.email)
    expect(reread.phone).toBeNull()
    expect(reread.address?.line1).toBeNull()
    expect(reread.anonymisedAt).toBeTruthy()
    expect((await payload.findByID({ collection: 'repairs', id: r.id, depth: 0 })).customer).toBe(
      me.customer.id,
    )
    expect(
      (
        await api('POST', 'customers/login', {
          body: { email: me.email, password: 'mot-de-passe-test-1' },
        })
      ).status,
    ).toBe(401)
    expect(
      (await api('POST', `customers/${me.customer.id}/anonymise`, { token: reception.token }))
        .status,
    ).toBe(403)
  })
})

describe('devices', () => {
  it('refuses an IMEI with a wrong check digit, in French', async () => {
    const c = await counterCustomer(payload)
    const res = await api('POST', 'devices', {
      token: reception.token,
      body: { customer: c.id, brand: 'Apple', model: 'iPhone', imei: '490154203237519' },
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toMatch(/IMEI/)
  })

  it('lets the technician see only devices of their repairs and add technical notes only', async () => {
    const c = await counterCustomer(payload)
    const mine = await device(payload, c.id, { brand: 'Sony' })
    const notMine = await device(payload, c.id)
    await repair(payload, mine.id, { assignee: tech.user.id })
    expect((await api('GET', `devices/${notMine.id}`, { token: tech.token })).status).toBe(404)
    const list = await api('GET', 'devices?limit=100&depth=0', { token: tech.token })
    expect(list.body.docs.map((d: { id: number }) => d.id)).toContain(mine.id)
    expect(list.body.docs.map((d: { id: number }) => d.id)).not.toContain(notMine.id)

    const res = await api('PATCH', `devices/${mine.id}`, {
      token: tech.token,
      body: { brand: 'Autre', technicalNotes: [{ note: 'Connecteur oxydé' }] },
    })
    expect(res.status).toBe(200)
    const reread = await payload.findByID({ collection: 'devices', id: mine.id, depth: 0 })
    expect(reread.brand).toBe('Sony')
    expect(reread.technicalNotes).toHaveLength(1)
    expect(reread.technicalNotes![0]).toMatchObject({
      note: 'Connecteur oxydé',
      author: tech.user.id,
    })
  })

  it('drops the receptionist writing technical notes', async () => {
    const c = await counterCustomer(payload)
    const d = await device(payload, c.id)
    await api('PATCH', `devices/${d.id}`, {
      token: reception.token,
      body: { color: 'Noir', technicalNotes: [{ note: 'Accueil' }] },
    })
    const reread = await payload.findByID({ collection: 'devices', id: d.id, depth: 0 })
    expect(reread.color).toBe('Noir')
    expect(reread.technicalNotes ?? []).toHaveLength(0)
  })

  it('shows the history of every intervention on the device page', async () => {
    const c = await counterCustomer(payload)
    const d = await device(payload, c.id)
    const r1 = await repair(payload, d.id, { assignee: tech.user.id })
    await api('PATCH', `repairs/${r1.id}`, {
      token: tech.token,
      body: { status: 'en_cours', step: 'diagnostic' },
    })
    await repair(payload, d.id)
    const res = await api('GET', `devices/${d.id}?depth=1`, { token: admin.token })
    const history = res.body.history.docs as { type: string; message: string }[]
    expect(history.map((e) => e.type)).toEqual(['created', 'status', 'created'])
    expect(history[1]!.message).toMatch(/En cours — Diagnostic/)
    expect(res.body.repairs.docs).toHaveLength(2)
  })

  it('lets a customer see only their own devices, without technical notes (GraphQL)', async () => {
    const me = await customer(payload)
    const d = await device(payload, me.customer.id, {
      technicalNotes: [{ note: 'Secret atelier' }],
    })
    await device(payload, (await counterCustomer(payload)).id)
    const res = await graphql(
      '{ Devices(limit: 100) { docs { id brand technicalNotes { note } } } }',
      { token: me.token },
    )
    expect(res.body.data.Devices.docs.map((x: { id: number }) => x.id)).toEqual([d.id])
    expect(JSON.stringify(res.body)).not.toContain('Secret atelier')
  })

  it('refuses deleting a device that has repairs', async () => {
    const c = await counterCustomer(payload)
    const d = await device(payload, c.id)
    await repair(payload, d.id)
    expect((await api('DELETE', `devices/${d.id}`, { token: admin.token })).status).toBe(409)
  })
})
