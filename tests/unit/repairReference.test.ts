import { describe, expect, it } from 'vitest'

import { DomainError } from '../../src/domain/errors'
import { formatRepairReference, parseRepairReference } from '../../src/domain/repairReference'

describe('formatRepairReference', () => {
  it('pads the sequence to 6 digits', () => {
    expect(formatRepairReference(2026, 42)).toBe('R-2026-000042')
  })
  it('accepts the first sequence number', () => {
    expect(formatRepairReference(2026, 1)).toBe('R-2026-000001')
  })
  it('accepts the last sequence number', () => {
    expect(formatRepairReference(2026, 999999)).toBe('R-2026-999999')
  })
  it('refuses sequence 0', () => {
    expect(() => formatRepairReference(2026, 0)).toThrow(DomainError)
  })
  it('refuses a sequence above 999999', () => {
    expect(() => formatRepairReference(2026, 1_000_000)).toThrow(/entre 1 et 999999/)
  })
  it('refuses a fractional sequence', () => {
    expect(() => formatRepairReference(2026, 4.5)).toThrow(DomainError)
  })
  it('refuses a year that is not 4 digits', () => {
    expect(() => formatRepairReference(26, 1)).toThrow(DomainError)
  })
})

describe('parseRepairReference', () => {
  it('reads year and sequence', () => {
    expect(parseRepairReference('R-2026-000042')).toEqual({ year: 2026, sequence: 42 })
  })
  it('round-trips with formatRepairReference', () => {
    expect(parseRepairReference(formatRepairReference(2031, 123456))).toEqual({
      year: 2031,
      sequence: 123456,
    })
  })
  it('tolerates surrounding spaces and lower case', () => {
    expect(parseRepairReference('  r-2026-000042 ')).toEqual({ year: 2026, sequence: 42 })
  })
  it('returns null for an unpadded sequence', () => {
    expect(parseRepairReference('R-2026-42')).toBeNull()
  })
  it('returns null for sequence 000000', () => {
    expect(parseRepairReference('R-2026-000000')).toBeNull()
  })
  it('returns null for a wrong prefix', () => {
    expect(parseRepairReference('F-2026-000042')).toBeNull()
  })
  it('returns null for trailing text', () => {
    expect(parseRepairReference('R-2026-000042x')).toBeNull()
  })
  it('returns null for an empty string', () => {
    expect(parseRepairReference('')).toBeNull()
  })
})
