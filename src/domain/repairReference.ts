/** Human-facing repair numbers: R-<year>-<6-digit sequence>, e.g. R-2026-000042. */
import { formatReference, type ReferenceFormat } from './references'

const REPAIR_REFERENCE: ReferenceFormat = { prefix: 'R', digits: 6, label: "numéro d'ordre" }
const PATTERN = /^R-(\d{4})-(\d{6})$/

export function formatRepairReference(year: number, sequence: number): string {
  return formatReference(REPAIR_REFERENCE, year, sequence)
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
