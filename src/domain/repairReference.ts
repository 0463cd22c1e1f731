/** Human-facing repair numbers: R-<year>-<6-digit sequence>, e.g. R-2026-000042. */
import { DomainError } from './errors'

const MAX_SEQUENCE = 999_999
const PATTERN = /^R-(\d{4})-(\d{6})$/

export function formatRepairReference(year: number, sequence: number): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new DomainError(
      'invalid_reference',
      `L'année « ${year} » ne peut pas servir de référence : indiquez une année à 4 chiffres (ex. 2026).`,
      { field: 'reference' },
    )
  }
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > MAX_SEQUENCE) {
    throw new DomainError(
      'invalid_reference',
      `Le numéro d'ordre « ${sequence} » est hors limites : il doit être un entier entre 1 et ${MAX_SEQUENCE}.`,
      { field: 'reference' },
    )
  }
  return `R-${year}-${String(sequence).padStart(6, '0')}`
}

/** Lenient on case and surrounding spaces because people type references into search boxes. */
export function parseRepairReference(ref: string): { year: number; sequence: number } | null {
  if (typeof ref !== 'string') return null
  const match = PATTERN.exec(ref.trim().toUpperCase())
  if (!match) return null
  const year = Number(match[1])
  const sequence = Number(match[2])
  if (year < 1000 || sequence < 1) return null
  return { year, sequence }
}
