import type { PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import type { Closing } from '../payload-types'

import { dbFor } from '../db/db'
import { inTransaction } from '../db/transaction'
import {
  assertDayOpen as assertDayOpenRule,
  assertLevel,
  assertNotBeforeFirst,
  assertNotClosed,
  assertPeriodOver,
  CHILD_LEVEL,
  type ClosingLevel,
  type ClosingPeriod,
  closingKey,
  type ClosingTotals,
  closingTotals,
  describePeriod,
  type DocumentRecord,
  keyAt,
  lastChildKey,
  lastEndedPeriod,
  nextKey,
  parsePeriod,
  type PaymentRecord,
  periodAt,
  periodsBetween,
  perpetualTotals,
  type RateTotals,
  sumClosingTotals,
} from '../domain/closings'
import { enforce } from '../http/httpError'
import { appendToChain } from './chain'

/** Every closing takes turns on this lock, held until its transaction ends. */
async function lockClosings(req: PayloadRequest): Promise<void> {
  await (await dbFor(req)).execute(sql`select pg_advisory_xact_lock(hashtext('atelier:closings'))`)
}

const rowsOf = <T>(result: { rows: unknown[] }) => result.rows as T[]

/** First and last closed keys of a level (closings of a level run on with no gap). */
async function closedRange(
  req: PayloadRequest,
  level: ClosingLevel,
): Promise<{ first: string | null; last: string | null }> {
  const [row] = rowsOf<{ first: string | null; last: string | null }>(
    await (
      await dbFor(req)
    ).execute(sql`
      select min(period_key) as first, max(period_key) as last from closings where level = ${level}`),
  )
  return { first: row?.first ?? null, last: row?.last ?? null }
}

async function isClosed(req: PayloadRequest, level: ClosingLevel, key: string): Promise<boolean> {
  const rows = rowsOf(
    await (
      await dbFor(req)
    ).execute(sql`select 1 from closings where key = ${closingKey(level, key)}`),
  )
  return rows.length > 0
}

/** The Paris day of the first issued document or payment; null in a shop with no activity yet. */
async function firstActivityDay(req: PayloadRequest): Promise<string | null> {
  const [row] = rowsOf<{ first: string | Date | null }>(
    await (
      await dbFor(req)
    ).execute(sql`
      select least(
        (select min(issued_at) from invoices where number is not null and issued_at is not null),
        (select min(received_at) from payments)
      ) as first`),
  )
  return row?.first ? periodAt('jour', new Date(row.first)).key : null
}

const asNumber = (value: unknown) => Number(value ?? 0)

/**
 * A day's totals, added up by Postgres: payments by method and sign (counter-entries apart) by
 * `receivedAt`, issued invoices and credit notes by kind and applied VAT rate by `issuedAt`.
 */
async function dayTotals(req: PayloadRequest, period: ClosingPeriod): Promise<ClosingTotals> {
  const db = await dbFor(req)
  const start = period.start.toISOString()
  const end = period.end.toISOString()
  const issued = sql`i.number is not null and i.status <> 'brouillon'
    and i.issued_at >= ${start}::timestamptz and i.issued_at < ${end}::timestamptz`
  const [payments, documents, rates] = [
    rowsOf<{ method: string; amount: string; count: number }>(
      await db.execute(sql`
        select p.method::text as method, sum(p.amount)::bigint as amount, count(*)::int as count
        from payments p
        where p.received_at >= ${start}::timestamptz and p.received_at < ${end}::timestamptz
        group by p.method, (p.amount < 0)`),
    ),
    rowsOf<{ kind: string; count: number; ht: string; vat: string; ttc: string }>(
      await db.execute(sql`
        select i.kind::text as kind, count(*)::int as count, sum(i.total_ht)::bigint as ht,
          sum(i.total_vat)::bigint as vat, sum(i.total_ttc)::bigint as ttc
        from invoices i where ${issued}
        group by i.kind`),
    ),
    rowsOf<{ kind: string; rate: number; ht: string; vat: string; ttc: string }>(
      await db.execute(sql`
        select i.kind::text as kind, (r.line->>'rate')::int as rate,
          sum((r.line->>'ht')::bigint)::bigint as ht, sum((r.line->>'vat')::bigint)::bigint as vat,
          sum((r.line->>'ttc')::bigint)::bigint as ttc
        from invoices i
        cross join lateral jsonb_array_elements(coalesce(i.vat_breakdown, '[]'::jsonb)) as r(line)
        where ${issued}
        group by 1, 2`),
    ),
  ]
  return closingTotals({
    payments: payments.map((p): PaymentRecord => ({
      method: p.method,
      amount: asNumber(p.amount),
      count: p.count,
    })),
    documents: documents.map((d): DocumentRecord => ({
      kind: d.kind === 'credit_note' ? 'credit_note' : 'invoice',
      count: d.count,
      totalHt: asNumber(d.ht),
      totalVat: asNumber(d.vat),
      totalTtc: asNumber(d.ttc),
      vatBreakdown: rates
        .filter((r) => r.kind === d.kind)
        .map((r): RateTotals => ({
          rate: asNumber(r.rate),
          ht: asNumber(r.ht),
          vat: asNumber(r.vat),
          ttc: asNumber(r.ttc),
        })),
    })),
  })
}

const totalsOf = (c: Closing): ClosingTotals => ({
  byMethod: (c.byMethod ?? []).map((m) => ({ method: m.method, amount: m.amount, count: m.count })),
  byRate: (c.byRate ?? []).map((r) => ({ rate: r.rate, ht: r.ht, vat: r.vat, ttc: r.ttc })),
  invoiceCount: c.invoiceCount,
  creditNoteCount: c.creditNoteCount,
  paymentCount: c.paymentCount,
  counterEntryCount: c.counterEntryCount,
  totalHt: c.totalHt,
  totalVat: c.totalVat,
  totalInvoicedTtc: c.totalInvoicedTtc,
  totalCollected: c.totalCollected,
})

/** A month is the sum of its daily closings, a year of its monthly ones. */
async function sumOfChildren(req: PayloadRequest, period: ClosingPeriod): Promise<ClosingTotals> {
  const children = await req.payload.find({
    collection: 'closings',
    where: {
      level: { equals: CHILD_LEVEL[period.level]! },
      periodStart: {
        greater_than_equal: period.start.toISOString(),
        less_than: period.end.toISOString(),
      },
    },
    sort: 'periodStart',
    limit: 0,
    pagination: false,
    depth: 0,
    req,
  })
  return sumClosingTotals(children.docs.map(totalsOf))
}

async function previousClosing(req: PayloadRequest, level: ClosingLevel): Promise<Closing | null> {
  const found = await req.payload.find({
    collection: 'closings',
    where: { level: { equals: level } },
    sort: '-periodStart',
    limit: 1,
    depth: 0,
    req,
  })
  return found.docs[0] ?? null
}

type Closer = { now: Date; userId: number | null; userName: string }

/** Writes one closing (its period must be over and unclosed, the earlier ones closed) and chains it. */
async function writeClosing(
  req: PayloadRequest,
  period: ClosingPeriod,
  by: Closer,
): Promise<Closing> {
  const totals =
    period.level === 'jour' ? await dayTotals(req, period) : await sumOfChildren(req, period)
  const previous = await previousClosing(req, period.level)
  const names = describePeriod(period)
  const saved = req.context
  let closing: Closing
  try {
    closing = await req.payload.create({
      collection: 'closings',
      depth: 0,
      req,
      // The only writer allowed; no journal entry (the closing is its own record).
      context: { closing: true, auditLog: false },
      data: {
        title: names.title,
        key: closingKey(period.level, period.key),
        level: period.level,
        periodKey: period.key,
        periodStart: period.start.toISOString(),
        periodEnd: period.end.toISOString(),
        ...totals,
        byMethod: totals.byMethod as Closing['byMethod'],
        ...perpetualTotals(previous, totals),
        closedAt: by.now.toISOString(),
        closedBy: by.userId,
        closedByName: by.userName,
      },
    })
  } finally {
    // A Local API call's context stays on req: give the request its own back.
    req.context = saved
  }
  const link = await appendToChain(
    req,
    { kind: 'closing', id: closing.id, label: names.closingLabel },
    closing,
  )
  await (
    await dbFor(req)
  ).execute(sql`
    update closings set chain_sequence = ${link.sequence}, chain_hash = ${link.hash}
    where id = ${closing.id}`)
  return { ...closing, chainSequence: link.sequence, chainHash: link.hash }
}

/**
 * Closes every unclosed period of the level up to `period` included, children first (a month's
 * days, a year's months): from the period after the last closing of the level or, when it has
 * none yet, from the earliest of `floor` (where the closing asked for starts) and the first
 * activity (the first day with a record; for a month or a year, the first closing below it).
 * Returns what it wrote, in order. The caller holds the lock.
 */
async function closeThrough(
  req: PayloadRequest,
  period: ClosingPeriod,
  by: Closer,
  floor: Date = period.start,
): Promise<Closing[]> {
  const written: Closing[] = []
  const child = CHILD_LEVEL[period.level]
  if (child)
    written.push(...(await closeThrough(req, parsePeriod(child, lastChildKey(period)!), by, floor)))
  const { last } = await closedRange(req, period.level)
  if (last !== null && last >= period.key) return written
  let from = periodAt(period.level, floor).key
  if (last !== null) from = nextKey(period.level, last)
  else {
    const earliest = child ? (await closedRange(req, child)).first : await firstActivityDay(req)
    if (earliest && keyAt(period.level, earliest) < from) from = keyAt(period.level, earliest)
  }
  for (const p of periodsBetween(period.level, from, period.key))
    written.push(await writeClosing(req, p, by))
  return written
}

function closerOf(req: PayloadRequest, now: Date): Closer {
  const user = req.user as { id: number; collection?: string; name?: string; email?: string } | null
  if (user?.collection === 'users')
    return { now, userId: user.id, userName: user.name || user.email || `Utilisateur ${user.id}` }
  return { now, userId: null, userName: 'Clôture automatique' }
}

export type ClosePeriodResult = {
  closing: Closing
  /** Earlier periods (and sub-periods) closed first, in order. */
  alsoClosed: Closing[]
}

/**
 * « Clôturer »: the closing of a day, month or year, in the caller's transaction. Refused when
 * the period is not over, already closed, or before the first closing of its level; the earlier
 * unclosed periods and the sub-periods are closed first, in the same transaction. Concurrent
 * closings take turns on one lock: the second finds the period closed and gets the 409.
 */
export async function closePeriod({
  req,
  level,
  key,
  now = new Date(),
}: {
  req: PayloadRequest
  level: unknown
  /** Default: yesterday, last month, last year (Paris). */
  key?: string | null
  now?: Date
}): Promise<ClosePeriodResult> {
  let period!: ClosingPeriod
  enforce(() => {
    assertLevel(level)
    period =
      key === undefined || key === null || key === ''
        ? lastEndedPeriod(level, now)
        : parsePeriod(level, key)
  })
  enforce(() => assertPeriodOver(period, now))
  return inTransaction(req, async () => {
    await lockClosings(req)
    const closed = await isClosed(req, period.level, period.key)
    enforce(() => assertNotClosed(period, closed))
    const { first } = await closedRange(req, period.level)
    enforce(() => assertNotBeforeFirst(period, first))
    const written = await closeThrough(req, period, closerOf(req, now))
    const closing = written.at(-1)!
    return { closing, alsoClosed: written.slice(0, -1) }
  })
}

/**
 * What the nightly task does: every unclosed day up to yesterday, then last month and last year
 * when they are not closed yet (so a server down on the 1st catches up the next night). Nothing
 * in a shop with no activity yet. Returns the closings written, in order.
 */
export async function closeDue({
  req,
  now = new Date(),
}: {
  req: PayloadRequest
  now?: Date
}): Promise<Closing[]> {
  return inTransaction(req, async () => {
    await lockClosings(req)
    const by = closerOf(req, now)
    const written: Closing[] = []
    const yesterday = lastEndedPeriod('jour', now)
    const days = await closedRange(req, 'jour')
    const firstDay = days.last === null ? await firstActivityDay(req) : null
    if (
      days.last === null
        ? firstDay !== null && firstDay <= yesterday.key
        : days.last < yesterday.key
    )
      written.push(...(await closeThrough(req, yesterday, by)))
    for (const level of ['mois', 'annee'] as const) {
      const target = lastEndedPeriod(level, now)
      const children = await closedRange(req, CHILD_LEVEL[level]!)
      // Nothing to add up before the first closing of the level below.
      if (children.first === null || keyAt(level, children.first) > target.key) continue
      const mine = await closedRange(req, level)
      if (mine.last !== null && mine.last >= target.key) continue
      written.push(...(await closeThrough(req, target, by)))
    }
    return written
  })
}

/**
 * Refuses a record dated into a closed day, or before the first daily closing (no closing would
 * ever count it). Takes the closings' lock shared, in the caller's transaction: a closing running
 * meanwhile finishes first, and none starts until this transaction ends.
 */
export async function assertDayOpen(
  req: PayloadRequest,
  at: string | Date,
  field = 'receivedAt',
): Promise<void> {
  const date = new Date(at)
  if (Number.isNaN(date.getTime())) return // not a date: the field's own validation says so
  await (
    await dbFor(req)
  ).execute(sql`select pg_advisory_xact_lock_shared(hashtext('atelier:closings'))`)
  const closedDays = await closedRange(req, 'jour')
  enforce(() => assertDayOpenRule(periodAt('jour', date), closedDays, field))
}
