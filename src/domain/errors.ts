/** What went wrong, as a code from one small list: the HTTP boundary maps each to a status. */
export type DomainErrorCode =
  // the input itself is wrong (400 at the boundary)
  | 'empty_credit_note'
  | 'empty_invoice'
  | 'empty_reception'
  | 'invalid_amount'
  | 'invalid_closing_key'
  | 'invalid_closing_level'
  | 'invalid_date'
  | 'invalid_description'
  | 'invalid_iban'
  | 'invalid_imei'
  | 'invalid_line_kind'
  | 'invalid_payment_terms'
  | 'invalid_phone'
  | 'invalid_photo'
  | 'invalid_quantity'
  | 'invalid_reason'
  | 'invalid_reference'
  | 'invalid_siret'
  | 'invalid_status'
  | 'invalid_step'
  | 'invalid_unit_cost'
  | 'invalid_unit_price'
  | 'invalid_vat_number'
  | 'invalid_vat_rate'
  | 'invalid_vat_regime'
  | 'invalid_warranty_months'
  | 'promised_in_past'
  | 'refusal_reason_required'
  | 'unknown_line'
  // the input is fine but the state of things forbids it (409 at the boundary)
  | 'already_returned'
  | 'bonus_not_applicable'
  | 'claim_not_accepted'
  | 'credit_exceeds'
  | 'illegal_transition'
  | 'invoice_issued'
  | 'invoice_not_issued'
  | 'labour_warranty'
  | 'last_admin'
  | 'nothing_to_credit'
  | 'order_not_receivable'
  | 'over_reception'
  | 'overpayment'
  | 'period_closed'
  | 'period_not_over'
  | 'quote_closed'
  | 'quote_required'
  | 'warranty_expired'

/** A business rule was broken. `message` is French and tells the user what to do. */
export class DomainError extends Error {
  readonly code: DomainErrorCode
  readonly field?: string

  constructor(code: DomainErrorCode, message: string, options: { field?: string } = {}) {
    super(message)
    this.name = 'DomainError'
    this.code = code
    this.field = options.field
  }
}
