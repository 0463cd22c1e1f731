import type { Payload, PayloadRequest } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import { roleOf } from '../../src/access/roles'
import { ACTION_KEYS, can, FEATURE_KEYS, hasCapability } from '../../src/domain/permissions'
import { api, testPayload } from '../helpers/api'
import { roleId, staff, unique } from '../helpers/fixtures'

let payload: Payload
let admin: Awaited<ReturnType<typeof staff>>

/** The request user a staff member with this role would be (a fresh object: a new request). */
const staffWithRole = (role: number) =>
  ({ collection: 'users', id: 1, active: true, role }) as unknown as PayloadRequest['user']

beforeAll(async () => {
  payload = await testPayload()
  admin = await staff(payload, 'admin')
})

describe('roles and permissions', () => {
  it('takes a role change into account on the next request', async () => {
    const custom = await api('POST', 'roles', {
      token: admin.token,
      body: { name: unique('Stagiaire'), permissions: { customers: { read: false } } },
    })
    expect(custom.status).toBe(201)
    const intern = await staff(payload, 'technician')
    await payload.update({
      collection: 'users',
      id: intern.user.id,
      data: { role: custom.body.doc.id },
    })
    expect((await api('GET', 'customers', { token: intern.token })).status).toBe(403)

    const granted = await api('PATCH', `roles/${custom.body.doc.id}`, {
      token: admin.token,
      body: { permissions: { customers: { read: true } } },
    })
    expect(granted.status).toBe(200)
    expect((await api('GET', 'customers', { token: intern.token })).status).toBe(200)
    expect(
      (
        await api('POST', 'customers', {
          token: intern.token,
          body: { lastName: 'X', email: `${unique('x')}@exemple.fr` },
        })
      ).status,
    ).toBe(403)
  })

  it('reads every role on a request exactly as Payload stores it (grants and capabilities)', async () => {
    const mixed = await payload.create({
      collection: 'roles',
      data: {
        name: unique('Mixte'),
        permissions: { purchaseOrders: { read: true, delete: true }, logs: { update: true } },
        capabilities: ['stock.adjust', 'costs.read'],
      },
    })
    const roles = (await payload.find({ collection: 'roles', limit: 100, depth: 0 })).docs
    expect(roles.length).toBeGreaterThan(3)
    for (const role of roles) {
      const read = await roleOf({ payload, user: staffWithRole(role.id) })
      for (const feature of FEATURE_KEYS) {
        for (const action of ACTION_KEYS) {
          expect(
            `${role.name} ${feature}.${action} ${read?.permissions?.[feature]?.[action]}`,
          ).toBe(
            `${role.name} ${feature}.${action} ${role.permissions?.[feature]?.[action] === true}`,
          )
        }
      }
      expect([...(read?.capabilities ?? [])].sort()).toEqual([...(role.capabilities ?? [])].sort())
    }
    const read = await roleOf({ payload, user: staffWithRole(mixed.id) })
    expect(can(read, 'purchaseOrders', 'delete')).toBe(true)
    expect(can(read, 'purchaseOrders', 'create')).toBe(false)
    expect(hasCapability(read, 'costs.read')).toBe(true)
    expect(hasCapability(read, 'prices.set')).toBe(false)
  })

  it('refuses deleting a role still given to users, in French', async () => {
    await staff(payload, 'technician')
    const res = await api('DELETE', `roles/${await roleId(payload, 'technician')}`, {
      token: admin.token,
    })
    expect(res.status).toBe(409)
    expect(res.body.errors[0].message).toMatch(/attribué à \d+ utilisateur/)
  })

  it('cuts an inactive staff member off at once, and refuses their login', async () => {
    const tech = await staff(payload, 'receptionist')
    expect((await api('GET', 'customers', { token: tech.token })).status).toBe(200)
    await api('PATCH', `users/${tech.user.id}`, { token: admin.token, body: { active: false } })
    expect((await api('GET', 'customers', { token: tech.token })).status).toBe(403)
    const login = await api('POST', 'users/login', {
      body: { email: tech.email, password: 'mot-de-passe-test-1' },
    })
    expect(login.status).toBe(403)
    expect(login.body.errors[0].message).toMatch(/désactivé/)
  })
})

describe('the last administrator', () => {
  let lone: Awaited<ReturnType<typeof staff>>

  beforeAll(async () => {
    lone = await staff(payload, 'admin')
    // Leave exactly one active administrator in the whole database.
    const others = await payload.find({
      collection: 'users',
      where: { id: { not_equals: lone.user.id } },
      limit: 0,
      depth: 0,
    })
    for (const u of others.docs)
      await payload.update({ collection: 'users', id: u.id, data: { active: false } })
  })

  it('cannot be deactivated', async () => {
    const res = await api('PATCH', `users/${lone.user.id}`, {
      token: lone.token,
      body: { active: false },
    })
    expect(res.status).toBe(409)
    expect(res.body.errors[0].message).toMatch(/dernier administrateur actif/)
    expect((await payload.findByID({ collection: 'users', id: lone.user.id })).active).toBe(true)
  })

  it('cannot be demoted', async () => {
    const res = await api('PATCH', `users/${lone.user.id}`, {
      token: lone.token,
      body: { role: await roleId(payload, 'technician') },
    })
    expect(res.status).toBe(409)
  })

  it('cannot be deleted', async () => {
    expect((await api('DELETE', `users/${lone.user.id}`, { token: lone.token })).status).toBe(409)
  })

  it('cannot lose the users & roles permission through their role', async () => {
    const res = await api('PATCH', `roles/${await roleId(payload, 'admin')}`, {
      token: lone.token,
      body: { permissions: { users: { update: false } } },
    })
    expect(res.status).toBe(409)
    const role = await payload.findByID({ collection: 'roles', id: await roleId(payload, 'admin') })
    expect(role.permissions?.users?.update).toBe(true)
  })

  it('can be demoted once another administrator is active', async () => {
    const second = await staff(payload, 'admin')
    const res = await api('PATCH', `users/${lone.user.id}`, {
      token: second.token,
      body: { role: await roleId(payload, 'technician') },
    })
    expect(res.status).toBe(200)
  })
})
