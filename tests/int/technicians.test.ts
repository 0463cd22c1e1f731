import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'
import { beforeAll, describe, expect, it } from 'vitest'

import { adapterOf } from '../../src/db/db'
import { periodRange } from '../../src/domain/figures'
import { api, testPayload } from '../helpers/api'
import { counterCustomer, device, repair, staff, unique } from '../helpers/fixtures'

let payload: Payload
let admin: Awaited<ReturnType<typeof staff>>
let reception: Awaited<ReturnType<typeof staff>>
let soldering: Awaited<ReturnType<typeof staff>>
let generalist: Awaited<ReturnType<typeof staff>>
let typeId: number

beforeAll(async () => {
  payload = await testPayload()
  admin = await staff(payload, 'admin')
  reception = await staff(payload, 'receptionist')
  const skill = await payload.create({
    collection: 'skills',
    data: { name: unique('Consoles'), code: unique('console') },
  })
  typeId = (
    await payload.create({
      collection: 'device-types',
      data: { name: unique('Console'), code: unique('console'), skill: skill.id },
    })
  ).id
  soldering = await staff(payload, 'technician', {
    isTechnician: true,
    skills: [skill.id],
    capacity: 4,
  })
  generalist = await staff(payload, 'technician', { isTechnician: true, capacity: 4 })
})

/** A finished repair whose clocks are set in the database: started, paused, finished, promised. */
async function finished(
  assignee: number,
  {
    hours,
    pausedHours,
    late,
    finishedAt = new Date(Date.now() - 86_400_000),
  }: { hours: number; pausedHours: number; late: boolean; finishedAt?: Date },
) {
  const c = await counterCustomer(payload)
  const r = await repair(payload, (await device(payload, c.id)).id, { assignee })
  const startedAt = new Date(finishedAt.getTime() - hours * 3_600_000)
  const promisedAt = new Date(finishedAt.getTime() + (late ? -3_600_000 : 3_600_000))
  await adapterOf({ payload }).drizzle.execute(sql`
    update repairs set status = 'termine', started_at = ${startedAt.toISOString()}, finished_at = ${finishedAt.toISOString()},
      paused_seconds = ${pausedHours * 3600}, promised_at = ${promisedAt.toISOString()} where id = ${r.id}`)
}

describe('assignment suggestions', () => {
  it('puts the technician with the matching skill first, with French reasons', async () => {
    const res = await api('GET', `technicians/suggestions?deviceType=${typeId}`, {
      token: reception.token,
    })
    expect(res.status).toBe(200)
    const ids = res.body.technicians.map((t: { id: number }) => t.id)
    expect(ids.indexOf(soldering.user.id)).toBeLessThan(ids.indexOf(generalist.user.id))
    expect(res.body.technicians[0].reasons.join(' ')).toMatch(/Compétence/)
  })

  it('ranks a technician at capacity after one with room, when no skill is required', async () => {
    const c = await counterCustomer(payload)
    for (let i = 0; i < 4; i++)
      await repair(payload, (await device(payload, c.id)).id, { assignee: soldering.user.id })
    const res = await api('GET', 'technicians/suggestions', { token: reception.token })
    const ranked = res.body.technicians.map((t: { id: number }) => t.id)
    expect(ranked.indexOf(generalist.user.id)).toBeLessThan(ranked.indexOf(soldering.user.id))
    const full = res.body.technicians.find((t: { id: number }) => t.id === soldering.user.id)
    expect(full.overCapacity).toBe(true)
  })

  it('is refused to technicians', async () => {
    expect((await api('GET', 'technicians/suggestions', { token: generalist.token })).status).toBe(
      403,
    )
  })
})

describe('performance', () => {
  it('counts finished repairs, mean time without parts waiting, and the on-time share, in SQL', async () => {
    await finished(generalist.user.id, { hours: 10, pausedHours: 4, late: false })
    await finished(generalist.user.id, { hours: 4, pausedHours: 0, late: true })
    const res = await api('GET', `technicians/performance?technician=${generalist.user.id}`, {
      token: admin.token,
    })
    expect(res.status).toBe(200)
    expect(res.body.technicians).toEqual([
      {
        technicianId: generalist.user.id,
        name: 'Test technician',
        finished: 2,
        meanRepairHours: 5,
        withPromise: 2,
        onTime: 1,
        onTimeShare: 0.5,
      },
    ])
  })

  it('shows a technician their own figures only, whatever they ask', async () => {
    const res = await api('GET', `technicians/performance?technician=${soldering.user.id}`, {
      token: generalist.token,
    })
    expect(res.body.technicians.map((t: { technicianId: number }) => t.technicianId)).toEqual([
      generalist.user.id,
    ])
  })

  it('counts a repair finished today in every period the figures screen offers', async () => {
    const newcomer = await staff(payload, 'technician', { isTechnician: true })
    await finished(newcomer.user.id, {
      hours: 2,
      pausedHours: 0,
      late: false,
      finishedAt: new Date(Date.now() - 1000),
    })
    for (const period of ['30j', 'mois', '12m'] as const) {
      const { from, to } = periodRange(period, new Date())
      const res = await api('GET', `technicians/performance?from=${from}&to=${to}`, {
        token: newcomer.token,
      })
      expect(res.body.technicians, period).toMatchObject([
        { technicianId: newcomer.user.id, finished: 1, onTime: 1, withPromise: 1 },
      ])
    }
  })

  it('reads days on the Paris calendar: 00:30 in Paris on 1 March belongs to March', async () => {
    const nightOwl = await staff(payload, 'technician', { isTechnician: true })
    await finished(nightOwl.user.id, {
      hours: 1,
      pausedHours: 0,
      late: false,
      finishedAt: new Date('2025-02-28T23:30:00Z'),
    })
    const count = async (from: string, to: string) =>
      (
        await api('GET', `technicians/performance?from=${from}&to=${to}`, {
          token: nightOwl.token,
        })
      ).body.technicians[0].finished
    expect(await count('2025-03-01', '2025-03-02')).toBe(1)
    expect(await count('2025-02-28', '2025-03-01')).toBe(0)
  })

  it('refuses a malformed date in French', async () => {
    const res = await api('GET', 'technicians/performance?from=demain', { token: admin.token })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toMatch(/n'est pas une date/)
    const noSuchDay = await api('GET', 'technicians/performance?to=2026-02-30', {
      token: admin.token,
    })
    expect(noSuchDay.status).toBe(400)
  })
})

describe('technician profiles', () => {
  it('lets a technician read their own profile but not change skills or capacity, nor read colleagues', async () => {
    expect(
      (await api('GET', `users/${generalist.user.id}`, { token: generalist.token })).status,
    ).toBe(200)
    expect(
      (await api('GET', `users/${soldering.user.id}`, { token: generalist.token })).status,
    ).toBe(404)
    await api('PATCH', `users/${generalist.user.id}`, {
      token: generalist.token,
      body: { capacity: 99, isTechnician: false },
    })
    const reread = await payload.findByID({ collection: 'users', id: generalist.user.id })
    expect([reread.capacity, reread.isTechnician]).toEqual([4, true])
  })

  it('refuses a badly written availability time in French', async () => {
    const res = await api('PATCH', `users/${generalist.user.id}`, {
      token: admin.token,
      body: { availability: [{ day: '1', from: '9h', to: '18:00' }] },
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toMatch(/HH:MM/)
  })
})
