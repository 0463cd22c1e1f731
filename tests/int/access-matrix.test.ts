import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import { api, testPayload } from '../helpers/api'
import { customer, staff, unique } from '../helpers/fixtures'

// Staff collections through the REST API, as each role, a customer and an anonymous caller.
let payload: Payload
const tokens: Record<string, string | undefined> = {}
let ownCustomerId: number
let otherCustomerId: number

beforeAll(async () => {
  payload = await testPayload()
  for (const role of ['admin', 'receptionist', 'technician'])
    tokens[role] = (await staff(payload, role)).token
  const mine = await customer(payload)
  tokens.customer = mine.token
  ownCustomerId = mine.customer.id
  otherCustomerId = (await customer(payload)).customer.id
  tokens.anonymous = undefined
})

const status = async (
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  path: string,
  who: string,
  body?: unknown,
) => (await api(method, path, { token: tokens[who], body })).status

describe('lists of staff collections', () => {
  const table: [string, Record<string, number>][] = [
    ['roles', { admin: 200, receptionist: 403, technician: 403, customer: 403, anonymous: 403 }],
    [
      'action-logs',
      { admin: 200, receptionist: 403, technician: 403, customer: 403, anonymous: 403 },
    ],
    [
      'customers',
      { admin: 200, receptionist: 200, technician: 403, customer: 200, anonymous: 403 },
    ],
  ]
  for (const [collection, expected] of table) {
    for (const [who, code] of Object.entries(expected)) {
      it(`${who} GET /api/${collection} → ${code}`, async () => {
        expect(await status('GET', collection, who)).toBe(code)
      })
    }
  }

  it('shows staff their own user record, the dispatcher the technicians, the admin everyone', async () => {
    const everyone = await api('GET', 'users?limit=100&depth=0', { token: tokens.admin })
    expect(everyone.body.totalDocs).toBeGreaterThanOrEqual(3)
    const tech = await api('GET', 'users?limit=100', { token: tokens.technician })
    expect(tech.status).toBe(200)
    expect(tech.body.totalDocs).toBe(1)
    const reception = await api('GET', 'users?limit=100&depth=0', { token: tokens.receptionist })
    const seen = reception.body.docs as { id: number; isTechnician?: boolean; email: string }[]
    expect(seen.every((u) => u.isTechnician || u.email.startsWith('receptionist'))).toBe(true)
    expect(seen.length).toBeLessThan(everyone.body.totalDocs)
  })

  it('refuses the users list to customers and anonymous callers', async () => {
    expect(await status('GET', 'users', 'customer')).toBe(403)
    expect(await status('GET', 'users', 'anonymous')).toBe(403)
  })

  it('answers a refusal in French', async () => {
    const res = await api('GET', 'roles', { token: tokens.technician })
    expect(res.body.errors[0].message).toMatch(/autoris/)
  })
})

describe('customer records', () => {
  it('lets a customer read their own record and no other', async () => {
    const list = await api('GET', 'customers?limit=100', { token: tokens.customer })
    expect(list.body.docs.map((d: { id: number }) => d.id)).toEqual([ownCustomerId])
    expect(await status('GET', `customers/${ownCustomerId}`, 'customer')).toBe(200)
    expect(await status('GET', `customers/${otherCustomerId}`, 'customer')).toBe(404)
  })

  it('hides internal notes from the customer but not from the receptionist', async () => {
    await payload.update({
      collection: 'customers',
      id: ownCustomerId,
      data: { internalNotes: 'Client difficile' },
    })
    const own = await api('GET', `customers/${ownCustomerId}`, { token: tokens.customer })
    expect(own.body.internalNotes).toBeUndefined()
    const staffView = await api('GET', `customers/${ownCustomerId}`, { token: tokens.receptionist })
    expect(staffView.body.internalNotes).toBe('Client difficile')
  })

  it('drops a customer write to internal notes (re-read shows the old value)', async () => {
    const res = await api('PATCH', `customers/${ownCustomerId}`, {
      token: tokens.customer,
      body: { internalNotes: 'VIP', phone: '0601020304' },
    })
    expect(res.status).toBe(200)
    const reread = await payload.findByID({ collection: 'customers', id: ownCustomerId })
    expect(reread.internalNotes).toBe('Client difficile')
    expect(reread.phone).toBe('+33601020304')
  })

  it('refuses a customer update of another customer', async () => {
    expect(
      await status('PATCH', `customers/${otherCustomerId}`, 'customer', { lastName: 'X' }),
    ).toBe(403)
  })

  it('lets the receptionist create but not delete customers; the admin deletes', async () => {
    const created = await api('POST', 'customers', {
      token: tokens.receptionist,
      body: { lastName: 'Comptoir', email: `${unique('c')}@exemple.fr` },
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    expect(await status('DELETE', `customers/${id}`, 'receptionist')).toBe(403)
    expect(await status('DELETE', `customers/${id}`, 'technician')).toBe(403)
    expect(await status('DELETE', `customers/${id}`, 'admin')).toBe(200)
  })

  it('refuses a logged-in customer creating another customer account', async () => {
    expect(
      await status('POST', 'customers', 'customer', {
        lastName: 'Autre',
        email: `${unique('c')}@exemple.fr`,
        password: 'secret-123',
      }),
    ).toBe(403)
  })
})

describe('staff accounts', () => {
  it('lets only users & roles managers create accounts', async () => {
    const body = {
      name: 'Nouveau',
      email: `${unique('u')}@atelier.test`,
      password: 'x-123456',
      role: (await payload.find({ collection: 'roles', where: { code: { equals: 'technician' } } }))
        .docs[0]!.id,
    }
    expect(await status('POST', 'users', 'receptionist', body)).toBe(403)
    expect(await status('POST', 'users', 'customer', body)).toBe(403)
    expect(await status('POST', 'users', 'anonymous', body)).toBe(403)
    expect(await status('POST', 'users', 'admin', body)).toBe(201)
  })

  it('drops a technician promoting themselves (role field is managers only)', async () => {
    const tech = await staff(payload, 'technician')
    const admin = (
      await payload.find({ collection: 'roles', where: { code: { equals: 'admin' } } })
    ).docs[0]!
    const res = await api('PATCH', `users/${tech.user.id}`, {
      token: tech.token,
      body: { role: admin.id, name: 'Renommé' },
    })
    expect(res.status).toBe(200)
    const reread = await payload.findByID({ collection: 'users', id: tech.user.id, depth: 0 })
    expect(reread.role).not.toBe(admin.id)
    expect(reread.name).toBe('Renommé')
  })

  it('keeps customers out of the admin panel', async () => {
    const me = await api('GET', 'users/me', { token: tokens.customer })
    expect(me.body.user ?? null).toBeNull()
  })
})
