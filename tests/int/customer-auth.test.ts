import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import { api, graphql, login, testPayload } from '../helpers/api'
import { customer, staff, unique } from '../helpers/fixtures'
import { deliveredMail } from '../helpers/mail'
import { mailbox } from '../helpers/mailbox'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

const tokenIn = (html: string, path: string) => {
  const match = html.match(new RegExp(`${path}\\?token=([A-Za-z0-9]+)`))
  if (!match) throw new Error(`pas de lien ${path} dans : ${html}`)
  return match[1]!
}

describe('portal customers', () => {
  it('register, must verify their e-mail (sent by real SMTP, in French), then log in', async () => {
    const email = `${unique('inscrit')}@exemple.fr`
    const created = await api('POST', 'customers/register', {
      body: { firstName: 'Inès', lastName: 'Roux', email, password: 'mon-mot-de-passe' },
    })
    expect(created.status).toBe(202)

    const refused = await api('POST', 'customers/login', {
      body: { email, password: 'mon-mot-de-passe' },
    })
    expect(refused.status).toBe(403)

    const mail = await deliveredMail(payload, email, /Confirmez votre adresse/)
    expect(mail.html).toContain('Bonjour Inès')
    const token = tokenIn(String(mail.html), 'http://portail.test/verifier-email')
    expect((await api('POST', `customers/verify/${token}`)).status).toBe(200)
    expect(
      (await api('POST', 'customers/login', { body: { email, password: 'mon-mot-de-passe' } }))
        .status,
    ).toBe(200)
  })

  it('reset a forgotten password through the e-mailed link', async () => {
    const { email } = await customer(payload)
    expect((await api('POST', 'customers/forgot-password', { body: { email } })).status).toBe(200)
    const mail = await deliveredMail(payload, email, /Réinitialisation/)
    const token = tokenIn(String(mail.html), 'http://portail.test/mot-de-passe/nouveau')
    const reset = await api('POST', 'customers/reset-password', {
      body: { token, password: 'nouveau-secret-42' },
    })
    expect(reset.status).toBe(200)
    await expect(login('customers', email, 'nouveau-secret-42')).resolves.toBeTypeOf('string')
  })

  it('registered at the counter without a password get an invitation to verify', async () => {
    const reception = await staff(payload, 'receptionist')
    const email = `${unique('comptoir')}@exemple.fr`
    const res = await api('POST', 'customers', {
      token: reception.token,
      body: { firstName: 'Paul', lastName: 'Comptoir', email },
    })
    expect(res.status).toBe(201)
    await deliveredMail(payload, email, /Confirmez votre adresse/)
  })

  it('see only their own record through GraphQL and nothing of staff collections', async () => {
    const me = await customer(payload)
    await customer(payload)
    const own = await graphql('{ Customers(limit: 100) { docs { id email } } }', {
      token: me.token,
    })
    expect(own.body.data.Customers.docs).toEqual([{ id: me.customer.id, email: me.email }])

    const users = await graphql('{ Users { docs { id email } } }', { token: me.token })
    expect(users.body.errors?.[0]?.message).toBeTruthy()
    expect(users.body.data?.Users ?? null).toBeNull()
    const roles = await graphql('{ Roles { docs { id } } }', { token: me.token })
    expect(roles.body.data?.Roles ?? null).toBeNull()
    const logs = await graphql('{ ActionLogs { docs { id } } }', { token: me.token })
    expect(logs.body.data?.ActionLogs ?? null).toBeNull()
  })

  it('cannot reach the customer list anonymously through GraphQL', async () => {
    const res = await graphql('{ Customers { docs { id email } } }')
    expect(res.body.data?.Customers ?? null).toBeNull()
  })
})
