import { describe, expect, it } from 'vitest'

import {
  firstFit,
  nobodyFitsNotice,
  rankTechnicians,
  shortStanding,
  standingWarning,
  type TechnicianCandidate,
} from '../../src/domain/assignment'

// Tuesday 10 March 2026, 10:00 in Paris (UTC+1, before daylight saving).
const now = new Date('2026-03-10T09:00:00.000Z')

let nextId = 1
function tech(name: string, overrides: Partial<TechnicianCandidate> = {}): TechnicianCandidate {
  return {
    id: nextId++,
    name,
    skills: [],
    capacity: 5,
    openRepairs: 0,
    availability: [],
    absences: [],
    ...overrides,
  }
}

const names = (list: { name: string }[]) => list.map((t) => t.name)

describe('rankTechnicians — filtering', () => {
  it('excludes inactive technicians entirely', () => {
    expect(
      names(rankTechnicians([tech('Alice', { active: false }), tech('Bruno')], { now })),
    ).toEqual(['Bruno'])
  })

  it('keeps technicians whose active flag is not set', () => {
    expect(
      names(
        rankTechnicians([tech('Alice', { active: undefined }), tech('Bruno', { active: true })], {
          now,
        }),
      ),
    ).toEqual(['Alice', 'Bruno'])
  })
})

describe('rankTechnicians — absences', () => {
  it('puts present technicians before absent ones', () => {
    const ranked = rankTechnicians(
      [tech('Alice', { absences: [{ from: '2026-03-09', to: '2026-03-12' }] }), tech('Zoé')],
      { now },
    )
    expect(names(ranked)).toEqual(['Zoé', 'Alice'])
    expect(ranked[1].absent).toBe(true)
    expect(ranked[1].reasons).toContain("Absent jusqu'au 12/03")
  })

  it('counts the last day of an absence as absent', () => {
    expect(
      rankTechnicians([tech('Alice', { absences: [{ from: '2026-03-01', to: '2026-03-10' }] })], {
        now,
      })[0].absent,
    ).toBe(true)
  })

  it('counts the first day of an absence as absent', () => {
    expect(
      rankTechnicians([tech('Alice', { absences: [{ from: '2026-03-10', to: '2026-03-20' }] })], {
        now,
      })[0].absent,
    ).toBe(true)
  })

  it('is not absent the day after an absence ends', () => {
    expect(
      rankTechnicians([tech('Alice', { absences: [{ from: '2026-03-01', to: '2026-03-09' }] })], {
        now,
      })[0].absent,
    ).toBe(false)
  })

  it('is not absent before an absence starts', () => {
    expect(
      rankTechnicians([tech('Alice', { absences: [{ from: '2026-03-11', to: '2026-03-12' }] })], {
        now,
      })[0].absent,
    ).toBe(false)
  })

  it('reads full ISO absence bounds as Paris days', () => {
    // 23:30 UTC on the 9th is 00:30 on the 10th in Paris.
    const starts = rankTechnicians(
      [tech('A', { absences: [{ from: '2026-03-09T23:30:00Z', to: '2026-03-11T12:00:00Z' }] })],
      { now },
    )
    expect(starts[0].absent).toBe(true)
    // 22:30 UTC on the 9th is still the 9th in Paris.
    const ended = rankTechnicians(
      [tech('B', { absences: [{ from: '2026-03-01T08:00:00Z', to: '2026-03-09T22:30:00Z' }] })],
      { now },
    )
    expect(ended[0].absent).toBe(false)
  })

  it('outranks skill: a present technician without the skill comes before an absent expert', () => {
    const ranked = rankTechnicians(
      [
        tech('Expert', {
          skills: ['Smartphones'],
          absences: [{ from: '2026-03-10', to: '2026-03-10' }],
        }),
        tech('Novice'),
      ],
      { now, requiredSkill: 'Smartphones' },
    )
    expect(names(ranked)).toEqual(['Novice', 'Expert'])
  })
})

