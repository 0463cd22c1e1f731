import type { Payload } from 'payload'

import { afterEach, beforeAll, describe, expect, it } from 'vitest'

import { api, graphql, login, testPayload } from '../helpers/api'
import { customer, PASSWORD, staff, unique } from '../helpers/fixtures'
import { deliveredMail } from '../helpers/mail'
import { mailbox } from '../helpers/mailbox'

let payload: Payload
const limitsOfTheRun = process.env.ATELIER_AUTH_LIMITS

beforeAll(async () => {
  payload = await testPayload()
})

afterEach(() => {
  process.env.ATELIER_AUTH_LIMITS = limitsOfTheRun
})

let addresses = 0
/** A client address of its own for each scenario (the counters are per address). */
const newAddress = () => `198.51.100.${++addresses}`
const from = (address: string) => ({ 'x-forwarded-for': address })

const signIn = (collection: string, email: string, password: string, address: string) =>
  api('POST', `${collection}/login`, { body: { email, password }, headers: from(address) })

async function timed<T>(work: () => Promise<T>): Promise<number> {
  const started = performance.now()
  await work()
  return performance.now() - started
}

describe('failed sign-ins lock one account for one address, and say nothing of the account', () => {
  it('after 5 failures from one address: 429 there, even with the right password; another address signs in', async () => {
    const { email } = await customer(payload)
    const attacker = newAddress()
    for (let i = 0; i < 5; i++)
      expect((await signIn('customers', email, 'mauvais-mot-de-passe', attacker)).status).toBe(401)
    const locked = await signIn('customers', email, PASSWORD, attacker)
    expect(locked.status).toBe(429)
    expect(locked.body.errors[0].message).toMatch(
      /^Trop d'échecs de connexion pour ce compte depuis votre connexion : réessayez dans \d+ minutes?/,
    )
    // The owner, from their own address, is not locked out by someone else's attempts.
    expect((await signIn('customers', email, PASSWORD, newAddress())).status).toBe(200)
  })

  it('an unknown account answers exactly like a known one, failure after failure, lock included', async () => {
    const { email } = await staff(payload, 'receptionist')
    const unknown = `${unique('personne')}@atelier.test`
    const [a, b] = [newAddress(), newAddress()]
    for (let i = 0; i < 6; i++) {
      const known = await signIn('users', email, 'mauvais-mot-de-passe', a)
      const nobody = await signIn('users', unknown, 'mauvais-mot-de-passe', b)
      expect(nobody.status, `tentative ${i + 1}`).toBe(known.status)
      expect(JSON.stringify(nobody.body).replace(/\d+ minutes?/, ''), `tentative ${i + 1}`).toBe(
        JSON.stringify(known.body).replace(/\d+ minutes?/, ''),
      )
    }
    expect(JSON.stringify((await signIn('users', email, 'x', a)).body)).not.toMatch(/verrouill/i)
  })

  it('a success clears the count; GraphQL sign-ins count too', async () => {
    const { email } = await customer(payload)
    const address = newAddress()
    for (let i = 0; i < 4; i++) await signIn('customers', email, 'mauvais', address)
    expect((await signIn('customers', email, PASSWORD, address)).status).toBe(200)
    for (let i = 0; i < 5; i++) {
      await graphql(
        `mutation { loginCustomer(email: "${email}", password: "mauvais") { token } }`,
        { headers: from(address) },
      )
    }
    expect((await signIn('customers', email, PASSWORD, address)).status).toBe(429)
  })
})

describe('« mot de passe oublié » answers alike for known and unknown addresses', () => {
  it('same status and body, similar time; the mail leaves from the queue', async () => {
    const { email } = await staff(payload, 'technician')
    const unknown = `${unique('inconnu')}@atelier.test`
    const known = await api('POST', 'users/forgot-password', {
      body: { email },
      headers: from(newAddress()),
    })
    const nobody = await api('POST', 'users/forgot-password', {
      body: { email: unknown },
      headers: from(newAddress()),
    })
    expect(nobody.status).toBe(known.status)
    expect(nobody.body).toEqual(known.body)
    await deliveredMail(payload, email, /réinitialisation/i)
    expect(mailbox().messages.some((m) => JSON.stringify(m.to).includes(unknown))).toBe(false)

    const times = { known: [] as number[], unknown: [] as number[] }
    for (let i = 0; i < 5; i++) {
      times.known.push(
        await timed(() =>
          api('POST', 'users/forgot-password', { body: { email }, headers: from(newAddress()) }),
        ),
      )
      times.unknown.push(
        await timed(() =>
          api('POST', 'users/forgot-password', {
            body: { email: unknown },
            headers: from(newAddress()),
          }),
        ),
      )
    }
    // The floor holds for both, and what is left of the difference is noise: the fastest of each
    // kind (the least disturbed by other load on the machine) are alike.
    expect(Math.min(...times.known, ...times.unknown)).toBeGreaterThanOrEqual(395)
    expect(Math.abs(Math.min(...times.known) - Math.min(...times.unknown))).toBeLessThan(60)
  })

  it('a failed sign-in takes as long for a known account as for an unknown one', async () => {
    const { email } = await customer(payload)
    const unknown = `${unique('inconnu')}@exemple.fr`
    const times = { known: [] as number[], unknown: [] as number[] }
    for (let i = 0; i < 4; i++) {
      times.known.push(await timed(() => signIn('customers', email, 'mauvais', newAddress())))
      times.unknown.push(await timed(() => signIn('customers', unknown, 'mauvais', newAddress())))
    }
    expect(Math.min(...times.known, ...times.unknown)).toBeGreaterThanOrEqual(395)
    expect(Math.abs(Math.min(...times.known) - Math.min(...times.unknown))).toBeLessThan(60)
  })
})

