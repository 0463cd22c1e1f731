import type { PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import type { Skill, User } from '../payload-types'

import { type Availability, rankTechnicians } from '../domain/assignment'
import { OPEN_STATUSES } from '../domain/repairStatus'
import { dbFor } from '../db/db'

/** Open repairs per technician, counted in the database. */
async function openRepairsByTechnician(req: PayloadRequest): Promise<Map<number, number>> {
  const db = await dbFor(req)
  const result = await db.execute(sql`
    select assignee_id as id, count(*)::int as n from repairs
    where assignee_id is not null and status in (${sql.join(
      OPEN_STATUSES.map((s) => sql`${s}`),
      sql`, `,
    )})
    group by assignee_id`)
  return new Map(
    (result.rows as { id: number; n: number }[]).map((r) => [Number(r.id), Number(r.n)]),
  )
}

/** The skill a repair of this device type needs, by name (null when the type names none). */
async function requiredSkillOf(
  req: PayloadRequest,
  deviceTypeId: number | null | undefined,
): Promise<string | null> {
  if (!deviceTypeId) return null
  const type = await req.payload.findByID({
    collection: 'device-types',
    id: deviceTypeId,
    depth: 1,
    req,
    overrideAccess: false,
  })
  return type.skill && typeof type.skill === 'object' ? type.skill.name : null
}

/**
 * Technicians who could take a repair of this device type, best first: matching skill,
 * present today, under capacity, available now, least loaded.
 */
export async function suggestTechnicians({
  req,
  deviceTypeId,
  now = new Date(),
}: {
  req: PayloadRequest
  deviceTypeId?: number | null
  now?: Date
}) {
  const [technicians, load, requiredSkill] = await Promise.all([
    req.payload.find({
      collection: 'users',
      where: { isTechnician: { equals: true }, active: { equals: true } },
      depth: 1,
      limit: 0,
      pagination: false,
      req,
      overrideAccess: false,
    }),
    openRepairsByTechnician(req),
    requiredSkillOf(req, deviceTypeId),
  ])
  const candidates = technicians.docs.map((u: User) => ({
    id: u.id,
    name: u.name,
    skills: (u.skills ?? []).map((s) => (typeof s === 'object' ? (s as Skill).name : String(s))),
    capacity: u.capacity ?? 5,
    openRepairs: load.get(u.id) ?? 0,
    availability: (u.availability ?? []).map(
      (a) => ({ day: Number(a.day), from: a.from, to: a.to }) as Availability,
    ),
    absences: (u.absences ?? []).map((a) => ({ from: a.from, to: a.to })),
    active: u.active !== false,
  }))
  return { requiredSkill, technicians: rankTechnicians(candidates, { requiredSkill, now }) }
}

export type PerformanceRow = {
  technicianId: number
  name: string
  finished: number
  meanRepairHours: number | null
  withPromise: number
  onTime: number
  onTimeShare: number | null
}

/**
 * Per technician over [from, to): repairs finished, mean repair time from « en cours » to
 * « terminé » minus the time spent waiting for parts, and the share finished by the promised
 * date. One SQL query; nothing is loaded into JavaScript but the result rows.
 */
export async function technicianPerformance({
  req,
  from,
  to,
  technicianId,
}: {
  req: PayloadRequest
  from: Date
  to: Date
  technicianId?: number | null
}): Promise<PerformanceRow[]> {
  const db = await dbFor(req)
  const onlyOne = technicianId ? sql`and u.id = ${technicianId}` : sql``
  const result = await db.execute(sql`
    select u.id as technician_id, u.name,
      count(r.id)::int as finished,
      round((avg(greatest(extract(epoch from (r.finished_at - coalesce(r.started_at, r.created_at))) - coalesce(r.paused_seconds, 0), 0)) / 3600)::numeric, 2) as mean_hours,
      count(r.promised_at)::int as with_promise,
      count(*) filter (where r.promised_at is not null and r.finished_at <= r.promised_at)::int as on_time
    from users u
    left join repairs r on r.assignee_id = u.id and r.finished_at >= ${from.toISOString()} and r.finished_at < ${to.toISOString()}
    where u.is_technician ${onlyOne}
    group by u.id, u.name
    order by finished desc, u.name`)
  return (result.rows as Record<string, string | number | null>[]).map((row) => {
    const withPromise = Number(row.with_promise)
    const onTime = Number(row.on_time)
    return {
      technicianId: Number(row.technician_id),
      name: String(row.name),
      finished: Number(row.finished),
      meanRepairHours: row.mean_hours == null ? null : Number(row.mean_hours),
      withPromise,
      onTime,
      onTimeShare: withPromise ? Math.round((onTime / withPromise) * 1000) / 1000 : null,
    }
  })
}
