import { describe, expect, it } from 'vitest'

import { DomainError } from '../../src/domain/errors'
import {
  allowedNext,
  assertTransition,
  describeState,
  nextMoves,
  type RepairState,
  type RepairStatus,
  type RepairStep,
} from '../../src/domain/repairStatus'
import { caught } from '../helpers/domain'
import { httpStatusOf } from '../../src/http/domainStatus'

const s = (status: RepairStatus, step: RepairStep | null = null): RepairState => ({ status, step })

const ALL_STATES: RepairState[] = [
  s('en_attente'),
  s('en_cours', 'diagnostic'),
  s('en_cours', 'intervention'),
  s('en_cours', 'test'),
  s('termine'),
  s('restitue'),
  s('annule'),
]

// Written out by hand from the specification, independently of the module's table.
const ALLOWED: Array<[RepairState, RepairState]> = [
  [s('en_attente'), s('en_cours', 'diagnostic')],
  [s('en_attente'), s('annule')],
  [s('en_cours', 'diagnostic'), s('en_cours', 'intervention')],
  [s('en_cours', 'diagnostic'), s('annule')],
  [s('en_cours', 'intervention'), s('en_cours', 'test')],
  [s('en_cours', 'intervention'), s('en_cours', 'diagnostic')],
  [s('en_cours', 'intervention'), s('annule')],
  [s('en_cours', 'test'), s('termine')],
  [s('en_cours', 'test'), s('en_cours', 'intervention')],
  [s('en_cours', 'test'), s('annule')],
  [s('termine'), s('restitue')],
  [s('termine'), s('en_cours', 'intervention')],
  [s('annule'), s('restitue')],
]

const key = (x: RepairState) => `${x.status}/${x.step ?? '-'}`
const isAllowed = (from: RepairState, to: RepairState) =>
  ALLOWED.some(([a, b]) => key(a) === key(from) && key(b) === key(to))

const refusal = (from: RepairState, to: RepairState) =>
  caught(() => assertTransition(from, to), `expected ${key(from)} → ${key(to)} to be refused`)

describe('assertTransition — allowed moves', () => {
  it.each(ALLOWED.map(([from, to]) => [key(from), key(to), from, to] as const))(
    'accepts %s → %s',
    (_a, _b, from, to) => {
      expect(() => assertTransition(from, to)).not.toThrow()
    },
  )

  it.each(ALL_STATES.map((x) => [key(x), x] as const))('treats %s → itself as a no-op', (_k, x) => {
    expect(() => assertTransition(x, { ...x })).not.toThrow()
  })

  it('refuses every pair of distinct states not in the table', () => {
    const refusedPairs: string[] = []
    for (const from of ALL_STATES) {
      for (const to of ALL_STATES) {
        if (key(from) === key(to) || isAllowed(from, to)) continue
        const error = refusal(from, to)
        expect(error.code).toBe('illegal_transition')
        refusedPairs.push(`${key(from)}>${key(to)}`)
      }
    }
    // 7 states → 42 distinct pairs, 13 of them allowed.
    expect(refusedPairs).toHaveLength(42 - ALLOWED.length)
  })
})

describe('assertTransition — refusals', () => {
  it('refuses restitue → en_cours/diagnostic with a 409 saying the repair is closed', () => {
    const error = refusal(s('restitue'), s('en_cours', 'diagnostic'))
    expect(error.code).toBe('illegal_transition')
    expect(httpStatusOf(error.code)).toBe(409)
    expect(error.field).toBe('status')
    expect(error.message).toBe(
      'Passage impossible de « Restitué » à « En cours — Diagnostic ». Étapes possibles depuis « Restitué » : aucune (réparation close).',
    )
  })

  it('refuses en_cours/intervention → termine saying the Test step is required and listing the choices', () => {
    const error = refusal(s('en_cours', 'intervention'), s('termine'))
    expect(error.code).toBe('illegal_transition')
    expect(httpStatusOf(error.code)).toBe(409)
    expect(error.message).toMatch(/^Une réparation ne peut être terminée qu'après l'étape Test/)
    expect(error.message).toContain(
      'Étapes possibles depuis « En cours — Intervention » : « En cours — Test », « En cours — Diagnostic », « Annulé ».',
    )
  })

  it('refuses en_attente → termine with the Test-step message', () => {
    expect(refusal(s('en_attente'), s('termine')).message).toMatch(/qu'après l'étape Test/)
  })

  it('refuses en_cours/diagnostic → termine with the Test-step message', () => {
    expect(refusal(s('en_cours', 'diagnostic'), s('termine')).message).toMatch(
      /qu'après l'étape Test/,
    )
  })

  it('refuses skipping a step (diagnostic → test) and lists allowed next states', () => {
    const error = refusal(s('en_cours', 'diagnostic'), s('en_cours', 'test'))
    expect(error.message).toBe(
      'Passage impossible de « En cours — Diagnostic » à « En cours — Test ». Étapes possibles depuis « En cours — Diagnostic » : « En cours — Intervention », « Annulé ».',
    )
  })

  it('refuses en_attente → en_cours/intervention (diagnostic comes first)', () => {
    expect(refusal(s('en_attente'), s('en_cours', 'intervention')).code).toBe('illegal_transition')
  })

  it('refuses cancelling a finished repair (termine → annule)', () => {
    expect(refusal(s('termine'), s('annule')).code).toBe('illegal_transition')
  })

  it('refuses reopening a cancelled repair (annule → en_cours/diagnostic)', () => {
    const error = refusal(s('annule'), s('en_cours', 'diagnostic'))
    expect(error.message).toContain('Étapes possibles depuis « Annulé » : « Restitué ».')
  })

  it('refuses going back to en_attente once started', () => {
    expect(refusal(s('en_cours', 'test'), s('en_attente')).code).toBe('illegal_transition')
  })

  it('refuses any move out of restitue, even to annule', () => {
    expect(refusal(s('restitue'), s('annule')).message).toContain('aucune (réparation close)')
  })
})

