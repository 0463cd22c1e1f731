import { createLocalReq, type Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { decideQuote, expireQuotes } from '../../src/operations/quotes'
import { api, graphql, testPayload } from '../helpers/api'
import { customer, device, part, repair, shopStaff, type Staff } from '../helpers/fixtures'
import { deliveredMail } from '../helpers/mail'
import { pdfText } from '../helpers/pdf'

let payload: Payload
let admin: Staff
let reception: Staff
let tech: Staff

beforeAll(async () => {
  payload = await testPayload()
  ;({ admin, reception, tech } = await shopStaff(payload))
  // Above 150 € the customer approves the quote before the work; a declined one costs 29 €.
  await payload.updateGlobal({
    slug: 'settings',
    data: { quoteThreshold: 15000, diagnosticFee: 2900 },
  })
})

// Files share one database: what this file sets, it puts back.
afterAll(async () => {
  await payload.updateGlobal({
    slug: 'settings',
    data: { quoteThreshold: null, diagnosticFee: 0 },
  })
})

const move = (id: number, body: Record<string, unknown>, token = admin.token) =>
  api('PATCH', `repairs/${id}`, { token, body })

/** A repair of 249 € estimated, in diagnosis, for a customer who can sign in. */
async function diagnosedRepair(estimatedPrice = 24900) {
  const me = await customer(payload)
  const r = await repair(payload, (await device(payload, me.customer.id)).id, {
    assignee: tech.user.id,
    estimatedPrice,
  })
  expect((await move(r.id, { status: 'en_cours', step: 'diagnostic' })).status).toBe(200)
  return { me, repair: r }
}

async function sentQuote(estimatedPrice?: number) {
  const made = await diagnosedRepair(estimatedPrice)
  const draft = await api('POST', `repairs/${made.repair.id}/quote`, { token: admin.token })
  expect(draft.status, JSON.stringify(draft.body)).toBe(201)
  const sent = await api('POST', `quotes/${draft.body.quote.id}/send`, {
    token: admin.token,
    body: {},
  })
  expect(sent.status, JSON.stringify(sent.body)).toBe(200)
  return { ...made, quote: sent.body.quote }
}

describe('a quote for a repair', () => {
  it('starts as a draft with the labour of the estimate; the customer does not see it', async () => {
    const { me, repair: r } = await diagnosedRepair()
    const res = await api('POST', `repairs/${r.id}/quote`, { token: reception.token })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const q = res.body.quote
    expect(q).toMatchObject({ status: 'brouillon', number: null, totalTtc: 24900, version: 1 })
    expect(q.customer).toBe(me.customer.id)
    expect(q.lines).toMatchObject([{ kind: 'labour', unitPrice: 24900, totalHt: 20750 }])
    // Asked again, the same draft comes back.
    const again = await api('POST', `repairs/${r.id}/quote`, { token: admin.token })
    expect(again.status).toBe(200)
    expect(again.body.quote.id).toBe(q.id)
    expect((await api('GET', `quotes/${q.id}`, { token: me.token })).status).toBe(404)
    // A technician has no quotes.
    expect((await api('POST', `repairs/${r.id}/quote`, { token: tech.token })).status).toBe(403)
  })

  it('blocks the repair past the diagnostic above the threshold until it is accepted', async () => {
    const { me, repair: r } = await diagnosedRepair()
    const blocked = await move(r.id, { status: 'en_cours', step: 'intervention' })
    expect(blocked.status).toBe(409)
    expect(blocked.body.errors[0].message).toContain("Devis à faire accepter avant l'intervention")
    expect(blocked.body.errors[0].message).toContain("aucun devis n'a été établi")

    const draft = await api('POST', `repairs/${r.id}/quote`, { token: admin.token })
    const sent = await api('POST', `quotes/${draft.body.quote.id}/send`, {
      token: admin.token,
      body: {},
    })
    expect(sent.body.quote).toMatchObject({ status: 'envoye', sentTo: me.email })
    expect(sent.body.quote.number).toMatch(/^D-\d{4}-\d{6}$/)
    const stillBlocked = await move(r.id, { status: 'en_cours', step: 'intervention' })
    expect(stillBlocked.status).toBe(409)
    expect(stillBlocked.body.errors[0].message).toContain('le devis est « Envoyé »')

    const accepted = await api('POST', `quotes/${sent.body.quote.id}/accept`, { token: me.token })
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200)
    expect(accepted.body.quote).toMatchObject({
      status: 'accepte',
      decidedByCustomer: me.customer.id,
      decisionChannel: 'portail',
    })
    expect(Date.now() - new Date(accepted.body.quote.decidedAt).getTime()).toBeLessThan(60_000)
    expect((await move(r.id, { status: 'en_cours', step: 'intervention' })).status).toBe(200)
    // The answer is in the repair's history, for the customer too.
    const events = await payload.find({
      collection: 'repair-events',
      where: { repair: { equals: r.id }, type: { equals: 'quote' } },
      sort: 'createdAt',
    })
    expect(events.docs.map((e) => e.message)).toEqual([
      expect.stringContaining(`Devis ${sent.body.quote.number} envoyé (249,00`),
      `Devis ${sent.body.quote.number} accepté par le client`,
    ])
  })

  it('leaves repairs at or below the threshold alone when no quote was sent', async () => {
    const { repair: r } = await diagnosedRepair(15000)
    expect((await move(r.id, { status: 'en_cours', step: 'intervention' })).status).toBe(200)
  })

  it('is e-mailed to the customer with its PDF, valid 30 days', async () => {
    const { me, quote } = await sentQuote()
    const mail = await deliveredMail(payload, me.email, /Devis D-/)
    expect(mail.subject).toBe(
      `Devis ${quote.number} à valider — ${String(mail.subject).split(' — ')[1]}`,
    )
    expect(String(mail.html)).toContain('249,00')
    expect(String(mail.html)).toContain(`http://portail.test/devis/${quote.id}`)
    const pdf = mail.attachments.find((a) => a.contentType === 'application/pdf')!
    const text = await pdfText(new Uint8Array(pdf.content))
    expect(text).toContain('Devis')
    expect(text).toContain(quote.number)
    expect(text).toContain('249,00')
    const stored = await payload.findByID({ collection: 'quotes', id: quote.id })
    expect(stored.sendStatus).toBe('envoyee')
    const days = (new Date(stored.validUntil!).getTime() - Date.now()) / 86_400_000
    expect(days).toBeGreaterThan(28.9)
    expect(days).toBeLessThan(30.1)
  })

  it('is answered only by its own customer, once', async () => {
    const { quote } = await sentQuote()
    const other = await customer(payload)
    expect((await api('POST', `quotes/${quote.id}/accept`, { token: other.token })).status).toBe(
      404,
    )
    expect((await api('POST', `quotes/${quote.id}/accept`)).status).toBe(401)
    expect((await api('POST', `quotes/${quote.id}/accept`, { token: tech.token })).status).toBe(403)
    const declined = await api('POST', `quotes/${quote.id}/decline`, {
      token: reception.token,
      body: { reason: 'Trop cher, le client rachète un appareil' },
    })
    expect(declined.status).toBe(200)
    expect(declined.body.quote).toMatchObject({
      status: 'refuse',
      decidedByStaff: reception.user.id,
      decisionChannel: 'comptoir',
      declineReason: 'Trop cher, le client rachète un appareil',
    })
    const late = await api('POST', `quotes/${quote.id}/accept`, { token: admin.token })
    expect(late.status).toBe(409)
    expect(late.body.errors[0].message).toContain('est déjà « Refusé »')
  })

  it('is frozen once sent: no edit or delete by REST, GraphQL or the Local API', async () => {
    const { quote } = await sentQuote()
    const patch = await api('PATCH', `quotes/${quote.id}`, {
      token: admin.token,
      body: { lines: [{ kind: 'free', description: 'Remise', quantity: 1, unitPrice: 100 }] },
    })
    expect(patch.status).toBe(403)
    expect((await api('DELETE', `quotes/${quote.id}`, { token: admin.token })).status).toBe(403)
    const gql = await graphql(
      `mutation { updateQuote(id: ${quote.id}, data: { notes: "x" }) { id } }`,
      { token: admin.token },
    )
    expect(gql.body.errors?.length).toBeGreaterThan(0)
    await expect(
      payload.update({ collection: 'quotes', id: quote.id, data: { notes: 'x' } }),
    ).rejects.toThrow(/il ne se modifie plus/)
    await expect(payload.delete({ collection: 'quotes', id: quote.id })).rejects.toThrow(
      /il ne se modifie plus/,
    )
    const stored = await payload.findByID({ collection: 'quotes', id: quote.id })
    expect(stored.totalTtc).toBe(24900)
    expect(stored.notes ?? null).toBeNull()
  })

  it('changed after acceptance by a new version, which needs a new acceptance', async () => {
    const { me, repair: r, quote } = await sentQuote()
    await api('POST', `quotes/${quote.id}/accept`, { token: me.token })
    expect((await move(r.id, { status: 'en_cours', step: 'intervention' })).status).toBe(200)
    const revised = await api('POST', `quotes/${quote.id}/revise`, { token: admin.token })
    expect(revised.status, JSON.stringify(revised.body)).toBe(201)
    const v2 = revised.body.quote
    expect(v2).toMatchObject({ status: 'brouillon', version: 2, supersedes: quote.id })
    const edited = await api('PATCH', `quotes/${v2.id}`, {
      token: admin.token,
      body: {
        lines: [
          ...v2.lines.map((l: Record<string, unknown>) => ({ ...l, id: undefined })),
          { kind: 'part', description: 'Connecteur de charge', quantity: 1, unitPrice: 3900 },
        ],
      },
    })
    expect(edited.status, JSON.stringify(edited.body)).toBe(200)
    expect(edited.body.doc.totalTtc).toBe(28800)
    const blocked = await move(r.id, { status: 'en_cours', step: 'test' })
    expect(blocked.status).toBe(409)
    expect(blocked.body.errors[0].message).toContain('le devis est « Brouillon »')
    // The old acceptance no longer counts, and the old version can no longer be answered.
    const old = await api('POST', `quotes/${quote.id}/decline`, { token: me.token })
    expect(old.status).toBe(409)
    expect(old.body.errors[0].message).toContain('remplacé par une nouvelle version')
    await api('POST', `quotes/${v2.id}/send`, { token: admin.token, body: {} })
    expect(
      (await api('POST', `quotes/${v2.id}/accept`, { token: admin.token })).body.quote.status,
    ).toBe('accepte')
    expect((await move(r.id, { status: 'en_cours', step: 'test' })).status).toBe(200)
    expect((await move(r.id, { status: 'termine' })).status).toBe(200)
    // The invoice is the accepted quote's lines.
    const invoice = await api('POST', `repairs/${r.id}/invoice`, { token: admin.token })
    expect(invoice.status).toBe(201)
    expect(invoice.body.invoice.totalTtc).toBe(28800)
    expect(invoice.body.invoice.lines.map((l: { description: string }) => l.description)).toContain(
      'Connecteur de charge',
    )
  })

  it('declined: the repair stops, and the diagnostic fee is what gets billed', async () => {
    const { me, repair: r, quote } = await sentQuote()
    await api('POST', `quotes/${quote.id}/decline`, { token: me.token, body: { reason: 'Non' } })
    const blocked = await move(r.id, { status: 'en_cours', step: 'intervention' })
    expect(blocked.status).toBe(409)
    expect(blocked.body.errors[0].message).toContain('établissez un nouveau devis')
    expect((await move(r.id, { status: 'annule' })).status).toBe(200)
    const invoice = await api('POST', `repairs/${r.id}/invoice`, { token: admin.token })
    expect(invoice.status, JSON.stringify(invoice.body)).toBe(201)
    expect(invoice.body.invoice.lines).toMatchObject([
      { kind: 'free', unitPrice: 2900, quantity: 1, totalTtc: 2900 },
    ])
    expect(invoice.body.invoice.lines[0].description).toContain('Forfait diagnostic')
  })

  it('expires after its last valid day: no longer accepted, marked « Expiré »', async () => {
    const { me, quote } = await sentQuote()
    const req = await createLocalReq({ user: { ...me.customer, collection: 'customers' } }, payload)
    const later = new Date(Date.now() + 32 * 86_400_000)
    await expect(
      decideQuote({ req, quoteId: quote.id, decision: 'accepte', now: later }),
    ).rejects.toThrow(/a expiré le/)
    expect(await expireQuotes(await createLocalReq({}, payload), later)).toBeGreaterThanOrEqual(1)
    expect((await payload.findByID({ collection: 'quotes', id: quote.id })).status).toBe('expire')
  })

  it('takes catalogue parts: name, price and VAT filled from the part, a typed price kept', async () => {
    const { me, repair: r } = await diagnosedRepair()
    const screen = await part(payload, 3, { salePrice: 8900, vatRate: 2000 })
    const draft = await api('POST', `repairs/${r.id}/quote`, { token: reception.token })
    const res = await api('PATCH', `quotes/${draft.body.quote.id}`, {
      token: reception.token,
      body: {
        lines: [
          { kind: 'labour', description: 'Remplacement', quantity: 1, unitPrice: 4000 },
          { kind: 'part', part: screen.id, quantity: 2 },
          { kind: 'part', part: screen.id, quantity: 1, unitPrice: 7900, description: 'Remisé' },
        ],
      },
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body.doc.lines.slice(1)).toMatchObject([
      { description: screen.name, unitPrice: 8900, vatRate: 2000, totalTtc: 17800 },
      { description: 'Remisé', unitPrice: 7900, totalTtc: 7900 },
    ])
    expect(res.body.doc.totalTtc).toBe(29700)
    // Without a part, a line without a price is refused, naming the line.
    const bad = await api('PATCH', `quotes/${draft.body.quote.id}`, {
      token: reception.token,
      body: { lines: [{ kind: 'free', description: 'Forfait', quantity: 1 }] },
    })
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].message).toContain("le prix unitaire n'est pas valable")
    // Accepted, the invoice has the same catalogue lines.
    await api('POST', `quotes/${draft.body.quote.id}/send`, { token: reception.token, body: {} })
    await api('POST', `quotes/${draft.body.quote.id}/accept`, { token: me.token })
    for (const body of [
      { status: 'en_cours', step: 'intervention' },
      { status: 'en_cours', step: 'test' },
      { status: 'termine' },
    ])
      expect((await move(r.id, body)).status).toBe(200)
    const invoice = await api('POST', `repairs/${r.id}/invoice`, { token: reception.token })
    expect(invoice.body.invoice.totalTtc).toBe(29700)
    expect(invoice.body.invoice.lines[1]).toMatchObject({ part: screen.id, unitPrice: 8900 })
  })

  it('refuses sending an empty quote, with the field named', async () => {
    const { repair: r } = await diagnosedRepair()
    const draft = await api('POST', `repairs/${r.id}/quote`, { token: admin.token })
    await api('PATCH', `quotes/${draft.body.quote.id}`, { token: admin.token, body: { lines: [] } })
    const res = await api('POST', `quotes/${draft.body.quote.id}/send`, {
      token: admin.token,
      body: {},
    })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toMatch(/ligne/i)
    expect((await payload.findByID({ collection: 'quotes', id: draft.body.quote.id })).status).toBe(
      'brouillon',
    )
  })
})
