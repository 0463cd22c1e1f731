import type { Endpoint } from 'payload'

import type { PaymentMethod } from '../domain/invoices'

import { inTransaction } from '../db/transaction'
import { formatAmount, parseEuros } from '../domain/money'
import { RefusedError } from '../http/httpError'
import { handBack, type HandBackInput, paymentSummary } from '../operations/handBack'
import { idParam, jsonBody, requireCapability, requirePermission } from './helpers'

type Body = {
  payment?: { method?: PaymentMethod; amount?: unknown; reference?: string | null } | null
  owedReason?: string | null
  send?: boolean
  to?: string | null
}

/** Cents, euros typed as text (« 49,90 »), or nothing: what is left to pay. */
function amountOf(value: unknown): number | null {
  if (value == null || value === '') return null
  if (typeof value === 'number' && Number.isInteger(value)) return value
  if (typeof value === 'string') {
    const cents = parseEuros(value)
    if (cents !== null && Number.isFinite(cents)) return cents
  }
  throw new RefusedError(
    `Le montant « ${String(value)} » n'est pas un montant : écrivez par exemple 49,90.`,
    400,
    { field: 'amount' },
  )
}

/**
 * POST /api/repairs/:id/hand-back { payment?: { method, amount?, reference? }, owedReason?,
 * send?, to? }: « Restituer » at the counter — invoice, payment, e-mail and hand-back in one
 * transaction.
 */
export const handBackEndpoint: Omit<Endpoint, 'root'> = {
  path: '/:id/hand-back',
  method: 'post',
  handler: async (req) => {
    await requirePermission(req, 'repairs', 'update')
    await requirePermission(req, 'invoices', 'create')
    await requireCapability(req, 'invoices.issue', 'émettre les factures')
    const repairId = idParam(req)
    const body = await jsonBody<Body>(req)
    if (body.payment) await requirePermission(req, 'payments', 'create')
    const input: HandBackInput = {
      payment: body.payment
        ? {
            method: body.payment.method as PaymentMethod,
            amount: amountOf(body.payment.amount),
            reference: body.payment.reference ?? null,
          }
        : null,
      owedReason: body.owedReason ?? null,
      send: body.send === true,
      to: body.to ?? null,
    }
    const result = await inTransaction(req, () => handBack({ req, repairId, input }))
    const paid = paymentSummary(result.payment)
    const parts = [
      `Réparation ${result.repair.reference} restituée.`,
      result.invoice ? `Facture ${result.invoice.number}` : null,
      paid ? `encaissé ${paid}` : null,
      result.left > 0 ? `reste dû ${formatAmount(result.left)}` : null,
      result.invoice && input.send ? `envoyée à ${result.invoice.sentTo}` : null,
    ].filter(Boolean)
    return Response.json({
      message: parts.length > 1 ? `${parts[0]} ${parts.slice(1).join(', ')}.` : parts[0],
      ...result,
    })
  },
}
