import type { PayloadRequest } from 'payload'

import type { Customer, Quote, Repair } from '../payload-types'

import { readShopSettings } from '../config/shopSettings'
import { nextCounterValue } from '../db/counters'
import { lockRows } from '../db/locks'
import { idOf } from '../domain/ids'
import {
  assertInvoiceLines,
  assertRepairMayProceed,
  computeTotals,
  formatQuoteNumber,
  type InvoiceLineInput,
} from '../domain/invoices'
import { formatAmount } from '../domain/money'
import { referenceYear } from '../domain/parisTime'
import {
  assertQuoteDecidable,
  effectiveQuoteStatus,
  frenchDay,
  quoteGateApplies,
  quoteValidUntil,
} from '../domain/quotes'
import type { RepairState } from '../domain/repairStatus'
import { enforce, RefusedError } from '../http/httpError'
import { customerSnapshot } from './issueInvoice'
import { MAIL_QUEUE } from './mail'
import { recordRepairEvent } from './recordRepairEvent'
import { repairBillLines } from './repairBillLines'

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

const QUOTING = { quoting: true }

/** The quote that speaks for a repair now: its latest version. */
export async function currentQuote(req: PayloadRequest, repairId: number): Promise<Quote | null> {
  const found = await req.payload.find({
    collection: 'quotes',
    where: { repair: { equals: repairId }, superseded: { not_equals: true } },
    sort: '-createdAt',
    limit: 1,
    depth: 0,
    req,
  })
  return (found.docs[0] as Quote | undefined) ?? null
}

async function readQuote(req: PayloadRequest, id: number): Promise<Quote> {
  await lockRows(req, 'quotes', [id])
  return (await req.payload.findByID({
    collection: 'quotes',
    id,
    depth: 0,
    req,
    overrideAccess: false,
  })) as Quote
}

const writeQuote = (req: PayloadRequest, id: number, data: Partial<Quote>) =>
  req.payload.update({ collection: 'quotes', id, depth: 0, req, context: QUOTING, data })

/**
 * « Devis »: the repair's quote being prepared — the current version when there is one,
 * otherwise a new draft with the labour of the estimate and the parts already on the repair.
 */
export async function quoteFromRepair({
  req,
  repairId,
}: {
  req: PayloadRequest
  repairId: number
}): Promise<{ quote: Quote; created: boolean }> {
  await lockRows(req, 'repairs', [repairId])
  const repair = (await req.payload.findByID({
    collection: 'repairs',
    id: repairId,
    depth: 0,
    req,
    overrideAccess: false,
  })) as Repair
  const existing = await currentQuote(req, repairId)
  if (existing && existing.status !== 'refuse' && existing.status !== 'expire')
    return { quote: existing, created: false }
  if (repair.status === 'restitue' || repair.status === 'annule')
    throw new RefusedError(
      `La réparation ${repair.reference} est ${repair.status === 'annule' ? 'annulée' : 'restituée'} : il n'y a plus rien à chiffrer.`,
      409,
      { field: 'repair' },
    )
  const { defaultVatRate } = await readShopSettings(req)
  const quote = (await req.payload.create({
    collection: 'quotes',
    data: {
      repair: repairId,
      lines: await repairBillLines(req, repair, defaultVatRate),
    } as Quote,
    depth: 0,
    req,
    overrideAccess: false,
  })) as Quote
  if (existing) await writeQuote(req, existing.id, { superseded: true })
  return { quote, created: true }
}

/**
 * « Envoyer au client »: the draft gets its number (D-2026-000012), its validity (30 days unless
 * set), the customer and the shop as they are now, and goes out by e-mail with its PDF (the mail
 * queue, retried); with no address it is marked handed over on paper. From now on it is frozen.
 */
