/** What went wrong, as a code from one small list: the HTTP boundary maps each to a status. */
export type DomainErrorCode =
  // the input itself is wrong (400 at the boundary)
  | 'empty_reception'
  | 'invalid_date'
  | 'invalid_imei'
  | 'invalid_phone'
  | 'invalid_photo'
  | 'invalid_quantity'
  | 'invalid_reason'
  | 'invalid_reference'
  | 'invalid_siret'
  | 'invalid_status'
  | 'invalid_step'
  | 'invalid_unit_cost'
  | 'invalid_vat_rate'
  | 'invalid_warranty_months'
  | 'promised_in_past'
  | 'refusal_reason_required'
  | 'unknown_line'
  // the input is fine but the state of things forbids it (409 at the boundary)
  | 'already_returned'
  | 'claim_not_accepted'
  | 'illegal_transition'
  | 'labour_warranty'
  | 'last_admin'
  | 'order_not_receivable'
  | 'over_reception'
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
