import type { PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import type { RepairEvent } from '../payload-types'

import { dbFor } from '../db/db'

export type RepairEventInput = Pick<RepairEvent, 'type' | 'message'> &
  Partial<
    Pick<RepairEvent, 'fromStatus' | 'fromStep' | 'toStatus' | 'toStep' | 'visibleToCustomer'>
  >

/**
 * Appends one entry to a repair's timeline, stamped with who and when, in the request's
 * transaction. The device and customer are copied from the repair by the same statement (the
 * device history and the customer's timeline filter on them). The timeline is not writable
 * through the API: this is its only writer.
 */
export async function recordRepairEvent(
  req: PayloadRequest,
  repairId: number,
  event: RepairEventInput,
): Promise<void> {
  const user =
    req.user?.collection === 'users'
      ? (req.user as { id: number; name?: string | null; email: string })
      : null
  const now = new Date().toISOString()
  await (
    await dbFor(req)
  ).execute(sql`
    insert into repair_events
      (repair_id, device_id, customer_id, type, from_status, from_step, to_status, to_step, message,
       visible_to_customer, by_id, by_label, at, updated_at, created_at)
    select id, device_id, customer_id, ${event.type}, ${event.fromStatus ?? null}, ${event.fromStep ?? null},
      ${event.toStatus ?? null}, ${event.toStep ?? null}, ${event.message}, ${event.visibleToCustomer ?? false},
      ${user?.id ?? null}, ${user ? user.name || user.email : 'Système'}, ${now}, ${now}, ${now}
    from repairs where id = ${repairId}`)
}
