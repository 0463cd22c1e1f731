import { describe, expect, it } from 'vitest'

import {
  CLAIM_STATUS_LABELS,
  DEFAULT_LABOUR_WARRANTY_MONTHS,
  DEFAULT_PART_WARRANTY_MONTHS,
  WARRANTY_STATUS_LABELS,
  assertClaimTransition,
  assertReturnableToSupplier,
  assertClaimable,
  isOpenClaim,
  warrantyEnd,
  warrantyStatus,
  type ClaimStatus,
} from '../../src/domain/warranties'
import { caught } from '../helpers/domain'
import { httpStatusOf } from '../../src/http/domainStatus'

describe('defaults and labels', () => {
  it('gives parts and labour 3 months by default', () => {
    expect(DEFAULT_PART_WARRANTY_MONTHS).toBe(3)
    expect(DEFAULT_LABOUR_WARRANTY_MONTHS).toBe(3)
  })

  it('labels warranty statuses in French', () => {
    expect(WARRANTY_STATUS_LABELS.active.fr).toBe('Active')
    expect(WARRANTY_STATUS_LABELS.expiree.fr).toBe('Expirée')
    expect(WARRANTY_STATUS_LABELS.en_reclamation.fr).toBe('En réclamation')
  })

  it('labels every claim status', () => {
    expect(Object.keys(CLAIM_STATUS_LABELS).sort()).toEqual([
      'acceptee',
      'cloturee',
      'en_examen',
      'ouverte',
      'refusee',
    ])
    expect(CLAIM_STATUS_LABELS.refusee.fr).toBe('Refusée')
  })
})

describe('warrantyEnd', () => {
  it('adds calendar months, keeping the Paris time of day to the millisecond', () => {
    expect(warrantyEnd('2026-01-15T10:20:30.456Z', 3)).toBe('2026-04-15T09:20:30.456Z')
  })

  it('clamps 31 January + 1 month to 28 February', () => {
    expect(warrantyEnd('2026-01-31T10:00:00.000Z', 1)).toBe('2026-02-28T10:00:00.000Z')
  })

  it('clamps 31 January + 1 month to 29 February in a leap year', () => {
    expect(warrantyEnd('2028-01-31T10:00:00.000Z', 1)).toBe('2028-02-29T10:00:00.000Z')
  })

  it('clamps 31 March + 1 month to 30 April', () => {
    // 10:00 in Paris (summer time) both days.
    expect(warrantyEnd('2026-03-31T08:00:00.000Z', 1)).toBe('2026-04-30T08:00:00.000Z')
  })

  it('moves a leap day to 28 February the next year', () => {
    expect(warrantyEnd('2028-02-29T10:00:00.000Z', 12)).toBe('2029-02-28T10:00:00.000Z')
  })

  it('crosses the year and clamps (30 November + 3 months → 28 February)', () => {
    expect(warrantyEnd(new Date('2026-11-30T10:00:00.000Z'), 3)).toBe('2027-02-28T10:00:00.000Z')
  })

  it('counts on the Paris calendar when the UTC day is different', () => {
    // 30/01 23:30 UTC is 31/01 00:30 in Paris: one month later is 28/02 00:30 Paris.
    // Adding months in UTC would give 28/02 23:30 UTC, i.e. 1 March in Paris.
    expect(warrantyEnd('2026-01-30T23:30:00.000Z', 1)).toBe('2026-02-27T23:30:00.000Z')
  })

  it('keeps the Paris time of day across the change to summer time', () => {
    // 15/03 11:00 Paris (UTC+1) → 15/04 11:00 Paris (UTC+2).
    expect(warrantyEnd('2026-03-15T10:00:00.000Z', 1)).toBe('2026-04-15T09:00:00.000Z')
  })

  it('returns the start itself for 0 months', () => {
    expect(warrantyEnd('2026-05-05T12:00:00.000Z', 0)).toBe('2026-05-05T12:00:00.000Z')
  })

  it.each([-1, 1.5, Number.NaN])('refuses %s months', (months) => {
    const error = caught(() => warrantyEnd('2026-01-01T10:00:00.000Z', months))
    expect(error.code).toBe('invalid_warranty_months')
    expect(error.field).toBe('warrantyMonths')
  })

  it('refuses a start that is not a date', () => {
    expect(caught(() => warrantyEnd('pas une date', 3)).code).toBe('invalid_date')
  })
})

