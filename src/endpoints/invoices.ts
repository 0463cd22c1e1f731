import type { Endpoint } from 'payload'

import type { CreditedQuantity, PaymentMethod } from '../domain/invoices'

import { inTransaction } from '../db/transaction'
import { parseEuros } from '../domain/money'
import { RefusedError } from '../http/httpError'
import { createCreditNote } from '../operations/creditNote'
import { invoiceFromRepair } from '../operations/invoiceFromRepair'
import { issueInvoice } from '../operations/issueInvoice'
import { assertDayOpen } from '../operations/closing'
import { cancelPayment, recordPayment } from '../operations/recordPayment'
import { sendInvoice } from '../operations/sendInvoice'
import { idParam, jsonBody, requireCapability, requirePermission } from './helpers'

/** POST /api/repairs/:id/invoice: the repair's draft invoice (made now, or the one it has). */
export const invoiceFromRepairEndpoint: Omit<Endpoint, 'root'> = {
  path: '/:id/invoice',
  method: 'post',
  handler: async (req) => {
    await requirePermission(req, 'invoices', 'create')
    const repairId = idParam(req)
    const { invoice, created } = await inTransaction(req, () =>
      invoiceFromRepair({ req, repairId }),
    )
    return Response.json(
      {
        message: created
          ? 'Facture brouillon créée : vérifiez la main-d’œuvre et les lignes, puis émettez-la.'
          : `Cette réparation a déjà sa facture (${invoice.number ?? 'brouillon'}).`,
        invoice,
      },
      { status: created ? 201 : 200 },
    )
  },
}

/** POST /api/invoices/:id/issue: numbered and frozen. */
export const issueEndpoint: Omit<Endpoint, 'root'> = {
  path: '/:id/issue',
  method: 'post',
  handler: async (req) => {
    await requireCapability(req, 'invoices.issue', 'émettre les factures')
    const id = idParam(req)
    const invoice = await inTransaction(req, () => issueInvoice({ req, id }))
    return Response.json({ message: `Facture ${invoice.number} émise.`, invoice })
  },
}

/** POST /api/invoices/:id/credit-notes { lines: 'all' | [{ lineId, quantity }], reason } */
export const creditNoteEndpoint: Omit<Endpoint, 'root'> = {
  path: '/:id/credit-notes',
  method: 'post',
  handler: async (req) => {
    await requireCapability(req, 'invoices.issue', 'émettre les factures et les avoirs')
    const invoiceId = idParam(req)
    const body = await jsonBody<{ lines?: CreditedQuantity[] | 'all'; reason?: string }>(req)
    const { creditNote, invoice } = await inTransaction(req, () =>
      createCreditNote({ req, invoiceId, lines: body.lines ?? 'all', reason: body.reason ?? '' }),
    )
    return Response.json(
      {
        message: `Avoir ${creditNote.number} émis sur la facture ${invoice.number}.`,
        creditNote,
        invoice,
      },
      { status: 201 },
    )
  },
}

/** Cents, or euros typed as text (« 49,90 »). */
function amountOf(value: unknown): number {
  if (typeof value === 'number') return value
  if (typeof value === 'string') {
    const cents = parseEuros(value)
    if (cents !== null && Number.isFinite(cents)) return cents
  }
  throw new RefusedError(
    `Le montant « ${String(value ?? '')} » n'est pas un montant : écrivez par exemple 49,90.`,
    400,
    { field: 'amount' },
  )
}

/** POST /api/invoices/:id/payments { amount (cents) | amountText, method, reference?, receivedAt? } */
export const paymentEndpoint: Omit<Endpoint, 'root'> = {
  path: '/:id/payments',
  method: 'post',
  handler: async (req) => {
    await requirePermission(req, 'payments', 'create')
    const invoiceId = idParam(req)
    const body = await jsonBody<{
      amount?: unknown
      method?: PaymentMethod
      reference?: string
      receivedAt?: string
    }>(req)
    const input = {
      amount: amountOf(body.amount),
      method: body.method as PaymentMethod,
      reference: body.reference ?? null,
      receivedAt: body.receivedAt ?? null,
    }
    const { payment, invoice } = await inTransaction(req, async () => {
      // Nothing is dated into a closed day (src/operations/closing.ts).
      if (input.receivedAt) await assertDayOpen(req, input.receivedAt)
      return recordPayment({ req, invoiceId, input })
    })
    return Response.json(
      { message: `Paiement enregistré : ${payment.label}.`, payment, invoice },
      { status: 201 },
    )
  },
}

/** POST /api/payments/:id/cancel { reason }: a counter-entry, never an edit. */
export const cancelPaymentEndpoint: Omit<Endpoint, 'root'> = {
  path: '/:id/cancel',
  method: 'post',
  handler: async (req) => {
    await requirePermission(req, 'payments', 'update')
    const paymentId = idParam(req)
    const body = await jsonBody<{ reason?: string }>(req)
    const { payment, invoice } = await inTransaction(req, () =>
      cancelPayment({ req, paymentId, reason: body.reason ?? '' }),
    )
    return Response.json(
      { message: `Paiement annulé par une contre-passation.`, payment, invoice },
      { status: 201 },
    )
  },
}

/** POST /api/invoices/:id/send { to? }: « Envoyer au client », the PDF attached. */
export const sendEndpoint: Omit<Endpoint, 'root'> = {
  path: '/:id/send',
  method: 'post',
  handler: async (req) => {
    await requirePermission(req, 'invoices', 'read')
    await requirePermission(req, 'communications', 'create')
    const invoiceId = idParam(req)
    const body = await jsonBody<{ to?: string }>(req).catch(() => ({}) as { to?: string })
    const invoice = await inTransaction(req, () => sendInvoice({ req, invoiceId, to: body.to }))
    return Response.json(
      { message: `Envoi de ${invoice.number} à ${invoice.sentTo} en cours.`, invoice },
      { status: 202 },
    )
  },
}
