import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import { idOf } from '../../src/domain/ids'
import { allowedNext, type RepairState } from '../../src/domain/repairStatus'
import { refreshLateFlags } from '../../src/operations/lateFlags'
import { api, graphql, testPayload } from '../helpers/api'
import {
  counterCustomer,
  customer,
  device,
  repair,
  richText,
  shopStaff,
  staff,
  type Staff,
} from '../helpers/fixtures'

let payload: Payload
let admin: Staff
let reception: Staff
let tech: Staff
let otherTech: Staff

beforeAll(async () => {
  payload = await testPayload()
  ;({ admin, reception, tech } = await shopStaff(payload))
  otherTech = await staff(payload, 'technician', { isTechnician: true })
})

async function assignedRepair(extra: Record<string, unknown> = {}) {
  const c = await counterCustomer(payload)
  const d = await device(payload, c.id)
  return repair(payload, d.id, { assignee: tech.user.id, ...extra })
}

const patch = (id: number, token: string, body: Record<string, unknown>) =>
  api('PATCH', `repairs/${id}`, { token, body })

describe('repair reference and customer', () => {
  it('assigns a unique R-YYYY-NNNNNN reference and takes the customer from the device', async () => {
    const c = await counterCustomer(payload)
    const d = await device(payload, c.id)
    const res = await api('POST', 'repairs', {
      token: reception.token,
      body: {
        device: d.id,
        reportedProblem: 'Ne charge plus',
        reference: 'R-1999-000001',
        customer: 999,
      },
    })
    expect(res.status).toBe(201)
    const year = new Date().getFullYear()
    expect(res.body.doc.reference).toMatch(new RegExp(`^R-${year}-\\d{6}$`))
    expect(res.body.doc.customer.id ?? res.body.doc.customer).toBe(c.id)
    expect(res.body.doc.status).toBe('en_attente')
    const second = await repair(payload, d.id)
    expect(second.reference).not.toBe(res.body.doc.reference)
  })

  it('refuses a repair without a reported problem, naming the field in French', async () => {
    const c = await counterCustomer(payload)
    const d = await device(payload, c.id)
    const res = await api('POST', 'repairs', { token: reception.token, body: { device: d.id } })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toMatch(/Panne signalée|reportedProblem/)
  })
})

