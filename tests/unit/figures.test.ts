import { describe, expect, it } from 'vitest'

import { formatShare, periodRange } from '../../src/domain/figures'

const at = (iso: string) => new Date(iso)

describe('formatShare', () => {
  it('says « — » when no finished repair had a promised date (or none was finished)', () => {
    expect(formatShare(0, 0)).toBe('—')
  })
  it('says « — » for counts that are no counts', () => {
    expect(formatShare(Number.NaN, 4)).toBe('—')
    expect(formatShare(-1, 4)).toBe('—')
  })
  it('says « 0 % » when none was on time', () => {
    expect(formatShare(0, 4)).toBe('0\u202f%')
  })
  it('says « 100 % » when all were on time', () => {
    expect(formatShare(6, 6)).toBe('100\u202f%')
  })
  it('rounds to a whole percentage', () => {
    expect(formatShare(5, 6)).toBe('83\u202f%')
    expect(formatShare(1, 8)).toBe('13\u202f%')
    expect(formatShare(1, 3)).toBe('33\u202f%')
  })
  it('never rounds up to « 100 % » short of all, nor down to « 0 % » above none', () => {
    expect(formatShare(199, 200)).toBe('99\u202f%')
    expect(formatShare(1, 300)).toBe('1\u202f%')
  })
})

describe('periodRange', () => {
  it('covers today and the 29 days before, the end being the day after today', () => {
    expect(periodRange('30j', at('2026-03-15T10:00:00Z'))).toEqual({
      from: '2026-02-14',
      to: '2026-03-16',
    })
  })
  it('starts this month on the 1st, across a year end', () => {
    expect(periodRange('mois', at('2026-03-15T10:00:00Z'))).toEqual({
      from: '2026-03-01',
      to: '2026-03-16',
    })
    expect(periodRange('mois', at('2026-12-31T12:00:00Z'))).toEqual({
      from: '2026-12-01',
      to: '2027-01-01',
    })
  })
  it('starts the last 12 months the day after today’s date a year ago', () => {
    expect(periodRange('12m', at('2026-03-15T10:00:00Z'))).toEqual({
      from: '2025-03-16',
      to: '2026-03-16',
    })
    expect(periodRange('12m', at('2026-03-31T10:00:00Z'))).toEqual({
      from: '2025-04-01',
      to: '2026-04-01',
    })
  })
  it('reads today in Paris, not in UTC', () => {
    // 23:30 UTC on 31 March is already 1 April in Paris (UTC+2 in summer).
    expect(periodRange('mois', at('2026-03-31T23:30:00Z'))).toEqual({
      from: '2026-04-01',
      to: '2026-04-02',
    })
  })
})
