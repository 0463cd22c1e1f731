import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import { api, graphql, login, testPayload } from '../helpers/api'
import { counterCustomer, customer, PASSWORD, staff, unique } from '../helpers/fixtures'
import { deliveredMail } from '../helpers/mail'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

const stored = (id: number) => payload.findByID({ collection: 'customers', id, depth: 0 })
const tokenIn = (html: string, path: string) =>
  new RegExp(`${path}\\?token=([0-9a-f]+)`).exec(html)?.[1]

describe('verification is the server’s alone', () => {
  it('a customer cannot unverify or verify themself, by REST or GraphQL', async () => {
    const me = await customer(payload)
    expect(
      (
        await api('PATCH', `customers/${me.customer.id}`, {
          token: me.token,
          body: { _verified: false },
        })
      ).status,
    ).toBe(200)
    await graphql(
      `mutation { updateCustomer(id: ${me.customer.id}, data: { _verified: false }) { id } }`,
      { token: me.token },
    )
    expect((await stored(me.customer.id))._verified).toBe(true)

    const email = `${unique('pasverifie')}@exemple.fr`
    await api('POST', 'customers/register', {
      body: { lastName: 'Lenoir', email, password: 'un-long-mot-de-passe' },
    })
    const created = (
      await payload.find({ collection: 'customers', where: { email: { equals: email } } })
    ).docs[0]!
    // Not even staff can mark an address verified by hand.
    const admin = await staff(payload, 'admin')
    await api('PATCH', `customers/${created.id}`, { token: admin.token, body: { _verified: true } })
    expect((await stored(created.id))._verified).toBe(false)
  })
})

describe('a new address is verified before it is used', () => {
  it('a verified customer’s new address waits for the link sent there; the old one keeps working until then', async () => {
    const me = await customer(payload)
    const next = `${unique('nouvelle')}@exemple.fr`
    const res = await api('PATCH', `customers/${me.customer.id}`, {
      token: me.token,
      body: { email: next.toUpperCase() },
    })
    expect(res.status).toBe(200)
    expect(res.body.doc.email).toBe(me.email)
    expect(res.body.doc.pendingEmail).toBe(next)
    expect(res.body.doc.pendingEmailToken).toBeUndefined()

    const confirmation = await deliveredMail(payload, next, /Confirmez votre nouvelle adresse/)
    const notice = await deliveredMail(payload, me.email, /Changement d’adresse e-mail demandé/)
    expect(String(notice.html)).toContain(next)
    await expect(login('customers', next, PASSWORD)).rejects.toThrow()
    await expect(login('customers', me.email, PASSWORD)).resolves.toBeTypeOf('string')

    const token = tokenIn(String(confirmation.html), 'http://portail.test/confirmer-email')!
    const confirmed = await api('POST', 'customers/confirm-email', { body: { token } })
    expect(confirmed.status).toBe(200)
    expect(confirmed.body.message).toContain(next)
    const after = await stored(me.customer.id)
    expect(after.email).toBe(next)
    expect(after._verified).toBe(true)
    expect(after.pendingEmail ?? null).toBeNull()
    await expect(login('customers', next, PASSWORD)).resolves.toBeTypeOf('string')
    // A link serves once.
    expect((await api('POST', 'customers/confirm-email', { body: { token } })).status).toBe(400)
  })

  it('a wrong or expired link, or an address taken meanwhile, is refused in French and changes nothing', async () => {
    const bad = await api('POST', 'customers/confirm-email', { body: { token: 'f'.repeat(40) } })
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].message).toMatch(/^Ce lien de confirmation n'est pas ou plus valable/)

    const me = await customer(payload)
    const next = `${unique('disputee')}@exemple.fr`
    await api('PATCH', `customers/${me.customer.id}`, { token: me.token, body: { email: next } })
    const token = tokenIn(
      String((await deliveredMail(payload, next, /nouvelle adresse/)).html),
      'http://portail.test/confirmer-email',
    )!
    await counterCustomer(payload, { email: next })
    const taken = await api('POST', 'customers/confirm-email', { body: { token } })
    expect(taken.status).toBe(409)
    expect(taken.body.errors[0].message).toContain(next)
    expect((await stored(me.customer.id)).email).toBe(me.email)

    const other = await customer(payload)
    await api('PATCH', `customers/${other.customer.id}`, {
      token: other.token,
      body: { email: `${unique('tard')}@exemple.fr` },
    })
    await payload.update({
      collection: 'customers',
      id: other.customer.id,
      data: { pendingEmailExpiresAt: new Date(Date.now() - 1000).toISOString() },
    })
    const pending = (await payload.findByID({
      collection: 'customers',
      id: other.customer.id,
      showHiddenFields: true,
    })) as { pendingEmailToken?: string }
    expect(
      (await api('POST', 'customers/confirm-email', { body: { token: pending.pendingEmailToken } }))
        .status,
    ).toBe(400)
  })

  it('staff correcting the address of a verified customer also goes through the confirmation', async () => {
    const me = await customer(payload)
    const reception = await staff(payload, 'receptionist')
    const next = `${unique('corrigee')}@exemple.fr`
    const res = await api('PATCH', `customers/${me.customer.id}`, {
      token: reception.token,
      body: { email: next },
    })
    expect(res.status).toBe(200)
    expect((await stored(me.customer.id)).email).toBe(me.email)
    await deliveredMail(payload, next, /Confirmez votre nouvelle adresse/)
  })

  it('an account never verified takes the new address at once, with a new verification link', async () => {
    const first = `${unique('faute')}@exemple.fr`
    await api('POST', 'customers/register', {
      body: { lastName: 'Faute', email: first, password: 'un-long-mot-de-passe' },
    })
    const created = (
      await payload.find({ collection: 'customers', where: { email: { equals: first } } })
    ).docs[0]!
    const reception = await staff(payload, 'receptionist')
    const fixed = `${unique('corrige')}@exemple.fr`
    await api('PATCH', `customers/${created.id}`, {
      token: reception.token,
      body: { email: fixed },
    })
    expect((await stored(created.id)).email).toBe(fixed)
    const mail = await deliveredMail(payload, fixed, /Confirmez votre adresse e-mail/)
    const token = tokenIn(String(mail.html), 'http://portail.test/verifier-email')!
    expect((await api('POST', `customers/verify/${token}`)).status).toBe(200)
    expect((await stored(created.id))._verified).toBe(true)
  })
})