describe('status transitions through the REST API', () => {
  const path: RepairState[] = [
    { status: 'en_cours', step: 'diagnostic' },
    { status: 'en_cours', step: 'intervention' },
    { status: 'en_cours', step: 'diagnostic' },
    { status: 'en_cours', step: 'intervention' },
    { status: 'en_cours', step: 'test' },
    { status: 'en_cours', step: 'intervention' },
    { status: 'en_cours', step: 'test' },
    { status: 'termine', step: null },
    { status: 'en_cours', step: 'intervention' },
    { status: 'en_cours', step: 'test' },
    { status: 'termine', step: null },
    { status: 'restitue', step: null },
  ]

  it('walks every allowed transition of the table as the assigned technician and the receptionist', async () => {
    const r = await assignedRepair()
    let from: RepairState = { status: 'en_attente', step: null }
    for (const to of path) {
      expect(allowedNext(from)).toContainEqual(to)
      const token = to.status === 'restitue' ? reception.token : tech.token
      const res = await patch(r.id, token, { status: to.status, step: to.step })
      expect(
        res.status,
        `${from.status}/${from.step} → ${to.status}/${to.step}: ${JSON.stringify(res.body)}`,
      ).toBe(200)
      expect([res.body.doc.status, res.body.doc.step ?? null]).toEqual([to.status, to.step])
      from = to
    }
    const events = await payload.find({
      collection: 'repair-events',
      where: { repair: { equals: r.id } },
      sort: 'at',
      limit: 100,
    })
    expect(events.docs.map((e) => e.type)).toEqual(['created', ...path.map(() => 'status')])
    expect(events.docs[1]).toMatchObject({
      fromStatus: 'en_attente',
      toStatus: 'en_cours',
      toStep: 'diagnostic',
      byLabel: 'Test technician',
    })
    const stamped = await payload.findByID({ collection: 'repairs', id: r.id, depth: 0 })
    expect(stamped.statusChangedBy).toBe(reception.user.id)
    expect(stamped.handedBackAt).toBeTruthy()
    expect(stamped.finishedAt).toBeTruthy()
  })

  it('covers cancellation from each open state and hand-back after cancellation', async () => {
    for (const before of [
      [],
      [['en_cours', 'diagnostic']],
      [
        ['en_cours', 'diagnostic'],
        ['en_cours', 'intervention'],
      ],
    ] as [string, string][][]) {
      const r = await assignedRepair()
      for (const [status, step] of before)
        expect((await patch(r.id, tech.token, { status, step })).status).toBe(200)
      expect((await patch(r.id, tech.token, { status: 'annule', step: null })).status).toBe(200)
      expect((await patch(r.id, reception.token, { status: 'restitue' })).status).toBe(200)
    }
  })

  const refused: [string, [string, string | null][], [string, string | null], RegExp][] = [
    [
      'restitué → en cours',
      [
        ['en_cours', 'diagnostic'],
        ['en_cours', 'intervention'],
        ['en_cours', 'test'],
        ['termine', null],
        ['restitue', null],
      ],
      ['en_cours', 'diagnostic'],
      /aucune/,
    ],
    [
      'terminé sans test',
      [
        ['en_cours', 'diagnostic'],
        ['en_cours', 'intervention'],
      ],
      ['termine', null],
      /Test/,
    ],
    ['en attente → terminé', [], ['termine', null], /Test/],
    ['en attente → intervention', [], ['en_cours', 'intervention'], /En cours — Diagnostic/],
    ['en cours sans étape', [], ['en_cours', null], /étape/i],
    ['annulé → en cours', [['annule', null]], ['en_cours', 'diagnostic'], /Restitué/],
  ]
  for (const [name, before, [status, step], message] of refused) {
    it(`refuses ${name} with a French message naming the allowed next states`, async () => {
      const r = await assignedRepair()
      for (const [s, st] of before)
        expect((await patch(r.id, admin.token, { status: s, step: st })).status).toBe(200)
      const res = await patch(r.id, admin.token, { status, step })
      expect(res.status).toBeGreaterThanOrEqual(400)
      expect(res.status).toBeLessThan(500)
      expect(res.body.errors[0].message).toMatch(message)
      const reread = await payload.findByID({ collection: 'repairs', id: r.id, depth: 0 })
      expect(reread.status).toBe(before.at(-1)?.[0] ?? 'en_attente')
    })
  }

  it('pauses the clock while waiting for parts and records it on the timeline', async () => {
    const r = await assignedRepair()
    await patch(r.id, tech.token, { status: 'en_cours', step: 'diagnostic' })
    await patch(r.id, tech.token, { waitingForParts: true })
    await new Promise((resolve) => setTimeout(resolve, 1100))
    await patch(r.id, tech.token, { waitingForParts: false })
    const reread = await payload.findByID({ collection: 'repairs', id: r.id, depth: 0 })
    expect(reread.pausedSeconds).toBeGreaterThanOrEqual(1)
    const events = await payload.find({
      collection: 'repair-events',
      where: { repair: { equals: r.id } },
      sort: 'at',
    })
    expect(events.docs.map((e) => e.type)).toContain('parts_wait')
    expect(events.docs.map((e) => e.type)).toContain('parts_resume')
  })
})

