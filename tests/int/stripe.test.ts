// Online payment with Stripe Checkout: the real `stripe` SDK against a loopback stand-in of the
// Stripe API, webhooks signed as Stripe signs them, the payment job run by hand.
import type { Payload } from 'payload'

import type { Invoice } from '../../src/payload-types'

import Stripe from 'stripe'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api, testPayload } from '../helpers/api'
import { customer, shopStaff, type Staff, unique } from '../helpers/fixtures'
import {
  startStripeStandIn,
  type StandInSession,
  type StripeStandIn,
} from '../helpers/stripeServer'

const SECRET = 'whsec_atelier_test'
process.env.STRIPE_SECRET_KEY = 'sk_test_atelier'
process.env.STRIPE_WEBHOOK_SECRET = SECRET

let payload: Payload
let stand: StripeStandIn
let admin: Staff
let reception: Staff
let tech: Staff
type Customer = Awaited<ReturnType<typeof customer>>

beforeAll(async () => {
  stand = await startStripeStandIn()
  process.env.STRIPE_API_URL = stand.url
  payload = await testPayload()
  ;({ admin, reception, tech } = await shopStaff(payload))
})
afterAll(async () => {
  await stand?.close()
})

/** An issued invoice of 149,00 € TTC for this customer. */
async function issued(me: Customer, unitPrice = 14900): Promise<Invoice> {
  const draft = await payload.create({
    collection: 'invoices',
    data: {
      customer: me.customer.id,
      lines: [
        { kind: 'free', description: 'Remplacement écran', quantity: 1, unitPrice, vatRate: 2000 },
      ],
    } as Invoice,
  })
  const res = await api('POST', `invoices/${draft.id}/issue`, { token: admin.token })
  expect(res.status, JSON.stringify(res.body)).toBe(200)
  return res.body.invoice
}

const checkout = (invoiceId: number, token?: string) =>
  api('POST', `invoices/${invoiceId}/checkout`, { token })

const counterPayment = (invoiceId: number, amount: number) =>
  api('POST', `invoices/${invoiceId}/payments`, {
    token: admin.token,
    body: { amount, method: 'especes' },
  })

function stripeEvent(type: string, session: object, id = unique('evt')) {
  return {
    id,
    object: 'event',
    api_version: Stripe.API_VERSION,
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
    data: { object: { ...session } },
  }
}

function deliver(
  event: object,
  {
    secret = SECRET,
    timestamp,
    signature,
  }: { secret?: string; timestamp?: number; signature?: string | null } = {},
) {
  const body = JSON.stringify(event)
  const header =
    signature === undefined
      ? Stripe.webhooks.generateTestHeaderString({ payload: body, secret, timestamp })
      : signature
  return api('POST', 'stripe/webhooks', {
    rawBody: body,
    headers: {
      'content-type': 'application/json',
      ...(header ? { 'stripe-signature': header } : {}),
    },
  })
}

