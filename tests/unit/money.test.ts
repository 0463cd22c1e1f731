import { describe, expect, it } from 'vitest'

import { formatEuros, formatVatRate, parseEuros, VAT_RATES } from '../../src/domain/money'

describe('parseEuros', () => {
  it('reads French and English decimal marks', () => {
    expect(parseEuros('89,90')).toBe(8990)
    expect(parseEuros('89.9')).toBe(8990)
  })
  it('ignores spaces (also narrow no-break) and the euro sign', () => {
    expect(parseEuros('1 234,5 €')).toBe(123450)
    expect(parseEuros('1\u202f234,50')).toBe(123450)
  })
  it('gives null for an empty entry', () => {
    expect(parseEuros('  ')).toBeNull()
  })
  it('gives NaN for what is not a price (letters, three decimals, negative)', () => {
    expect(parseEuros('douze')).toBeNaN()
    expect(parseEuros('1,234')).toBeNaN()
    expect(parseEuros('-5')).toBeNaN()
  })
  it('avoids floating-point drift', () => {
    expect(parseEuros('0,29')).toBe(29)
    expect(parseEuros('19,99')).toBe(1999)
  })
})

describe('formatEuros', () => {
  it('writes cents as euros with a comma', () => {
    expect(formatEuros(8990)).toBe('89,90')
    expect(formatEuros(5)).toBe('0,05')
  })
  it('writes nothing for no value', () => {
    expect(formatEuros(null)).toBe('')
    expect(formatEuros(undefined)).toBe('')
  })
})

describe('VAT rates', () => {
  it('are shown as a French percentage', () => {
    expect(formatVatRate(2000)).toBe('20 %')
    expect(formatVatRate(550)).toBe('5,5 %')
    expect(formatVatRate(210)).toBe('2,1 %')
    expect(formatVatRate(0)).toBe('0 %')
    expect(formatVatRate(null)).toBe('')
  })
  it('offer the rates of mainland France, the normal one first', () => {
    expect(VAT_RATES.map(formatVatRate)).toEqual(['20 %', '10 %', '5,5 %', '2,1 %', '0 %'])
  })
})
