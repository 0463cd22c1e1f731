import type { FieldHook } from 'payload'

import { enforce } from '../http/httpError'

/**
 * A text field kept in one canonical form (phone in E.164, SIRET, IBAN, VAT number): what is
 * typed is normalised by `normalise`, which throws a French DomainError for what is not valid;
 * empty becomes null.
 */
export const normaliseField =
  (normalise: (value: string) => string): FieldHook =>
  ({ value }) => {
    if (typeof value !== 'string') return value
    const typed = value.trim()
    if (!typed) return null
    let stored = typed
    enforce(() => {
      stored = normalise(typed)
    })
    return stored
  }
