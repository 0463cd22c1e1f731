/**
 * Attempt counters in Postgres (table auth_throttle, see migration no_payload_lockout), shared
 * by every app instance. Written outside the request's transaction: a failed sign-in rolls its
 * transaction back, its count must stay.
 */
import type { Payload, PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { authLimits } from '../config/env'
import {
  addressKey,
  type AuthAction,
  AUTH_WINDOWS,
  minutesLeft,
  tooManyMessage,
} from '../domain/authLimits'
import { adapterOf } from '../db/db'
import { clientIp } from './actionLog'
import { RefusedError } from '../http/httpError'

type Count = { hits: number; startedAt: Date }

/** Counts one more attempt under `key`; a window older than `windowSeconds` starts again at 1. */
export async function countAttempt(
  payload: Payload,
  key: string,
  windowSeconds: number,
): Promise<Count> {
  const db = adapterOf({ payload }).drizzle
  const expired = sql`t.window_started_at < now() - make_interval(secs => ${windowSeconds})`
  const result = await db.execute(sql`
    insert into auth_throttle as t (key, hits, window_started_at) values (${key}, 1, now())
    on conflict (key) do update set
      hits = case when ${expired} then 1 else t.hits + 1 end,
      window_started_at = case when ${expired} then now() else t.window_started_at end
    returning hits, window_started_at`)
  // Now and then, forget the counts nobody looked at for a day.
  if (Math.random() < 0.01)
    await db.execute(
      sql`delete from auth_throttle where window_started_at < now() - interval '1 day'`,
    )
  const row = result.rows[0] as { hits: number; window_started_at: string | Date }
  return { hits: Number(row.hits), startedAt: new Date(row.window_started_at) }
}

export async function forgetAttempts(payload: Payload, key: string): Promise<void> {
  await adapterOf({ payload }).drizzle.execute(sql`delete from auth_throttle where key = ${key}`)
}

/** The client address scripts/server.mjs put in X-Forwarded-For (one we trust). */
export function clientAddressOf(req: PayloadRequest): string {
  return clientIp(req) ?? 'inconnue'
}

/** Counts one attempt of `action` from the request's address; over the limit → 429. */
export async function limitPerAddress(req: PayloadRequest, action: AuthAction): Promise<void> {
  const limit = authLimits()[action]
  const { hits, startedAt } = await countAttempt(
    req.payload,
    addressKey(action, clientAddressOf(req)),
    AUTH_WINDOWS[action],
  )
  if (hits > limit)
    throw new RefusedError(
      tooManyMessage(action, minutesLeft(startedAt, AUTH_WINDOWS[action])),
      429,
    )
}
