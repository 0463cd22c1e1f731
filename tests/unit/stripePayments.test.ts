import { afterEach, describe, expect, it } from 'vitest'

import { stripeSettings } from '../../src/config/env'
import { onlinePaymentEnabled, requireStripe } from '../../src/config/stripe'
import {
  checkoutLineName,
  checkoutRefusal,
  isReusable,
  judgePaidSession,
  remainingDue,
  type SessionFacts,
} from '../../src/domain/stripePayments'

const saved = { ...process.env }
afterEach(() => {
  process.env = { ...saved }
})

const invoice: {
  id: number
  customer: number
  number: string | null
  kind: string
  status: string
  totalTtc: number
  amountCredited: number
  amountPaid: number
} = {
  id: 7,
  customer: 3,
  number: 'F-2026-000007',
  kind: 'invoice',
  status: 'emise',
  totalTtc: 14900,
  amountCredited: 0,
  amountPaid: 0,
}
const asked = { invoiceId: 7, customerId: 3, amount: 14900 }
const session = (over: Partial<SessionFacts> = {}): SessionFacts => ({
  id: 'cs_test_1',
  status: 'complete',
  payment_status: 'paid',
  currency: 'eur',
  amount_total: 14900,
  client_reference_id: '7',
  metadata: { invoiceId: '7', customerId: '3', invoiceNumber: 'F-2026-000007' },
  ...over,
})
const judge = (s: Partial<SessionFacts> = {}, inv: Partial<typeof invoice> = {}) =>
  judgePaidSession({ session: session(s), asked, invoice: { ...invoice, ...inv } })

describe('what remains to pay online', () => {
  it('is TTC less credit notes, the repair bonus and payments, never below zero', () => {
    expect(remainingDue({ totalTtc: 14900, amountCredited: 8900, amountPaid: 1000 })).toBe(5000)
    expect(remainingDue({ totalTtc: 14900, amountPaid: 20000 })).toBe(0)
    expect(remainingDue({ totalTtc: 14900, bonusAmount: 2500, amountPaid: 2400 })).toBe(10000)
  })

  it('names the line after the invoice', () => {
    expect(checkoutLineName('F-2026-000001')).toBe('Facture F-2026-000001')
  })
})

describe('checkoutRefusal', () => {
  it('lets an issued invoice with something due be paid', () => {
    expect(checkoutRefusal(invoice)).toBeNull()
    expect(
      checkoutRefusal({ ...invoice, status: 'partiellement_payee', amountPaid: 100 }),
    ).toBeNull()
  })
  it('refuses a draft', () => {
    expect(checkoutRefusal({ ...invoice, number: null, status: 'brouillon' })).toMatch(/brouillon/)
  })
  it('refuses a credit note', () => {
    expect(checkoutRefusal({ ...invoice, kind: 'credit_note', number: 'A-2026-000001' })).toMatch(
      /A-2026-000001 est un avoir/,
    )
  })
  it('refuses a paid or fully credited invoice', () => {
    expect(checkoutRefusal({ ...invoice, amountPaid: 14900 })).toMatch(/déjà entièrement payée/)
    expect(checkoutRefusal({ ...invoice, amountCredited: 14900 })).toMatch(/déjà entièrement payée/)
  })
})

describe('isReusable', () => {
  const now = new Date('2026-03-01T10:00:00Z')
  const open = { status: 'open', amount: 14900, expiresAt: '2026-03-01T11:00:00Z' }
  it('reuses an open session for the same amount', () => {
    expect(isReusable(open, { amount: 14900, now })).toBe(true)
  })
  it('not for another amount', () => {
    expect(isReusable(open, { amount: 9900, now })).toBe(false)
  })
  it('not when it expires within ten minutes, or has expired', () => {
    expect(isReusable({ ...open, expiresAt: '2026-03-01T10:09:00Z' }, { amount: 14900, now })).toBe(
      false,
    )
    expect(isReusable({ ...open, expiresAt: '2026-03-01T09:00:00Z' }, { amount: 14900, now })).toBe(
      false,
    )
  })
  it('not when it is no longer open', () => {
    expect(isReusable({ ...open, status: 'complete' }, { amount: 14900, now })).toBe(false)
  })
})

