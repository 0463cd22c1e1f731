import type { PayloadRequest } from 'payload'

import type { Invoice } from '../payload-types'

import { readShopSettings } from '../config/shopSettings'
import { nextCounterValue } from '../db/counters'
import { lockRows } from '../db/locks'
import { idOf } from '../domain/ids'
import {
  computeTotals,
  type CreditedQuantity,
  formatCreditNoteNumber,
  type InvoiceLine,
  planCreditNote,
} from '../domain/invoices'
import { referenceYear } from '../domain/parisTime'
import { enforce, RefusedError } from '../http/httpError'
import { appendToChain } from './chain'
import { refreshPaymentState } from './invoiceState'

/**
 * « Créer un avoir »: an issued invoice is corrected only this way. The credit note copies the
 * lines credited (all that is left, or chosen lines and quantities), is numbered A-YYYY-NNNNNN
 * in this transaction, issued at once, and names the invoice; what the invoice is owed drops.
 * Money already taken beyond what is now owed is to be refunded, not silently kept.
 */
export async function createCreditNote({
  req,
  invoiceId,
  lines,
  reason,
  now = new Date(),
}: {
  req: PayloadRequest
  invoiceId: number
  lines: CreditedQuantity[] | 'all'
  reason: string
  now?: Date
}): Promise<{ creditNote: Invoice; invoice: Invoice }> {
  if (!reason?.trim())
    throw new RefusedError(
      "Indiquez le motif de l'avoir (erreur de prix, geste commercial…).",
      400,
      {
        field: 'reason',
      },
    )
  await lockRows(req, 'invoices', [invoiceId])
  const invoice = (await req.payload.findByID({
    collection: 'invoices',
    id: invoiceId,
    depth: 0,
    req,
    overrideAccess: false,
  })) as Invoice
  if (invoice.kind !== 'invoice' || invoice.status === 'brouillon')
    throw new RefusedError(
      invoice.kind !== 'invoice'
        ? `${invoice.number} est déjà un avoir.`
        : 'Cette facture est un brouillon : modifiez-la directement, un avoir ne corrige qu’une facture émise.',
      409,
      { field: 'invoice' },
    )
  const previous = await req.payload.find({
    collection: 'invoices',
    where: { creditedInvoice: { equals: invoiceId }, kind: { equals: 'credit_note' } },
    limit: 0,
    pagination: false,
    depth: 0,
    req,
  })
  const alreadyCredited = previous.docs.flatMap((c) =>
    (c.lines ?? []).map((l) => ({ lineId: String(l.sourceLine), quantity: l.quantity })),
  )
  let planned!: ReturnType<typeof planCreditNote>
  enforce(() => {
    planned = planCreditNote({
      invoiceNumber: invoice.number!,
      invoiceLines: (invoice.lines ?? []) as InvoiceLine[],
      alreadyCredited,
      requested: lines,
    })
  })
  const settings = await readShopSettings(req)
  const totals = computeTotals(
    planned.map(({ lineId, ...l }) => ({ ...l, sourceLine: lineId })),
    settings.vatRegime,
  )
  const year = referenceYear(now)
  const number = formatCreditNoteNumber(year, await nextCounterValue(req, `credit-note-${year}`))
  const creditNote = await req.payload.create({
    collection: 'invoices',
    depth: 0,
    req,
    context: { invoicing: true },
    data: {
      kind: 'credit_note',
      number,
      title: number,
      status: 'payee',
      customer: idOf(invoice.customer)!,
      repair: idOf(invoice.repair),
      creditedInvoice: invoice.id,
      lines: totals.lines as Invoice['lines'],
      totalHt: totals.totalHt,
      totalVat: totals.totalVat,
      totalTtc: totals.totalTtc,
      vatBreakdown: totals.byRate,
      issuedAt: now.toISOString(),
      issuedBy: req.user?.collection === 'users' ? (req.user.id as number) : null,
      serviceDate: invoice.serviceDate,
      repairReference: invoice.repairReference,
      customerName: invoice.customerName,
      customerSnapshot: invoice.customerSnapshot,
      sellerSnapshot: invoice.sellerSnapshot,
      notes: reason.trim(),
    },
  })
  await appendToChain(req, { kind: 'credit_note', id: creditNote.id, label: number }, creditNote)
  return { creditNote, invoice: await refreshPaymentState(req, invoice) }
}
