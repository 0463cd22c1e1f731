// A part made for other models (an iPhone 15 back glass on an iPhone 12) is not fitted silently:
// the line is refused with the reason until someone ticks « Poser quand même ».
import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import { api, testPayload } from '../helpers/api'
import { counterCustomer, device, part, repair, staff } from '../helpers/fixtures'

let payload: Payload
let tech: Awaited<ReturnType<typeof staff>>
let repairId: number

beforeAll(async () => {
  payload = await testPayload()
  tech = await staff(payload, 'technician', { isTechnician: true })
  const c = await counterCustomer(payload)
  const d = await device(payload, c.id, { brand: 'Apple', model: 'iPhone 12' })
  repairId = (await repair(payload, d.id, { assignee: tech.user.id })).id
})

const stockOf = async (id: number) =>
  (await payload.findByID({ collection: 'parts', id })).quantityOnHand

const linesOf = async (partId: number) =>
  (await payload.find({ collection: 'repair-parts', where: { part: { equals: partId } } }))
    .totalDocs

describe('compatible models', () => {
  it('refuses a part made for another model, naming both, and writes nothing', async () => {
    const glass = await part(payload, 3, {
      name: 'Vitre arrière iPhone 15',
      compatibleWith: ['Apple iPhone 15'],
    })
    const res = await api('POST', 'repair-parts', {
      token: tech.token,
      body: { repair: repairId, part: glass.id, quantity: 1 },
    })
    expect(res.status).toBe(409)
    const message = JSON.stringify(res.body)
    expect(message).toContain('Vitre arrière iPhone 15')
    expect(message).toContain('Apple iPhone 15, pas pour Apple iPhone 12')
    expect(message).toContain('Poser quand même')
    expect(await stockOf(glass.id)).toBe(3)
    expect(await linesOf(glass.id)).toBe(0)
  })

  it('fits it when the technician confirms, through either way of adding a line', async () => {
    const glass = await part(payload, 3, { compatibleWith: ['Apple iPhone 15'] })
    const refused = await api('POST', `repairs/${repairId}/parts`, {
      token: tech.token,
      body: { part: glass.id, quantity: 1 },
    })
    expect(refused.status).toBe(409)
    const viaShortcut = await api('POST', `repairs/${repairId}/parts`, {
      token: tech.token,
      body: { part: glass.id, quantity: 1, acceptIncompatible: true },
    })
    expect(viaShortcut.status).toBe(201)
    const viaCollection = await api('POST', 'repair-parts', {
      token: tech.token,
      body: { repair: repairId, part: glass.id, quantity: 1, acceptIncompatible: true },
    })
    expect(viaCollection.status).toBe(201)
    expect(await stockOf(glass.id)).toBe(1)
    expect(await linesOf(glass.id)).toBe(2)
  })

  it('takes a matching or universal part without asking', async () => {
    const screen = await part(payload, 2, {
      compatibleWith: ['Apple iPhone 11', 'Apple iPhone 12'],
    })
    const glue = await part(payload, 2)
    for (const p of [screen, glue]) {
      const res = await api('POST', 'repair-parts', {
        token: tech.token,
        body: { repair: repairId, part: p.id, quantity: 1 },
      })
      expect(res.status).toBe(201)
      expect(await stockOf(p.id)).toBe(1)
    }
  })
})
