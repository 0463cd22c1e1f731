import { createLocalReq, type Payload } from 'payload'
import { applyUserReadAccess } from 'payload/internal'
import { beforeAll, describe, expect, it } from 'vitest'

import { roleOf } from '../../src/access/roles'
import { landingPage } from '../../src/domain/permissions'
import { api, testPayload } from '../helpers/api'
import { roleId, shopStaff, type Staff } from '../helpers/fixtures'

/*
 * The users list shows each account's role. Its cell, its filter and the account page's input
 * ask /api/roles for the role's name: a role that may not read roles (technician, counter) gets a
 * 403 there. So the role field is not given to them at all; administrators still read it.
 */

let payload: Payload
let admin: Staff
let reception: Staff
let tech: Staff

beforeAll(async () => {
  payload = await testPayload()
  ;({ admin, reception, tech } = await shopStaff(payload))
})

const roleFieldPermission = async (token: string) =>
  (await api('GET', 'access', { token })).body.collections.users.fields.role

describe('the role of an account', () => {
  it('is refused, as the roles are, to technicians and the counter', async () => {
    for (const who of [tech, reception])
      expect((await api('GET', 'roles?depth=0', { token: who.token })).status).toBe(403)
  })

  it('is not part of the users a technician reads: only themselves, without their role', async () => {
    const res = await api('GET', 'users?depth=0&limit=100', { token: tech.token })
    expect(res.status).toBe(200)
    expect(res.body.docs.map((u: { id: number }) => u.id)).toEqual([tech.user.id])
    expect(res.body.docs[0]).not.toHaveProperty('role')
    expect(res.body.docs[0].name).toBe('Test technician')
    const me = await api('GET', 'users/me', { token: tech.token })
    expect(me.body.user.id).toBe(tech.user.id)
    expect(me.body.user).not.toHaveProperty('role')
  })

  it('is not part of the technicians the counter reads', async () => {
    const res = await api('GET', `users?depth=1&where[id][equals]=${tech.user.id}`, {
      token: reception.token,
    })
    expect(res.status).toBe(200)
    expect(res.body.docs).toHaveLength(1)
    expect(res.body.docs[0]).not.toHaveProperty('role')
  })

  it('is a column, a filter and a field the admin panel leaves out for them (their permissions)', async () => {
    // The list's columns, its filter and the account page all drop a field not readable here.
    expect((await roleFieldPermission(tech.token))?.read ?? false).toBe(false)
    expect((await roleFieldPermission(reception.token))?.read ?? false).toBe(false)
    const forAdmin = await roleFieldPermission(admin.token)
    expect(forAdmin === true || forAdmin?.read === true).toBe(true)
  })

  it('is shown to administrators by name', async () => {
    const res = await api('GET', `users?depth=1&where[id][equals]=${tech.user.id}`, {
      token: admin.token,
    })
    expect(res.body.docs[0].role.name).toBe('Technicien')
  })

  it('tells the counter nothing through a filter or a sort', async () => {
    const answer = async (path: string) => {
      const res = await api('GET', `users?depth=0&limit=100&${path}`, { token: reception.token })
      if (res.status === 400) {
        const message = JSON.stringify(res.body)
        expect(message).not.toMatch(/Something went wrong|stack/i)
        expect(message).toMatch(/filtre|tri|champ/)
        expect(message).toContain('role')
        return 'refusé'
      }
      expect(res.status).toBe(200)
      return res.body.docs.map((u: { id: number }) => u.id)
    }
    const technicianRole = await roleId(payload, 'technician')
    const adminRole = await roleId(payload, 'admin')
    const filtered = await answer(`where[role][equals]=${technicianRole}`)
    expect(filtered).toBe('refusé')
    expect(await answer(`where[role][equals]=${adminRole}`)).toEqual(filtered)
    expect(await answer('sort=role')).toEqual(await answer('sort=-role'))
  })

  it('still drives where each role lands, read from the user as admin components get it', async () => {
    // What Next's admin pages hand their components: the user run through field read access.
    const asComponentsGetIt = async (u: typeof tech) => {
      const user = {
        ...(await payload.findByID({ collection: 'users', id: u.user.id, depth: 0 })),
        collection: 'users' as const,
      }
      const req = await createLocalReq({ user }, payload)
      return applyUserReadAccess({
        collection: payload.collections.users.config,
        depth: 0,
        overrideAccess: false,
        req,
        showHiddenFields: false,
        user,
      })
    }
    const landing = async (u: typeof tech, isTechnician: boolean) => {
      const user = await asComponentsGetIt(u)
      return landingPage(await roleOf({ payload, user }), isTechnician)
    }
    expect(await asComponentsGetIt(reception)).not.toHaveProperty('role')
    expect(await landing(reception, false)).toBe('nouveau-depot')
    expect(await landing(tech, true)).toBe('mes-reparations')
    expect(await landing(admin, false)).toBeNull()
  })
})
