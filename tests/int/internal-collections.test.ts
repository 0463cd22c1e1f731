import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import { api, graphql, testPayload } from '../helpers/api'
import { customer, device, repair, staff } from '../helpers/fixtures'

let payload: Payload
let client: string
let reception: Awaited<ReturnType<typeof staff>>
let repairId: number

beforeAll(async () => {
  payload = await testPayload()
  const c = await customer(payload)
  client = c.token
  reception = await staff(payload, 'receptionist')
  repairId = (await repair(payload, (await device(payload, c.customer.id)).id)).id
})

const denied = (status: number) => expect([401, 403, 404]).toContain(status)

describe('document locks (payload-locked-documents)', () => {
  it('a customer cannot create a lock, and the receptionist can still save the repair', async () => {
    const res = await api('POST', 'payload-locked-documents', {
      token: client,
      body: {
        document: { relationTo: 'repairs', value: repairId },
        user: { relationTo: 'users', value: reception.user.id },
      },
    })
    denied(res.status)
    const gql = await graphql(
      `mutation { createPayloadLockedDocument(data: { document: { relationTo: repairs, value: ${repairId} }, user: { relationTo: users, value: ${reception.user.id} } }) { id } }`,
      { token: client },
    )
    expect(gql.body.errors?.length).toBeGreaterThan(0)
    expect(
      (
        await payload.find({
          collection: 'payload-locked-documents',
          where: { 'document.value': { equals: repairId } },
        })
      ).totalDocs,
    ).toBe(0)
    const save = await api('PATCH', `repairs/${repairId}`, {
      token: reception.token,
      body: { reportedProblem: 'Écran fissuré' },
    })
    expect(save.status).toBe(200)
  })

  it('a customer can neither list nor delete staff locks; staff can list them', async () => {
    const lock = await payload.db.create({
      collection: 'payload-locked-documents',
      data: {
        document: { relationTo: 'repairs', value: repairId },
        user: { relationTo: 'users', value: reception.user.id },
      },
    })
    denied((await api('GET', 'payload-locked-documents', { token: client })).status)
    const gqlList = await graphql('{ PayloadLockedDocuments { docs { id } } }', { token: client })
    expect(gqlList.body.data?.PayloadLockedDocuments?.docs ?? []).toEqual([])
    await api('DELETE', `payload-locked-documents/${lock.id}`, { token: client })
    await api('DELETE', `payload-locked-documents?where[id][equals]=${lock.id}`, { token: client })
    await graphql(`mutation { deletePayloadLockedDocument(id: ${lock.id}) { id } }`, {
      token: client,
    })
    expect(
      (
        await payload.find({
          collection: 'payload-locked-documents',
          where: { id: { equals: lock.id } },
        })
      ).totalDocs,
    ).toBe(1)

    const staffList = await api('GET', 'payload-locked-documents?depth=0', {
      token: reception.token,
    })
    expect(staffList.status).toBe(200)
    expect(staffList.body.docs.map((d: { id: number }) => d.id)).toContain(lock.id)
    await payload.db.deleteOne({
      collection: 'payload-locked-documents',
      where: { id: { equals: lock.id } },
    })
  })

  it('taking over a lock makes the one who saves it its holder', async () => {
    const other = await staff(payload, 'technician')
    const lock = await payload.db.create({
      collection: 'payload-locked-documents',
      data: {
        document: { relationTo: 'repairs', value: repairId },
        user: { relationTo: 'users', value: other.user.id },
      },
    })
    const res = await api('PATCH', `payload-locked-documents/${lock.id}`, {
      token: reception.token,
      body: { user: { relationTo: 'users', value: other.user.id } },
    })
    expect(res.status).toBe(200)
    const held = await payload.findByID({
      collection: 'payload-locked-documents',
      id: lock.id,
      depth: 0,
    })
    expect(held.user).toEqual({ relationTo: 'users', value: reception.user.id })
    await payload.db.deleteOne({
      collection: 'payload-locked-documents',
      where: { id: { equals: lock.id } },
    })
  })
})