/** Runs the stripe queue until no event job is left (an auto-run may hold one a moment). */
async function runStripeJobs() {
  for (let i = 0; i < 100; i++) {
    await payload.jobs.run({ queue: 'stripe', limit: 50 })
    const left = await payload.count({
      collection: 'payload-jobs',
      where: {
        and: [
          { taskSlug: { equals: 'processStripeEvent' } },
          { completedAt: { exists: false } },
          { hasError: { not_equals: true } },
        ],
      },
    })
    if (left.totalDocs === 0) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error('Des événements Stripe restent en attente')
}

const storedEvent = async (eventId: string) =>
  (await payload.find({ collection: 'stripe-events', where: { eventId: { equals: eventId } } }))
    .docs
const paymentsOf = async (invoiceId: number) =>
  (
    await payload.find({
      collection: 'payments',
      where: { invoice: { equals: invoiceId } },
      depth: 0,
    })
  ).docs
const invoiceNow = (id: number) => payload.findByID({ collection: 'invoices', id, depth: 0 })

/** A customer, their invoice, and the session they opened for it. */
async function openedSession(unitPrice = 14900) {
  const me = await customer(payload)
  const invoice = await issued(me, unitPrice)
  const res = await checkout(invoice.id, me.token)
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return { me, invoice, sessionId: res.body.sessionId as string }
}

describe('a Checkout Session', () => {
  it('is made for what remains due, for the invoice’s own customer, and handed out again on a retry', async () => {
    const me = await customer(payload)
    const invoice = await issued(me)
    expect((await counterPayment(invoice.id, 5100)).status).toBe(201)
    const before = stand.created().length
    const res = await checkout(invoice.id, me.token)
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(res.body).toMatchObject({ amount: 9800, reused: false })
    expect(res.body.url).toBe(`https://checkout.stripe.test/c/pay/${res.body.sessionId}`)
    expect(res.body.message).toMatch(/98,00\s€/)
    const sent = stand.created().at(-1)!
    expect(sent.authorization).toBe('Bearer sk_test_atelier')
    expect(sent.body).toMatchObject({
      mode: 'payment',
      client_reference_id: String(invoice.id),
      metadata: {
        invoiceId: String(invoice.id),
        customerId: String(me.customer.id),
        invoiceNumber: invoice.number,
      },
      line_items: [
        {
          quantity: '1',
          price_data: {
            currency: 'eur',
            unit_amount: '9800',
            product_data: { name: `Facture ${invoice.number}` },
          },
        },
      ],
      success_url: `http://portail.test/factures/${invoice.id}?paiement=ok&session={CHECKOUT_SESSION_ID}`,
      cancel_url: `http://portail.test/factures/${invoice.id}?paiement=annule`,
      customer_email: me.customer.email,
    })

    const again = await checkout(invoice.id, me.token)
    expect(again.status).toBe(200)
    expect(again.body).toMatchObject({ sessionId: res.body.sessionId, reused: true, amount: 9800 })
    expect(stand.created().length).toBe(before + 1)

    // Paid in part at the counter meanwhile: the old link is expired, a new one asks the rest.
    expect((await counterPayment(invoice.id, 1000)).status).toBe(201)
    const rest = await checkout(invoice.id, me.token)
    expect(rest.status).toBe(201)
    expect(rest.body.amount).toBe(8800)
    expect(rest.body.sessionId).not.toBe(res.body.sessionId)
    expect(stand.sessions.get(res.body.sessionId)!.status).toBe('expired')
  })

  it('is refused to other customers, anonymous callers and staff who do not take payments', async () => {
    const me = await customer(payload)
    const invoice = await issued(me)
    const stranger = await customer(payload)
    expect((await checkout(invoice.id, stranger.token)).status).toBe(404)
    expect((await checkout(invoice.id)).status).toBe(401)
    const denied = await checkout(invoice.id, tech.token)
    expect(denied.status).toBe(403)
    expect(denied.body.errors[0].message).toMatch(/paiements/i)
    // The counter may open one to send the link.
    const counter = await checkout(invoice.id, reception.token)
    expect(counter.status, JSON.stringify(counter.body)).toBe(201)
  })

  it('is refused in French for a draft, a credit note and a paid invoice', async () => {
    const me = await customer(payload)
    const draft = await payload.create({
      collection: 'invoices',
      data: {
        customer: me.customer.id,
        lines: [{ kind: 'free', description: 'Diagnostic', quantity: 1, unitPrice: 3000 }],
      } as Invoice,
    })
    expect((await checkout(draft.id, me.token)).status).toBe(404)
    const onDraft = await checkout(draft.id, admin.token)
    expect(onDraft.status).toBe(409)
    expect(onDraft.body.errors[0].message).toMatch(/brouillon/)

    const invoice = await issued(me)
    const credit = await api('POST', `invoices/${invoice.id}/credit-notes`, {
      token: admin.token,
      body: { lines: 'all', reason: 'Geste commercial' },
    })
    expect(credit.status).toBe(201)
    const onCredit = await checkout(credit.body.creditNote.id, admin.token)
    expect(onCredit.status).toBe(409)
    expect(onCredit.body.errors[0].message).toMatch(/est un avoir/)
    const credited = await checkout(invoice.id, me.token)
    expect(credited.status).toBe(409)
    expect(credited.body.errors[0].message).toMatch(/déjà entièrement payée/)

    const paid = await issued(me)
    await counterPayment(paid.id, 14900)
    const onPaid = await checkout(paid.id, me.token)
    expect(onPaid.status).toBe(409)
    expect(onPaid.body.errors[0].message).toMatch(/déjà entièrement payée/)
  })
})

describe('the webhook', () => {
  it('refuses a missing, wrong or stale signature and a changed body with a 400, storing nothing', async () => {
    const { sessionId } = await openedSession()
    const session = stand.pay(sessionId)
    const event = stripeEvent('checkout.session.completed', session)
    const missing = await deliver(event, { signature: null })
    expect(missing.status).toBe(400)
    expect(missing.body.errors[0].message).toMatch(/Signature Stripe absente/)
    const wrong = await deliver(event, { secret: 'whsec_autre' })
    expect(wrong.status).toBe(400)
    expect(wrong.body.errors[0].message).toMatch(/Signature Stripe invalide/)
    const stale = await deliver(event, { timestamp: Math.floor(Date.now() / 1000) - 3600 })
    expect(stale.status).toBe(400)
    const signedOther = Stripe.webhooks.generateTestHeaderString({
      payload: JSON.stringify({ ...event, id: 'evt_autre' }),
      secret: SECRET,
    })
    expect((await deliver(event, { signature: signedOther })).status).toBe(400)
    expect(await storedEvent(event.id)).toHaveLength(0)
  })

  it('records one payment for a paid session, however many times the event comes', async () => {
    const { me, invoice, sessionId } = await openedSession()
    const event = stripeEvent('checkout.session.completed', stand.pay(sessionId))
    const first = await deliver(event)
    expect(first.status).toBe(200)
    expect(first.body).toEqual({ received: true, duplicate: false })
    const more = [await deliver(event), await deliver(event)]
    more.push(...(await Promise.all(Array.from({ length: 7 }, () => deliver(event)))))
    expect(more.map((r) => r.status)).toEqual(more.map(() => 200))
    expect(more.every((r) => r.body.duplicate === true)).toBe(true)
    expect(await storedEvent(event.id)).toHaveLength(1)
    await runStripeJobs()
    expect((await deliver(event)).body.duplicate).toBe(true)
    await runStripeJobs()

    const payments = await paymentsOf(invoice.id)
    expect(payments).toHaveLength(1)
    expect(payments[0]).toMatchObject({
      amount: 14900,
      method: 'stripe',
      externalId: sessionId,
      reference: `pi_${sessionId.slice(3)}`,
      customer: me.customer.id,
      recordedBy: null,
    })
    expect(await invoiceNow(invoice.id)).toMatchObject({ status: 'payee', amountPaid: 14900 })
    const [stored] = await storedEvent(event.id)
    expect(stored).toMatchObject({ status: 'processed', sessionId })
    expect(stored.detail).toMatch(/149,00\s€ enregistré/)
    expect((await api('GET', 'compliance/verify', { token: admin.token })).body.ok).toBe(true)
    // The customer sees their invoice paid, with the online payment on it.
    const seen = await api('GET', `invoices/${invoice.id}?depth=0`, { token: me.token })
    expect(seen.body.status).toBe('payee')
  })

  it('records one payment when completed and async_payment_succeeded both come, in either order', async () => {
    const { invoice, sessionId } = await openedSession()
    const session = stand.pay(sessionId)
    const succeeded = stripeEvent('checkout.session.async_payment_succeeded', session)
    const completed = stripeEvent('checkout.session.completed', session)
    expect((await deliver(succeeded)).status).toBe(200)
    expect((await deliver(completed)).status).toBe(200)
    await runStripeJobs()
    expect(await paymentsOf(invoice.id)).toHaveLength(1)
    const statuses = [(await storedEvent(succeeded.id))[0], (await storedEvent(completed.id))[0]]
    expect(statuses.map((e) => e.status).sort()).toEqual(['ignored', 'processed'])
    expect(statuses.find((e) => e.status === 'ignored')!.detail).toMatch(/déjà enregistrée/)
  })

  it('leaves a payment alone when the expiry comes after it, whatever the body claims', async () => {
    const { invoice, sessionId } = await openedSession()
    const completed = stripeEvent('checkout.session.completed', stand.pay(sessionId))
    await deliver(completed)
    await runStripeJobs()
    const stale = { ...stand.sessions.get(sessionId)!, status: 'expired', payment_status: 'unpaid' }
    const expired = stripeEvent('checkout.session.expired', stale)
    expect((await deliver(expired)).status).toBe(200)
    await runStripeJobs()
    expect(await paymentsOf(invoice.id)).toHaveLength(1)
    expect(await invoiceNow(invoice.id)).toMatchObject({ status: 'payee', amountPaid: 14900 })
    expect((await storedEvent(expired.id))[0].status).toBe('ignored')
    const record = await payload.find({
      collection: 'checkout-sessions',
      where: { sessionId: { equals: sessionId } },
    })
    expect(record.docs[0].status).toBe('complete')
  })

  it('waits for a deferred payment: completed but unpaid records nothing, its success then does', async () => {
    const { invoice, sessionId } = await openedSession()
    const pending = stand.pay(sessionId, { payment_status: 'unpaid' })
    // The body may say anything: only what the API says counts.
    const completed = stripeEvent('checkout.session.completed', {
      ...pending,
      payment_status: 'paid',
    })
    await deliver(completed)
    await runStripeJobs()
    expect(await paymentsOf(invoice.id)).toHaveLength(0)
    expect((await storedEvent(completed.id))[0]).toMatchObject({ status: 'ignored' })
    const succeeded = stripeEvent(
      'checkout.session.async_payment_succeeded',
      stand.pay(sessionId, { payment_status: 'paid' }),
    )
    await deliver(succeeded)
    await runStripeJobs()
    expect(await paymentsOf(invoice.id)).toHaveLength(1)
    expect((await storedEvent(succeeded.id))[0].status).toBe('processed')
  })

  it('records nothing when the amount paid is not the amount asked, and says why', async () => {
    const { invoice, sessionId } = await openedSession()
    const event = stripeEvent(
      'checkout.session.completed',
      stand.pay(sessionId, { amount_total: 100 }),
    )
    await deliver(event)
    await runStripeJobs()
    expect(await paymentsOf(invoice.id)).toHaveLength(0)
    const [stored] = await storedEvent(event.id)
    expect(stored.status).toBe('failed')
    expect(stored.detail).toMatch(
      /Montant payé de 1,00\s€ différent du montant demandé de 149,00\s€ : paiement non enregistré/,
    )
    expect(await invoiceNow(invoice.id)).toMatchObject({ status: 'emise', amountPaid: 0 })
  })

  it('records nothing beyond what remains due, in another currency, or for another invoice', async () => {
    const paidMeanwhile = await openedSession()
    await counterPayment(paidMeanwhile.invoice.id, 5100)
    const over = stripeEvent('checkout.session.completed', stand.pay(paidMeanwhile.sessionId))
    await deliver(over)

    const dollars = await openedSession()
    const usd = stripeEvent(
      'checkout.session.completed',
      stand.pay(dollars.sessionId, { currency: 'usd' }),
    )
    await deliver(usd)

    const other = await openedSession()
    const forged = stand.pay(other.sessionId)
    forged.metadata = { ...forged.metadata, invoiceId: String(paidMeanwhile.invoice.id) }
    const wrongInvoice = stripeEvent('checkout.session.completed', forged)
    await deliver(wrongInvoice)
    await runStripeJobs()

    expect((await paymentsOf(paidMeanwhile.invoice.id)).map((p) => p.method)).toEqual(['especes'])
    expect(await paymentsOf(dollars.invoice.id)).toHaveLength(0)
    expect(await paymentsOf(other.invoice.id)).toHaveLength(0)
    const detail = async (id: string) => (await storedEvent(id))[0]
    expect(await detail(over.id)).toMatchObject({ status: 'failed' })
    expect((await detail(over.id)).detail).toMatch(/dépasse le reste à payer .* \(98,00\s€\)/)
    expect((await detail(usd.id)).detail).toMatch(/Devise « usd »/)
    expect((await detail(wrongInvoice.id)).detail).toMatch(/ne désigne pas la facture/)
  })

  it('stores other event types as ignored, and fails a session the shop never opened or Stripe does not know', async () => {
    const other = stripeEvent('payment_intent.succeeded', { id: 'pi_x', object: 'payment_intent' })
    expect((await deliver(other)).status).toBe(200)
    expect((await storedEvent(other.id))[0]).toMatchObject({ status: 'ignored' })

    const id = `cs_test_foreign_${Date.now()}`
    const foreign = { ...stand.pay((await openedSession()).sessionId), id }
    stand.sessions.set(id, foreign as StandInSession)
    const event = stripeEvent('checkout.session.completed', foreign)
    await deliver(event)
    await runStripeJobs()
    const [stored] = await storedEvent(event.id)
    expect(stored.status).toBe('failed')
    expect(stored.detail).toMatch(/inconnue de l'atelier/)

    const missing = stripeEvent('checkout.session.completed', { ...foreign, id: 'cs_test_absent' })
    await deliver(missing)
    await runStripeJobs()
    expect((await storedEvent(missing.id))[0]).toMatchObject({ status: 'failed' })
    expect((await storedEvent(missing.id))[0].detail).toMatch(/introuvable chez Stripe/)
  })

  it('is not open to customers or the counter through the API', async () => {
    const me = await customer(payload)
    expect((await api('GET', 'stripe-events', { token: me.token })).status).toBe(403)
    expect((await api('GET', 'checkout-sessions', { token: me.token })).status).toBe(403)
    expect((await api('GET', 'stripe-events', { token: admin.token })).status).toBe(200)
    const write = await api('POST', 'stripe-events', {
      token: admin.token,
      body: { eventId: 'evt_main', type: 'checkout.session.completed' },
    })
    expect(write.status).toBe(403)
  })
})

describe('@payloadcms/plugin-stripe', () => {
  it('is registered with its REST proxy off and our webhook in place of its own', async () => {
    const routes = payload.config.endpoints.filter((e) => e.path.startsWith('/stripe/'))
    expect(routes.map((e) => `${e.method} ${e.path}`).sort()).toEqual([
      'get /stripe/status',
      'post /stripe/webhooks',
    ])
    expect((await api('POST', 'stripe/rest', { token: admin.token, body: {} })).status).toBe(404)
  })
})

describe('without Stripe keys', () => {
  it('hides online payment, refuses it in French and leaves the rest working', async () => {
    const me = await customer(payload)
    const invoice = await issued(me)
    expect((await api('GET', 'stripe/status')).body).toEqual({ enabled: true })
    const saved = process.env.STRIPE_SECRET_KEY
    delete process.env.STRIPE_SECRET_KEY
    try {
      expect((await api('GET', 'stripe/status')).body).toEqual({ enabled: false })
      const refused = await checkout(invoice.id, me.token)
      expect(refused.status).toBe(503)
      expect(refused.body.errors[0].message).toMatch(/Le paiement en ligne n'est pas activé/)
      const hook = await deliver(stripeEvent('checkout.session.completed', { id: 'cs_x' }))
      expect(hook.status).toBe(503)
      const read = await api('GET', `invoices/${invoice.id}`, { token: me.token })
      expect(read.status).toBe(200)
      expect(read.body.number).toBe(invoice.number)
      expect((await counterPayment(invoice.id, 14900)).status).toBe(201)
    } finally {
      process.env.STRIPE_SECRET_KEY = saved
    }
  })
})
