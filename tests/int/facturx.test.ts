import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { FACTUR_X_FILENAME } from '../../src/documents/facturX'
import { parisParts } from '../../src/domain/parisTime'
import { api, testPayload } from '../helpers/api'
import { cents, readFacturX } from '../helpers/facturX'
import { customer, device, part, repair, shopStaff, type Staff } from '../helpers/fixtures'
import { getRaw, pdfAttachments } from '../helpers/pdf'

let payload: Payload
let admin: Staff
let tech: Staff
let before: Record<string, unknown>

const SHOP = {
  legalName: 'Répar’Lyon SARL',
  tradeName: 'Répar’Lyon',
  siret: '73282932000074',
  vatNumber: 'FR44732829320',
  iban: 'FR76 3000 6000 0112 3456 7890 189',
  bic: 'AGRIFRPP',
  address: { street: '12 rue de la République', postalCode: '69002', city: 'Lyon', country: 'FR' },
  paymentTermsDays: 30,
}

beforeAll(async () => {
  payload = await testPayload()
  ;({ admin, tech } = await shopStaff(payload))
  before = (await payload.findGlobal({ slug: 'settings', depth: 0 })) as unknown as Record<
    string,
    unknown
  >
  await payload.updateGlobal({ slug: 'settings', data: SHOP })
})

// Files run one after the other on one database: what this file sets, it puts back.
afterAll(async () => {
  const data = Object.fromEntries(Object.keys(SHOP).map((key) => [key, before[key] ?? null]))
  await payload.updateGlobal({ slug: 'settings', data })
})

/** A finished repair of the customer's with one part at 89,00 € on a 149,00 € estimate, invoiced. */
async function issuedInvoice(owner: Awaited<ReturnType<typeof customer>>) {
  const p = await part(payload, 2, { salePrice: 8900, vatRate: 2000 })
  const r = await repair(payload, (await device(payload, owner.customer.id)).id, {
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
  const draft = await api('POST', `repairs/${r.id}/invoice`, { token: admin.token })
  expect(draft.status, JSON.stringify(draft.body)).toBe(201)
  const issued = await api('POST', `invoices/${draft.body.invoice.id}/issue`, {
    token: admin.token,
  })
  expect(issued.status, JSON.stringify(issued.body)).toBe(200)
  return issued.body.invoice
}

const amount = (c: number) => `${Math.trunc(c / 100)}.${String(c % 100).padStart(2, '0')}`
const day102 = (iso: string) => parisParts(new Date(iso)).date.replaceAll('-', '')

describe('Factur-X', () => {
  it('is embedded in the PDF of a business customer’s invoice, and says what the invoice says', async () => {
    const business = await customer(payload, {
      company: 'Boulangerie Martin SAS',
      siret: '812 345 678 00013',
      address: { line1: '5 place Bellecour', postalCode: '69002', city: 'Lyon', country: 'FR' },
    })
    const invoice = await issuedInvoice(business)
    expect(invoice.customerSnapshot.siret).toBe('81234567800013')

    const res = await getRaw(`invoices/${invoice.id}/pdf`, business.token)
    expect(res.status).toBe(200)
    const { files } = await pdfAttachments(new Uint8Array(await res.arrayBuffer()))
    expect(Object.keys(files)).toEqual([FACTUR_X_FILENAME])
    const fx = readFacturX(files[FACTUR_X_FILENAME].content.toString('utf8'))

    expect(fx.number).toBe(invoice.number)
    expect(fx.typeCode).toBe('380')
    expect(fx.issueDate).toBe(day102(invoice.issuedAt))
    // The due day is stored at midnight UTC of that day (30 days after the issue).
    expect(fx.dueDate).toBe(invoice.dueDate.slice(0, 10).replaceAll('-', ''))
    expect(fx.dueDate).not.toBe(fx.issueDate)
    expect(fx.deliveryDate).toBe(day102(invoice.serviceDate))

    expect(fx.seller).toMatchObject({
      name: SHOP.legalName,
      siret: SHOP.siret,
      siren: '732829320',
      vatNumber: SHOP.vatNumber,
      address: { postalCode: '69002', city: 'Lyon', country: 'FR' },
    })
    expect(fx.buyer).toMatchObject({
      name: 'Boulangerie Martin SAS',
      siret: '81234567800013',
      siren: '812345678',
      address: { line1: '5 place Bellecour', postalCode: '69002', city: 'Lyon', country: 'FR' },
    })
    expect(fx.paymentMeans).toEqual([
      { typeCode: '58', iban: 'FR7630006000011234567890189', bic: 'AGRIFRPP' },
    ])

    // Totals and VAT per rate as the API returns them.
    expect(fx.totals).toMatchObject({
      lineTotal: amount(invoice.totalHt),
      taxBasis: amount(invoice.totalHt),
      taxTotal: amount(invoice.totalVat),
      grandTotal: amount(invoice.totalTtc),
      due: amount(invoice.totalTtc),
    })
    expect(cents(fx.totals.grandTotal)).toBe(14900)
    expect(fx.taxes.map((t) => [t.rate, t.basis, t.vat])).toEqual(
      invoice.vatBreakdown.map((r: { rate: number; ht: number; vat: number }) => [
        amount(r.rate),
        amount(r.ht),
        amount(r.vat),
      ]),
    )
    expect(fx.lines.map((l) => [l.name, l.total])).toEqual(
      invoice.lines.map((l: { description: string; totalHt: number }) => [
        l.description,
        amount(l.totalHt),
      ]),
    )
  })

  it('is left out for a private customer (no SIRET)', async () => {
    const person = await customer(payload)
    const invoice = await issuedInvoice(person)
    const res = await getRaw(`invoices/${invoice.id}/pdf`, admin.token)
    expect(res.status).toBe(200)
    const { files } = await pdfAttachments(new Uint8Array(await res.arrayBuffer()))
    expect(files).toEqual({})
  })
})