describe('state shape', () => {
  it('refuses en_cours without a step', () => {
    const error = caught(() => assertTransition(s('en_attente'), s('en_cours')))
    expect(error.code).toBe('invalid_step')
    expect(error.field).toBe('step')
    expect(error.message).toContain('doit avoir une étape')
  })

  it('refuses a step on a status other than en_cours', () => {
    expect(() => assertTransition(s('en_cours', 'test'), s('termine', 'test'))).toThrow(
      /n'a pas d'étape/,
    )
  })

  it('refuses a malformed starting state too', () => {
    expect(() => allowedNext(s('en_cours'))).toThrow(DomainError)
  })

  it('does not let a no-op hide a malformed state', () => {
    expect(() => assertTransition(s('termine', 'test'), s('termine', 'test'))).toThrow(DomainError)
  })
})

describe('allowedNext', () => {
  it('lists the next states of en_cours/test in table order', () => {
    expect(allowedNext(s('en_cours', 'test'))).toEqual([
      s('termine'),
      s('en_cours', 'intervention'),
      s('annule'),
    ])
  })

  it('returns nothing for restitue', () => {
    expect(allowedNext(s('restitue'))).toEqual([])
  })

  it('returns copies, so callers cannot corrupt the table', () => {
    allowedNext(s('annule'))[0].status = 'en_attente'
    expect(allowedNext(s('annule'))).toEqual([s('restitue')])
  })
})

describe('describeState', () => {
  it('joins status and step for en_cours', () => {
    expect(describeState(s('en_cours', 'diagnostic'))).toBe('En cours — Diagnostic')
  })
  it('uses the status label alone otherwise', () => {
    expect(describeState(s('termine'))).toBe('Terminé (prêt à retirer)')
  })
})

describe('nextMoves (the action bar)', () => {
  const labels = (from: RepairState) => nextMoves(from).map((m) => m.label)

  it('names each move as the issue asks, forward first', () => {
    expect(labels(s('en_attente'))).toEqual(['Démarrer le diagnostic', 'Annuler'])
    expect(labels(s('en_cours', 'diagnostic'))).toEqual(["Passer à l'intervention", 'Annuler'])
    expect(labels(s('en_cours', 'intervention'))).toEqual([
      'Passer au test',
      'Revenir au diagnostic',
      'Annuler',
    ])
    expect(labels(s('en_cours', 'test'))).toEqual([
      'Terminer',
      "Reprendre l'intervention",
      'Annuler',
    ])
    expect(labels(s('termine'))).toEqual(['Restituer', "Reprendre l'intervention"])
    expect(labels(s('annule'))).toEqual(['Restituer'])
    expect(labels(s('restitue'))).toEqual([])
  })

  it('offers exactly the transitions the table allows, each one accepted', () => {
    for (const from of ALL_STATES) {
      const moves = nextMoves(from)
      expect(moves.map((m) => m.to)).toEqual(allowedNext(from))
      for (const m of moves) expect(() => assertTransition(from, m.to)).not.toThrow()
    }
  })

  it('marks going back and cancelling apart, and says where the repair goes', () => {
    const fromTest = nextMoves(s('en_cours', 'test'))
    expect(fromTest.map((m) => m.tone)).toEqual(['forward', 'back', 'danger'])
    expect(fromTest[0].explanation).toContain('« Terminé (prêt à retirer) »')
    expect(nextMoves(s('en_attente'))[0].explanation).toContain('« En cours — Diagnostic »')
  })
})
