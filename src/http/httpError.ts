import { APIError } from 'payload'

import { DomainError } from '../domain/errors'
import { httpStatusOf } from './domainStatus'

/** A request refused by a business rule: public French message, 4xx status, logged as info. */
export class RefusedError extends APIError {
  constructor(message: string, status: number, data?: Record<string, unknown>) {
    super(message, status, data, true)
    this.name = 'RefusedError'
  }
}

/** Turns a broken business rule into the HTTP error Payload sends back, French message intact. */
export function httpError(error: unknown): unknown {
  if (error instanceof DomainError) {
    return new RefusedError(error.message, httpStatusOf(error.code), {
      code: error.code,
      field: error.field,
    })
  }
  return error
}

/** Runs a domain guard; a DomainError leaves as a public RefusedError with its status. */
export function enforce(guard: () => void): void {
  try {
    guard()
  } catch (error) {
    throw httpError(error)
  }
}