describe('rankTechnicians — skills', () => {
  it('puts technicians with the required skill first', () => {
    const ranked = rankTechnicians(
      [tech('Alice'), tech('Bruno', { skills: ['Consoles', 'Smartphones'] })],
      {
        now,
        requiredSkill: 'Smartphones',
      },
    )
    expect(names(ranked)).toEqual(['Bruno', 'Alice'])
    expect(ranked[0].hasSkill).toBe(true)
    expect(ranked[0].reasons).toContain('Compétence « Smartphones »')
    expect(ranked[1].hasSkill).toBe(false)
  })

  it('matches skills regardless of case and spaces', () => {
    expect(
      rankTechnicians([tech('Alice', { skills: [' smartphones '] })], {
        now,
        requiredSkill: 'Smartphones',
      })[0].hasSkill,
    ).toBe(true)
  })

  it('ignores skills when none is required', () => {
    const ranked = rankTechnicians(
      [
        tech('Bruno', { openRepairs: 1 }),
        tech('Alice', { skills: ['Smartphones'], openRepairs: 2 }),
      ],
      {
        now,
        requiredSkill: null,
      },
    )
    expect(names(ranked)).toEqual(['Bruno', 'Alice'])
    expect(ranked.every((t) => t.hasSkill)).toBe(true)
    expect(ranked[0].reasons.some((r) => r.startsWith('Compétence'))).toBe(false)
  })

  it('outranks capacity: a full expert comes before a free technician without the skill', () => {
    const ranked = rankTechnicians(
      [tech('Libre'), tech('Expert', { skills: ['Tablettes'], openRepairs: 9 })],
      {
        now,
        requiredSkill: 'Tablettes',
      },
    )
    expect(names(ranked)).toEqual(['Expert', 'Libre'])
  })
})

describe('rankTechnicians — capacity and load', () => {
  it('puts technicians under capacity before those over it', () => {
    const ranked = rankTechnicians(
      [tech('Alice', { openRepairs: 6 }), tech('Bruno', { openRepairs: 4 })],
      { now },
    )
    expect(names(ranked)).toEqual(['Bruno', 'Alice'])
    expect(ranked[1].overCapacity).toBe(true)
  })

  it('counts a full technician (5/5) as over capacity', () => {
    const ranked = rankTechnicians([tech('Alice', { openRepairs: 5 })], { now })
    expect(ranked[0].overCapacity).toBe(true)
    expect(ranked[0].reasons).toContain('Charge 5/5')
  })

  it('outranks availability: a free technician off duty comes before a full one on duty', () => {
    const ranked = rankTechnicians(
      [
        tech('Plein', { openRepairs: 5 }),
        tech('Absent du poste', { availability: [{ day: 1, from: '09:00', to: '18:00' }] }),
      ],
      { now },
    )
    expect(names(ranked)).toEqual(['Absent du poste', 'Plein'])
  })

  it('puts the lower load first (ratio, not count)', () => {
    const ranked = rankTechnicians(
      [
        tech('Alice', { openRepairs: 1, capacity: 2 }),
        tech('Bruno', { openRepairs: 2, capacity: 10 }),
      ],
      {
        now,
      },
    )
    expect(names(ranked)).toEqual(['Bruno', 'Alice'])
    expect(ranked[0].load).toBeCloseTo(0.2)
    expect(ranked[1].load).toBeCloseTo(0.5)
    expect(ranked[0].reasons).toContain('Charge 2/10')
  })

  it('treats a zero capacity as always over capacity with infinite load', () => {
    const ranked = rankTechnicians([tech('Alice', { capacity: 0 })], { now })
    expect(ranked[0].overCapacity).toBe(true)
    expect(ranked[0].load).toBe(Number.POSITIVE_INFINITY)
  })
})

