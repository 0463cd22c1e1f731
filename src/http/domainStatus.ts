import type { DomainErrorCode } from '../domain/errors'

/** Refusals because of the state of things (the same request could pass another time). */
const CONFLICTS = new Set<DomainErrorCode>([
  'already_returned',
  'bonus_not_applicable',
  'claim_not_accepted',
  'credit_exceeds',
  'illegal_transition',
  'invoice_issued',
  'invoice_not_issued',
  'labour_warranty',
  'last_admin',
  'nothing_to_credit',
  'order_not_receivable',
  'over_reception',
  'overpayment',
  'period_closed',
  'period_not_over',
  'quote_closed',
  'quote_required',
  'warranty_expired',
])

/** The one mapping from a broken rule to an HTTP status: 409 for a conflict, 400 for bad input. */
export function httpStatusOf(code: DomainErrorCode): 400 | 409 {
  return CONFLICTS.has(code) ? 409 : 400
}
