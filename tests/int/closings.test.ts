import { createLocalReq, type Payload } from 'payload'

import type { Closing, Invoice } from '../../src/payload-types'

import { sql } from '@payloadcms/db-postgres'
import { beforeAll, describe, expect, it } from 'vitest'

import { adapterOf } from '../../src/db/db'
import { inTransaction } from '../../src/db/transaction'
import { sumClosingTotals } from '../../src/domain/closings'
import { parisParts } from '../../src/domain/parisTime'
import { closePeriod } from '../../src/operations/closing'
import { createCreditNote } from '../../src/operations/creditNote'
import { issueInvoice } from '../../src/operations/issueInvoice'
import { cancelPayment } from '../../src/operations/recordPayment'
import { api, graphql, testPayload } from '../helpers/api'
import { counterCustomer, shopStaff, type Staff } from '../helpers/fixtures'

// The records are dated in October 2025, before anything the other test files write (they
// write "now"): the first closing starts at the first day with activity, 25/10/2025.
// 25/10/2025 is a Saturday in summer time (UTC+2); 26/10/2025 lasts 25 hours (clocks go back);
// from then on Paris is UTC+1.

let payload: Payload
let admin: Staff
let reception: Staff
let tech: Staff

const localReq = async () =>
  createLocalReq({ user: { ...admin.user, collection: 'users' } }, payload)

type Line = {
  kind: string
  description: string
  quantity: number
  unitPrice: number
  vatRate: number
}

/** A draft made through REST, issued at `at` (the operation takes the clock). */
async function issuedAt(at: string, lines: Line[]): Promise<Invoice> {
  const who = await counterCustomer(payload)
  const draft = await api('POST', 'invoices', {
    token: admin.token,
    body: { customer: who.id, lines },
  })
  expect(draft.status, JSON.stringify(draft.body)).toBe(201)
  const req = await localReq()
  return inTransaction(req, () => issueInvoice({ req, id: draft.body.doc.id, now: new Date(at) }))
}

async function pay(invoice: Invoice, amount: number, method: string, receivedAt: string) {
  const res = await api('POST', `invoices/${invoice.id}/payments`, {
    token: admin.token,
    body: { amount, method, receivedAt },
  })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body.payment as { id: number }
}

const close = (body: Record<string, unknown>, token = admin.token) =>
  api('POST', 'closings/close', { token, body })

const methods = (c: Closing) =>
  Object.fromEntries((c.byMethod ?? []).map((m) => [m.method, [m.amount, m.count]]))
const rates = (c: Closing) =>
  (c.byRate ?? []).map(({ rate, ht, vat, ttc }) => ({ rate, ht, vat, ttc }))

async function closingOf(key: string): Promise<Closing> {
  const found = await payload.find({ collection: 'closings', where: { key: { equals: key } } })
  expect(found.docs, key).toHaveLength(1)
  return found.docs[0]!
}

const verify = () => api('GET', 'compliance/verify', { token: admin.token })

