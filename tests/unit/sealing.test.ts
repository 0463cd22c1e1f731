import { describe, expect, it } from 'vitest'

import { isSealed, seal, unseal } from '../../src/domain/sealing'

describe('sealing small secrets', () => {
  it('gives the code back under the same secret, and hides it in the stored form', () => {
    const sealed = seal('1234 ou schéma en L', 'secret-a')
    expect(isSealed(sealed)).toBe(true)
    expect(sealed).not.toContain('1234')
    expect(unseal(sealed, 'secret-a')).toBe('1234 ou schéma en L')
  })
  it('seals the same code differently each time (random IV)', () => {
    expect(seal('0000', 's')).not.toBe(seal('0000', 's'))
  })
  it('gives nothing under another secret or when altered', () => {
    const sealed = seal('0000', 'secret-a')
    expect(unseal(sealed, 'secret-b')).toBeNull()
    const altered = sealed.slice(0, -2) + (sealed.endsWith('A') ? 'BB' : 'AA')
    expect(unseal(altered, 'secret-a')).toBeNull()
    expect(unseal('0000', 'secret-a')).toBeNull()
  })
})
