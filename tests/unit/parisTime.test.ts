import { describe, expect, it } from 'vitest'

import { parisDayStart } from '../../src/domain/parisTime'

const iso = (date: string) => parisDayStart(date)?.toISOString() ?? null

describe('parisDayStart', () => {
  it('starts a winter day at 23:00 UTC the day before', () => {
    expect(iso('2026-01-15')).toBe('2026-01-14T23:00:00.000Z')
  })
  it('starts a summer day at 22:00 UTC the day before', () => {
    expect(iso('2026-07-01')).toBe('2026-06-30T22:00:00.000Z')
  })
  it('starts the days clocks change on by the offset of their midnight', () => {
    expect(iso('2026-03-29')).toBe('2026-03-28T23:00:00.000Z')
    expect(iso('2026-03-30')).toBe('2026-03-29T22:00:00.000Z')
    expect(iso('2026-10-25')).toBe('2026-10-24T22:00:00.000Z')
    expect(iso('2026-10-26')).toBe('2026-10-25T23:00:00.000Z')
  })
  it('knows no day that the calendar does not have, nor other writings', () => {
    expect(iso('2026-02-30')).toBeNull()
    expect(iso('2026-13-01')).toBeNull()
    expect(iso('15/01/2026')).toBeNull()
    expect(iso('demain')).toBeNull()
  })
})
