import type { PayloadRequest } from 'payload'

import type { Invoice, Payment } from '../payload-types'

import { lockRows } from '../db/locks'
import { idOf } from '../domain/ids'
import {
  invoiceBalance,
  assertPaymentFits,
  PAYMENT_METHOD_LABELS,
  type PaymentMethod,
} from '../domain/invoices'
import { formatAmount } from '../domain/money'
import { enforce, RefusedError } from '../http/httpError'
import { appendToChain } from './chain'
import { refreshPaymentState } from './invoiceState'

export type PaymentInput = {
  amount: number
  method: PaymentMethod
  reference?: string | null
  receivedAt?: string | null
  /** Stripe: the session or intent id; a second payment for it is refused. */
  externalId?: string | null
}

/**
 * Money received for an invoice: checked against what remains due (the invoice row locked, so
 * two tills never take the same euro twice), recorded with who took it, and the invoice's
 * status follows (partly paid, paid).
 */
export async function recordPayment({
  req,
  invoiceId,
  input,
}: {
  req: PayloadRequest
  invoiceId: number
  input: PaymentInput
}): Promise<{ payment: Payment; invoice: Invoice }> {
  await lockRows(req, 'invoices', [invoiceId])
  const invoice = (await req.payload.findByID({
    collection: 'invoices',
    id: invoiceId,
    depth: 0,
    req,
    overrideAccess: false,
  })) as Invoice
  if (!(input.method in PAYMENT_METHOD_LABELS))
    throw new RefusedError(
      `Moyen de paiement « ${String(input.method)} » inconnu : choisissez espèces, carte, chèque, virement ou Stripe.`,
      400,
      { field: 'method' },
    )
  if (invoice.kind === 'credit_note')
    throw new RefusedError(
      `${invoice.number} est un avoir : un paiement s'enregistre sur une facture.`,
      409,
      { field: 'invoice' },
    )
  const { due } = invoiceBalance(invoice)
  enforce(() =>
    assertPaymentFits({
      number: invoice.number,
      issued: invoice.status !== 'brouillon',
      due,
      paid: invoice.amountPaid ?? 0,
      amount: input.amount,
    }),
  )
  const payment = await req.payload.create({
    collection: 'payments',
    depth: 0,
    req,
    data: {
      invoice: invoice.id,
      customer: idOf(invoice.customer),
      amount: input.amount,
      method: input.method,
      reference: input.reference?.trim() || null,
      receivedAt: input.receivedAt ?? new Date().toISOString(),
      recordedBy: req.user?.collection === 'users' ? (req.user.id as number) : null,
      externalId: input.externalId ?? null,
      label: `${formatAmount(input.amount)} — ${PAYMENT_METHOD_LABELS[input.method].fr} — ${invoice.number}`,
    },
  })
  await appendToChain(req, { kind: 'payment', id: payment.id, label: payment.label ?? '' }, payment)
  return { payment, invoice: await refreshPaymentState(req, invoice) }
}

/**
 * A payment entered by mistake is never edited or deleted: a counter-entry of the opposite
 * amount names it and gives the reason; the invoice owes it again.
 */
export async function cancelPayment({
  req,
  paymentId,
  reason,
  now = new Date(),
}: {
  req: PayloadRequest
  paymentId: number
  reason: string
  /** When the counter-entry is recorded (the day it counts in): now. */
  now?: Date
}): Promise<{ payment: Payment; invoice: Invoice }> {
  if (!reason?.trim())
    throw new RefusedError("Indiquez le motif de l'annulation du paiement.", 400, {
      field: 'reason',
    })
  const original = (await req.payload.findByID({
    collection: 'payments',
    id: paymentId,
    depth: 0,
    req,
    overrideAccess: false,
  })) as Payment
  const invoiceId = idOf(original.invoice)!
  await lockRows(req, 'invoices', [invoiceId])
  const already = await req.payload.count({
    collection: 'payments',
    where: { cancels: { equals: paymentId } },
    req,
  })
  if (original.amount <= 0 || original.cancels || already.totalDocs > 0)
    throw new RefusedError(
      original.amount <= 0 || original.cancels
        ? "Ce mouvement est lui-même une annulation : il ne s'annule pas."
        : 'Ce paiement est déjà annulé.',
      409,
      { field: 'payment' },
    )
  const payment = await req.payload.create({
    collection: 'payments',
    depth: 0,
    req,
    data: {
      invoice: invoiceId,
      customer: idOf(original.customer),
      amount: -original.amount,
      method: original.method,
      receivedAt: now.toISOString(),
      recordedBy: req.user?.collection === 'users' ? (req.user.id as number) : null,
      cancels: paymentId,
      reason: reason.trim(),
      label: `Annulation — ${original.label ?? ''}`,
    },
  })
  const invoice = (await req.payload.findByID({
    collection: 'invoices',
    id: invoiceId,
    depth: 0,
    req,
  })) as Invoice
  await appendToChain(req, { kind: 'payment', id: payment.id, label: payment.label ?? '' }, payment)
  return { payment, invoice: await refreshPaymentState(req, invoice) }
}
