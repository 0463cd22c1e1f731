/**
 * Repair life cycle: the single transition table. Hooks, the API and the UI all ask
 * this module, so a rule changed here changes everywhere.
 */
import { DomainError } from './errors'

export type RepairStatus = 'en_attente' | 'en_cours' | 'termine' | 'restitue' | 'annule'
export type RepairStep = 'diagnostic' | 'intervention' | 'test'

/** Still in the workshop's hands: takes parts, counts in a technician's load, can be late. */
export const OPEN_STATUSES: readonly RepairStatus[] = ['en_attente', 'en_cours']

export function isOpen(status: string | null | undefined): boolean {
  return OPEN_STATUSES.includes(status as RepairStatus)
}

export const STATUS_LABELS: Record<RepairStatus, { fr: string; en: string }> = {
  en_attente: { fr: 'En attente', en: 'Waiting' },
  en_cours: { fr: 'En cours', en: 'In progress' },
  termine: { fr: 'Terminé (prêt à retirer)', en: 'Done (ready for pickup)' },
  restitue: { fr: 'Restitué', en: 'Returned to customer' },
  annule: { fr: 'Annulé', en: 'Cancelled' },
}

export const STEP_LABELS: Record<RepairStep, { fr: string; en: string }> = {
  diagnostic: { fr: 'Diagnostic', en: 'Diagnosis' },
  intervention: { fr: 'Intervention', en: 'Repair work' },
  test: { fr: 'Test', en: 'Test' },
}

export type RepairState = { status: RepairStatus; step: RepairStep | null }

const state = (status: RepairStatus, step: RepairStep | null = null): RepairState => ({
  status,
  step,
})

// Keyed by status, or 'en_cours/<step>' since the step decides what comes next.
const TRANSITIONS: Record<string, RepairState[]> = {
  en_attente: [state('en_cours', 'diagnostic'), state('annule')],
  'en_cours/diagnostic': [state('en_cours', 'intervention'), state('annule')],
  'en_cours/intervention': [
    state('en_cours', 'test'),
    state('en_cours', 'diagnostic'),
    state('annule'),
  ],
  'en_cours/test': [state('termine'), state('en_cours', 'intervention'), state('annule')],
  // Rework is still possible while the device has not left the shop.
  termine: [state('restitue'), state('en_cours', 'intervention')],
  // A cancelled repair still ends with the device going back to its owner.
  annule: [state('restitue')],
  restitue: [],
}

const keyOf = (s: RepairState): string =>
  s.status === 'en_cours' ? `en_cours/${s.step}` : s.status

const sameState = (a: RepairState, b: RepairState): boolean =>
  a.status === b.status && a.step === b.step

export function describeState(s: RepairState): string {
  const status = STATUS_LABELS[s.status]?.fr ?? String(s.status)
  if (s.status === 'en_cours' && s.step)
    return `${status} — ${STEP_LABELS[s.step]?.fr ?? String(s.step)}`
  return status
}

/** Refuses a state that cannot exist, so a bad step never reaches the table lookup. */
function assertShape(s: RepairState): void {
  if (!(s.status in STATUS_LABELS)) {
    throw new DomainError(
      'invalid_status',
      `Le statut « ${String(s.status)} » n'existe pas : choisissez En attente, En cours, Terminé, Restitué ou Annulé.`,
      { field: 'status' },
    )
  }
  if (s.status === 'en_cours') {
    if (!s.step || !(s.step in STEP_LABELS)) {
      throw new DomainError(
        'invalid_step',
        'Une réparation « En cours » doit avoir une étape : choisissez Diagnostic, Intervention ou Test.',
        { field: 'step' },
      )
    }
  } else if (s.step != null) {
    throw new DomainError(
      'invalid_step',
      `Une réparation « ${describeState(s)} » n'a pas d'étape : videz le champ Étape (il ne sert que pour « En cours »).`,
      { field: 'step' },
    )
  }
}

export function allowedNext(from: RepairState): RepairState[] {
  assertShape(from)
  return (TRANSITIONS[keyOf(from)] ?? []).map((s) => ({ ...s }))
}

function describeChoices(from: RepairState, next: RepairState[]): string {
  const list = next.length
    ? next.map((s) => `« ${describeState(s)} »`).join(', ')
    : 'aucune (réparation close)'
  return `Étapes possibles depuis « ${describeState(from)} » : ${list}.`
}

export function assertTransition(from: RepairState, to: RepairState): void {
  assertShape(from)
  assertShape(to)
  if (sameState(from, to)) return
  const next = allowedNext(from)
  if (next.some((s) => sameState(s, to))) return

  const choices = describeChoices(from, next)
  const message =
    to.status === 'termine'
      ? `Une réparation ne peut être terminée qu'après l'étape Test : passez d'abord par « ${describeState(state('en_cours', 'test'))} ». ${choices}`
      : `Passage impossible de « ${describeState(from)} » à « ${describeState(to)} ». ${choices}`
  throw new DomainError('illegal_transition', message, { field: 'status' })
}

export type RepairMove = {
  to: RepairState
  /** The button: what the person does (« Passer au test »). */
  label: string
  /** What the confirmation says will happen. */
  explanation: string
  /** Moves that close or undo work are shown apart (and in red for « Annuler »). */
  tone: 'forward' | 'back' | 'danger'
}

function describeMove(from: RepairState, to: RepairState): Omit<RepairMove, 'to'> {
  const target = `« ${describeState(to)} »`
  if (to.status === 'annule')
    return {
      label: 'Annuler',
      explanation: `La réparation passe à ${target} : plus aucun travail ni pièce, l'appareil reste à restituer au client.`,
      tone: 'danger',
    }
  if (to.status === 'restitue')
    return {
      label: 'Restituer',
      explanation: `L'appareil est rendu au client : la réparation passe à ${target} et se clôt (les garanties courent à partir d'aujourd'hui).`,
      tone: 'forward',
    }
  if (to.status === 'termine')
    return {
      label: 'Terminer',
      explanation: `Le test est concluant : la réparation passe à ${target}, l'appareil attend son client.`,
      tone: 'forward',
    }
  const backwards =
    from.status === 'termine' ||
    (from.step === 'test' && to.step === 'intervention') ||
    (from.step === 'intervention' && to.step === 'diagnostic')
  const label =
    to.step === 'diagnostic'
      ? backwards
        ? 'Revenir au diagnostic'
        : 'Démarrer le diagnostic'
      : to.step === 'intervention'
        ? backwards
          ? "Reprendre l'intervention"
          : "Passer à l'intervention"
        : 'Passer au test'
  return {
    label,
    explanation: `La réparation passe à ${target} ; le délai de l'étape repart de maintenant.`,
    tone: backwards ? 'back' : 'forward',
  }
}

/** The buttons of a repair's action bar: only the moves the transition table allows. */
export function nextMoves(from: RepairState): RepairMove[] {
  return allowedNext(from).map((to) => ({ to, ...describeMove(from, to) }))
}