describe('admin preferences (payload-preferences)', () => {
  it('are refused to customers, through its own endpoints and GraphQL', async () => {
    denied(
      (
        await api('POST', 'payload-preferences/portail', {
          token: client,
          body: { value: { x: 1 } },
        })
      ).status,
    )
    denied((await api('GET', 'payload-preferences/portail', { token: client })).status)
    denied((await api('GET', 'payload-preferences', { token: client })).status)
    const gql = await graphql(
      'mutation { updatePreference(key: "portail", value: "{}") { key } }',
      { token: client },
    )
    expect(gql.body.data?.updatePreference ?? null).toBeNull()
    expect(
      (
        await payload.find({
          collection: 'payload-preferences',
          where: { key: { equals: 'portail' } },
        })
      ).totalDocs,
    ).toBe(0)
  })

  it('still work for staff, each seeing only their own', async () => {
    const saved = await api('POST', 'payload-preferences/colonnes', {
      token: reception.token,
      body: { value: { columns: ['reference'] } },
    })
    expect(saved.status).toBe(200)
    const read = await api('GET', 'payload-preferences/colonnes', { token: reception.token })
    expect(read.body.value).toEqual({ columns: ['reference'] })
    const other = await staff(payload, 'admin')
    const list = await api('GET', 'payload-preferences?depth=0', { token: other.token })
    expect(list.status).toBe(200)
    expect(list.body.docs.some((d: { key: string }) => d.key === 'colonnes')).toBe(false)
  })
})

describe('jobs, key-value store and migrations', () => {
  it('are out of a customer’s reach', async () => {
    for (const path of ['payload-jobs', 'payload-kv']) {
      denied((await api('GET', path, { token: client })).status)
    }
    // Migrations have no REST routes at all (Payload answers 501 « Cannot GET »).
    expect([404, 501]).toContain((await api('GET', 'payload-migrations', { token: client })).status)
    denied(
      (
        await api('POST', 'payload-jobs', {
          token: client,
          body: { taskSlug: 'sendLowStockAlert', input: { part: 1 } },
        })
      ).status,
    )
    denied((await api('GET', 'payload-jobs/run', { token: client })).status)
    const gql = await graphql('{ PayloadJobs { docs { id } } }', { token: client })
    expect(gql.body.data?.PayloadJobs?.docs ?? []).toEqual([])
  })
})

describe('document locks under load', () => {
  it('twenty saves at once all answer (Payload checked locks outside the transaction and hung at ten)', async () => {
    const admin = await staff(payload, 'admin')
    const c = await customer(payload)
    const repairs = await Promise.all(
      Array.from({ length: 20 }, async () =>
        repair(payload, (await device(payload, c.customer.id)).id),
      ),
    )
    const started = Date.now()
    const results = await Promise.all(
      repairs.map((r, i) =>
        api('PATCH', `repairs/${r.id}`, {
          token: admin.token,
          body: { reportedProblem: `Écran ${i}` },
        }),
      ),
    )
    expect(results.map((r) => r.status)).toEqual(repairs.map(() => 200))
    expect(Date.now() - started).toBeLessThan(30_000)
  }, 45_000)

  it('a save of a document another staff member holds is refused (423, French); its holder saves', async () => {
    const holder = await staff(payload, 'receptionist')
    const other = await staff(payload, 'receptionist')
    await payload.db.create({
      collection: 'payload-locked-documents',
      data: {
        document: { relationTo: 'repairs', value: repairId },
        user: { relationTo: 'users', value: holder.user.id },
      },
    })
    const refused = await api('PATCH', `repairs/${repairId}`, {
      token: other.token,
      body: { reportedProblem: 'Autre' },
    })
    expect(refused.status).toBe(423)
    expect(refused.body.errors[0].message).toMatch(/en cours de modification par un autre membre/)
    expect(
      (
        await api('PATCH', `repairs/${repairId}`, {
          token: holder.token,
          body: { reportedProblem: 'Écran cassé, vitre fendue' },
        })
      ).status,
    ).toBe(200)
    // Saving released the lock, as Payload does.
    expect(
      (
        await payload.find({
          collection: 'payload-locked-documents',
          where: { 'document.value': { equals: repairId } },
        })
      ).totalDocs,
    ).toBe(0)
  })
})
