import { describe, expect, it } from 'vitest'

import { frenchLabel } from '../../src/domain/labels'

describe('frenchLabel', () => {
  it('takes a plain label, or the French one of a translated label', () => {
    expect(frenchLabel('Téléphone', 'phone')).toBe('Téléphone')
    expect(frenchLabel({ en: 'Repair', fr: 'Réparation' }, 'repairs')).toBe('Réparation')
  })
  it('takes the first translation without French, and the fallback without any label', () => {
    expect(frenchLabel({ en: 'Supplier' }, 'suppliers')).toBe('Supplier')
    expect(frenchLabel(undefined, 'suppliers')).toBe('suppliers')
    expect(frenchLabel(() => 'x', 'fn')).toBe('fn')
  })
})