describe('field-level access on repairs', () => {
  it('drops a technician changing the customer-facing price, the assignee or the device (re-read)', async () => {
    const r = await assignedRepair({ estimatedPrice: 8900 })
    const c = await counterCustomer(payload)
    const d2 = await device(payload, c.id)
    const res = await patch(r.id, tech.token, {
      estimatedPrice: 1,
      assignee: otherTech.user.id,
      device: d2.id,
      reportedProblem: 'changé',
      priority: 'urgente',
    })
    expect(res.status).toBe(200)
    const reread = await payload.findByID({ collection: 'repairs', id: r.id, depth: 0 })
    expect(reread.estimatedPrice).toBe(8900)
    expect(reread.assignee).toBe(tech.user.id)
    expect(reread.device).toBe(idOf(r.device))
    expect(reread.customer).toBe(idOf(r.customer))
    expect(reread.reportedProblem).toBe('Écran cassé')
    expect(reread.priority).toBe('normale')
  })

  it('keeps technicians away from repairs not assigned to them', async () => {
    const foreign = await assignedRepair({ assignee: otherTech.user.id })
    expect((await api('GET', `repairs/${foreign.id}`, { token: tech.token })).status).toBe(404)
    expect([403, 404]).toContain(
      (await patch(foreign.id, tech.token, { status: 'en_cours', step: 'diagnostic' })).status,
    )
    const list = await api('GET', 'repairs?limit=100', { token: tech.token })
    expect(
      list.body.docs.every(
        (d: { assignee: { id: number } | number }) =>
          (typeof d.assignee === 'object' ? d.assignee.id : d.assignee) === tech.user.id,
      ),
    ).toBe(true)
    expect((await payload.findByID({ collection: 'repairs', id: foreign.id })).status).toBe(
      'en_attente',
    )
  })

  it('lets the technician add notes, stamped and append-only; drops the receptionist writing them', async () => {
    const r = await assignedRepair()
    const first = await patch(r.id, tech.token, {
      notes: [{ body: richText('Nappe écran HS'), visibility: 'interne' }],
    })
    expect(first.status).toBe(200)
    const saved = (await payload.findByID({ collection: 'repairs', id: r.id, depth: 0 })).notes!
    expect(saved).toHaveLength(1)
    expect(saved[0]!.author).toBe(tech.user.id)
    expect(saved[0]!.at).toBeTruthy()

    await patch(r.id, tech.token, { notes: [{ body: richText('Réécrit'), visibility: 'client' }] })
    const afterRewrite = (await payload.findByID({ collection: 'repairs', id: r.id, depth: 0 }))
      .notes!
    expect(JSON.stringify(afterRewrite[0]!.body)).toContain('Nappe écran HS')
    expect(afterRewrite).toHaveLength(2)

    await patch(r.id, reception.token, {
      notes: [{ body: richText('Par l’accueil'), visibility: 'interne' }],
    })
    expect(
      (await payload.findByID({ collection: 'repairs', id: r.id, depth: 0 })).notes,
    ).toHaveLength(2)
  })

  it('lets the receptionist assign and price (counter), and the admin do everything', async () => {
    const r = await assignedRepair()
    expect(
      (await patch(r.id, reception.token, { assignee: otherTech.user.id, estimatedPrice: 12000 }))
        .status,
    ).toBe(200)
    const reread = await payload.findByID({ collection: 'repairs', id: r.id, depth: 0 })
    expect([reread.assignee, reread.estimatedPrice]).toEqual([otherTech.user.id, 12000])
    const events = await payload.find({
      collection: 'repair-events',
      where: { repair: { equals: r.id }, type: { equals: 'assignment' } },
    })
    expect(events.docs[0]!.message).toContain('Assignée à')
  })
})

describe('customers on their repairs', () => {
  it('see their own repairs only, with customer-visible notes only, as customerNotes (REST and GraphQL)', async () => {
    const me = await customer(payload)
    const d = await device(payload, me.customer.id)
    const mine = await repair(payload, d.id, { assignee: tech.user.id })
    await payload.update({
      collection: 'repairs',
      id: mine.id,
      data: {
        notes: [
          { body: richText('Interne'), visibility: 'interne' },
          { body: richText('Votre écran est commandé'), visibility: 'client' },
        ],
      },
    })
    const other = await assignedRepair()

    const res = await api('GET', `repairs/${mine.id}`, { token: me.token })
    expect(res.status).toBe(200)
    expect(res.body.notes ?? []).toEqual([])
    expect(res.body.customerNotes).toHaveLength(1)
    expect(JSON.stringify(res.body.customerNotes)).toContain('Votre écran est commandé')
    expect(JSON.stringify(res.body)).not.toContain('Interne')
    expect((await api('GET', `repairs/${other.id}`, { token: me.token })).status).toBe(404)
    expect((await patch(mine.id, me.token, { status: 'annule' })).status).toBe(403)

    const gql = await graphql(
      '{ Repairs(limit: 100) { docs { id reference customerNotes { body } } } Devices(limit: 100) { docs { id } } }',
      { token: me.token },
    )
    expect(gql.body.data.Repairs.docs.map((r: { id: number }) => r.id)).toEqual([mine.id])
    expect(gql.body.data.Repairs.docs[0].customerNotes).toHaveLength(1)
    expect(JSON.stringify(gql.body.data.Repairs.docs[0].customerNotes)).toContain(
      'Votre écran est commandé',
    )
    expect(gql.body.data.Devices.docs.map((x: { id: number }) => x.id)).toEqual([d.id])

    const events = await api('GET', 'repair-events?limit=100', { token: me.token })
    expect(events.body.docs.length).toBeGreaterThan(0)
    expect(
      events.body.docs.every(
        (e: { visibleToCustomer: boolean; customer: number | { id: number } }) =>
          e.visibleToCustomer &&
          (typeof e.customer === 'object' ? e.customer.id : e.customer) === me.customer.id,
      ),
    ).toBe(true)
  })
})

