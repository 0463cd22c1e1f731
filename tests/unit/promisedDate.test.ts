import { describe, expect, it } from 'vitest'

import { assertPromisedAhead } from '../../src/domain/promisedDate'
import { caught } from '../helpers/domain'

const now = new Date('2026-12-04T10:00:00Z')

describe('assertPromisedAhead', () => {
  it('accepts a date ahead, none, and the last few minutes (the form’s clock)', () => {
    expect(() => assertPromisedAhead('2026-12-05T17:00:00Z', now)).not.toThrow()
    expect(() => assertPromisedAhead(null, now)).not.toThrow()
    expect(() => assertPromisedAhead('', now)).not.toThrow()
    expect(() => assertPromisedAhead(new Date(now.getTime() - 4 * 60_000), now)).not.toThrow()
  })
  it('refuses a past date, naming it in Paris time and the field', () => {
    const error = caught(() => assertPromisedAhead('2026-12-03T16:00:00Z', now))
    expect(error.code).toBe('promised_in_past')
    expect(error.field).toBe('promisedAt')
    expect(error.message).toBe(
      'La date promise (03/12/2026 à 17:00) est déjà passée : choisissez une date à venir, ou laissez le champ vide.',
    )
  })
})
