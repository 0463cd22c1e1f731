import type { PayloadRequest } from 'payload'

import type { Invoice, Quote, Repair } from '../payload-types'

import { readShopSettings } from '../config/shopSettings'
import { idOf } from '../domain/ids'
import { diagnosticFeeLine } from '../domain/quotes'
import { RefusedError } from '../http/httpError'
import { lockRows } from '../db/locks'
import { currentQuote } from './quotes'
import { type DraftLine, repairBillLines } from './repairBillLines'

/** The lines of a quote, copied as the customer accepted them. */
export function quoteLines(quote: Quote, defaultVatRate: number): DraftLine[] {
  return (quote.lines ?? []).map((l) => ({
    kind: l.kind,
    description: l.description ?? '',
    quantity: l.quantity,
    unitPrice: l.unitPrice ?? 0,
    vatRate: l.vatRate ?? defaultVatRate,
    sourceLine: l.sourceLine ?? undefined,
    part: idOf(l.part) || null,
  }))
}

/**
 * « Facturer »: a draft invoice for a repair. From its accepted quote when it has one (the
 * lines the customer accepted), the diagnostic fee when the customer declined the quote,
 * otherwise labour and the parts used. A repair that already has an invoice (not cancelled by a
 * credit note) gets that one back: it is never billed twice.
 */
export async function invoiceFromRepair({
  req,
  repairId,
}: {
  req: PayloadRequest
  repairId: number
}): Promise<{ invoice: Invoice; created: boolean }> {
  await lockRows(req, 'repairs', [repairId])
  const repair = (await req.payload.findByID({
    collection: 'repairs',
    id: repairId,
    depth: 0,
    req,
    overrideAccess: false,
  })) as Repair
  const existing = await req.payload.find({
    collection: 'invoices',
    where: { repair: { equals: repairId }, kind: { equals: 'invoice' } },
    sort: '-createdAt',
    limit: 1,
    depth: 0,
    req,
  })
  const current = existing.docs[0]
  if (current && !(current.amountCredited && current.amountCredited >= (current.totalTtc ?? 0)))
    return { invoice: current, created: false }
  const customer = idOf(repair.customer)
  if (!customer)
    throw new RefusedError(`La réparation ${repair.reference} n'a pas de client à facturer.`, 409, {
      field: 'customer',
    })
  const { defaultVatRate, diagnosticFee } = await readShopSettings(req)
  const quote = await currentQuote(req, repairId)
  let lines: DraftLine[]
  if (quote?.status === 'refuse') {
    const fee = diagnosticFeeLine(diagnosticFee, defaultVatRate, repair.reference)
    if (!fee)
      throw new RefusedError(
        `Le client a refusé le devis de la réparation ${repair.reference} et l'atelier ne facture pas de forfait de diagnostic (Paramètres de l'atelier) : il n'y a rien à facturer.`,
        409,
        { field: 'repair' },
      )
    lines = [fee]
  } else if (repair.status === 'annule') {
    throw new RefusedError(
      `La réparation ${repair.reference} est annulée : il n'y a rien à facturer (un forfait de diagnostic se facture quand le client refuse le devis).`,
      409,
      { field: 'repair' },
    )
  } else {
    lines =
      quote?.status === 'accepte'
        ? quoteLines(quote, defaultVatRate)
        : await repairBillLines(req, repair, defaultVatRate)
  }
  const invoice = await req.payload.create({
    collection: 'invoices',
    data: { customer, repair: repairId, lines } as Invoice,
    depth: 0,
    req,
    overrideAccess: false,
  })
  return { invoice, created: true }
}
