import { describe, expect, it } from 'vitest'

import { DEFAULT_STEP_LIMITS, lateness } from '../../src/domain/lateness'

// Tuesday 10 March 2026, 10:00 in Paris (UTC+1).
const now = new Date('2026-03-10T09:00:00.000Z')
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000).toISOString()

describe('lateness', () => {
  it('uses the agreed default limits', () => {
    expect(DEFAULT_STEP_LIMITS).toEqual({
      en_attente: 48,
      diagnostic: 48,
      intervention: 72,
      test: 24,
    })
  })

  it('is not late when no limit is exceeded', () => {
    expect(
      lateness(
        {
          status: 'en_cours',
          step: 'diagnostic',
          stageStartedAt: hoursAgo(10),
          promisedAt: '2026-03-12T17:00:00Z',
        },
        now,
      ),
    ).toEqual({
      late: false,
      reasons: [],
    })
  })

  it('is late once the promised date is passed, giving the date in Paris time', () => {
    // 23:30 UTC on the 9th is already the 10th in Paris.
    expect(
      lateness(
        { status: 'en_cours', step: 'intervention', promisedAt: '2026-03-09T23:30:00Z' },
        now,
      ),
    ).toEqual({
      late: true,
      reasons: ['Date promise dépassée (10/03/2026)'],
    })
  })

  it('is not late at the exact promised instant', () => {
    expect(lateness({ status: 'en_attente', step: null, promisedAt: now }, now).late).toBe(false)
  })

  it('accepts Date objects', () => {
    expect(
      lateness(
        { status: 'en_attente', step: null, promisedAt: new Date('2026-03-01T10:00:00Z') },
        now,
      ).reasons,
    ).toEqual(['Date promise dépassée (01/03/2026)'])
  })

  it('flags more than 48 h in Diagnostic', () => {
    expect(
      lateness({ status: 'en_cours', step: 'diagnostic', stageStartedAt: hoursAgo(49) }, now),
    ).toEqual({
      late: true,
      reasons: ['Plus de 48 h en Diagnostic'],
    })
  })

  it('does not flag exactly 48 h in Diagnostic', () => {
    expect(
      lateness({ status: 'en_cours', step: 'diagnostic', stageStartedAt: hoursAgo(48) }, now).late,
    ).toBe(false)
  })

  it('allows 72 h in Intervention', () => {
    expect(
      lateness({ status: 'en_cours', step: 'intervention', stageStartedAt: hoursAgo(71) }, now)
        .late,
    ).toBe(false)
    expect(
      lateness({ status: 'en_cours', step: 'intervention', stageStartedAt: hoursAgo(73) }, now)
        .reasons,
    ).toEqual(['Plus de 72 h en Intervention'])
  })

  it('allows only 24 h in Test', () => {
    expect(
      lateness({ status: 'en_cours', step: 'test', stageStartedAt: hoursAgo(25) }, now).reasons,
    ).toEqual(['Plus de 24 h en Test'])
  })

  it('flags more than 48 h waiting to start', () => {
    expect(
      lateness({ status: 'en_attente', step: null, stageStartedAt: hoursAgo(49) }, now).reasons,
    ).toEqual(['Plus de 48 h en attente'])
  })

  it('pauses the stage clock while waiting for parts', () => {
    expect(
      lateness(
        {
          status: 'en_cours',
          step: 'intervention',
          stageStartedAt: hoursAgo(200),
          waitingForParts: true,
        },
        now,
      ),
    ).toEqual({
      late: false,
      reasons: [],
    })
  })

  it('still applies the promised date while waiting for parts', () => {
    expect(
      lateness(
        {
          status: 'en_cours',
          step: 'intervention',
          stageStartedAt: hoursAgo(200),
          promisedAt: hoursAgo(1),
          waitingForParts: true,
        },
        now,
      ).reasons,
    ).toEqual(['Date promise dépassée (10/03/2026)'])
  })

  it('gives both reasons when both rules are broken', () => {
    expect(
      lateness(
        { status: 'en_cours', step: 'test', stageStartedAt: hoursAgo(30), promisedAt: hoursAgo(2) },
        now,
      ).reasons,
    ).toEqual(['Date promise dépassée (10/03/2026)', 'Plus de 24 h en Test'])
  })

  it('ignores the stage rule when the stage start is unknown', () => {
    expect(lateness({ status: 'en_cours', step: 'test', stageStartedAt: null }, now).late).toBe(
      false,
    )
  })

  it('uses custom limits when given', () => {
    const limits = { ...DEFAULT_STEP_LIMITS, diagnostic: 4 }
    expect(
      lateness({ status: 'en_cours', step: 'diagnostic', stageStartedAt: hoursAgo(5) }, now, limits)
        .reasons,
    ).toEqual(['Plus de 4 h en Diagnostic'])
  })

  it.each(['termine', 'restitue', 'annule'] as const)('never marks a %s repair late', (status) => {
    expect(
      lateness(
        { status, step: null, promisedAt: hoursAgo(500), stageStartedAt: hoursAgo(500) },
        now,
      ),
    ).toEqual({
      late: false,
      reasons: [],
    })
  })

  it('ignores an unreadable promised date rather than crashing', () => {
    expect(
      lateness({ status: 'en_attente', step: null, promisedAt: 'pas une date' }, now).late,
    ).toBe(false)
  })
})
