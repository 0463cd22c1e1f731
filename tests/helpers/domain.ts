/**
 * Domain rules are tested through the DomainError they throw (code, field, French
 * message), so the unit tests share one way of catching it instead of each writing its own.
 */
import { expect } from 'vitest'

import { DomainError } from '../../src/domain/errors'

/**
 * The DomainError that `fn` throws. Fails the test when `fn` throws anything else, or nothing
 * (with `expectation` as the failure message, to say what should have been refused).
 */
export function caught(fn: () => unknown, expectation = 'expected a DomainError'): DomainError {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError)
    return error as DomainError
  }
  throw new Error(expectation)
}