describe('warrantyStatus', () => {
  // 31/03 22:30 UTC is already 01/04 00:30 in Paris: the warranty covers all of 1 April.
  const endsLateUtc = { endsAt: '2026-03-31T22:30:00.000Z' }

  it('is active before the end', () => {
    expect(warrantyStatus(endsLateUtc, 0, new Date('2026-03-20T10:00:00.000Z'))).toBe('active')
  })

  it('is still active on the last Paris day even though that day has ended in UTC terms', () => {
    // 01/04 22:00 Paris: the UTC day of endsAt (31/03) is over, the Paris one (01/04) is not.
    expect(warrantyStatus(endsLateUtc, 0, new Date('2026-04-01T20:00:00.000Z'))).toBe('active')
  })

  it('is still active later on the end day than the end instant', () => {
    expect(
      warrantyStatus(
        { endsAt: '2026-03-31T08:00:00.000Z' },
        0,
        new Date('2026-03-31T20:00:00.000Z'),
      ),
    ).toBe('active')
  })

  it('expires at midnight Paris time after the end day', () => {
    // 01/04 22:30 UTC is 02/04 00:30 in Paris.
    expect(warrantyStatus(endsLateUtc, 0, new Date('2026-04-01T22:30:00.000Z'))).toBe('expiree')
  })

  it('expires on the Paris day after even when UTC is still on the end day', () => {
    // 31/03 22:30 UTC is 01/04 00:30 in Paris, the day after an end on 31/03 10:00 Paris.
    expect(
      warrantyStatus(
        { endsAt: '2026-03-31T08:00:00.000Z' },
        0,
        new Date('2026-03-31T22:30:00.000Z'),
      ),
    ).toBe('expiree')
  })

  it('shows an open claim even on an expired warranty', () => {
    expect(warrantyStatus(endsLateUtc, 1, new Date('2027-01-01T10:00:00.000Z'))).toBe(
      'en_reclamation',
    )
  })

  it('shows an open claim on an active warranty', () => {
    expect(warrantyStatus(endsLateUtc, 2, new Date('2026-03-20T10:00:00.000Z'))).toBe(
      'en_reclamation',
    )
  })

  it('accepts a Date as end', () => {
    expect(
      warrantyStatus(
        { endsAt: new Date('2026-03-31T22:30:00.000Z') },
        0,
        new Date('2026-04-02T10:00:00.000Z'),
      ),
    ).toBe('expiree')
  })

  it('refuses an end that is not a date', () => {
    const error = caught(() => warrantyStatus({ endsAt: 'bientôt' }, 0, new Date()))
    expect(error.code).toBe('invalid_date')
    expect(error.field).toBe('endsAt')
  })
})

describe('assertClaimable', () => {
  const w = { endsAt: '2026-03-31T22:30:00.000Z' }

  it('allows a claim on the last Paris day', () => {
    expect(() => assertClaimable(w, new Date('2026-04-01T21:59:00.000Z'))).not.toThrow()
  })

  it('refuses a claim after expiry with the Paris end date and the way out', () => {
    const error = caught(() => assertClaimable(w, new Date('2026-04-01T22:00:00.000Z')))
    expect(error.code).toBe('warranty_expired')
    expect(httpStatusOf(error.code)).toBe(409)
    expect(error.message).toBe(
      'Garantie expirée le 01/04/2026 : la réclamation ne peut pas être ouverte. Proposez une nouvelle réparation payante.',
    )
  })
})

