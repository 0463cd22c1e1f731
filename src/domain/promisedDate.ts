import { DomainError } from './errors'
import { formatParisDate, parisParts, toDate } from './parisTime'

/**
 * A promised date is a promise to the customer: it lies ahead. One already past would open the
 * repair « en retard » on its first minute. A few minutes' slack absorbs the clock of the form.
 */
const SLACK_MS = 5 * 60_000

export function assertPromisedAhead(value: string | Date | null | undefined, now: Date): void {
  const promised = toDate(value)
  if (!promised || promised.getTime() >= now.getTime() - SLACK_MS) return
  throw new DomainError(
    'promised_in_past',
    `La date promise (${formatParisDate(promised)} à ${parisParts(promised).time}) est déjà passée : choisissez une date à venir, ou laissez le champ vide.`,
    { field: 'promisedAt' },
  )
}