beforeAll(async () => {
  payload = await testPayload()
  ;({ admin, reception, tech } = await shopStaff(payload))

  // 25/10: an invoice of 175,00 € (120,00 € of labour at 20 %, 2 × 27,50 € at 10 %) …
  const first = await issuedAt('2025-10-25T08:00:00.000Z', [
    { kind: 'labour', description: 'Main-d’œuvre', quantity: 1, unitPrice: 12000, vatRate: 2000 },
    { kind: 'free', description: 'Batterie', quantity: 2, unitPrice: 2750, vatRate: 1000 },
  ])
  // … one of 24,00 € at 20 % issued at 23:59:59.999 in Paris, still the 25th …
  const second = await issuedAt('2025-10-25T21:59:59.999Z', [
    { kind: 'free', description: 'Forfait', quantity: 1, unitPrice: 2400, vatRate: 2000 },
  ])
  // … 50,00 € cash (cancelled the same day by a counter-entry), 100,00 € by card, 24,00 € cash …
  const cash = await pay(first, 5000, 'especes', '2025-10-25T08:30:00.000Z')
  await pay(first, 10000, 'carte', '2025-10-25T08:35:00.000Z')
  let req = await localReq()
  await inTransaction(req, () =>
    cancelPayment({
      req,
      paymentId: cash.id,
      reason: 'Encaissé deux fois',
      now: new Date('2025-10-25T14:00:00.000Z'),
    }),
  )
  // … and a credit note of one battery (27,50 € at 10 %).
  req = await localReq()
  await inTransaction(req, () =>
    createCreditNote({
      req,
      invoiceId: first.id,
      lines: [{ lineId: String(first.lines![1]!.id), quantity: 1 }],
      reason: 'Une seule batterie posée',
      now: new Date('2025-10-25T13:00:00.000Z'),
    }),
  )
  await pay(second, 2400, 'especes', '2025-10-25T21:59:59.999Z')

  // 26/10: 20,00 € cash at 00:30 in Paris (still the 25th in UTC), an invoice of 36,00 € at
  // 20 % at 23:30, paid by transfer at 23:59:59.999.
  await pay(first, 2000, 'especes', '2025-10-25T22:30:00.000Z')
  const third = await issuedAt('2025-10-26T22:30:00.000Z', [
    { kind: 'free', description: 'Nettoyage', quantity: 1, unitPrice: 3600, vatRate: 2000 },
  ])
  await pay(third, 3600, 'virement', '2025-10-26T22:59:59.999Z')
  // 27/10 at midnight in Paris: 10,00 € by cheque.
  await pay(first, 1000, 'cheque', '2025-10-26T23:00:00.000Z')
})