describe('assertClaimTransition', () => {
  const allowed: [ClaimStatus, ClaimStatus][] = [
    ['ouverte', 'en_examen'],
    ['en_examen', 'acceptee'],
    ['acceptee', 'cloturee'],
    ['refusee', 'cloturee'],
  ]
  it.each(allowed)('allows %s → %s', (from, to) => {
    expect(() => assertClaimTransition(from, to)).not.toThrow()
  })

  it('allows refusing with a reason', () => {
    expect(() =>
      assertClaimTransition('en_examen', 'refusee', 'Oxydation : dégât des eaux non couvert'),
    ).not.toThrow()
  })

  it.each([undefined, null, '', '   '])('refuses refusing without a reason (%s)', (reason) => {
    const error = caught(() => assertClaimTransition('en_examen', 'refusee', reason))
    expect(error.code).toBe('refusal_reason_required')
    expect(error.field).toBe('refusalReason')
    expect(httpStatusOf(error.code)).toBe(400)
  })

  it.each(['ouverte', 'en_examen', 'acceptee', 'refusee', 'cloturee'] as ClaimStatus[])(
    'allows staying %s',
    (s) => {
      expect(() => assertClaimTransition(s, s)).not.toThrow()
    },
  )

  it('refuses skipping the review and lists the allowed next status', () => {
    const error = caught(() => assertClaimTransition('ouverte', 'acceptee'))
    expect(error.code).toBe('illegal_transition')
    expect(httpStatusOf(error.code)).toBe(409)
    expect(error.field).toBe('status')
    expect(error.message).toBe(
      'Passage impossible de « Ouverte » à « Acceptée ». Statuts possibles depuis « Ouverte » : « En examen ».',
    )
  })

  it('refuses an illegal move before checking the reason', () => {
    expect(caught(() => assertClaimTransition('ouverte', 'refusee')).code).toBe(
      'illegal_transition',
    )
  })

  it('refuses turning an accepted claim into a refused one', () => {
    expect(caught(() => assertClaimTransition('acceptee', 'refusee', 'motif')).code).toBe(
      'illegal_transition',
    )
  })

  it('treats a closed claim as final', () => {
    const error = caught(() => assertClaimTransition('cloturee', 'ouverte'))
    expect(httpStatusOf(error.code)).toBe(409)
    expect(error.message).toContain('aucun (réclamation close)')
  })

  it('refuses an unknown status', () => {
    expect(caught(() => assertClaimTransition('ouverte', 'perdue' as ClaimStatus)).code).toBe(
      'invalid_status',
    )
  })
})

describe('isOpenClaim', () => {
  it.each([
    ['ouverte', true],
    ['en_examen', true],
    ['acceptee', true],
    ['refusee', false],
    ['cloturee', false],
  ] as [ClaimStatus, boolean][])('%s → %s', (status, open) => {
    expect(isOpenClaim(status)).toBe(open)
  })
})

describe('assertReturnableToSupplier', () => {
  const part = { kind: 'piece', part: 7 }
  it('lets the part of an accepted (or closed) claim go back once', () => {
    expect(() => assertReturnableToSupplier({ status: 'acceptee' }, part)).not.toThrow()
    expect(() => assertReturnableToSupplier({ status: 'cloturee' }, part)).not.toThrow()
  })
  it('refuses a claim not accepted', () => {
    expect(() => assertReturnableToSupplier({ status: 'en_examen' }, part)).toThrow(
      /Seule une réclamation acceptée/,
    )
  })
  it('refuses a part already returned, naming its RMA', () => {
    expect(() =>
      assertReturnableToSupplier({ status: 'acceptee', rmaReference: 'RMA-1' }, part),
    ).toThrow(/déjà été renvoyée \(RMA RMA-1\)/)
  })
  it('refuses a labour warranty', () => {
    expect(() =>
      assertReturnableToSupplier({ status: 'acceptee' }, { kind: 'main_oeuvre', part: null }),
    ).toThrow(/main-d'œuvre/)
  })
})