describe('late repairs', () => {
  it('flags a repair past its promised date, in the list filter too', async () => {
    // Promised in an hour (a promise is never made in the past), read two hours later.
    const created = await assignedRepair({
      promisedAt: new Date(Date.now() + 3_600_000).toISOString(),
    })
    expect(created.late).toBe(false)
    await refreshLateFlags(payload, new Date(Date.now() + 2 * 3_600_000))
    const r = await payload.findByID({ collection: 'repairs', id: created.id })
    expect(r.late).toBe(true)
    expect(r.lateReasons).toMatch(/Date promise dépassée/)
    const list = await api('GET', `repairs?where[late][equals]=true&where[id][equals]=${r.id}`, {
      token: admin.token,
    })
    expect(list.body.totalDocs).toBe(1)
  })

  it('turns late when time passes, by the refresh (injected now), and not while waiting for parts', async () => {
    const toTest = async (id: number) => {
      for (const step of ['diagnostic', 'intervention', 'test'])
        expect((await patch(id, tech.token, { status: 'en_cours', step })).status).toBe(200)
    }
    const r = await assignedRepair()
    await toTest(r.id)
    const waiting = await assignedRepair()
    await toTest(waiting.id)
    await patch(waiting.id, tech.token, { waitingForParts: true })
    expect((await payload.findByID({ collection: 'repairs', id: r.id })).late).toBe(false)

    expect(
      await refreshLateFlags(payload, new Date(Date.now() + 25 * 3_600_000)),
    ).toBeGreaterThanOrEqual(1)
    const late = await payload.findByID({ collection: 'repairs', id: r.id })
    expect(late.late).toBe(true)
    expect(late.lateReasons).toMatch(/Test/)
    expect((await payload.findByID({ collection: 'repairs', id: waiting.id })).late).toBe(false)

    await refreshLateFlags(payload, new Date())
    expect((await payload.findByID({ collection: 'repairs', id: r.id })).late).toBe(false)
  })
})

describe('customer identity on the bench', () => {
  it('is hidden from technicians, shown to the counter and the customer, and still on the history they write', async () => {
    const me = await customer(payload)
    const r = await repair(payload, (await device(payload, me.customer.id)).id, {
      assignee: tech.user.id,
    })
    const asTech = await api('GET', `repairs/${r.id}?depth=0`, { token: tech.token })
    expect(asTech.status).toBe(200)
    expect(asTech.body.customer).toBeUndefined()
    expect(
      (await api('GET', `devices/${asTech.body.device}?depth=0`, { token: tech.token })).body
        .customer,
    ).toBeUndefined()
    expect(
      (await api('GET', `repairs/${r.id}?depth=0`, { token: reception.token })).body.customer,
    ).toBe(me.customer.id)
    expect((await api('GET', `repairs/${r.id}?depth=0`, { token: me.token })).body.customer).toBe(
      me.customer.id,
    )

    await patch(r.id, tech.token, { status: 'en_cours', step: 'diagnostic' })
    const timeline = await api('GET', 'repair-events?limit=100&depth=0', { token: me.token })
    const mine = timeline.body.docs.filter((e: { repair: number }) => e.repair === r.id)
    expect(mine.map((e: { type: string }) => e.type)).toEqual(
      expect.arrayContaining(['created', 'status']),
    )
  })
})