describe('daily closing totals', () => {
  it('records the 25th per method (counter-entry taken off) and per VAT rate (credit note taken off)', async () => {
    const res = await close({ level: 'jour', key: '2025-10-25' })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(res.body.message).toBe('La journée du 25/10/2025 est clôturée.')
    const day = res.body.closing as Closing
    expect(day).toMatchObject({
      key: 'jour:2025-10-25',
      level: 'jour',
      periodKey: '2025-10-25',
      title: 'Journée du 25/10/2025',
      periodStart: '2025-10-24T22:00:00.000Z',
      periodEnd: '2025-10-25T22:00:00.000Z',
      invoiceCount: 2,
      creditNoteCount: 1,
      paymentCount: 3,
      counterEntryCount: 1,
      totalHt: 14500,
      totalVat: 2650,
      totalInvoicedTtc: 17150,
      totalCollected: 12400,
      // The first closing: the perpetual total starts here.
      perpetualInvoicedTtc: 17150,
      perpetualCollected: 12400,
      closedBy: admin.user.id,
      closedByName: admin.user.name,
    })
    expect(methods(day)).toEqual({
      especes: [2400, 3],
      carte: [10000, 1],
      cheque: [0, 0],
      virement: [0, 0],
      stripe: [0, 0],
    })
    expect(rates(day)).toEqual([
      { rate: 2000, ht: 12000, vat: 2400, ttc: 14400 },
      { rate: 1000, ht: 2500, vat: 250, ttc: 2750 },
    ])
    expect(day.chainSequence).toBeGreaterThan(0)
    expect(day.chainHash).toMatch(/^[0-9a-f]{64}$/)
  })

  it('counts the 26th (25 hours) from midnight in Paris, and runs the perpetual total on', async () => {
    const res = await close({ level: 'jour', key: '2025-10-26' })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const day = res.body.closing as Closing
    expect(day).toMatchObject({
      periodStart: '2025-10-25T22:00:00.000Z',
      periodEnd: '2025-10-26T23:00:00.000Z',
      invoiceCount: 1,
      creditNoteCount: 0,
      paymentCount: 2,
      counterEntryCount: 0,
      totalInvoicedTtc: 3600,
      totalCollected: 5600,
      perpetualInvoicedTtc: 17150 + 3600,
      perpetualCollected: 12400 + 5600,
    })
    expect(methods(day)).toMatchObject({ especes: [2000, 1], virement: [3600, 1], cheque: [0, 0] })
    expect(rates(day)).toEqual([{ rate: 2000, ht: 3000, vat: 600, ttc: 3600 }])
  })

  it('refuses a second closing of a day, a day not over yet and one before the first closing', async () => {
    const again = await close({ level: 'jour', key: '2025-10-25' })
    expect(again.status).toBe(409)
    expect(again.body.errors[0].message).toBe('La journée du 25/10/2025 est déjà clôturée.')

    const today = parisParts(new Date()).date
    const future = await close({ level: 'jour', key: today })
    expect(future.status).toBe(409)
    expect(future.body.errors[0].message).toMatch(
      /n'est pas terminée : elle ne peut être clôturée qu'à partir du/,
    )
    const thisMonth = await close({ level: 'mois', key: today.slice(0, 7) })
    expect(thisMonth.status).toBe(409)

    // A day closes after midnight in Paris, not before (the clock injected).
    const req = await localReq()
    await expect(
      closePeriod({
        req,
        level: 'jour',
        key: '2025-11-02',
        now: new Date('2025-11-02T22:59:59.999Z'),
      }),
    ).rejects.toMatchObject({ status: 409 })

    const before = await close({ level: 'jour', key: '2025-10-20' })
    expect(before.status).toBe(409)
    expect(before.body.errors[0].message).toMatch(/précède la première clôture/)
    expect(
      await payload.count({
        collection: 'closings',
        where: { key: { equals: 'jour:2025-10-20' } },
      }),
    ).toMatchObject({ totalDocs: 0 })
  })

  it('refuses a payment dated into a closed day, or before the first closing', async () => {
    const [first] = (
      await payload.find({
        collection: 'invoices',
        where: { issuedAt: { equals: '2025-10-25T08:00:00.000Z' } },
        depth: 0,
      })
    ).docs
    for (const receivedAt of ['2025-10-25T10:00:00.000Z', '2025-10-20T10:00:00.000Z']) {
      const res = await api('POST', `invoices/${first!.id}/payments`, {
        token: admin.token,
        body: { amount: 500, method: 'especes', receivedAt },
      })
      expect(res.status).toBe(409)
      expect(res.body.errors[0].message).toMatch(
        /^La journée du (25\/10\/2025 est clôturée|20\/10\/2025 précède la première clôture) : plus aucun paiement ne peut y être daté \(champ « receivedAt »\)/,
      )
    }
    const still = await payload.count({
      collection: 'payments',
      where: { invoice: { equals: first!.id } },
    })
    expect(still.totalDocs).toBe(5)
  })

  it('answers 400 for a malformed period or level, naming the field, and 403 to whoever may not close', async () => {
    for (const [body, field] of [
      [{ level: 'jour', key: '2025-10-32' }, 'key'],
      [{ level: 'mois', key: '2025-13' }, 'key'],
      [{ level: 'annee', key: '25' }, 'key'],
      [{ level: 'semaine', key: '2025-10' }, 'level'],
      [{ key: '2025-10-25' }, 'level'],
      [{ level: 'jour', key: 20251025 }, 'key'],
    ] as const) {
      const res = await close(body)
      expect(res.status, JSON.stringify(body)).toBe(400)
      expect(res.body.errors[0].message).toContain(`« ${field} »`)
    }
    const denied = await close({ level: 'jour', key: '2025-10-27' }, tech.token)
    expect(denied.status).toBe(403)
    expect(denied.body.errors[0].message).toMatch(/ne permet pas de clôturer la caisse/)
    expect((await api('POST', 'closings/close', { body: { level: 'jour' } })).status).toBe(401)
  })
})