describe('rankTechnicians — availability', () => {
  it('puts technicians on duty now before those who are not', () => {
    const ranked = rankTechnicians(
      [
        tech('Après-midi', { availability: [{ day: 2, from: '14:00', to: '18:00' }] }),
        tech('Matin', { availability: [{ day: 2, from: '09:00', to: '12:00' }] }),
      ],
      { now },
    )
    expect(names(ranked)).toEqual(['Matin', 'Après-midi'])
    expect(ranked[0].availableNow).toBe(true)
    expect(ranked[1].availableNow).toBe(false)
  })

  it('reads the clock in Paris time, not UTC', () => {
    // 09:00 UTC is 10:00 in Paris: inside 09:30–10:30.
    expect(
      rankTechnicians([tech('A', { availability: [{ day: 2, from: '09:30', to: '10:30' }] })], {
        now,
      })[0].availableNow,
    ).toBe(true)
  })

  it('treats the end time as exclusive', () => {
    expect(
      rankTechnicians([tech('A', { availability: [{ day: 2, from: '08:00', to: '10:00' }] })], {
        now,
      })[0].availableNow,
    ).toBe(false)
  })

  it('treats the start time as inclusive', () => {
    expect(
      rankTechnicians([tech('A', { availability: [{ day: 2, from: '10:00', to: '12:00' }] })], {
        now,
      })[0].availableNow,
    ).toBe(true)
  })

  it('requires the slot to be on today’s weekday', () => {
    expect(
      rankTechnicians([tech('A', { availability: [{ day: 1, from: '00:00', to: '23:59' }] })], {
        now,
      })[0].availableNow,
    ).toBe(false)
  })

  it('accepts unpadded hours like 9:00', () => {
    expect(
      rankTechnicians([tech('A', { availability: [{ day: 2, from: '9:00', to: '12:00' }] })], {
        now,
      })[0].availableNow,
    ).toBe(true)
  })

  it('assumes weekdays 09:00–18:00 when no schedule is entered', () => {
    const ranked = rankTechnicians([tech('A')], { now })
    expect(ranked[0].availableNow).toBe(true)
    expect(ranked[0].reasons.some((r) => r.startsWith('Horaires non saisis'))).toBe(true)
  })

  it('is not available on Saturday with no schedule entered', () => {
    const saturday = new Date('2026-03-14T10:00:00.000Z')
    expect(rankTechnicians([tech('A')], { now: saturday })[0].availableNow).toBe(false)
  })

  it('follows daylight saving time: 16:30 UTC in July is 18:30 in Paris, after hours', () => {
    const julyEvening = new Date('2026-07-07T16:30:00.000Z')
    expect(rankTechnicians([tech('A')], { now: julyEvening })[0].availableNow).toBe(false)
  })

  it('outranks load: an on-duty busier technician comes before an off-duty idle one', () => {
    const ranked = rankTechnicians(
      [
        tech('Oisif', { availability: [{ day: 1, from: '09:00', to: '18:00' }] }),
        tech('Occupé', { openRepairs: 4 }),
      ],
      { now },
    )
    expect(names(ranked)).toEqual(['Occupé', 'Oisif'])
  })
})

describe('rankTechnicians — ties', () => {
  it('orders by name when everything else is equal, French collation', () => {
    expect(names(rankTechnicians([tech('Zoé'), tech('émile'), tech('Bruno')], { now }))).toEqual([
      'Bruno',
      'émile',
      'Zoé',
    ])
  })

  it('returns the candidate fields alongside the assessment', () => {
    const [ranked] = rankTechnicians(
      [tech('Alice', { id: 42, skills: ['Audio'], openRepairs: 3 })],
      { now, requiredSkill: 'Audio' },
    )
    expect(ranked).toMatchObject({
      id: 42,
      name: 'Alice',
      skills: ['Audio'],
      capacity: 5,
      openRepairs: 3,
      hasSkill: true,
      absent: false,
    })
    expect(ranked.reasons).toEqual([
      'Compétence « Audio »',
      'Charge 3/5',
      'Disponible maintenant',
      'Horaires non saisis (lun.–ven. 09:00–18:00 par défaut)',
    ])
  })
})

describe('what the choice of a technician says', () => {
  const t = (over: Partial<Parameters<typeof shortStanding>[0]> = {}) => ({
    name: 'Marc',
    openRepairs: 3,
    capacity: 8,
    overCapacity: false,
    absent: false,
    hasSkill: true,
    ...over,
  })
  it('shows the load, and each reason not to choose', () => {
    expect(shortStanding(t())).toBe('3/8')
    expect(shortStanding(t({ openRepairs: 8, overCapacity: true }))).toBe('8/8 · capacité atteinte')
    expect(shortStanding(t({ absent: true, hasSkill: false }))).toBe(
      '3/8 · absent · sans la compétence',
    )
  })
  it('proposes the first who is present, skilled and has room, or nobody', () => {
    const full = t({ name: 'Léa', openRepairs: 8, overCapacity: true })
    const away = t({ name: 'Paul', absent: true })
    const fits = t({ name: 'Marc' })
    expect(firstFit([full, away, fits])?.name).toBe('Marc')
    expect(firstFit([full, away])).toBeNull()
    expect(firstFit([])).toBeNull()
  })
  it('says what choosing a full technician means, with the count after', () => {
    expect(standingWarning(t({ openRepairs: 8, overCapacity: true }))).toBe(
      'Marc a déjà 8 réparations en cours pour une capacité de 8 : avec celle-ci, 9.',
    )
    expect(standingWarning(t({ openRepairs: 1, capacity: 1, overCapacity: true }))).toContain(
      '1 réparation en cours',
    )
    expect(standingWarning(t({ absent: true }))).toContain('absent')
    expect(standingWarning(t())).toBeNull()
  })
  it('explains why nobody is proposed', () => {
    expect(nobodyFitsNotice([t({ overCapacity: true })])).toMatch(/Tous les techniciens/)
    expect(nobodyFitsNotice([])).toMatch(/Aucun technicien actif/)
    expect(nobodyFitsNotice([t()])).toBeNull()
  })
})
