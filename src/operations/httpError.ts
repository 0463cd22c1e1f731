import { APIError } from 'payload'

import { DomainError } from '../domain/errors'

/** Turns a broken business rule into the HTTP error Payload sends back, French message intact. */
export function httpError(error: unknown): unknown {
  if (error instanceof DomainError) {
    return new APIError(error.message, error.status, { code: error.code, field: error.field }, true)
  }
  return error
}

/** Runs a domain guard; a DomainError leaves as a public APIError with its status. */
export function enforce(guard: () => void): void {
  try {
    guard()
  } catch (error) {
    throw httpError(error)
  }
}
