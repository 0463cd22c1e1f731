import { createLocalReq, type Payload } from 'payload'

import type { Invoice } from '../../src/payload-types'

import { beforeAll, describe, expect, it } from 'vitest'

import { issueInvoice } from '../../src/operations/issueInvoice'
import { api, graphql, testPayload } from '../helpers/api'
import { customer, device, part, repair, shopStaff, type Staff } from '../helpers/fixtures'
import { deliveredMail } from '../helpers/mail'
import { getRaw, pdfText } from '../helpers/pdf'

let payload: Payload
let admin: Staff
let reception: Staff
let tech: Staff

beforeAll(async () => {
  payload = await testPayload()
  ;({ admin, reception, tech } = await shopStaff(payload))
})

/** A repair of the customer's, finished, with one part at 89,00 € and an estimate of 149,00 €. */
async function finishedRepair(owner?: Awaited<ReturnType<typeof customer>>) {
  const me = owner ?? (await customer(payload))
  const p = await part(payload, 2, { salePrice: 8900, vatRate: 2000 })
  const r = await repair(payload, (await device(payload, me.customer.id)).id, {
    assignee: tech.user.id,
    estimatedPrice: 14900,
  })
  for (const body of [
    { status: 'en_cours', step: 'diagnostic' },
    { status: 'en_cours', step: 'intervention' },
  ])
    await api('PATCH', `repairs/${r.id}`, { token: admin.token, body })
  const line = await api('POST', `repairs/${r.id}/parts`, {
    token: admin.token,
    body: { part: p.id, quantity: 1 },
  })
  expect(line.status).toBe(201)
  for (const body of [{ status: 'en_cours', step: 'test' }, { status: 'termine' }])
    await api('PATCH', `repairs/${r.id}`, { token: admin.token, body })
  return { me, repair: r, part: p }
}

async function issuedInvoice(owner?: Awaited<ReturnType<typeof customer>>) {
  const { me, repair: r } = await finishedRepair(owner)
  const draft = await api('POST', `repairs/${r.id}/invoice`, { token: admin.token })
  expect(draft.status, JSON.stringify(draft.body)).toBe(201)
  const issued = await api('POST', `invoices/${draft.body.invoice.id}/issue`, {
    token: admin.token,
  })
  expect(issued.status, JSON.stringify(issued.body)).toBe(200)
  return { me, repair: r, invoice: issued.body.invoice }
}

describe('an invoice made from a repair', () => {
  it('has the labour (estimate less parts) and the parts at their copied prices; never twice', async () => {
    const { repair: r } = await finishedRepair()
    const res = await api('POST', `repairs/${r.id}/invoice`, { token: admin.token })
    expect(res.status).toBe(201)
    const lines = res.body.invoice.lines.map((l: Record<string, unknown>) => ({
      kind: l.kind,
      unitPrice: l.unitPrice,
      quantity: l.quantity,
      vatRate: l.vatRate,
      totalTtc: l.totalTtc,
      totalHt: l.totalHt,
    }))
    expect(lines).toEqual([
      {
        kind: 'labour',
        unitPrice: 6000,
        quantity: 1,
        vatRate: 2000,
        totalTtc: 6000,
        totalHt: 5000,
      },
      { kind: 'part', unitPrice: 8900, quantity: 1, vatRate: 2000, totalTtc: 8900, totalHt: 7417 },
    ])
    expect(res.body.invoice).toMatchObject({
      status: 'brouillon',
      number: null,
      totalTtc: 14900,
      totalHt: 12417,
      totalVat: 2483,
    })
    const again = await api('POST', `repairs/${r.id}/invoice`, { token: admin.token })
    expect(again.status).toBe(200)
    expect(again.body.invoice.id).toBe(res.body.invoice.id)
  })

  it('is issued with the next number of the year, the customer copied and the due date', async () => {
    const { me, invoice } = await issuedInvoice()
    expect(invoice.number).toMatch(/^F-\d{4}-\d{6}$/)
    expect(invoice.title).toBe(invoice.number)
    expect(invoice.status).toBe('emise')
    expect(invoice.customerSnapshot.email).toBe(me.customer.email)
    expect(invoice.dueDate).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00/)
    expect(invoice.sellerSnapshot.name).toBeTruthy()
  })

  it('is refused to whoever may not issue invoices, and a draft without lines is not issued', async () => {
    const { repair: r } = await finishedRepair()
    const draft = await api('POST', `repairs/${r.id}/invoice`, { token: admin.token })
    expect(
      (await api('POST', `invoices/${draft.body.invoice.id}/issue`, { token: tech.token })).status,
    ).toBe(403)
    const empty = await api('POST', 'invoices', {
      token: admin.token,
      body: { customer: draft.body.invoice.customer, lines: [] },
    })
    expect(empty.status).toBe(201)
    const refused = await api('POST', `invoices/${empty.body.doc.id}/issue`, { token: admin.token })
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].message).toMatch(/sans ligne/)
    const still = await payload.findByID({ collection: 'invoices', id: empty.body.doc.id })
    expect(still.number).toBeNull()
  })
})