export async function sendQuote({
  req,
  quoteId,
  to,
  now = new Date(),
}: {
  req: PayloadRequest
  quoteId: number
  to?: string | null
  now?: Date
}): Promise<Quote> {
  const draft = await readQuote(req, quoteId)
  if (draft.status !== 'brouillon')
    throw new RefusedError(
      `Le devis ${draft.number} a déjà été envoyé : pour le changer, faites-en une nouvelle version.`,
      409,
      { field: 'status' },
    )
  const lines = (draft.lines ?? []) as InvoiceLineInput[]
  enforce(() => assertInvoiceLines(lines))
  const settings = await readShopSettings(req)
  const totals = computeTotals(lines, settings.vatRegime)
  const today = quoteValidUntil(now, 0)
  const validUntil = draft.validUntil ? draft.validUntil.slice(0, 10) : quoteValidUntil(now)
  if (validUntil < today)
    throw new RefusedError(
      `La date de validité (${frenchDay(validUntil)}) est passée : choisissez une date à venir, ou laissez le champ vide (30 jours).`,
      400,
      { field: 'validUntil' },
    )
  const customer = (await req.payload.findByID({
    collection: 'customers',
    id: idOf(draft.customer)!,
    depth: 0,
    req,
  })) as Customer
  const snapshot = customerSnapshot(customer)
  const recipient = (to ?? snapshot.email ?? '').trim().toLowerCase()
  if (to && !EMAIL.test(recipient))
    throw new RefusedError(`L'adresse « ${to} » n'est pas une adresse e-mail : corrigez-la.`, 400, {
      field: 'to',
    })
  const year = referenceYear(now)
  const number = formatQuoteNumber(year, await nextCounterValue(req, `quote-${year}`))
  const sent = await writeQuote(req, quoteId, {
    number,
    status: 'envoye',
    lines: totals.lines as Quote['lines'],
    totalHt: totals.totalHt,
    totalVat: totals.totalVat,
    totalTtc: totals.totalTtc,
    vatBreakdown: totals.byRate,
    validUntil,
    sentAt: now.toISOString(),
    sentTo: recipient || null,
    sendStatus: recipient ? 'en_file' : 'sans_email',
    sendError: null,
    customerName: snapshot.company ? `${snapshot.name} (${snapshot.company})` : snapshot.name,
    customerSnapshot: snapshot,
    sellerSnapshot: { ...settings.identity, vatRegime: settings.vatRegime },
  })
  if (recipient)
    await req.payload.jobs.queue({
      task: 'sendQuote',
      input: { quoteId, to: recipient },
      queue: MAIL_QUEUE,
      req,
    })
  await recordRepairEvent(req, idOf(draft.repair)!, {
    type: 'quote',
    message: `Devis ${number} envoyé (${formatAmount(totals.totalTtc)} TTC, valable jusqu'au ${frenchDay(validUntil)})`,
    visibleToCustomer: true,
  })
  return sent
}

/**
 * The customer's answer to a sent quote, with when and who: the repair's own customer online,
 * or the counter on their word (phone, in person). Accepted, the repair may go past the
 * diagnostic; declined, the diagnostic fee can be billed.
 */
export async function decideQuote({
  req,
  quoteId,
  decision,
  reason,
  now = new Date(),
}: {
  req: PayloadRequest
  quoteId: number
  decision: 'accepte' | 'refuse'
  reason?: string | null
  now?: Date
}): Promise<Quote> {
  const quote = await readQuote(req, quoteId)
  enforce(() => assertQuoteDecidable(quote, now))
  const byCustomer = req.user?.collection === 'customers'
  const decided = await writeQuote(req, quoteId, {
    status: decision,
    decidedAt: now.toISOString(),
    decidedByCustomer: byCustomer ? (req.user!.id as number) : null,
    decidedByStaff: byCustomer ? null : (req.user!.id as number),
    decisionChannel: byCustomer ? 'portail' : 'comptoir',
    declineReason: decision === 'refuse' ? reason?.trim() || null : null,
  })
  const who = byCustomer ? 'par le client' : "par l'atelier, sur la parole du client"
  await recordRepairEvent(req, idOf(quote.repair)!, {
    type: 'quote',
    message: `Devis ${quote.number} ${decision === 'accepte' ? 'accepté' : 'refusé'} ${who}${decision === 'refuse' && reason?.trim() ? ` : ${reason.trim()}` : ''}`,
    visibleToCustomer: true,
  })
  return decided
}

