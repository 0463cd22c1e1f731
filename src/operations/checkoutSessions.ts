import type { PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { dbFor } from '../db/db'

/** A row of `checkout-sessions`, as the operations read it. */
export type CheckoutSessionRow = {
  id: number
  sessionId: string
  invoiceId: number | null
  customerId: number | null
  amount: number
  currency: string
  url: string | null
  expiresAt: Date | null
  status: 'open' | 'complete' | 'expired'
  paymentId: number | null
}

type Raw = Record<string, unknown>

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v))

function rowOf(r: Raw): CheckoutSessionRow {
  return {
    id: Number(r.id),
    sessionId: String(r.session_id),
    invoiceId: num(r.invoice_id),
    customerId: num(r.customer_id),
    amount: Number(r.amount),
    currency: String(r.currency),
    url: (r.url as string | null) ?? null,
    expiresAt: r.expires_at ? new Date(r.expires_at as string) : null,
    status: r.status as CheckoutSessionRow['status'],
    paymentId: num(r.payment_id),
  }
}

/** The open sessions of an invoice, newest first. */
export async function openSessionsOf(
  req: PayloadRequest,
  invoiceId: number,
): Promise<CheckoutSessionRow[]> {
  const found = await (
    await dbFor(req)
  ).execute(sql`
    select * from checkout_sessions
    where invoice_id = ${invoiceId} and status = 'open' order by id desc`)
  return (found.rows as Raw[]).map(rowOf)
}

/** The session row, locked for the rest of the transaction when `lock`. */
export async function sessionRow(
  req: PayloadRequest,
  sessionId: string,
  { lock = false } = {},
): Promise<CheckoutSessionRow | null> {
  const db = await dbFor(req)
  const found = lock
    ? await db.execute(
        sql`select * from checkout_sessions where session_id = ${sessionId} for update`,
      )
    : await db.execute(sql`select * from checkout_sessions where session_id = ${sessionId}`)
  const row = found.rows[0] as Raw | undefined
  return row ? rowOf(row) : null
}

export async function insertSession(
  req: PayloadRequest,
  s: Omit<CheckoutSessionRow, 'id' | 'status' | 'paymentId'>,
): Promise<void> {
  await (
    await dbFor(req)
  ).execute(sql`
    insert into checkout_sessions
      (session_id, invoice_id, customer_id, amount, currency, url, expires_at, status, updated_at, created_at)
    values (${s.sessionId}, ${s.invoiceId}, ${s.customerId}, ${s.amount}, ${s.currency}, ${s.url},
      ${s.expiresAt ? s.expiresAt.toISOString() : null}, 'open', now(), now())`)
}

/** A session's state as Stripe reports it; a paid one never goes back to open or expired. */
export async function markSession(
  req: PayloadRequest,
  sessionId: string,
  status: CheckoutSessionRow['status'],
  paymentId: number | null = null,
): Promise<void> {
  await (
    await dbFor(req)
  ).execute(sql`
    update checkout_sessions
    set status = ${status}, payment_id = coalesce(${paymentId}::int, payment_id), updated_at = now()
    where session_id = ${sessionId} and (status <> 'complete' or ${status}::text = 'complete')`)
}
