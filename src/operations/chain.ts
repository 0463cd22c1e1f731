import type { PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { nextCounterValue } from '../db/counters'
import { dbFor } from '../db/db'
import {
  chainHash,
  type ChainCheck,
  type ChainEntry,
  closingChainContent,
  GENESIS,
  invoiceChainContent,
  paymentChainContent,
  verifyChain,
} from '../domain/chain'

type ChainKind = 'invoice' | 'credit_note' | 'payment' | 'closing'
type Chained = { kind: ChainKind; id: number; label: string }

/** Where each kind of entry is recorded, and what of it is chained. */
const CHAINED: Record<
  ChainKind,
  {
    collection: 'invoices' | 'payments' | 'closings'
    content: (doc: Record<string, unknown>) => unknown
  }
> = {
  invoice: { collection: 'invoices', content: invoiceChainContent },
  credit_note: { collection: 'invoices', content: invoiceChainContent },
  payment: { collection: 'payments', content: paymentChainContent },
  closing: { collection: 'closings', content: closingChainContent },
}

const chainedOf = (kind: string) => CHAINED[kind as ChainKind] ?? CHAINED.invoice

/**
 * Appends a record to the chain, in the caller's transaction: the chain's counter row is locked
 * until it commits, so entries follow one another and each links to the one before.
 */
export async function appendToChain(
  req: PayloadRequest,
  record: Chained,
  written: object,
): Promise<{ sequence: number; hash: string }> {
  const doc = written as Record<string, unknown>
  const sequence = await nextCounterValue(req, 'chain')
  const db = await dbFor(req)
  const before = await db.execute(
    sql`select hash from chain_entries where sequence = ${sequence - 1}`,
  )
  const previous = (before.rows[0] as { hash: string } | undefined)?.hash ?? GENESIS
  const hash = chainHash(previous, CHAINED[record.kind].content(doc))
  await db.execute(sql`
    insert into chain_entries (sequence, kind, record_id, label, previous_hash, hash, updated_at, created_at)
    values (${sequence}, ${record.kind}, ${record.id}, ${record.label}, ${previous}, ${hash}, now(), now())`)
  return { sequence, hash }
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
  // Each collection's records read once, by id.
  const collections = [...new Set(Object.values(CHAINED).map((c) => c.collection))]
  const found = await Promise.all(
    collections.map((collection) => {
      const ids = entries.docs
        .filter((e) => chainedOf(e.kind).collection === collection)
        .map((e) => e.recordId)
      return ids.length
        ? req.payload.find({
            collection,
            where: { id: { in: ids } },
            limit: 0,
            pagination: false,
            depth: 0,
            req,
          })
        : { docs: [] }
    }),
  )
  const records = new Map(
    collections.map((collection, i) => [
      collection,
      new Map(found[i]!.docs.map((d) => [d.id as number, d as unknown as Record<string, unknown>])),
    ]),
  )
  const chain: ChainEntry[] = entries.docs.map((e) => {
    const chained = chainedOf(e.kind)
    const doc = records.get(chained.collection)?.get(e.recordId)
    return {
      sequence: e.sequence,
      kind: e.kind,
      label: e.label ?? `${e.kind} ${e.recordId}`,
      previousHash: e.previousHash,
      hash: e.hash,
      content: doc ? chained.content(doc) : null,
    }
  })
  return verifyChain(chain)
}
