import type { PayloadRequest } from 'payload'

import type { Invoice, Payment, Repair } from '../payload-types'

import { lockRows } from '../db/locks'
import { invoiceBalance, PAYMENT_METHOD_LABELS, type PaymentMethod } from '../domain/invoices'
import { formatAmount } from '../domain/money'
import { RefusedError } from '../http/httpError'
import { invoiceFromRepair } from './invoiceFromRepair'
import { issueInvoice } from './issueInvoice'
import { recordPayment } from './recordPayment'
import { recordRepairEvent } from './recordRepairEvent'
import { sendInvoice } from './sendInvoice'

export type HandBackInput = {
  /** The money taken now; none with `owedReason` leaves the balance owed. */
  payment?: { method: PaymentMethod; amount?: number | null; reference?: string | null } | null
  /** Why the customer leaves without paying all (« paiement par virement à réception »…). */
  owedReason?: string | null
  /** E-mail the invoice (to the customer's address, or `to`). */
  send?: boolean
  to?: string | null
}

export type HandBackResult = {
  repair: Repair
  invoice: Invoice | null
  payment: Payment | null
  left: number
}

const leftToPay = (invoice: Invoice) => invoiceBalance(invoice).left

/**
 * « Restituer » at the counter, in one transaction: the repair's invoice (made and issued now,
 * or the one it has), the payment taken (or the balance left owed, with its reason), the
 * invoice e-mailed if asked, and the repair marked « Restitué » — which starts the warranty when
 * the settings say so and erases the unlock code. Anything refused, nothing is written.
 * A cancelled repair with nothing to bill is simply handed back.
 */
export async function handBack({
  req,
  repairId,
  input,
}: {
  req: PayloadRequest
  repairId: number
  input: HandBackInput
}): Promise<HandBackResult> {
  await lockRows(req, 'repairs', [repairId])
  const repair = (await req.payload.findByID({
    collection: 'repairs',
    id: repairId,
    depth: 0,
    req,
    overrideAccess: false,
  })) as Repair
  if (repair.status !== 'termine' && repair.status !== 'annule')
    throw new RefusedError(
      repair.status === 'restitue'
        ? `La réparation ${repair.reference} a déjà été restituée.`
        : `La réparation ${repair.reference} n'est pas terminée : terminez-la (ou annulez-la) avant de rendre l'appareil.`,
      409,
      { field: 'status' },
    )

  let invoice: Invoice | null = null
  try {
    invoice = (await invoiceFromRepair({ req, repairId })).invoice
  } catch (error) {
    // A cancelled repair may have nothing to bill: it just goes back to its owner.
    if (!(repair.status === 'annule' && error instanceof RefusedError && error.status === 409))
      throw error
  }
  if (invoice && invoice.status === 'brouillon')
    invoice = await issueInvoice({ req, id: invoice.id })

  let payment: Payment | null = null
  const owed = input.owedReason?.trim() || null
  if (invoice) {
    const left = leftToPay(invoice)
    if (input.payment && left > 0) {
      const amount = input.payment.amount ?? left
      ;({ payment, invoice } = await recordPayment({
        req,
        invoiceId: invoice.id,
        input: { method: input.payment.method, amount, reference: input.payment.reference },
      }))
    }
    const still = leftToPay(invoice)
    if (still > 0 && !owed)
      throw new RefusedError(
        `Il reste ${formatAmount(still)} à payer sur la facture ${invoice.number} : encaissez-les, ou indiquez pourquoi le client part avec un solde dû.`,
        400,
        { field: input.payment ? 'amount' : 'owedReason' },
      )
    if (still > 0)
      await recordRepairEvent(req, repairId, {
        type: 'note',
        message: `Restitué avec ${formatAmount(still)} restant dû sur la facture ${invoice.number} : ${owed}`,
      })
    if (input.send) invoice = await sendInvoice({ req, invoiceId: invoice.id, to: input.to })
  }

  const handedBack = (await req.payload.update({
    collection: 'repairs',
    id: repairId,
    data: { status: 'restitue' },
    depth: 0,
    req,
    overrideAccess: false,
  })) as Repair
  return { repair: handedBack, invoice, payment, left: invoice ? leftToPay(invoice) : 0 }
}

/** « 49,90 € en espèces » for the confirmation message. */
export function paymentSummary(payment: Payment | null): string | null {
  if (!payment) return null
  const method = PAYMENT_METHOD_LABELS[payment.method as PaymentMethod]?.fr.toLowerCase()
  return `${formatAmount(payment.amount)}${method ? ` (${method})` : ''}`
}
