import { describe, expect, it } from 'vitest'

import { DomainError } from '../../src/domain/errors'
import { amountDue, invoiceBalance } from '../../src/domain/invoices'
import { bonusFor, claimMonth } from '../../src/domain/repairBonus'

const rule = {
  label: 'Smartphone — écran',
  deviceType: 3,
  deviceTypeName: 'Smartphone',
  amount: 2500,
  active: true,
  validFrom: '2026-01-01',
  validUntil: '2026-12-31',
}
const ok = {
  rule,
  labelNumber: 'QR-2026-0042',
  deviceType: 3,
  totalTtc: 14900,
  on: new Date('2026-12-04T10:00:00Z'),
}

const refusal = (fn: () => unknown) => {
  try {
    fn()
  } catch (error) {
    return error as DomainError
  }
  throw new Error('no refusal')
}

describe('bonusFor (QualiRépar)', () => {
  it('gives the rule amount, labelled, to a labelled shop for that device type', () => {
    expect(bonusFor(ok)).toEqual({
      amount: 2500,
      label: 'Bonus réparation QualiRépar — Smartphone — écran',
    })
  })

  it('is refused to a shop without a label number', () => {
    const e = refusal(() => bonusFor({ ...ok, labelNumber: '  ' }))
    expect(e.code).toBe('bonus_not_applicable')
    expect(e.field).toBe('bonusRule')
    expect(e.message).toContain("n'est pas labellisé QualiRépar")
  })

  it('is refused outside its dates (Paris day) or when switched off', () => {
    // 31/12 23:30 in Paris is still 2026: in force.
    expect(bonusFor({ ...ok, on: new Date('2026-12-31T22:30:00Z') }).amount).toBe(2500)
    // 01/01 00:30 in Paris is 2027: over.
    expect(refusal(() => bonusFor({ ...ok, on: new Date('2026-12-31T23:30:00Z') })).message).toBe(
      "Le bonus « Smartphone — écran » n'est pas en vigueur (il a pris fin le 31/12/2026) : choisissez un bonus en vigueur ou retirez-le.",
    )
    expect(
      refusal(() => bonusFor({ ...ok, on: new Date('2025-06-01T10:00:00Z') })).message,
    ).toContain('il commence le 01/01/2026')
    expect(refusal(() => bonusFor({ ...ok, rule: { ...rule, active: false } })).code).toBe(
      'bonus_not_applicable',
    )
  })

  it('is refused for another device type, naming the one it is for', () => {
    expect(refusal(() => bonusFor({ ...ok, deviceType: 4 })).message).toContain(
      'concerne les appareils de type « Smartphone »',
    )
    expect(refusal(() => bonusFor({ ...ok, deviceType: null })).code).toBe('bonus_not_applicable')
  })

  it('stays below the repair price: equal is refused, one cent more is fine', () => {
    expect(refusal(() => bonusFor({ ...ok, totalTtc: 2500 })).message).toContain(
      'doit rester inférieur au montant de la réparation',
    )
    expect(bonusFor({ ...ok, totalTtc: 2501 }).amount).toBe(2500)
  })
})

describe('what the customer pays with a bonus', () => {
  it('is the total less the bonus, then less the payments', () => {
    expect(amountDue({ totalTtc: 14900, bonus: 2500 })).toBe(12400)
    expect(
      invoiceBalance({ totalTtc: 14900, bonusAmount: 2500, amountPaid: 10000, amountCredited: 0 }),
    ).toEqual({ due: 12400, left: 2400 })
  })
})

describe('claimMonth', () => {
  it('names the month, December rolling into January', () => {
    expect(claimMonth('2026-12')).toEqual({ from: '2026-12-01', to: '2027-01-01' })
    expect(claimMonth('2026-02')).toEqual({ from: '2026-02-01', to: '2026-03-01' })
  })
  it('refuses anything else with the field named', () => {
    const e = refusal(() => claimMonth('2026-13'))
    expect(e.field).toBe('month')
    expect(e.message).toContain('AAAA-MM')
  })
})
