import { describe, expect, it } from 'vitest'

import { formatDuration } from '../../src/domain/durations'

describe('formatDuration', () => {
  it('says days and hours beyond a day, dropping the minutes', () => {
    expect(formatDuration(2 * 86400 + 4 * 3600 + 59 * 60)).toBe('2 j 4 h')
    expect(formatDuration(86400)).toBe('1 j')
  })
  it('says hours and minutes within a day', () => {
    expect(formatDuration(3 * 3600 + 15 * 60 + 30)).toBe('3 h 15 min')
    expect(formatDuration(7200)).toBe('2 h')
  })
  it('says minutes, and less than a minute, and nothing for no value', () => {
    expect(formatDuration(12 * 60)).toBe('12 min')
    expect(formatDuration(30)).toBe("moins d'une minute")
    expect(formatDuration(0)).toBe('0 min')
    expect(formatDuration(null)).toBe('')
    expect(formatDuration(-5)).toBe('')
  })
})
