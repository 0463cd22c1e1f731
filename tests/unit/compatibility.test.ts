import { describe, expect, it } from 'vitest'

import { fitsDevice, incompatibilityMessage } from '../../src/domain/compatibility'

const iphone12 = { brand: 'Apple', model: 'iPhone 12' }

describe('fitsDevice', () => {
  it('takes a part without a list as universal', () => {
    expect(fitsDevice([], iphone12)).toBe(true)
    expect(fitsDevice(null, iphone12)).toBe(true)
    expect(fitsDevice(['  '], iphone12)).toBe(true)
  })
  it('refuses an iPhone 15 back glass on an iPhone 12', () => {
    expect(fitsDevice(['Apple iPhone 15'], iphone12)).toBe(false)
  })
  it('matches whole words in order, brand optional in the entry', () => {
    expect(fitsDevice(['Apple iPhone 12'], iphone12)).toBe(true)
    expect(fitsDevice(['iPhone 12'], iphone12)).toBe(true)
    expect(fitsDevice(['iPhone 1'], iphone12)).toBe(false)
    expect(fitsDevice(['iPhone 15'], { brand: 'Apple', model: 'iPhone 15 Pro' })).toBe(true)
    expect(fitsDevice(['12 iPhone'], iphone12)).toBe(false)
  })
  it('accepts a brand-wide entry and any entry of several', () => {
    expect(fitsDevice(['Samsung'], { brand: 'Samsung', model: 'Galaxy S22' })).toBe(true)
    expect(
      fitsDevice(['Google Pixel 7', 'Google Pixel 8'], { brand: 'Google', model: 'Pixel 8' }),
    ).toBe(true)
  })
  it('ignores case, accents and punctuation', () => {
    expect(fitsDevice(['Apple iPad Pro 11"'], { brand: 'apple', model: 'IPAD PRO 11″' })).toBe(true)
    expect(
      fitsDevice(['Apple iPad Air (5e génération)'], {
        brand: 'Apple',
        model: 'iPad Air 5e generation',
      }),
    ).toBe(true)
  })
})

describe('incompatibilityMessage', () => {
  it('names the part, what it fits, the device and the way through', () => {
    expect(incompatibilityMessage('Vitre arrière iPhone 15', ['Apple iPhone 15'], iphone12)).toBe(
      'La pièce « Vitre arrière iPhone 15 » est prévue pour Apple iPhone 15, pas pour Apple iPhone 12. Vérifiez la pièce ; si elle convient quand même, cochez « Poser quand même ».',
    )
  })
})
