/** A business rule was broken. `message` is French and tells the user what to do. */
export class DomainError extends Error {
  readonly code: string
  readonly status: number
  readonly field?: string

  constructor(code: string, message: string, options: { status?: number; field?: string } = {}) {
    super(message)
    this.name = 'DomainError'
    this.code = code
    this.status = options.status ?? 400
    this.field = options.field
  }
}
