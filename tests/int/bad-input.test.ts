import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import { api, graphql, testPayload } from '../helpers/api'
import { customer, device, counterCustomer, repair, staff, unique } from '../helpers/fixtures'

let payload: Payload
let admin: string
let client: string

beforeAll(async () => {
  payload = await testPayload()
  admin = (await staff(payload, 'admin')).token
  const c = await customer(payload)
  client = c.token
  await repair(payload, (await device(payload, c.customer.id)).id)
})

/** A 400 whose message is French and, when a field is at fault, names it. */
function expectFrenchRefusal(res: { status: number; body: any }, label: string, field?: string) {
  expect(res.status, `${label}: ${JSON.stringify(res.body)}`).toBe(400)
  const message = JSON.stringify(res.body)
  expect(message, label).not.toMatch(/stack|Something went wrong|unknown error|invalid input/i)
  expect(message, label).toMatch(/[éèàç]|filtre|champ|valeur/)
  if (field) expect(message, label).toContain(field)
}

describe('filters the database cannot compare are the caller’s error, not a 500', () => {
  const cases: Array<[string, string, string]> = [
    ['option inconnue', 'repairs?where[status][equals]=nope', 'status'],
    ['option inconnue dans une liste', 'repairs?where[status][in]=nope,en_cours', 'status'],
    ['caractère nul', 'customers?where[email][equals]=a%00b', 'email'],
    ['caractère nul dans un « like »', 'devices?where[brand][like]=a%00b', 'brand'],
    ['caractère nul dans un tri', 'devices?sort=brand%00', 'tri'],
    ['opérateur géographique sur une date', 'repairs?where[createdAt][near]=1,2', 'createdAt'],
    ['texte riche filtré par « like »', 'repairs?where[diagnosis][like]=x', 'diagnosis'],
  ]
  for (const [label, path, field] of cases) {
    it(`${label} → 400 naming « ${field} »`, async () => {
      expectFrenchRefusal(await api('GET', `${path}&depth=0`, { token: admin }), label, field)
    })
  }

  it('a date or a number that is not one → 400 in French', async () => {
    expectFrenchRefusal(
      await api('GET', 'repairs?where[createdAt][equals]=pas-une-date&depth=0', { token: admin }),
      'date',
    )
    expectFrenchRefusal(
      await api('GET', 'parts?where[salePrice][greater_than]=beaucoup&depth=0', { token: admin }),
      'nombre',
    )
  })

  it('a customer gets the same 400, not a 500, and GraphQL too', async () => {
    expectFrenchRefusal(
      await api('GET', 'repairs?where[status][equals]=nope', { token: client }),
      'client',
      'status',
    )
    const res = await graphql(
      '{ Repairs(where: { reference: { equals: "a\\u0000b" } }) { docs { id } } }',
      { token: admin },
    )
    expect(res.body.errors?.[0]?.message).toMatch(/caractère nul/)
  })
})

describe('a body with a NUL character is refused whole', () => {
  it('POST → 400 naming the field, and nothing is written', async () => {
    const owner = await counterCustomer(payload)
    const serial = unique('SN')
    const res = await api('POST', 'devices', {
      token: admin,
      body: { customer: owner.id, brand: 'Apple', model: 'iPhone\u000013', serialNumber: serial },
    })
    expectFrenchRefusal(res, 'création', 'model')
    const written = await payload.find({
      collection: 'devices',
      where: { serialNumber: { equals: serial } },
    })
    expect(written.totalDocs).toBe(0)
  })

  it('PATCH → 400, the document is unchanged', async () => {
    const owner = await counterCustomer(payload)
    const res = await api('PATCH', `customers/${owner.id}`, {
      token: admin,
      body: { phone: '06\u000012' },
    })
    expectFrenchRefusal(res, 'modification', 'phone')
    expect((await payload.findByID({ collection: 'customers', id: owner.id })).phone ?? null).toBe(
      owner.phone ?? null,
    )
  })

  it('login with a NUL in the e-mail → 400, not a 500', async () => {
    const res = await api('POST', 'customers/login', {
      body: { email: 'a\u0000@exemple.fr', password: 'x' },
    })
    expectFrenchRefusal(res, 'connexion', 'email')
  })
})
