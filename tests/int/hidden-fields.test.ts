import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import { idOf } from '../../src/domain/ids'
import { api, type ApiResponse, graphql, testPayload } from '../helpers/api'
import {
  counterCustomer,
  customer,
  device,
  part,
  repair,
  richText,
  staff,
} from '../helpers/fixtures'

/*
 * What a role cannot read must not be queryable or sortable by it either: a filter or a sort on a
 * hidden value is an oracle (the list answers yes or no about the value). Each test builds
 * documents that differ only by the hidden value, asks the same question for each value (or both
 * sort directions) and checks that the answers are the same: a French 400, or the same list.
 */

let payload: Payload
let admin: Awaited<ReturnType<typeof staff>>
let reception: Awaited<ReturnType<typeof staff>>
let techA: Awaited<ReturnType<typeof staff>>
let techB: Awaited<ReturnType<typeof staff>>
let me: Awaited<ReturnType<typeof customer>>

// Repairs of `me`: one with an internal note by techA, one with a note for the client by techB, one without notes.
let withInternal: number
let withClientNote: number
let withoutNotes: number

beforeAll(async () => {
  payload = await testPayload()
  admin = await staff(payload, 'admin')
  reception = await staff(payload, 'receptionist')
  techA = await staff(payload, 'technician', { isTechnician: true })
  techB = await staff(payload, 'technician', { isTechnician: true })
  me = await customer(payload)
  const d = await device(payload, me.customer.id)
  withInternal = (await repair(payload, d.id, { assignee: techA.user.id })).id
  withClientNote = (await repair(payload, d.id, { assignee: techB.user.id })).id
  withoutNotes = (await repair(payload, d.id)).id
  const note = async (
    id: number,
    token: string,
    text: string,
    visibility: 'interne' | 'client',
  ) => {
    const res = await api('PATCH', `repairs/${id}`, {
      token,
      body: { notes: [{ body: richText(text), visibility }] },
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
  }
  await note(withInternal, techA.token, 'Carte mère oxydée, client négligent', 'interne')
  await note(withClientNote, techB.token, 'Votre écran est commandé', 'client')
})

type Answer = 'refusé' | number[]

/** The answer reduced to what the caller learns: a French refusal, or which of `ids` came back, in order. */
function answerOf(label: string, res: ApiResponse, ids: number[], field: string): Answer {
  const errors = res.body?.errors as { message: string }[] | undefined
  const docs = (res.body?.docs ?? res.body?.data?.Repairs?.docs) as { id: number }[] | undefined
  if (res.status === 400 || (errors?.length && !docs)) {
    const message = errors?.map((e) => e.message).join(' ') ?? JSON.stringify(res.body)
    expect(message, label).not.toMatch(/Something went wrong|unknown error|stack/i)
    expect(message, label).toMatch(/filtre|tri|champ/)
    expect(message, label).toContain(field)
    return 'refusé'
  }
  expect(res.status, `${label}: ${JSON.stringify(res.body)}`).toBe(200)
  if (!docs) return [res.body.totalDocs]
  return docs.map((d) => d.id).filter((id) => ids.includes(id))
}

/** Every question gets the same answer, whatever the hidden value it asks about. */
async function expectBlind(token: string, field: string, ids: number[], paths: string[]) {
  const answers: Answer[] = []
  for (const path of paths) {
    const sep = path.includes('?') ? '&' : '?'
    answers.push(
      answerOf(path, await api('GET', `${path}${sep}depth=0&limit=100`, { token }), ids, field),
    )
  }
  for (const [i, answer] of answers.entries())
    expect(answer, `${paths[i]} vs ${paths[0]}`).toEqual(answers[0])
  return answers
}

async function expectBlindGraphql(token: string, field: string, ids: number[], queries: string[]) {
  const answers: Answer[] = []
  for (const query of queries)
    answers.push(answerOf(query, await graphql(query, { token }), ids, field))
  for (const [i, answer] of answers.entries())
    expect(answer, `${queries[i]} vs ${queries[0]}`).toEqual(answers[0])
  return answers
}

describe('repair notes, hidden from the customer', () => {
  const ids = () => [withInternal, withClientNote, withoutNotes]
  const only = () => `where[id][in]=${ids().join(',')}`

  it('visibility: filtering or sorting by it tells nothing (REST)', async () => {
    const answers = await expectBlind(me.token, 'notes.visibility', ids(), [
      `repairs?${only()}&where[notes.visibility][equals]=interne`,
      `repairs?${only()}&where[notes.visibility][equals]=client`,
      `repairs?${only()}&where[notes.visibility][not_equals]=interne`,
      `repairs?${only()}&where[or][0][notes.visibility][in]=interne`,
      `repairs/count?${only()}&where[notes.visibility][equals]=interne`,
    ])
    expect(answers[0]).toBe('refusé')
    expect(
      (
        await expectBlind(me.token, 'notes.visibility', ids(), [
          `repairs?${only()}&sort=notes.visibility`,
          `repairs?${only()}&sort=-notes.visibility`,
        ])
      )[0],
    ).toBe('refusé')
  })

  it('visibility: filtering by it tells nothing (GraphQL)', async () => {
    const q = (value: string) =>
      `{ Repairs(where: { notes__visibility: { equals: ${value} } }, limit: 100) { docs { id } } }`
    const answers = await expectBlindGraphql(me.token, 'notes', ids(), [q('interne'), q('client')])
    expect(answers[0]).toBe('refusé')
    const sorted = (sort: string) => `{ Repairs(sort: "${sort}", limit: 100) { docs { id } } }`
    await expectBlindGraphql(me.token, 'notes', ids(), [
      sorted('notes.author'),
      sorted('-notes.author'),
    ])
  })

  it('author: filtering or sorting by who wrote a note tells nothing', async () => {
    await expectBlind(me.token, 'notes.author', ids(), [
      `repairs?${only()}&where[notes.author][equals]=${techA.user.id}`,
      `repairs?${only()}&where[notes.author][equals]=${techB.user.id}`,
      `repairs?${only()}&where[notes.author.name][like]=Test`,
      `repairs?${only()}&sort=notes.author`,
      `repairs?${only()}&sort=-notes.author`,
    ])
  })

  it('body and date: whether a repair has notes at all tells nothing', async () => {
    await expectBlind(me.token, 'notes.body', ids(), [
      `repairs?${only()}&where[notes.body][exists]=true`,
      `repairs?${only()}&where[notes.body][exists]=false`,
    ])
    await expectBlind(me.token, 'notes.at', ids(), [
      `repairs?${only()}&where[notes.at][exists]=true`,
      `repairs?${only()}&where[notes.at][exists]=false`,
      `repairs?${only()}&sort=notes.at`,
      `repairs?${only()}&sort=-notes.at`,
    ])
    await expectBlind(me.token, 'notes', ids(), [
      `repairs?${only()}&where[notes][exists]=true`,
      `repairs?${only()}&where[notes][exists]=false`,
    ])
  })

  it('is not reachable through the timeline or the device either', async () => {
    const events = await payload.find({
      collection: 'repair-events',
      where: { repair: { in: ids() } },
      limit: 100,
      depth: 0,
    })
    await expectBlind(
      me.token,
      'notes.visibility',
      events.docs.map((e) => e.id),
      [
        'repair-events?where[repair.notes.visibility][equals]=interne',
        'repair-events?where[repair.notes.visibility][equals]=client',
      ],
    )
    const deviceId = (await payload.findByID({ collection: 'repairs', id: withInternal, depth: 0 }))
      .device as number
    const joined = async (value: string) => {
      const res = await api(
        'GET',
        `devices/${deviceId}?depth=0&joins[repairs][where][notes.visibility][equals]=${value}`,
        { token: me.token },
      )
      return res.status === 200
        ? (res.body.repairs.docs as unknown[]).map((r) => idOf(r as number)).sort()
        : res.status
    }
    expect(await joined('interne')).toEqual(await joined('client'))
  })

  it('the customer reads the notes meant for them as customerNotes (body, date), never internal ones nor their author', async () => {
    const expectCustomerNotes = (doc: Record<string, any>, id: number) => {
      // Payload answers an array the caller may not read as an empty one.
      expect(doc.notes ?? [], `repair ${id}`).toEqual([])
      const text = JSON.stringify(doc)
      expect(text).not.toContain('Carte mère oxydée')
      expect(text).not.toContain('interne')
      if (id !== withClientNote) return expect(doc.customerNotes ?? []).toEqual([])
      expect(doc.customerNotes).toHaveLength(1)
      expect(Object.keys(doc.customerNotes[0]).sort()).toEqual(['at', 'body', 'id'])
      expect(JSON.stringify(doc.customerNotes[0].body)).toContain('Votre écran est commandé')
      expect(Number.isNaN(Date.parse(doc.customerNotes[0].at))).toBe(false)
    }
    const list = await api('GET', `repairs?${only()}&limit=100`, { token: me.token })
    expect(list.status).toBe(200)
    expect(list.body.docs.map((d: { id: number }) => d.id).sort()).toEqual(ids().sort())
    for (const doc of list.body.docs) expectCustomerNotes(doc, doc.id)
    for (const id of ids())
      expectCustomerNotes((await api('GET', `repairs/${id}`, { token: me.token })).body, id)
    const lean = await api('GET', `repairs/${withClientNote}?select[customerNotes]=true`, {
      token: me.token,
    })
    expectCustomerNotes(lean.body, withClientNote)

    const gql = await graphql('{ Repairs(limit: 100) { docs { id customerNotes { body at } } } }', {
      token: me.token,
    })
    expect(gql.body.errors).toBeUndefined()
    const byId = Object.fromEntries(
      gql.body.data.Repairs.docs.map((d: { id: number; customerNotes: unknown[] }) => [
        d.id,
        d.customerNotes ?? [],
      ]),
    )
    expect(byId[withInternal]).toEqual([])
    expect(byId[withClientNote]).toHaveLength(1)
    expect(JSON.stringify(byId[withClientNote])).toContain('Votre écran est commandé')
    const denied = await graphql(
      `{ Repair(id: ${withInternal}) { notes { visibility author { id } } } }`,
      { token: me.token },
    )
    expect(JSON.stringify(denied.body)).not.toContain('interne')
  })

  it('staff still read every note with its visibility and author', async () => {
    const res = await api('GET', `repairs/${withInternal}?depth=0`, { token: reception.token })
    expect(res.body.notes).toHaveLength(1)
    expect(res.body.notes[0]).toMatchObject({ visibility: 'interne', author: techA.user.id })
    expect(res.body.customerNotes ?? []).toEqual([])
    const filtered = await api(
      'GET',
      `repairs?where[id][in]=${ids().join(',')}&where[notes.visibility][equals]=interne&depth=0`,
      { token: admin.token },
    )
    expect(filtered.body.docs.map((d: { id: number }) => d.id)).toEqual([withInternal])
  })

  it('customerNotes is computed on read: nobody filters or sorts on it, staff included', async () => {
    for (const token of [me.token, admin.token]) {
      for (const path of [
        'repairs?where[customerNotes.body][exists]=true',
        'repairs?where[customerNotes.at][greater_than]=2000-01-01',
        'repairs?where[customerNotes][exists]=true',
        'repairs?sort=-customerNotes.at',
        'repairs?sort=reference,customerNotes.at',
        'devices?joins[repairs][where][customerNotes.body][exists]=true',
        'devices?joins[repairs][sort]=customerNotes.at',
      ]) {
        const res = await api('GET', path, { token })
        expect(res.status, `${path}: ${JSON.stringify(res.body)}`).toBe(400)
        expect(res.body.errors[0].message).toMatch(/calculé à la lecture/)
        expect(res.body.errors[0].message).toContain('customerNotes')
      }
    }
  })

  it('nobody writes customerNotes', async () => {
    await api('PATCH', `repairs/${withoutNotes}`, {
      token: admin.token,
      body: { customerNotes: [{ body: richText('Faux'), at: new Date().toISOString() }] },
    })
    const reread = await api('GET', `repairs/${withoutNotes}`, { token: me.token })
    expect(reread.body.customerNotes ?? []).toEqual([])
  })
})

describe('other fields hidden from a role', () => {
  it('customer internal notes, from the customer', async () => {
    await payload.update({
      collection: 'customers',
      id: me.customer.id,
      data: { internalNotes: 'Client difficile' },
    })
    await expectBlind(
      me.token,
      'internalNotes',
      [me.customer.id],
      [
        'customers?where[internalNotes][like]=difficile',
        'customers?where[internalNotes][like]=charmant',
        'customers?sort=internalNotes',
      ],
    )
    await expectBlind(
      me.token,
      'internalNotes',
      [withInternal, withClientNote, withoutNotes],
      [
        'repairs?where[customer.internalNotes][like]=difficile',
        'repairs?where[customer.internalNotes][like]=charmant',
      ],
    )
  })

  it('device technical notes, from the customer', async () => {
    const plain = await device(payload, me.customer.id)
    const noted = await device(payload, me.customer.id, {
      technicalNotes: [
        { note: 'Connecteur oxydé', author: techA.user.id, at: new Date().toISOString() },
      ],
    })
    const ids = [plain.id, noted.id]
    await expectBlind(me.token, 'technicalNotes', ids, [
      `devices?where[id][in]=${ids}&where[technicalNotes.note][like]=oxyd`,
      `devices?where[id][in]=${ids}&where[technicalNotes.note][exists]=false`,
      `devices?where[id][in]=${ids}&where[technicalNotes.author][equals]=${techA.user.id}`,
      `devices?where[id][in]=${ids}&sort=technicalNotes.at`,
      `devices?where[id][in]=${ids}&sort=-technicalNotes.at`,
    ])
    const r1 = await repair(payload, plain.id)
    const r2 = await repair(payload, noted.id)
    await expectBlind(
      me.token,
      'technicalNotes',
      [r1.id, r2.id],
      [
        `repairs?where[device.technicalNotes.note][like]=oxyd`,
        `repairs?where[device.technicalNotes.note][exists]=false`,
      ],
    )
  })

  it('who the customer is, from the technician (repairs, devices, timeline)', async () => {
    const c1 = await counterCustomer(payload, { lastName: 'Alpha' })
    const c2 = await counterCustomer(payload, { lastName: 'Omega' })
    const r1 = await repair(payload, (await device(payload, c1.id)).id, { assignee: techA.user.id })
    const r2 = await repair(payload, (await device(payload, c2.id)).id, { assignee: techA.user.id })
    const repairs = [r1.id, r2.id]
    await expectBlind(techA.token, 'customer', repairs, [
      `repairs?where[customer][equals]=${c1.id}`,
      `repairs?where[customer][equals]=${c2.id}`,
      `repairs?where[customer.lastName][like]=Alpha`,
      'repairs?sort=customer',
      'repairs?sort=-customer',
    ])
    await expectBlind(techA.token, 'customer', repairs, [
      `repairs?where[device.customer][equals]=${c1.id}`,
      `repairs?where[device.customer][equals]=${c2.id}`,
    ])
    await expectBlind(techA.token, 'customer', repairs, [
      `repairs?where[history.customer][equals]=${c1.id}`,
      `repairs?where[history.customer][equals]=${c2.id}`,
    ])
    const devices = [idOf(r1.device), idOf(r2.device)]
    await expectBlind(techA.token, 'customer', devices, [
      `devices?where[customer][equals]=${c1.id}`,
      `devices?where[customer][equals]=${c2.id}`,
      'devices?sort=customer',
      'devices?sort=-customer',
    ])

    const events = await payload.find({
      collection: 'repair-events',
      where: { repair: { in: repairs } },
      depth: 0,
    })
    const eventIds = events.docs.map((e) => e.id)
    await expectBlind(techA.token, 'customer', eventIds, [
      `repair-events?where[customer][equals]=${c1.id}`,
      `repair-events?where[customer][equals]=${c2.id}`,
      'repair-events?sort=customer',
      'repair-events?sort=-customer',
    ])
    const timeline = await api('GET', `repair-events?where[repair][in]=${repairs}&depth=0`, {
      token: techA.token,
    })
    expect(timeline.body.docs.length).toBeGreaterThan(0)
    for (const e of timeline.body.docs)
      expect(
        e.customer,
        'the timeline does not tell the technician who the customer is',
      ).toBeUndefined()
    const counter = await api('GET', `repair-events?where[repair][in]=${repairs}&depth=0`, {
      token: reception.token,
    })
    expect(counter.body.docs.map((e: { customer: number }) => e.customer)).toEqual(
      expect.arrayContaining([c1.id, c2.id]),
    )
  })

  it('purchase cost, from the technician', async () => {
    const cheap = await part(payload, 1, { purchaseCost: 1000 })
    const dear = await part(payload, 1, { purchaseCost: 5000 })
    const ids = [cheap.id, dear.id]
    await expectBlind(techA.token, 'purchaseCost', ids, [
      `parts?where[id][in]=${ids}&where[purchaseCost][greater_than]=3000`,
      `parts?where[id][in]=${ids}&where[purchaseCost][less_than]=3000`,
      `parts?where[id][in]=${ids}&sort=purchaseCost`,
      `parts?where[id][in]=${ids}&sort=-purchaseCost`,
    ])
  })

  it('password hashes, salts and tokens, from everyone (admin included)', async () => {
    const other = await staff(payload, 'technician')
    await payload.forgotPassword({
      collection: 'users',
      data: { email: other.email },
      disableEmail: true,
    })
    const secret = async (collection: 'users' | 'customers', id: number) =>
      (await payload.findByID({ collection, id, showHiddenFields: true })) as unknown as Record<
        string,
        string | null | undefined
      >
    const [a, b, mine] = [
      await secret('users', techA.user.id),
      await secret('users', other.user.id),
      await secret('customers', me.customer.id),
    ]
    expect([b.resetPasswordToken, a.resetPasswordToken ?? null]).toEqual([expect.any(String), null])
    const users = [techA.user.id, other.user.id]
    const only = `where[id][in]=${users}`
    for (const field of ['hash', 'salt']) {
      // A prefix of the real value against one that cannot match: a filter that worked would tell them apart.
      const [prefixA, prefixMine] = [a[field]!.slice(0, 8), mine[field]!.slice(0, 8)]
      await expectBlind(admin.token, field, users, [
        `users?${only}&where[${field}][like]=${prefixA}`,
        `users?${only}&where[${field}][like]=zzzz`,
        `users?${only}&sort=${field}`,
        `users?${only}&sort=-${field}`,
      ])
      await expectBlind(
        reception.token,
        field,
        [withInternal, withClientNote, withoutNotes],
        [
          `repairs?where[customer.${field}][like]=${prefixMine}`,
          `repairs?where[customer.${field}][like]=zzzz`,
        ],
      )
      await expectBlind(
        admin.token,
        field,
        [withInternal, withClientNote],
        [
          `repairs?where[assignee.${field}][like]=${prefixA}`,
          `repairs?where[assignee.${field}][like]=zzzz`,
        ],
      )
      await expectBlind(
        me.token,
        field,
        [me.customer.id],
        [
          `customers?where[${field}][like]=${prefixMine}`,
          `customers?where[${field}][like]=zzzz`,
          `customers?where[${field}][exists]=false`,
        ],
      )
    }
    for (const field of ['resetPasswordToken', 'resetPasswordExpiration']) {
      await expectBlind(admin.token, field, users, [
        `users?${only}&where[${field}][exists]=true`,
        `users?${only}&where[${field}][exists]=false`,
        `users?${only}&sort=${field}`,
        `users?${only}&sort=-${field}`,
      ])
      await expectBlind(
        admin.token,
        field,
        [withInternal, withClientNote],
        [
          `repairs?where[assignee.${field}][exists]=true`,
          `repairs?where[assignee.${field}][exists]=false`,
        ],
      )
    }
    const pending = await counterCustomer(payload, { _verified: false })
    // Both hold a token (Payload keeps it after verification): sorting by it would order them.
    const tokens = [
      (await secret('customers', pending.id))._verificationToken,
      mine._verificationToken,
    ]
    expect(tokens).toEqual([expect.any(String), expect.any(String)])
    expect(tokens[0]).not.toBe(tokens[1])
    const customers = [me.customer.id, pending.id]
    await expectBlind(admin.token, '_verificationToken', customers, [
      `customers?where[id][in]=${customers}&where[_verificationToken][exists]=true`,
      `customers?where[id][in]=${customers}&where[_verificationToken][exists]=false`,
      `customers?where[id][in]=${customers}&sort=_verificationToken`,
      `customers?where[id][in]=${customers}&sort=-_verificationToken`,
    ])
  })
})
