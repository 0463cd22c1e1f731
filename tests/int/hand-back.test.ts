import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api, testPayload } from '../helpers/api'
import { customer, device, repair, shopStaff, type Staff } from '../helpers/fixtures'
import { deliveredMail } from '../helpers/mail'

let payload: Payload
let admin: Staff
let reception: Staff
let tech: Staff

beforeAll(async () => {
  payload = await testPayload()
  ;({ admin, reception, tech } = await shopStaff(payload))
  await payload.updateGlobal({ slug: 'settings', data: { warrantyFromHandBack: true } })
})

afterAll(async () => {
  await payload.updateGlobal({ slug: 'settings', data: { warrantyFromHandBack: false } })
})

/** A finished repair of 89,00 €, labour only. */
async function finished() {
  const me = await customer(payload)
  const r = await repair(payload, (await device(payload, me.customer.id)).id, {
    assignee: tech.user.id,
    estimatedPrice: 8900,
  })
  for (const body of [
    { status: 'en_cours', step: 'diagnostic' },
    { status: 'en_cours', step: 'intervention' },
    { status: 'en_cours', step: 'test' },
    { status: 'termine' },
  ])
    expect((await api('PATCH', `repairs/${r.id}`, { token: admin.token, body })).status).toBe(200)
  return { me, repair: r }
}

const handBack = (id: number, body: unknown, token = reception.token) =>
  api('POST', `repairs/${id}/hand-back`, { token, body })

const invoicesOf = (repairId: number) =>
  payload.find({ collection: 'invoices', where: { repair: { equals: repairId } }, depth: 0 })

describe('« Restituer » at the counter', () => {
  it('bills, takes the cash, hands back and starts the warranty, in one go', async () => {
    const { repair: r } = await finished()
    expect(
      (await payload.find({ collection: 'warranties', where: { repair: { equals: r.id } } }))
        .totalDocs,
    ).toBe(0)
    const res = await handBack(r.id, { payment: { method: 'especes' } })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body.repair.status).toBe('restitue')
    expect(res.body.invoice).toMatchObject({ status: 'payee', totalTtc: 8900, amountPaid: 8900 })
    expect(res.body.invoice.number).toMatch(/^F-\d{4}-\d{6}$/)
    expect(res.body.payment).toMatchObject({
      amount: 8900,
      method: 'especes',
      recordedBy: reception.user.id,
    })
    expect(res.body.message).toBe(
      `Réparation ${r.reference} restituée. Facture ${res.body.invoice.number}, encaissé 89,00\u00a0€ (espèces).`,
    )
    const warranties = await payload.find({
      collection: 'warranties',
      where: { repair: { equals: r.id } },
    })
    expect(warranties.totalDocs).toBeGreaterThan(0)
    // Twice is refused: the device is gone.
    const again = await handBack(r.id, { payment: { method: 'especes' } })
    expect(again.status).toBe(409)
    expect(again.body.errors[0].message).toContain('déjà été restituée')
  })

  it('refuses a balance left owed without a reason, and writes nothing', async () => {
    const { repair: r } = await finished()
    const paymentsBefore = (await payload.count({ collection: 'payments' })).totalDocs
    const res = await handBack(r.id, { payment: { method: 'carte', amount: '50,00' } })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toBe(
      `Il reste 39,00\u00a0€ à payer sur la facture ${res.body.errors[0].message.match(/F-\d{4}-\d{6}/)?.[0]} : encaissez-les, ou indiquez pourquoi le client part avec un solde dû.`,
    )
    expect((await payload.findByID({ collection: 'repairs', id: r.id })).status).toBe('termine')
    expect((await invoicesOf(r.id)).totalDocs).toBe(0)
    expect((await payload.count({ collection: 'payments' })).totalDocs).toBe(paymentsBefore)
  })

  it('hands back with a balance owed and its reason, noted on the repair', async () => {
    const { repair: r } = await finished()
    const res = await handBack(r.id, {
      payment: { method: 'cheque', amount: 5000, reference: 'Chèque n° 1234567' },
      owedReason: 'Le solde sera payé par virement',
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body.invoice).toMatchObject({ status: 'partiellement_payee', amountPaid: 5000 })
    expect(res.body.left).toBe(3900)
    const notes = await payload.find({
      collection: 'repair-events',
      where: { repair: { equals: r.id }, type: { equals: 'note' } },
    })
    expect(notes.docs.map((e) => e.message)).toContain(
      `Restitué avec 39,00\u00a0€ restant dû sur la facture ${res.body.invoice.number} : Le solde sera payé par virement`,
    )
  })

  it('e-mails the invoice when asked', async () => {
    const { me, repair: r } = await finished()
    const res = await handBack(r.id, { payment: { method: 'carte' }, send: true })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body.invoice.sendStatus).toBe('en_file')
    const mail = await deliveredMail(payload, me.email, /Facture F-/)
    expect(mail.attachments.some((a) => a.contentType === 'application/pdf')).toBe(true)
  })

  it('hands back a cancelled repair with nothing to bill, without an invoice', async () => {
    const me = await customer(payload)
    const r = await repair(payload, (await device(payload, me.customer.id)).id, {
      estimatedPrice: 8900,
    })
    await api('PATCH', `repairs/${r.id}`, { token: admin.token, body: { status: 'annule' } })
    const res = await handBack(r.id, {})
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body.invoice).toBeNull()
    expect(res.body.repair.status).toBe('restitue')
  })

  it('is refused on an unfinished repair, and to a technician', async () => {
    const me = await customer(payload)
    const r = await repair(payload, (await device(payload, me.customer.id)).id, {
      assignee: tech.user.id,
    })
    const early = await handBack(r.id, { payment: { method: 'especes' } })
    expect(early.status).toBe(409)
    expect(early.body.errors[0].message).toContain("n'est pas terminée")
    const { repair: done } = await finished()
    expect((await handBack(done.id, {}, tech.token)).status).toBe(403)
    const bad = await handBack(done.id, { payment: { method: 'troc' } })
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].message).toContain('Moyen de paiement « troc » inconnu')
    expect((await payload.findByID({ collection: 'repairs', id: done.id })).status).toBe('termine')
  })
})