describe('a monthly closing', () => {
  it('closes the unclosed days of the month first, and is the sum of its days', async () => {
    const res = await close({ level: 'mois', key: '2025-10' })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(res.body.alsoClosed).toEqual([
      'jour:2025-10-27',
      'jour:2025-10-28',
      'jour:2025-10-29',
      'jour:2025-10-30',
      'jour:2025-10-31',
    ])
    expect(res.body.message).toBe(
      "Le mois d'octobre 2025 est clôturé (5 période(s) antérieure(s) clôturée(s) d'abord).",
    )
    const month = res.body.closing as Closing
    expect(month).toMatchObject({
      key: 'mois:2025-10',
      periodStart: '2025-09-30T22:00:00.000Z',
      periodEnd: '2025-10-31T23:00:00.000Z',
      invoiceCount: 3,
      creditNoteCount: 1,
      paymentCount: 6,
      counterEntryCount: 1,
      totalInvoicedTtc: 20750,
      totalCollected: 19000,
      perpetualInvoicedTtc: 20750,
      perpetualCollected: 19000,
    })
    expect(methods(month)).toEqual({
      especes: [4400, 4],
      carte: [10000, 1],
      cheque: [1000, 1],
      virement: [3600, 1],
      stripe: [0, 0],
    })
    expect(rates(month)).toEqual([
      { rate: 2000, ht: 15000, vat: 3000, ttc: 18000 },
      { rate: 1000, ht: 2500, vat: 250, ttc: 2750 },
    ])

    const days = await payload.find({
      collection: 'closings',
      where: { level: { equals: 'jour' }, periodKey: { like: '2025-10-' } },
      sort: 'periodStart',
      limit: 0,
      pagination: false,
    })
    expect(days.docs.map((d) => d.periodKey)).toEqual([
      '2025-10-25',
      '2025-10-26',
      '2025-10-27',
      '2025-10-28',
      '2025-10-29',
      '2025-10-30',
      '2025-10-31',
    ])
    // The day of the cheque, then days without activity closed at zero.
    expect(days.docs[2]).toMatchObject({ totalCollected: 1000, perpetualCollected: 19000 })
    expect(days.docs[3]).toMatchObject({
      totalCollected: 0,
      totalInvoicedTtc: 0,
      perpetualCollected: 19000,
    })
    const sum = sumClosingTotals(
      days.docs.map((d) => ({
        byMethod: d.byMethod!.map(({ method, amount, count }) => ({ method, amount, count })),
        byRate: rates(d),
        invoiceCount: d.invoiceCount,
        creditNoteCount: d.creditNoteCount,
        paymentCount: d.paymentCount,
        counterEntryCount: d.counterEntryCount,
        totalHt: d.totalHt,
        totalVat: d.totalVat,
        totalInvoicedTtc: d.totalInvoicedTtc,
        totalCollected: d.totalCollected,
      })),
    )
    expect(month).toMatchObject({
      totalHt: sum.totalHt,
      totalVat: sum.totalVat,
      totalInvoicedTtc: sum.totalInvoicedTtc,
      totalCollected: sum.totalCollected,
    })
    expect(methods(month)).toEqual(
      Object.fromEntries(sum.byMethod.map((m) => [m.method, [m.amount, m.count]])),
    )
    expect(rates(month)).toEqual(sum.byRate)
    // Both levels started together: the month's perpetual total is its last day's.
    expect(month.perpetualCollected).toBe(days.docs.at(-1)!.perpetualCollected)
    expect(month.perpetualInvoicedTtc).toBe(days.docs.at(-1)!.perpetualInvoicedTtc)
  })
})

describe('concurrent closings of one day', () => {
  it('give one closing and one clear refusal', async () => {
    const results = await Promise.all([
      close({ level: 'jour', key: '2025-11-01' }),
      close({ level: 'jour', key: '2025-11-01' }),
    ])
    expect(results.map((r) => r.status).sort()).toEqual([201, 409])
    const refused = results.find((r) => r.status === 409)!
    expect(refused.body.errors[0].message).toBe('La journée du 01/11/2025 est déjà clôturée.')
    expect(
      (
        await payload.count({
          collection: 'closings',
          where: { key: { equals: 'jour:2025-11-01' } },
        })
      ).totalDocs,
    ).toBe(1)
  })

  it('default to yesterday in Paris', async () => {
    const req = await localReq()
    const { closing } = await closePeriod({
      req,
      level: 'jour',
      now: new Date('2025-11-02T23:30:00.000Z'), // 03/11 at 00:30 in Paris
    })
    expect(closing.key).toBe('jour:2025-11-02')
  })
})

