import type { Payload, PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { lateness } from '../domain/lateness'
import { OPEN_STATUSES, type RepairStatus, type RepairStep } from '../domain/repairStatus'
import { adapterOf } from '../db/db'

type OpenRepair = {
  id: number
  status: RepairStatus
  step: RepairStep | null
  promised_ms: number | string | null
  stage_started_ms: number | string | null
  waiting_for_parts: boolean | null
  late: boolean | null
  late_reasons: string | null
}

// Postgres timestamps come back as text the Date parser does not always read; epoch ms always works.
const msToDate = (ms: number | string | null) => (ms == null ? null : new Date(Number(ms)))

/**
 * Time makes repairs late without anyone touching them: re-evaluates every open repair against
 * the rule in src/domain/lateness and writes only the flags that changed. Returns how many did.
 */
export async function refreshLateFlags(
  payload: Payload | PayloadRequest['payload'],
  now = new Date(),
): Promise<number> {
  const db = adapterOf({ payload }).drizzle
  const open = await db.execute(sql`
    select id, status, step, waiting_for_parts, late, late_reasons,
      extract(epoch from promised_at) * 1000 as promised_ms, extract(epoch from stage_started_at) * 1000 as stage_started_ms
    from repairs where status in (${sql.join(
      OPEN_STATUSES.map((s) => sql`${s}`),
      sql`, `,
    )}) or late`)
  let changed = 0
  for (const row of open.rows as OpenRepair[]) {
    const result = lateness(
      {
        status: row.status,
        step: row.step,
        promisedAt: msToDate(row.promised_ms),
        stageStartedAt: msToDate(row.stage_started_ms),
        waitingForParts: row.waiting_for_parts,
      },
      now,
    )
    const reasons = result.reasons.join(' · ') || null
    if (Boolean(row.late) === result.late && row.late_reasons === reasons) continue
    await db.execute(
      sql`update repairs set late = ${result.late}, late_reasons = ${reasons} where id = ${row.id}`,
    )
    changed++
  }
  return changed
}