/**
 * « Nouvelle version »: a sent, accepted, declined or expired quote is replaced by a draft with
 * the same lines, to change and send again; the customer's acceptance of the old one no longer
 * counts. The old one stays as it was, marked replaced.
 */
export async function reviseQuote({
  req,
  quoteId,
}: {
  req: PayloadRequest
  quoteId: number
}): Promise<Quote> {
  const quote = await readQuote(req, quoteId)
  if (quote.status === 'brouillon')
    throw new RefusedError(
      "Ce devis est encore un brouillon : modifiez-le directement, il n'a pas besoin d'une nouvelle version.",
      409,
      { field: 'status' },
    )
  if (quote.superseded)
    throw new RefusedError(
      `Le devis ${quote.number} a déjà une version plus récente : partez de celle-ci.`,
      409,
      { field: 'status' },
    )
  const revised = (await req.payload.create({
    collection: 'quotes',
    data: {
      repair: idOf(quote.repair)!,
      lines: (quote.lines ?? []).map((l) => ({
        kind: l.kind,
        description: l.description,
        quantity: l.quantity,
        unitPrice: l.unitPrice,
        vatRate: l.vatRate,
        sourceLine: l.sourceLine,
        part: idOf(l.part) || null,
      })),
      notes: quote.notes,
    } as Quote,
    depth: 0,
    req,
    overrideAccess: false,
  })) as Quote
  await writeQuote(req, quoteId, { superseded: true })
  const version = (quote.version ?? 1) + 1
  const withLink = await writeQuote(req, revised.id, { version, supersedes: quote.id })
  await recordRepairEvent(req, idOf(quote.repair)!, {
    type: 'quote',
    message: `Nouvelle version du devis ${quote.number} en préparation : une nouvelle acceptation du client sera nécessaire`,
  })
  return withLink
}

/** Sent quotes past their last valid day become « Expiré » (the scheduled refresh). */
export async function expireQuotes(req: PayloadRequest, now = new Date()): Promise<number> {
  const today = quoteValidUntil(now, 0)
  const stale = await req.payload.find({
    collection: 'quotes',
    where: { status: { equals: 'envoye' }, validUntil: { less_than: `${today}T00:00:00.000Z` } },
    limit: 0,
    pagination: false,
    depth: 0,
    req,
  })
  for (const q of stale.docs) await writeQuote(req, q.id, { status: 'expire' })
  return stale.docs.length
}

/**
 * The gate before the work: past the diagnostic, a repair whose quote is required (above the
 * shop's threshold, or put to the customer) waits for its latest version to be accepted.
 */
export async function assertQuoteAllows(
  req: PayloadRequest,
  repair: { id: number; estimatedPrice?: number | null },
  to: RepairState,
  now = new Date(),
): Promise<void> {
  const pastDiagnostic =
    to.status === 'termine' || (to.status === 'en_cours' && to.step !== 'diagnostic')
  if (!pastDiagnostic) return
  const { quoteThreshold } = await readShopSettings(req)
  const quote = await currentQuote(req, repair.id)
  const status = quote ? effectiveQuoteStatus(quote, now) : null
  const required = quoteGateApplies({
    estimatedTtc: repair.estimatedPrice,
    quote: quote ? { status: status!, totalTtc: quote.totalTtc } : null,
    threshold: quoteThreshold,
  })
  enforce(() => assertRepairMayProceed({ to, quoteStatus: status, required }))
}