describe('sign-up does not tell whether an address has an account', () => {
  it('a new address and a known one get the same 202; each gets the mail that fits', async () => {
    const { email: taken } = await customer(payload)
    const fresh = `${unique('nouveau')}@exemple.fr`
    const body = (email: string) => ({
      firstName: 'Léa',
      lastName: 'Martin',
      email,
      password: 'un-long-mot-de-passe',
    })
    const first = await api('POST', 'customers/register', {
      body: body(fresh),
      headers: from(newAddress()),
    })
    const second = await api('POST', 'customers/register', {
      body: body(taken),
      headers: from(newAddress()),
    })
    expect(first.status).toBe(202)
    expect(second.status).toBe(202)
    expect(second.body).toEqual(first.body)
    await deliveredMail(payload, fresh, /Confirmez votre adresse/)
    const reminder = await deliveredMail(payload, taken, /déjà un compte/)
    expect(String(reminder.html)).toContain('http://portail.test/mot-de-passe/oublie')
    // The known account is unchanged: same password still signs in.
    await expect(login('customers', taken, PASSWORD)).resolves.toBeTypeOf('string')
  })

  it('keeps only what a visitor may say about themself', async () => {
    const email = `${unique('malin')}@exemple.fr`
    await api('POST', 'customers/register', {
      body: {
        lastName: 'Malin',
        email,
        password: 'un-long-mot-de-passe',
        _verified: true,
        internalNotes: 'VIP',
        pendingEmail: 'x@y.fr',
      },
      headers: from(newAddress()),
    })
    const created = (
      await payload.find({ collection: 'customers', where: { email: { equals: email } } })
    ).docs[0]!
    expect(created._verified).toBe(false)
    expect(created.internalNotes ?? null).toBeNull()
    expect(created.pendingEmail ?? null).toBeNull()
  })

  it('refuses a short password or a bad address in French, naming the field; anonymous POST /api/customers is gone', async () => {
    const res = await api('POST', 'customers/register', {
      body: { lastName: 'X', email: 'pas-une-adresse', password: 'court' },
      headers: from(newAddress()),
    })
    expect(res.status).toBe(400)
    const fields = JSON.stringify(res.body)
    expect(fields).toContain('email')
    expect(fields).toMatch(/au moins 10 caractères/)
    const direct = await api('POST', 'customers', {
      body: { lastName: 'X', email: `${unique('d')}@exemple.fr`, password: 'un-long-mot-de-passe' },
    })
    expect(direct.status).toBe(403)
  })
})

describe('per-address rate limits answer 429 in French', () => {
  it('sign-in, sign-up and reset: over the limit from one address, refused there only', async () => {
    process.env.ATELIER_AUTH_LIMITS = 'login=3,register=2,forgot=2,reset=2'
    const busy = newAddress()
    for (let i = 0; i < 3; i++)
      expect((await signIn('customers', `${unique('x')}@exemple.fr`, 'x', busy)).status).toBe(401)
    const refused = await signIn('customers', `${unique('x')}@exemple.fr`, 'x', busy)
    expect(refused.status).toBe(429)
    expect(refused.body.errors[0].message).toMatch(
      /^Trop de tentatives de connexion depuis votre connexion : réessayez dans \d+ minutes?\.$/,
    )
    expect((await signIn('customers', `${unique('x')}@exemple.fr`, 'x', newAddress())).status).toBe(
      401,
    )

    const register = (address: string) =>
      api('POST', 'customers/register', {
        body: {
          lastName: 'R',
          email: `${unique('r')}@exemple.fr`,
          password: 'un-long-mot-de-passe',
        },
        headers: from(address),
      })
    expect((await register(busy)).status).toBe(202)
    expect((await register(busy)).status).toBe(202)
    const tooMany = await register(busy)
    expect(tooMany.status).toBe(429)
    expect(tooMany.body.errors[0].message).toMatch(/Trop de demandes d'inscription/)

    const forgot = () =>
      api('POST', 'customers/forgot-password', {
        body: { email: `${unique('f')}@exemple.fr` },
        headers: from(busy),
      })
    await forgot()
    await forgot()
    expect((await forgot()).status).toBe(429)

    const reset = () =>
      api('POST', 'customers/reset-password', {
        body: { token: 'a'.repeat(40), password: 'un-long-mot-de-passe' },
        headers: from(busy),
      })
    const wrongToken = await reset()
    expect(wrongToken.body.errors[0].message).toMatch(
      /^Ce lien de réinitialisation du mot de passe n'est pas ou plus valable/,
    )
    await reset()
    const resets = await reset()
    expect(resets.status).toBe(429)
    expect(resets.body.errors[0].message).toMatch(/changement du mot de passe/)
  })
})