describe('the nightly task closeYesterday', () => {
  const runTask = async (now: string) => {
    const job = await payload.jobs.queue({
      task: 'closeYesterday',
      input: { now },
      queue: 'atelier',
    })
    await payload.jobs.runByID({ id: job.id })
  }

  it('on 1 January closes the days up to yesterday, the last months and the last year; then nothing', async () => {
    const before = (await payload.count({ collection: 'closings' })).totalDocs
    await runTask('2025-12-31T23:30:00.000Z') // 01/01/2026 at 00:30 in Paris
    const after = (await payload.count({ collection: 'closings' })).totalDocs
    // 03/11 → 31/12 (59 days), November and December, and 2025.
    expect(after - before).toBe(59 + 2 + 1)
    const year = await closingOf('annee:2025')
    expect(year).toMatchObject({
      closedBy: null,
      closedByName: 'Clôture automatique',
      closedAt: '2025-12-31T23:30:00.000Z',
      totalInvoicedTtc: 20750,
      totalCollected: 19000,
      perpetualInvoicedTtc: 20750,
      perpetualCollected: 19000,
      periodStart: '2024-12-31T23:00:00.000Z',
      periodEnd: '2025-12-31T23:00:00.000Z',
    })
    expect((await closingOf('mois:2025-12')).perpetualCollected).toBe(19000)
    expect((await closingOf('jour:2025-12-31')).perpetualInvoicedTtc).toBe(20750)

    await runTask('2026-01-01T10:00:00.000Z')
    expect((await payload.count({ collection: 'closings' })).totalDocs).toBe(after)
  })
})

describe('a closing', () => {
  it('is read by whoever reads invoices, and never written through REST, GraphQL or the Local API', async () => {
    const day = await closingOf('jour:2025-10-25')
    expect((await api('GET', `closings/${day.id}`, { token: admin.token })).status).toBe(200)
    expect((await api('GET', `closings/${day.id}`, { token: reception.token })).status).toBe(200)
    expect((await api('GET', 'closings', { token: tech.token })).status).toBe(403)

    const patch = await api('PATCH', `closings/${day.id}`, {
      token: admin.token,
      body: { totalCollected: 1 },
    })
    expect(patch.status).toBe(403)
    expect((await api('DELETE', `closings/${day.id}`, { token: admin.token })).status).toBe(403)
    expect(
      (await api('POST', 'closings', { token: admin.token, body: { key: 'jour:2099-01-01' } }))
        .status,
    ).toBe(403)
    for (const mutation of [
      `mutation { updateClosing(id: ${day.id}, data: { totalCollected: 1 }) { id } }`,
      `mutation { deleteClosing(id: ${day.id}) { id } }`,
    ]) {
      const res = await graphql(mutation, { token: admin.token })
      expect(res.body.errors?.length, mutation).toBeGreaterThan(0)
    }
    await expect(
      payload.update({ collection: 'closings', id: day.id, data: { totalCollected: 1 } }),
    ).rejects.toMatchObject({
      status: 409,
      message: expect.stringMatching(/ne se modifie ni ne se supprime/),
    })
    await expect(payload.delete({ collection: 'closings', id: day.id })).rejects.toMatchObject({
      status: 409,
    })
    await expect(
      payload.create({
        collection: 'closings',
        data: { ...day, id: undefined, key: 'jour:2099-01-01' },
      }),
    ).rejects.toMatchObject({ status: 409 })

    const still = await closingOf('jour:2025-10-25')
    expect(still.totalCollected).toBe(12400)
    expect(still.updatedAt).toBe(day.updatedAt)
  })

  it('changed by SQL is named by GET /api/compliance/verify', async () => {
    expect((await verify()).body.ok).toBe(true)
    const db = adapterOf({ payload }).drizzle
    await db.execute(sql`update closings set total_collected = 1 where key = 'jour:2025-10-25'`)
    try {
      const broken = await verify()
      expect(broken.body.ok).toBe(false)
      expect(broken.body.broken.label).toBe('Clôture de la journée du 25/10/2025')
      expect(broken.body.message).toMatch(
        /Chaîne rompue .*\(Clôture de la journée du 25\/10\/2025\) : son contenu a été modifié/,
      )
    } finally {
      await db.execute(
        sql`update closings set total_collected = 12400 where key = 'jour:2025-10-25'`,
      )
    }
    expect((await verify()).body.ok).toBe(true)

    // A line per method is chained too.
    await db.execute(sql`
      update closings_by_method set amount = 0
      where method = 'especes' and _parent_id = (select id from closings where key = 'mois:2025-10')`)
    try {
      const broken = await verify()
      expect(broken.body.ok).toBe(false)
      expect(broken.body.broken.label).toBe("Clôture du mois d'octobre 2025")
    } finally {
      await db.execute(sql`
        update closings_by_method set amount = 4400
        where method = 'especes' and _parent_id = (select id from closings where key = 'mois:2025-10')`)
    }
    expect((await verify()).body.ok).toBe(true)
  })
})
