/**
 * Human-facing document numbers share one shape, <prefix>-<year>-<zero-padded sequence>
 * (R-2026-000042, CF-2026-0042), so they are checked and built in one place and every kind of
 * reference refuses a bad year or an exhausted sequence with the same wording.
 */
import { DomainError } from './errors'

export type ReferenceFormat = {
  /** 'R', 'CF' */
  prefix: string
  /** Width of the sequence; also sets its upper bound (4 digits: 9999). */
  digits: number
  /** What the sequence is called in messages: « Le <label> « 0 » est hors limites ». */
  label: string
  /** Sentence added after the limits when the sequence is too high, e.g. whom to ask. */
  advice?: string
}

export function formatReference(
  { prefix, digits, label, advice }: ReferenceFormat,
  year: number,
  sequence: number,
): string {
  const maxSequence = 10 ** digits - 1
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new DomainError(
      'invalid_reference',
      `L'année « ${year} » ne peut pas servir de référence : indiquez une année à 4 chiffres (ex. 2026).`,
      { field: 'reference' },
    )
  }
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > maxSequence) {
    throw new DomainError(
      'invalid_reference',
      `Le ${label} « ${sequence} » est hors limites : il doit être un entier entre 1 et ${maxSequence}.${advice ? ` ${advice}` : ''}`,
      { field: 'reference' },
    )
  }
  return `${prefix}-${year}-${String(sequence).padStart(digits, '0')}`
}