describe('judgePaidSession', () => {
  it('records a paid session in euros for the invoice, its customer and the amount asked', () => {
    expect(judge()).toEqual({ action: 'record', amount: 14900 })
    expect(judge({ currency: 'EUR' })).toEqual({ action: 'record', amount: 14900 })
  })
  it('waits for a session not paid yet', () => {
    expect(judge({ payment_status: 'unpaid' })).toMatchObject({ action: 'ignore' })
  })
  it('fails another currency', () => {
    expect(judge({ currency: 'usd' })).toMatchObject({ action: 'fail', detail: /Devise « usd »/ })
  })
  it('fails a session for another invoice (metadata or reference)', () => {
    const meta = { invoiceId: '8', customerId: '3' }
    expect(judge({ metadata: meta })).toMatchObject({ action: 'fail' })
    expect(judge({ client_reference_id: '8' })).toMatchObject({ action: 'fail' })
    expect(judge({ metadata: null })).toMatchObject({ action: 'fail' })
  })
  it('fails a session for another customer, or an invoice of another customer', () => {
    expect(judge({ metadata: { invoiceId: '7', customerId: '4' } })).toMatchObject({
      action: 'fail',
      detail: /client/,
    })
    expect(judge({}, { customer: 4 })).toMatchObject({ action: 'fail', detail: /client/ })
  })
  it('fails when the invoice is not an issued invoice', () => {
    expect(judge({}, { kind: 'credit_note' })).toMatchObject({ action: 'fail' })
    expect(judge({}, { status: 'brouillon', number: null })).toMatchObject({ action: 'fail' })
  })
  it('fails an amount that is not the one asked', () => {
    expect(judge({ amount_total: 14800 })).toMatchObject({
      action: 'fail',
      detail: /148,00\s€ différent du montant demandé de 149,00\s€/,
    })
    expect(judge({ amount_total: null })).toMatchObject({ action: 'fail' })
  })
  it('fails beyond what remains due, and on an invoice paid meanwhile', () => {
    expect(judge({}, { amountPaid: 5000 })).toMatchObject({
      action: 'fail',
      detail: /dépasse le reste à payer .*99,00\s€/,
    })
    expect(judge({}, { amountPaid: 14900 })).toMatchObject({
      action: 'fail',
      detail: /déjà entièrement payée/,
    })
  })
})

describe('Stripe configuration', () => {
  it('is off without both keys', () => {
    delete process.env.STRIPE_SECRET_KEY
    delete process.env.STRIPE_WEBHOOK_SECRET
    expect(stripeSettings()).toBeNull()
    process.env.STRIPE_SECRET_KEY = 'sk_test_x'
    expect(stripeSettings()).toBeNull()
    expect(onlinePaymentEnabled()).toBe(false)
    expect(() => requireStripe()).toThrow(/Le paiement en ligne n'est pas activé/)
  })
  it('is on with both, against api.stripe.com unless STRIPE_API_URL says otherwise', () => {
    process.env.STRIPE_SECRET_KEY = 'sk_test_x'
    process.env.STRIPE_WEBHOOK_SECRET = 'whsec_x'
    delete process.env.STRIPE_API_URL
    expect(stripeSettings()).toEqual({
      secretKey: 'sk_test_x',
      webhookSecret: 'whsec_x',
      api: null,
    })
    process.env.STRIPE_API_URL = 'http://127.0.0.1:12111'
    expect(stripeSettings()?.api).toEqual({ host: '127.0.0.1', port: 12111, protocol: 'http' })
    expect(onlinePaymentEnabled()).toBe(true)
    expect(requireStripe().stripe).toBeTruthy()
  })
  it('refuses a STRIPE_API_URL that is not http(s), in French', () => {
    process.env.STRIPE_SECRET_KEY = 'sk_test_x'
    process.env.STRIPE_WEBHOOK_SECRET = 'whsec_x'
    process.env.STRIPE_API_URL = 'ftp://exemple'
    expect(() => stripeSettings()).toThrow(/STRIPE_API_URL vaut « ftp:\/\/exemple »/)
  })
})
