import { describe, expect, it } from 'vitest'

import { displayIp, logSummary } from '../../src/domain/logSummary'

describe('action-log summary', () => {
  it('names the operation in French and the document by its title', () => {
    expect(
      logSummary({
        operation: 'update',
        collectionLabel: 'Réparation',
        documentTitle: 'R-2026-000012',
        documentId: 12,
      }),
    ).toBe('Modification : Réparation « R-2026-000012 »')
  })
  it('falls back to the number when the document has no title', () => {
    expect(
      logSummary({
        operation: 'create',
        collectionLabel: 'Mouvement de stock',
        documentTitle: '  ',
        documentId: '7',
      }),
    ).toBe('Création : Mouvement de stock n° 7')
  })
  it('says the collection alone when there is no document', () => {
    expect(logSummary({ operation: 'login_failed', collectionLabel: 'Utilisateur' })).toBe(
      'Connexion refusée : Utilisateur',
    )
  })
  it('shows an IPv4 client without the IPv6 mapping prefix, leaves IPv6 alone', () => {
    expect(displayIp('::ffff:127.0.0.1')).toBe('127.0.0.1')
    expect(displayIp('::1')).toBe('::1')
    expect(displayIp('2001:db8::ffff:1')).toBe('2001:db8::ffff:1')
    expect(displayIp(null)).toBeNull()
  })
})
