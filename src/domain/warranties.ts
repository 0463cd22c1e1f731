/**
 * Warranties on repairs and claims against them. Dates are read on the shop's
 * calendar (Europe/Paris): a warranty ending on 31/03 covers the whole of 31/03.
 */
import { DomainError } from './errors'
import { formatParisDate, fromParisWall, parisParts, parisWallMs, toDate } from './parisTime'

export const DEFAULT_PART_WARRANTY_MONTHS = 3
export const DEFAULT_LABOUR_WARRANTY_MONTHS = 3

/**
 * Adds calendar months on the Paris calendar, keeping the time of day. A day that does
 * not exist in the target month is clamped to its last day (31/01 + 1 → 28/02 or 29/02).
 */
export function warrantyEnd(start: Date | string, months: number): string {
  if (typeof months !== 'number' || !Number.isInteger(months) || months < 0) {
    throw new DomainError(
      'invalid_warranty_months',
      `La durée de garantie « ${String(months)} » n'est pas valable : indiquez un nombre entier de mois (0 ou plus).`,
      { field: 'warrantyMonths' },
    )
  }
  const startDate = toDate(start)
  if (!startDate) {
    throw new DomainError(
      'invalid_date',
      `La date de début de garantie « ${String(start)} » n'est pas une date : indiquez la date de restitution de l'appareil.`,
      { field: 'startsAt' },
    )
  }
  const wall = new Date(parisWallMs(startDate))
  const monthIndex = wall.getUTCMonth() + months
  const year = wall.getUTCFullYear() + Math.floor(monthIndex / 12)
  const month = monthIndex % 12
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate()
  const endWall = Date.UTC(
    year,
    month,
    Math.min(wall.getUTCDate(), lastDay),
    wall.getUTCHours(),
    wall.getUTCMinutes(),
    wall.getUTCSeconds(),
    wall.getUTCMilliseconds(),
  )
  return fromParisWall(endWall, startDate).toISOString()
}

export type WarrantyStatus = 'active' | 'expiree' | 'en_reclamation'

export const WARRANTY_STATUS_LABELS: Record<WarrantyStatus, { fr: string; en: string }> = {
  active: { fr: 'Active', en: 'Active' },
  expiree: { fr: 'Expirée', en: 'Expired' },
  en_reclamation: { fr: 'En réclamation', en: 'Claim in progress' },
}

function endDate(w: { endsAt: string | Date }): Date {
  const endsAt = toDate(w.endsAt)
  if (!endsAt) {
    throw new DomainError(
      'invalid_date',
      `La date de fin de garantie « ${String(w.endsAt)} » n'est pas une date : corrigez la garantie avant de continuer.`,
      { field: 'endsAt' },
    )
  }
  return endsAt
}

/** Expired only from the Paris day after `endsAt`: the end day itself is covered. */
function isExpired(endsAt: Date, now: Date): boolean {
  return parisParts(now).date > parisParts(endsAt).date
}

export function warrantyStatus(
  w: { endsAt: string | Date },
  openClaims: number,
  now: Date,
): WarrantyStatus {
  if (openClaims > 0) return 'en_reclamation'
  return isExpired(endDate(w), now) ? 'expiree' : 'active'
}

export function assertClaimable(w: { endsAt: string | Date }, now: Date): void {
  const endsAt = endDate(w)
  if (isExpired(endsAt, now)) {
    throw new DomainError(
      'warranty_expired',
      `Garantie expirée le ${formatParisDate(endsAt)} : la réclamation ne peut pas être ouverte. Proposez une nouvelle réparation payante.`,
      {},
    )
  }
}

export type ClaimStatus = 'ouverte' | 'en_examen' | 'acceptee' | 'refusee' | 'cloturee'

export const CLAIM_STATUS_LABELS: Record<ClaimStatus, { fr: string; en: string }> = {
  ouverte: { fr: 'Ouverte', en: 'Open' },
  en_examen: { fr: 'En examen', en: 'Under review' },
  acceptee: { fr: 'Acceptée', en: 'Accepted' },
  refusee: { fr: 'Refusée', en: 'Refused' },
  cloturee: { fr: 'Clôturée', en: 'Closed' },
}

const CLAIM_TRANSITIONS: Record<ClaimStatus, ClaimStatus[]> = {
  ouverte: ['en_examen'],
  en_examen: ['acceptee', 'refusee'],
  acceptee: ['cloturee'],
  refusee: ['cloturee'],
  cloturee: [],
}

const claimLabel = (s: ClaimStatus): string => CLAIM_STATUS_LABELS[s]?.fr ?? String(s)

function assertClaimStatus(s: ClaimStatus): void {
  if (!(s in CLAIM_STATUS_LABELS)) {
    throw new DomainError(
      'invalid_status',
      `Le statut de réclamation « ${String(s)} » n'existe pas : choisissez Ouverte, En examen, Acceptée, Refusée ou Clôturée.`,
      { field: 'status' },
    )
  }
}

export function allowedClaimNext(from: ClaimStatus): ClaimStatus[] {
  assertClaimStatus(from)
  return [...CLAIM_TRANSITIONS[from]]
}

/** Keeping the same status is always accepted (an edit of other fields), even for « Refusée ». */
export function assertClaimTransition(
  from: ClaimStatus,
  to: ClaimStatus,
  refusalReason?: string | null,
): void {
  assertClaimStatus(from)
  assertClaimStatus(to)
  if (from === to) return
  const next = CLAIM_TRANSITIONS[from]
  if (!next.includes(to)) {
    const list = next.length
      ? next.map((s) => `« ${claimLabel(s)} »`).join(', ')
      : 'aucun (réclamation close)'
    throw new DomainError(
      'illegal_transition',
      `Passage impossible de « ${claimLabel(from)} » à « ${claimLabel(to)} ». Statuts possibles depuis « ${claimLabel(from)} » : ${list}.`,
      { field: 'status' },
    )
  }
  if (to === 'refusee' && (typeof refusalReason !== 'string' || refusalReason.trim() === '')) {
    throw new DomainError(
      'refusal_reason_required',
      'Le motif du refus est obligatoire : expliquez au client pourquoi la garantie ne couvre pas la panne, puis refusez la réclamation.',
      { field: 'refusalReason' },
    )
  }
}

export function isOpenClaim(status: ClaimStatus): boolean {
  return status === 'ouverte' || status === 'en_examen' || status === 'acceptee'
}

/** The faulty part of an accepted claim on a part warranty goes back to the supplier once. */
export function assertReturnableToSupplier(
  claim: { status: ClaimStatus; rmaReference?: string | null },
  warranty: { kind: string; part?: unknown },
): void {
  if (claim.status !== 'acceptee' && claim.status !== 'cloturee') {
    throw new DomainError(
      'claim_not_accepted',
      'Seule une réclamation acceptée permet de renvoyer la pièce au fournisseur.',
      { field: 'status' },
    )
  }
  if (claim.rmaReference) {
    throw new DomainError(
      'already_returned',
      `La pièce a déjà été renvoyée (RMA ${claim.rmaReference}).`,
      { field: 'rmaReference' },
    )
  }
  if (warranty.kind !== 'piece' || !warranty.part) {
    throw new DomainError(
      'labour_warranty',
      "Cette garantie couvre la main-d'œuvre : il n'y a pas de pièce à renvoyer.",
      { field: 'warranty' },
    )
  }
}
