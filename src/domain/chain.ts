/**
 * Inalterability of what was issued (anti-fraud rules for software recording cash payments,
 * CGI art. 286, I-3° bis): every issued invoice, credit note, payment and closing (« clôture »)
 * is an entry of one chain; its hash is SHA-256 over the previous entry's hash and the record's
 * content, written in a canonical form (keys sorted, no spaces). Changing a recorded row, removing an entry or
 * reordering them breaks the chain at that point, which `verifyChain` names.
 */
import { createHash } from 'node:crypto'

export const GENESIS = '0'.repeat(64)

/** JSON with keys sorted at every level and `undefined` dropped: one text per content. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null'
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

export function chainHash(previous: string, content: unknown): string {
  return createHash('sha256')
    .update(`${previous}\n${canonicalJson(content)}`)
    .digest('hex')
}

export type ChainEntry = {
  sequence: number
  /** 'invoice' | 'credit_note' | 'payment' | 'closing' */
  kind: string
  /** The record's number or id, for the message. */
  label: string
  previousHash: string
  hash: string
  /** The record's content as it is now (re-read), or null when the record is gone. */
  content: unknown
}

export type ChainCheck =
  | { ok: true; checked: number }
  | { ok: false; checked: number; broken: { sequence: number; label: string; reason: string } }

/** What the verification says, in French (the endpoint and the « Conformité » page). */
export function chainMessage(check: ChainCheck): string {
  return check.ok
    ? `Chaîne intacte : ${check.checked} enregistrement(s) vérifié(s).`
    : `Chaîne rompue à l'enregistrement n° ${check.broken.sequence} (${check.broken.label}) : ${check.broken.reason}. Les ${check.checked} précédents sont intacts.`
}

/** Walks the chain in order; the first entry whose link or content does not match is named. */
export function verifyChain(entries: ChainEntry[]): ChainCheck {
  let previous = GENESIS
  let expectedSequence = 1
  for (const entry of entries) {
    const fail = (reason: string): ChainCheck => ({
      ok: false,
      checked: entry.sequence - 1,
      broken: { sequence: entry.sequence, label: entry.label, reason },
    })
    if (entry.sequence !== expectedSequence)
      return fail(
        `l'entrée n° ${expectedSequence} manque : la chaîne saute à la n° ${entry.sequence}`,
      )
    if (entry.previousHash !== previous)
      return fail("son lien vers l'entrée précédente ne correspond plus")
    if (entry.content === null) return fail("l'enregistrement a disparu")
    if (chainHash(previous, entry.content) !== entry.hash)
      return fail("son contenu a été modifié depuis l'enregistrement")
    previous = entry.hash
    expectedSequence += 1
  }
  return { ok: true, checked: entries.length }
}

const id = (value: unknown): unknown =>
  value && typeof value === 'object' ? (value as { id?: unknown }).id : (value ?? null)

/** What an issued invoice or credit note says, as chained: everything printed on it. */
export function invoiceChainContent(doc: Record<string, unknown>) {
  const lines = (doc.lines as Record<string, unknown>[] | null | undefined) ?? []
  return {
    number: doc.number,
    kind: doc.kind,
    issuedAt: doc.issuedAt,
    customer: id(doc.customer),
    creditedInvoice: id(doc.creditedInvoice),
    lines: lines.map((l) => ({
      kind: l.kind,
      description: l.description,
      quantity: l.quantity,
      unitPrice: l.unitPrice,
      vatRate: l.vatRate,
      totalHt: l.totalHt,
      totalVat: l.totalVat,
      totalTtc: l.totalTtc,
    })),
    totalHt: doc.totalHt,
    totalVat: doc.totalVat,
    totalTtc: doc.totalTtc,
    customerSnapshot: doc.customerSnapshot ?? null,
    sellerSnapshot: doc.sellerSnapshot ?? null,
    // Printed when there is one; absent otherwise, so that links made before it still verify.
    ...(Number(doc.bonusAmount) > 0
      ? { bonusAmount: doc.bonusAmount, bonusLabel: doc.bonusLabel ?? null }
      : {}),
  }
}

/** What a payment (or its counter-entry) records. */
export function paymentChainContent(doc: Record<string, unknown>) {
  return {
    id: doc.id,
    invoice: id(doc.invoice),
    amount: doc.amount,
    method: doc.method,
    receivedAt: doc.receivedAt,
    reference: doc.reference ?? null,
    cancels: id(doc.cancels),
    externalId: doc.externalId ?? null,
  }
}

/**
 * What a closing (« clôture ») records: its period, its totals per method and per rate, its
 * counts and perpetual totals, when and by whom (the name: a user may be deleted later).
 */
export function closingChainContent(doc: Record<string, unknown>) {
  const rows = (name: string) => (doc[name] as Record<string, unknown>[] | null | undefined) ?? []
  return {
    key: doc.key,
    level: doc.level,
    periodKey: doc.periodKey,
    periodStart: doc.periodStart,
    periodEnd: doc.periodEnd,
    byMethod: rows('byMethod').map((m) => ({ method: m.method, amount: m.amount, count: m.count })),
    byRate: rows('byRate').map((r) => ({ rate: r.rate, ht: r.ht, vat: r.vat, ttc: r.ttc })),
    invoiceCount: doc.invoiceCount,
    creditNoteCount: doc.creditNoteCount,
    paymentCount: doc.paymentCount,
    counterEntryCount: doc.counterEntryCount,
    totalHt: doc.totalHt,
    totalVat: doc.totalVat,
    totalInvoicedTtc: doc.totalInvoicedTtc,
    totalCollected: doc.totalCollected,
    perpetualInvoicedTtc: doc.perpetualInvoicedTtc,
    perpetualCollected: doc.perpetualCollected,
    closedAt: doc.closedAt,
    closedByName: doc.closedByName ?? null,
  }
}