describe('an issued invoice', () => {
  it('is never edited or deleted: REST, GraphQL and the Local API all refuse, the data stays', async () => {
    const { invoice } = await issuedInvoice()
    const patch = await api('PATCH', `invoices/${invoice.id}`, {
      token: admin.token,
      body: {
        notes: 'corrigée',
        lines: [{ kind: 'free', description: 'x', quantity: 1, unitPrice: 1 }],
      },
    })
    expect([403, 404]).toContain(patch.status)
    expect((await api('DELETE', `invoices/${invoice.id}`, { token: admin.token })).status).not.toBe(
      200,
    )
    const gql = await graphql(
      `mutation { updateInvoice(id: ${invoice.id}, data: { notes: "corrigée" }) { id } }`,
      { token: admin.token },
    )
    expect(gql.body.errors?.length).toBeGreaterThan(0)
    await expect(
      payload.update({ collection: 'invoices', id: invoice.id, data: { notes: 'en douce' } }),
    ).rejects.toThrow(/est émise : elle ne se modifie ni ne se supprime/)
    await expect(payload.delete({ collection: 'invoices', id: invoice.id })).rejects.toThrow(
      /ne se modifie ni ne se supprime/,
    )
    const kept = await payload.findByID({ collection: 'invoices', id: invoice.id })
    expect(kept.notes ?? null).toBeNull()
    expect(kept.totalTtc).toBe(invoice.totalTtc)
    expect(kept.lines).toHaveLength(invoice.lines.length)
  })

  it('numbers 50 concurrent issues with 50 consecutive numbers, none twice', async () => {
    const me = await customer(payload)
    const drafts = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        payload.create({
          collection: 'invoices',
          data: {
            customer: me.customer.id,
            lines: [{ kind: 'free', description: `Ligne ${i}`, quantity: 1, unitPrice: 1000 + i }],
          } as Invoice,
        }),
      ),
    )
    const results = await Promise.all(
      drafts.map((d) => api('POST', `invoices/${d.id}/issue`, { token: admin.token })),
    )
    expect(results.map((r) => r.status)).toEqual(results.map(() => 200))
    const sequences = results
      .map((r) => Number(String(r.body.invoice.number).slice(-6)))
      .sort((a, b) => a - b)
    expect(new Set(sequences).size).toBe(50)
    expect(sequences.at(-1)! - sequences[0]!).toBe(49)
  })
})

describe('lateness', () => {
  it('is read from the due date: an invoice issued 40 days ago with 30 days to pay is late until paid', async () => {
    await payload.updateGlobal({ slug: 'settings', data: { paymentTermsDays: 30 } })
    try {
      const { repair: r } = await finishedRepair()
      const draft = await api('POST', `repairs/${r.id}/invoice`, { token: admin.token })
      const req = await createLocalReq({ user: { ...admin.user, collection: 'users' } }, payload)
      const now = new Date(Date.now() - 40 * 86_400_000)
      const issued = await issueInvoice({ req, id: draft.body.invoice.id, now })
      expect(issued.dueDate!.slice(0, 10)).toBe(
        new Date(now.getTime() + 30 * 86_400_000).toISOString().slice(0, 10),
      )
      const late = await api('GET', `invoices/${issued.id}`, { token: admin.token })
      expect(late.body.overdue).toBe(true)
      const listed = await api('GET', `invoices?where[id][equals]=${issued.id}`, {
        token: admin.token,
      })
      expect(listed.body.docs[0].overdue).toBe(true)
      await api('POST', `invoices/${issued.id}/payments`, {
        token: admin.token,
        body: { amount: issued.totalTtc, method: 'virement' },
      })
      expect((await api('GET', `invoices/${issued.id}`, { token: admin.token })).body.overdue).toBe(
        false,
      )
    } finally {
      await payload.updateGlobal({ slug: 'settings', data: { paymentTermsDays: 0 } })
    }
  })
})

