/** Suggests who should take a repair: the list is ranked, the manager still decides. */
import { parisParts, toDate } from './parisTime'

/** ISO weekday (1 = Monday); times are 'HH:MM' Paris wall-clock. */
export type Availability = { day: 1 | 2 | 3 | 4 | 5 | 6 | 7; from: string; to: string }
/** Inclusive days: 'YYYY-MM-DD' or a full ISO timestamp (its Paris day is used). */
export type Absence = { from: string; to: string }

export type TechnicianCandidate = {
  id: number
  name: string
  skills: string[]
  capacity: number
  openRepairs: number
  availability: Availability[]
  absences: Absence[]
  active?: boolean
}

export type RankedTechnician = TechnicianCandidate & {
  hasSkill: boolean
  availableNow: boolean
  absent: boolean
  overCapacity: boolean
  /** openRepairs / capacity; Infinity when no capacity is set. */
  load: number
  reasons: string[]
}

// No schedule entered yet must not hide a technician: assume ordinary office hours.
const DEFAULT_AVAILABILITY: Availability[] = ([1, 2, 3, 4, 5] as const).map((day) => ({
  day,
  from: '09:00',
  to: '18:00',
}))

const normaliseKey = (s: string): string => s.trim().toLocaleLowerCase('fr')

/** '9:5' → '09:05' so plain string comparison orders times correctly. */
function normaliseTime(value: string): string | null {
  const match = /^(\d{1,2}):(\d{1,2})/.exec(String(value ?? '').trim())
  if (!match) return null
  return `${match[1].padStart(2, '0')}:${match[2].padStart(2, '0')}`
}

function parisDay(value: string): string | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value
  const date = toDate(value)
  return date ? parisParts(date).date : null
}

/** The absence covering today, if any (the latest-ending one when several overlap). */
function currentAbsence(absences: Absence[], today: string): { to: string } | null {
  let found: { to: string } | null = null
  for (const absence of absences ?? []) {
    const from = parisDay(absence.from)
    const to = parisDay(absence.to)
    if (!from || !to || today < from || today > to) continue
    if (!found || to > found.to) found = { to }
  }
  return found
}

function isAvailable(availability: Availability[], weekday: number, time: string): boolean {
  const slots = availability && availability.length > 0 ? availability : DEFAULT_AVAILABILITY
  return slots.some((slot) => {
    const from = normaliseTime(slot.from)
    const to = normaliseTime(slot.to)
    return Number(slot.day) === weekday && from !== null && to !== null && from <= time && time < to
  })
}

const dayMonth = (isoDay: string): string => `${isoDay.slice(8, 10)}/${isoDay.slice(5, 7)}`

function assess(
  candidate: TechnicianCandidate,
  requiredSkill: string | null,
  now: ReturnType<typeof parisParts>,
): RankedTechnician {
  const reasons: string[] = []

  const hasSkill = requiredSkill
    ? (candidate.skills ?? []).some((skill) => normaliseKey(skill) === normaliseKey(requiredSkill))
    : true
  if (requiredSkill) {
    reasons.push(
      hasSkill ? `Compétence « ${requiredSkill} »` : `Sans la compétence « ${requiredSkill} »`,
    )
  }

  const absence = currentAbsence(candidate.absences, now.date)
  if (absence) reasons.push(`Absent jusqu'au ${dayMonth(absence.to)}`)

  // Full counts as over: one more repair would exceed the capacity.
  const overCapacity = candidate.openRepairs >= candidate.capacity
  const load =
    candidate.capacity > 0 ? candidate.openRepairs / candidate.capacity : Number.POSITIVE_INFINITY
  reasons.push(`Charge ${candidate.openRepairs}/${candidate.capacity}`)
  if (overCapacity) reasons.push('Capacité atteinte')

  const availableNow = isAvailable(candidate.availability, now.weekday, now.time)
  reasons.push(availableNow ? 'Disponible maintenant' : 'Hors horaires de présence')
  if (!candidate.availability || candidate.availability.length === 0) {
    reasons.push('Horaires non saisis (lun.–ven. 09:00–18:00 par défaut)')
  }

  return {
    ...candidate,
    hasSkill,
    availableNow,
    absent: absence !== null,
    overCapacity,
    load,
    reasons,
  }
}

const flag = (value: boolean): number => (value ? 1 : 0)

function compare(a: RankedTechnician, b: RankedTechnician): number {
  return (
    flag(a.absent) - flag(b.absent) ||
    flag(!a.hasSkill) - flag(!b.hasSkill) ||
    flag(a.overCapacity) - flag(b.overCapacity) ||
    flag(!a.availableNow) - flag(!b.availableNow) ||
    (a.load === b.load ? 0 : a.load < b.load ? -1 : 1) ||
    a.name.localeCompare(b.name, 'fr', { sensitivity: 'base' }) ||
    a.id - b.id
  )
}

export function rankTechnicians(
  candidates: TechnicianCandidate[],
  options: { requiredSkill?: string | null; now: Date },
): RankedTechnician[] {
  const requiredSkill = options.requiredSkill?.trim() || null
  const now = parisParts(options.now)
  return candidates
    .filter((candidate) => candidate.active !== false)
    .map((candidate) => assess(candidate, requiredSkill, now))
    .sort(compare)
}

type Standing = Pick<
  RankedTechnician,
  'name' | 'openRepairs' | 'capacity' | 'overCapacity' | 'absent' | 'hasSkill'
>

/** What a choice list says beside a name: « 3/8 », « 8/8 · capacité atteinte », « absent ». */
export function shortStanding(t: Standing): string {
  const parts = [`${t.openRepairs}/${t.capacity}`]
  if (t.absent) parts.push('absent')
  if (t.overCapacity) parts.push('capacité atteinte')
  if (!t.hasSkill) parts.push('sans la compétence')
  return parts.join(' · ')
}

/** The technician to propose: the best ranked who is present, skilled and has room; or none. */
export function firstFit<T extends Standing>(ranked: T[]): T | null {
  return ranked.find((t) => !t.absent && !t.overCapacity && t.hasSkill) ?? null
}

/** Said when someone who has no room (or is away) is chosen anyway: the choice stays theirs. */
export function standingWarning(t: Standing): string | null {
  if (t.absent) return `${t.name} est absent aujourd'hui : la réparation attendra son retour.`
  if (t.overCapacity) {
    const after = t.openRepairs + 1
    return `${t.name} a déjà ${t.openRepairs} réparation${t.openRepairs > 1 ? 's' : ''} en cours pour une capacité de ${t.capacity} : avec celle-ci, ${after}.`
  }
  return null
}

/** Said when nobody fits, so that « non assigné » is understood, not a silent default. */
export function nobodyFitsNotice(ranked: Standing[]): string | null {
  if (ranked.length === 0) return 'Aucun technicien actif : la réparation restera non assignée.'
  if (firstFit(ranked)) return null
  return 'Tous les techniciens sont complets, absents ou sans la compétence : personne n’est proposé. Laissez « Non assigné » ou choisissez en connaissance de cause.'
}
