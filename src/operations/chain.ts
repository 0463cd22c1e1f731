import type { PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { nextCounterValue } from '../db/counters'
import { dbFor } from '../db/db'
import {
  chainHash,
  type ChainCheck,
  type ChainEntry,
  GENESIS,
  invoiceChainContent,
  paymentChainContent,
  verifyChain,
} from '../domain/chain'

type Chained = { kind: 'invoice' | 'credit_note' | 'payment'; id: number; label: string }

/**
 * Appends a record to the chain, in the caller's transaction: the chain's counter row is locked
 * until it commits, so entries follow one another and each links to the one before.
 */
export async function appendToChain(
  req: PayloadRequest,
  record: Chained,
  written: object,
): Promise<void> {
  const doc = written as Record<string, unknown>
  const sequence = await nextCounterValue(req, 'chain')
  const db = await dbFor(req)
  const before = await db.execute(
    sql`select hash from chain_entries where sequence = ${sequence - 1}`,
  )
  const previous = (before.rows[0] as { hash: string } | undefined)?.hash ?? GENESIS
  const content = record.kind === 'payment' ? paymentChainContent(doc) : invoiceChainContent(doc)
  const hash = chainHash(previous, content)
  await db.execute(sql`
    insert into chain_entries (sequence, kind, record_id, label, previous_hash, hash, updated_at, created_at)
    values (${sequence}, ${record.kind}, ${record.id}, ${record.label}, ${previous}, ${hash}, now(), now())`)
}

/**
 * Recomputes the whole chain from the records as they are now in the database: the first entry
 * whose record was changed, removed or reordered is named (GET /api/compliance/verify).
 */
export async function verifyComplianceChain(req: PayloadRequest): Promise<ChainCheck> {
  const entries = await req.payload.find({
    collection: 'chain-entries',
    sort: 'sequence',
    limit: 0,
    pagination: false,
    depth: 0,
    req,
  })
  const ids = (kind: (k: string) => boolean) =>
    entries.docs.filter((e) => kind(e.kind)).map((e) => e.recordId)
  const invoiceIds = ids((k) => k !== 'payment')
  const paymentIds = ids((k) => k === 'payment')
  const [invoices, payments] = await Promise.all([
    invoiceIds.length
      ? req.payload.find({
          collection: 'invoices',
          where: { id: { in: invoiceIds } },
          limit: 0,
          pagination: false,
          depth: 0,
          req,
        })
      : { docs: [] },
    paymentIds.length
      ? req.payload.find({
          collection: 'payments',
          where: { id: { in: paymentIds } },
          limit: 0,
          pagination: false,
          depth: 0,
          req,
        })
      : { docs: [] },
  ])
  const invoiceById = new Map(
    invoices.docs.map((d) => [d.id, d as unknown as Record<string, unknown>]),
  )
  const paymentById = new Map(
    payments.docs.map((d) => [d.id, d as unknown as Record<string, unknown>]),
  )
  const chain: ChainEntry[] = entries.docs.map((e) => {
    const doc = e.kind === 'payment' ? paymentById.get(e.recordId) : invoiceById.get(e.recordId)
    return {
      sequence: e.sequence,
      kind: e.kind,
      label: e.label ?? `${e.kind} ${e.recordId}`,
      previousHash: e.previousHash,
      hash: e.hash,
      content: doc
        ? e.kind === 'payment'
          ? paymentChainContent(doc)
          : invoiceChainContent(doc)
        : null,
    }
  })
  return verifyChain(chain)
}
