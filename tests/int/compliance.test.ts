import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'
import { beforeAll, describe, expect, it } from 'vitest'

import { adapterOf } from '../../src/db/db'
import { api, testPayload } from '../helpers/api'
import { customer, shopStaff, type Staff } from '../helpers/fixtures'

let payload: Payload
let admin: Staff
let tech: Staff

beforeAll(async () => {
  payload = await testPayload()
  ;({ admin, tech } = await shopStaff(payload))
})

async function issued(unitPrice: number) {
  const me = await customer(payload)
  const draft = await api('POST', 'invoices', {
    token: admin.token,
    body: {
      customer: me.customer.id,
      lines: [{ kind: 'free', description: 'Forfait', quantity: 1, unitPrice }],
    },
  })
  const res = await api('POST', `invoices/${draft.body.doc.id}/issue`, { token: admin.token })
  expect(res.status).toBe(200)
  return res.body.invoice as { id: number; number: string }
}

const verify = () => api('GET', 'compliance/verify', { token: admin.token })

describe('the inalterability chain', () => {
  it('holds every issued invoice, credit note and payment, and finds a row changed by SQL', async () => {
    const first = await issued(4900)
    const second = await issued(12900)
    await api('POST', `invoices/${first.id}/payments`, {
      token: admin.token,
      body: { amount: 4900, method: 'especes' },
    })
    await api('POST', `invoices/${second.id}/credit-notes`, {
      token: admin.token,
      body: { lines: 'all', reason: 'Erreur de client' },
    })
    const intact = await verify()
    expect(intact.status).toBe(200)
    expect(intact.body.ok).toBe(true)
    expect(intact.body.checked).toBeGreaterThanOrEqual(4)
    expect(intact.body.message).toMatch(/^Chaîne intacte/)

    // Someone lowers an issued invoice's total straight in the database.
    const db = adapterOf({ payload }).drizzle
    await db.execute(sql`update invoices set total_ttc = 100 where id = ${second.id}`)
    try {
      const broken = await verify()
      expect(broken.body.ok).toBe(false)
      expect(broken.body.broken.label).toBe(second.number)
      expect(broken.body.message).toMatch(
        new RegExp(`Chaîne rompue .*\\(${second.number}\\) : son contenu a été modifié`),
      )
    } finally {
      await db.execute(sql`update invoices set total_ttc = 12900 where id = ${second.id}`)
    }
    expect((await verify()).body.ok).toBe(true)

    // A payment's amount changed, or a chain entry deleted, is found too.
    await db.execute(sql`update payments set amount = 1 where invoice_id = ${first.id}`)
    try {
      expect((await verify()).body.ok).toBe(false)
    } finally {
      await db.execute(sql`update payments set amount = 4900 where invoice_id = ${first.id}`)
    }
  })

  it('is checked only by whoever may read invoices; nobody reads or writes its entries', async () => {
    expect((await api('GET', 'compliance/verify', { token: tech.token })).status).toBe(403)
    expect((await api('GET', 'compliance/verify')).status).toBe(401)
    expect((await api('GET', 'chain-entries', { token: admin.token })).status).toBe(403)
    expect(
      (await api('POST', 'chain-entries', { token: admin.token, body: { sequence: 999999 } }))
        .status,
    ).toBe(403)
  })
})