describe('payments', () => {
  it('follow the sum: partly paid, overpayment refused with the rest, paid, cancelled by a counter-entry', async () => {
    const { invoice } = await issuedInvoice()
    const pay = (body: Record<string, unknown>) =>
      api('POST', `invoices/${invoice.id}/payments`, { token: admin.token, body })
    const first = await pay({ amount: '50,00', method: 'especes' })
    expect(first.status, JSON.stringify(first.body)).toBe(201)
    expect(first.body.invoice).toMatchObject({ status: 'partiellement_payee', amountPaid: 5000 })
    const over = await pay({ amount: 9901, method: 'carte' })
    expect(over.status).toBe(409)
    expect(over.body.errors[0].message).toMatch(/dépasse le reste à payer .* 99,00\s€/)
    const rest = await pay({ amount: 9900, method: 'carte', reference: 'TPE 4821' })
    expect(rest.body.invoice).toMatchObject({ status: 'payee', amountPaid: 14900 })
    const cancelled = await api('POST', `payments/${first.body.payment.id}/cancel`, {
      token: admin.token,
      body: { reason: 'Encaissé par erreur sur cette facture' },
    })
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(201)
    expect(cancelled.body.payment.amount).toBe(-5000)
    expect(cancelled.body.invoice).toMatchObject({
      status: 'partiellement_payee',
      amountPaid: 9900,
    })
    const twice = await api('POST', `payments/${first.body.payment.id}/cancel`, {
      token: admin.token,
      body: { reason: 'encore' },
    })
    expect(twice.status).toBe(409)
  })

  it('are never written directly, and not on a draft', async () => {
    const { invoice } = await issuedInvoice()
    const direct = await api('POST', 'payments', {
      token: admin.token,
      body: {
        invoice: invoice.id,
        amount: 100,
        method: 'especes',
        receivedAt: new Date().toISOString(),
      },
    })
    expect(direct.status).toBe(403)
    const made = await api('POST', `invoices/${invoice.id}/payments`, {
      token: admin.token,
      body: { amount: 100, method: 'especes' },
    })
    expect(
      (
        await api('PATCH', `payments/${made.body.payment.id}`, {
          token: admin.token,
          body: { amount: 1 },
        })
      ).status,
    ).toBe(403)
    expect(
      (await api('DELETE', `payments/${made.body.payment.id}`, { token: admin.token })).status,
    ).toBe(403)
    const { repair: r } = await finishedRepair()
    const draft = await api('POST', `repairs/${r.id}/invoice`, { token: admin.token })
    const onDraft = await api('POST', `invoices/${draft.body.invoice.id}/payments`, {
      token: admin.token,
      body: { amount: 100, method: 'especes' },
    })
    expect(onDraft.status).toBe(409)
    expect(onDraft.body.errors[0].message).toMatch(/brouillon/)
  })
})

describe('credit notes', () => {
  it('correct part of an invoice, then the rest, never more, each numbered A-YYYY-NNNNNN', async () => {
    const { invoice } = await issuedInvoice()
    const partLine = invoice.lines.find((l: { kind: string }) => l.kind === 'part')
    const first = await api('POST', `invoices/${invoice.id}/credit-notes`, {
      token: admin.token,
      body: { lines: [{ lineId: partLine.id, quantity: 1 }], reason: 'Pièce reprise' },
    })
    expect(first.status, JSON.stringify(first.body)).toBe(201)
    expect(first.body.creditNote).toMatchObject({ kind: 'credit_note', totalTtc: 8900 })
    expect(first.body.creditNote.number).toMatch(/^A-\d{4}-\d{6}$/)
    expect(first.body.invoice.amountCredited).toBe(8900)
    const over = await api('POST', `invoices/${invoice.id}/credit-notes`, {
      token: admin.token,
      body: { lines: [{ lineId: partLine.id, quantity: 1 }], reason: 'encore' },
    })
    expect(over.status).toBe(409)
    const rest = await api('POST', `invoices/${invoice.id}/credit-notes`, {
      token: admin.token,
      body: { lines: 'all', reason: 'Annulation' },
    })
    expect(rest.body.creditNote.totalTtc).toBe(6000)
    expect(rest.body.invoice).toMatchObject({ amountCredited: 14900, status: 'payee' })
    const none = await api('POST', `invoices/${invoice.id}/credit-notes`, {
      token: admin.token,
      body: { lines: 'all', reason: 'encore' },
    })
    expect(none.status).toBe(409)
    expect(none.body.errors[0].message).toMatch(/Tout est déjà crédité/)
  })
})

