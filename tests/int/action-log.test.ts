import type { Payload } from 'payload'

import { createLocalReq, initTransaction, killTransaction } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { api, graphql, testPayload } from '../helpers/api'
import { PASSWORD, roleId, staff, unique } from '../helpers/fixtures'

let payload: Payload
let admin: Awaited<ReturnType<typeof staff>>

beforeAll(async () => {
  payload = await testPayload()
  admin = await staff(payload, 'admin')
})

const entriesFor = async (collectionSlug: string, documentId: string | number) =>
  (
    await payload.find({
      collection: 'action-logs',
      where: {
        collectionSlug: { equals: collectionSlug },
        documentId: { equals: String(documentId) },
      },
      sort: 'createdAt',
      limit: 100,
    })
  ).docs

describe('action log', () => {
  it('records create, update and delete with who, changed fields and IP', async () => {
    const headers = { 'x-forwarded-for': '203.0.113.7' }
    const created = await api('POST', 'customers', {
      token: admin.token,
      headers,
      body: { lastName: 'Lefèvre', email: `${unique('l')}@exemple.fr` },
    })
    const id = created.body.doc.id
    await api('PATCH', `customers/${id}`, {
      token: admin.token,
      headers,
      body: { phone: '0612345678' },
    })
    await api('DELETE', `customers/${id}`, { token: admin.token, headers })

    const entries = await entriesFor('customers', id)
    expect(entries.map((e) => e.operation)).toEqual(['create', 'update', 'delete'])
    for (const e of entries) {
      expect(e.ip).toBe('203.0.113.7')
      expect(e.actorLabel).toBe('Test admin')
      expect(e.actor).toMatchObject({ relationTo: 'users' })
    }
    expect(entries[1]!.changes).toEqual([{ field: 'phone', before: null, after: '+33612345678' }])
    expect(JSON.stringify(entries[0]!.changes)).not.toMatch(/hash|salt|password/)
  })

  it('says in French what happened to which document, by its title, and the client address as typed', async () => {
    const headers = { 'x-forwarded-for': '::ffff:192.0.2.44' }
    const created = await api('POST', 'suppliers', {
      token: admin.token,
      headers,
      body: { name: unique('Pièces Express') },
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    await api('PATCH', `suppliers/${id}`, {
      token: admin.token,
      headers,
      body: { leadTimeDays: 5 },
    })
    const entries = await entriesFor('suppliers', id)
    expect(entries.map((e) => e.summary)).toEqual([
      `Création : Fournisseur « ${created.body.doc.name} »`,
      `Modification : Fournisseur « ${created.body.doc.name} »`,
    ])
    expect(entries[0]!.documentTitle).toBe(created.body.doc.name)
    expect(entries[0]!.ip).toBe('192.0.2.44')
    // The list search finds an entry by the document's title.
    const found = await api(
      'GET',
      `action-logs?where[documentTitle][like]=${encodeURIComponent(created.body.doc.name)}&limit=10`,
      { token: admin.token },
    )
    expect(found.body.totalDocs).toBe(2)
  })

  it('records staff logins and failed logins', async () => {
    const ok = await api('POST', 'users/login', {
      body: { email: admin.email, password: PASSWORD },
      headers: { 'x-forwarded-for': '198.51.100.1' },
    })
    expect(ok.status).toBe(200)
    const logins = await payload.find({
      collection: 'action-logs',
      where: { operation: { equals: 'login' }, documentId: { equals: String(admin.user.id) } },
    })
    expect(logins.docs.some((d) => d.ip === '198.51.100.1' && d.kind === 'auth')).toBe(true)

    const bad = await api('POST', 'users/login', {
      body: { email: admin.email, password: 'mauvais' },
      headers: { 'x-forwarded-for': '198.51.100.2' },
    })
    expect(bad.status).toBe(401)
    const failed = await payload.find({
      collection: 'action-logs',
      where: { operation: { equals: 'login_failed' }, actorLabel: { equals: admin.email } },
    })
    expect(failed.docs).toHaveLength(1)
    expect(failed.docs[0]!.ip).toBe('198.51.100.2')
  })

  it('marks role and permission changes as permission changes', async () => {
    const tech = await staff(payload, 'technician')
    await api('PATCH', `users/${tech.user.id}`, {
      token: admin.token,
      body: { role: await roleId(payload, 'receptionist') },
    })
    const roleChange = (await entriesFor('users', tech.user.id)).at(-1)!
    expect(roleChange.kind).toBe('permission')
    expect(roleChange.changes).toEqual([
      {
        field: 'role',
        before: await roleId(payload, 'technician'),
        after: await roleId(payload, 'receptionist'),
      },
    ])

    const role = await api('POST', 'roles', {
      token: admin.token,
      body: { name: unique('Comptable') },
    })
    await api('PATCH', `roles/${role.body.doc.id}`, {
      token: admin.token,
      body: { permissions: { invoices: { read: true } } },
    })
    const entries = await entriesFor('roles', role.body.doc.id)
    expect(entries.map((e) => [e.operation, e.kind])).toEqual([
      ['create', 'permission'],
      ['update', 'permission'],
    ])
  })

  it('is written in the same transaction: a rolled-back request leaves no entry', async () => {
    const req = await createLocalReq({ user: { ...admin.user, collection: 'users' } }, payload)
    await initTransaction(req)
    const doc = await payload.create({
      collection: 'customers',
      data: { lastName: 'Annulé', email: `${unique('r')}@exemple.fr`, password: PASSWORD },
      req,
      disableVerificationEmail: true,
    })
    const inside = await payload.find({
      collection: 'action-logs',
      where: { collectionSlug: { equals: 'customers' }, documentId: { equals: String(doc.id) } },
      req,
    })
    expect(inside.totalDocs).toBe(1)
    await killTransaction(req)

    expect(await entriesFor('customers', doc.id)).toHaveLength(0)
    expect(
      (await payload.count({ collection: 'customers', where: { id: { equals: doc.id } } }))
        .totalDocs,
    ).toBe(0)
  })

  it('leaves no entry for a request refused by a rule', async () => {
    await staff(payload, 'technician') // the role is in use, so deleting it is refused
    const before = (await entriesFor('roles', await roleId(payload, 'technician'))).length
    const res = await api('DELETE', `roles/${await roleId(payload, 'technician')}`, {
      token: admin.token,
    })
    expect(res.status).toBe(409)
    expect(await entriesFor('roles', await roleId(payload, 'technician'))).toHaveLength(before)
  })

  it('cannot be created, edited or deleted through REST, even by an admin', async () => {
    const entry = (await payload.find({ collection: 'action-logs', limit: 1 })).docs[0]!
    expect(
      (
        await api('POST', 'action-logs', {
          token: admin.token,
          body: { kind: 'data', operation: 'create', collectionSlug: 'x' },
        })
      ).status,
    ).toBe(403)
    expect(
      (
        await api('PATCH', `action-logs/${entry.id}`, {
          token: admin.token,
          body: { ip: '0.0.0.0' },
        })
      ).status,
    ).toBe(403)
    expect((await api('DELETE', `action-logs/${entry.id}`, { token: admin.token })).status).toBe(
      403,
    )
    expect(
      (await api('DELETE', `action-logs?where[id][equals]=${entry.id}`, { token: admin.token }))
        .body.docs ?? [],
    ).toHaveLength(0)
    const reread = await payload.findByID({ collection: 'action-logs', id: entry.id })
    expect(reread.ip).toBe(entry.ip)
  })

  it('cannot be edited or deleted through GraphQL either', async () => {
    const entry = (await payload.find({ collection: 'action-logs', limit: 1 })).docs[0]!
    const update = await graphql(
      `mutation { updateActionLog(id: ${entry.id}, data: { ip: "0.0.0.0" }) { id } }`,
      { token: admin.token },
    )
    expect(update.body.errors?.length).toBeGreaterThan(0)
    const del = await graphql(`mutation { deleteActionLog(id: ${entry.id}) { id } }`, {
      token: admin.token,
    })
    expect(del.body.errors?.length).toBeGreaterThan(0)
    const reread = await payload.findByID({ collection: 'action-logs', id: entry.id })
    expect(reread.ip).toBe(entry.ip)
  })

  it('is readable by admins with filters, and by nobody else', async () => {
    const res = await api(
      'GET',
      `action-logs?where[operation][equals]=login&where[actorLabel][equals]=${encodeURIComponent('Test admin')}`,
      { token: admin.token },
    )
    expect(res.status).toBe(200)
    expect(res.body.docs.every((d: { operation: string }) => d.operation === 'login')).toBe(true)
    const reception = await staff(payload, 'receptionist')
    expect((await api('GET', 'action-logs', { token: reception.token })).status).toBe(403)
  })
})

describe('action log on workflows with nested writes', () => {
  it('still records the repair change when hooks write history and stock in the same request', async () => {
    const { counterCustomer, device, repair, part } = await import('../helpers/fixtures')
    const tech = await staff(payload, 'technician', { isTechnician: true })
    const c = await counterCustomer(payload)
    const r = await repair(payload, (await device(payload, c.id)).id, { assignee: tech.user.id })
    const p = await part(payload, 2)
    await api('PATCH', `repairs/${r.id}`, {
      token: tech.token,
      body: { status: 'en_cours', step: 'diagnostic' },
    })
    const added = await api('POST', `repairs/${r.id}/parts`, {
      token: tech.token,
      body: { part: p.id, quantity: 1 },
    })
    const updates = (await entriesFor('repairs', r.id)).filter((e) => e.operation === 'update')
    expect(updates).toHaveLength(1)
    expect(updates[0]!.changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'status', before: 'en_attente', after: 'en_cours' }),
      ]),
    )
    // The part used is its own document, logged as its creation.
    const line = await entriesFor('repair-parts', added.body.line.id)
    expect(line.map((e) => e.operation)).toEqual(['create'])
    expect(
      (
        await payload.count({
          collection: 'action-logs',
          where: { collectionSlug: { equals: 'repair-events' } },
        })
      ).totalDocs,
    ).toBe(0)
  })
})

describe('action log and hidden fields', () => {
  it('does not record a field the author may not read as changed', async () => {
    const { customer } = await import('../helpers/fixtures')
    const me = await customer(payload)
    await payload.update({
      collection: 'customers',
      id: me.customer.id,
      data: { internalNotes: 'Client difficile' },
    })
    await api('PATCH', `customers/${me.customer.id}`, {
      token: me.token,
      body: { phone: '0611111111' },
    })
    const last = (await entriesFor('customers', me.customer.id)).at(-1)!
    expect(last.changes).toEqual([{ field: 'phone', before: null, after: '+33611111111' }])
  })
})
