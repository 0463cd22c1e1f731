/** When is a repair late? Used by the dashboard badge and the overdue list. */
import { formatParisDate, toDate } from './parisTime'
import { isOpen, STEP_LABELS, type RepairStatus, type RepairStep } from './repairStatus'

/** Maximum hours a repair may stay in each stage before it is flagged. */
export type StepLimits = {
  en_attente: number
  diagnostic: number
  intervention: number
  test: number
}

export const DEFAULT_STEP_LIMITS: StepLimits = {
  en_attente: 48,
  diagnostic: 48,
  intervention: 72,
  test: 24,
}

export type LatenessInput = {
  status: RepairStatus
  step: RepairStep | null
  promisedAt?: string | Date | null
  stageStartedAt?: string | Date | null
  waitingForParts?: boolean | null
}

const HOUR_MS = 3_600_000

export function lateness(
  input: LatenessInput,
  now: Date,
  limits: StepLimits = DEFAULT_STEP_LIMITS,
): { late: boolean; reasons: string[] } {
  // Finished, returned or cancelled repairs are out of the workshop's hands.
  if (!isOpen(input.status)) return { late: false, reasons: [] }

  const reasons: string[] = []

  const promisedAt = toDate(input.promisedAt)
  if (promisedAt && now.getTime() > promisedAt.getTime()) {
    reasons.push(`Date promise dépassée (${formatParisDate(promisedAt)})`)
  }

  // Waiting for parts is not the technician's delay: the stage clock is paused.
  const stageStartedAt = toDate(input.stageStartedAt)
  const stage = input.status === 'en_attente' ? 'en_attente' : input.step
  if (!input.waitingForParts && stageStartedAt && stage) {
    const limit = limits[stage]
    if (now.getTime() - stageStartedAt.getTime() > limit * HOUR_MS) {
      const where = stage === 'en_attente' ? 'en attente' : `en ${STEP_LABELS[stage].fr}`
      reasons.push(`Plus de ${limit} h ${where}`)
    }
  }

  return { late: reasons.length > 0, reasons }
}