describe('the PDF', () => {
  it('prints the issued invoice as issued, for staff and its own customer only; a draft has none', async () => {
    const me = await customer(payload)
    const { invoice } = await issuedInvoice(me)
    const res = await getRaw(`invoices/${invoice.id}/pdf`, me.token)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/pdf')
    const text = await pdfText(new Uint8Array(await res.arrayBuffer()))
    expect(text).toContain(invoice.number)
    expect(text).toContain(invoice.customerSnapshot.name)
    expect(text).toMatch(/Total TTC.*149,00\s€/)
    expect(text).toMatch(/Pénalités de retard/)
    const stranger = await customer(payload)
    expect((await getRaw(`invoices/${invoice.id}/pdf`, stranger.token)).status).toBe(404)
    expect((await getRaw(`invoices/${invoice.id}/pdf`, admin.token)).status).toBe(200)
    const { repair: r } = await finishedRepair()
    const draft = await api('POST', `repairs/${r.id}/invoice`, { token: admin.token })
    const none = await getRaw(`invoices/${draft.body.invoice.id}/pdf`, admin.token)
    expect(none.status).toBe(409)
  })
})

describe('sending to the customer', () => {
  it('e-mails the PDF through the real SMTP server and records when and to whom', async () => {
    const me = await customer(payload)
    const { invoice } = await issuedInvoice(me)
    const sent = await api('POST', `invoices/${invoice.id}/send`, { token: admin.token })
    expect(sent.status, JSON.stringify(sent.body)).toBe(202)
    expect(sent.body.invoice).toMatchObject({ sendStatus: 'en_file', sentTo: me.customer.email })
    const mail = await deliveredMail(payload, me.customer.email, new RegExp(invoice.number))
    const pdf = mail.attachments.find((a) => a.contentType === 'application/pdf')
    expect(pdf?.filename).toBe(`${invoice.number}.pdf`)
    const text = await pdfText(new Uint8Array(pdf!.content))
    expect(text).toContain(invoice.number)
    expect(String(mail.html)).toMatch(/149,00\s€ TTC/)
    const after = await payload.findByID({ collection: 'invoices', id: invoice.id })
    expect(after).toMatchObject({ sendStatus: 'envoyee', sentTo: me.customer.email })
    expect(after.sentAt).toBeTruthy()
    // The invoice itself is untouched by its sending.
    expect(after.totalTtc).toBe(invoice.totalTtc)
    expect((await api('GET', 'compliance/verify', { token: admin.token })).body.ok).toBe(true)
  })

  it('refuses a draft, a wrong address, and whoever may not send', async () => {
    const { repair: r } = await finishedRepair()
    const draft = await api('POST', `repairs/${r.id}/invoice`, { token: admin.token })
    expect(
      (await api('POST', `invoices/${draft.body.invoice.id}/send`, { token: admin.token })).status,
    ).toBe(409)
    const { invoice } = await issuedInvoice()
    const bad = await api('POST', `invoices/${invoice.id}/send`, {
      token: admin.token,
      body: { to: 'pas-une-adresse' },
    })
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].message).toMatch(/n'est pas une adresse e-mail/)
    expect((await api('POST', `invoices/${invoice.id}/send`, { token: tech.token })).status).toBe(
      403,
    )
  })
})

describe('what a customer sees', () => {
  it('their own issued invoices, not their drafts nor anyone else’s', async () => {
    const me = await customer(payload)
    const { invoice } = await issuedInvoice(me)
    const { repair: other } = await finishedRepair(me)
    const draft = await api('POST', `repairs/${other.id}/invoice`, { token: admin.token })
    const stranger = await customer(payload)
    const mine = await api('GET', 'invoices?depth=0', { token: me.token })
    expect(mine.body.docs.map((d: { id: number }) => d.id)).toEqual([invoice.id])
    expect(
      (await api('GET', `invoices/${draft.body.invoice.id}`, { token: me.token })).status,
    ).toBe(404)
    expect((await api('GET', `invoices/${invoice.id}`, { token: stranger.token })).status).toBe(404)
    expect((await api('GET', 'invoices', { token: tech.token })).status).toBe(403)
  })
})
