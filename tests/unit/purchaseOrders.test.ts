import { describe, expect, it } from 'vitest'

import {
  PURCHASE_ORDER_STATUS_LABELS,
  assertOrderable,
  assertPurchaseOrderTransition,
  assertReceivable,
  formatPurchaseOrderReference,
  orderTotals,
  planReception,
  runningOrderTotals,
  type OrderLine,
  type PurchaseOrderStatus,
} from '../../src/domain/purchaseOrders'
import { caught } from '../helpers/domain'
import type { DomainError } from '../../src/domain/errors'
import { httpStatusOf } from '../../src/http/domainStatus'

const line = (
  id: string,
  part: number,
  quantity: number,
  receivedQuantity = 0,
  unitCost = 1000,
): OrderLine => ({
  id,
  part,
  quantity,
  receivedQuantity,
  unitCost,
})

describe('PURCHASE_ORDER_STATUS_LABELS', () => {
  it('labels every status in French', () => {
    expect(
      Object.fromEntries(Object.entries(PURCHASE_ORDER_STATUS_LABELS).map(([k, v]) => [k, v.fr])),
    ).toEqual({
      brouillon: 'Brouillon',
      commandee: 'Commandée',
      partiellement_recue: 'Partiellement reçue',
      recue: 'Reçue',
      annulee: 'Annulée',
    })
  })
})

describe('assertPurchaseOrderTransition', () => {
  const allowed: [PurchaseOrderStatus, PurchaseOrderStatus][] = [
    ['brouillon', 'commandee'],
    ['brouillon', 'annulee'],
    ['commandee', 'partiellement_recue'],
    ['commandee', 'recue'],
    ['commandee', 'annulee'],
    ['partiellement_recue', 'recue'],
    ['partiellement_recue', 'partiellement_recue'],
  ]
  it.each(allowed)('allows %s → %s', (from, to) => {
    expect(() => assertPurchaseOrderTransition(from, to)).not.toThrow()
  })

  it.each(['brouillon', 'commandee', 'recue', 'annulee'] as PurchaseOrderStatus[])(
    'allows staying %s',
    (s) => {
      expect(() => assertPurchaseOrderTransition(s, s)).not.toThrow()
    },
  )

  it('refuses receiving a draft and lists the allowed next states', () => {
    const error = caught(() => assertPurchaseOrderTransition('brouillon', 'recue'))
    expect(error.code).toBe('illegal_transition')
    expect(httpStatusOf(error.code)).toBe(409)
    expect(error.field).toBe('status')
    expect(error.message).toBe(
      'Passage impossible de « Brouillon » à « Reçue ». Statuts possibles depuis « Brouillon » : « Commandée », « Annulée ».',
    )
  })

  it('refuses cancelling a partially received order', () => {
    const error = caught(() => assertPurchaseOrderTransition('partiellement_recue', 'annulee'))
    expect(error.code).toBe('illegal_transition')
    expect(error.message).toContain('Statuts possibles depuis « Partiellement reçue » : « Reçue ».')
  })

  it('refuses going back to draft once ordered', () => {
    expect(caught(() => assertPurchaseOrderTransition('commandee', 'brouillon')).code).toBe(
      'illegal_transition',
    )
  })

  it('treats a received order as final', () => {
    const error = caught(() => assertPurchaseOrderTransition('recue', 'partiellement_recue'))
    expect(httpStatusOf(error.code)).toBe(409)
    expect(error.message).toContain('aucun (commande close)')
  })

  it('treats a cancelled order as final', () => {
    expect(caught(() => assertPurchaseOrderTransition('annulee', 'commandee')).message).toContain(
      'aucun (commande close)',
    )
  })

  it('refuses an unknown status', () => {
    const error = caught(() =>
      assertPurchaseOrderTransition('brouillon', 'livree' as PurchaseOrderStatus),
    )
    expect(error.code).toBe('invalid_status')
    expect(error.field).toBe('status')
  })
})

describe('planReception', () => {
  it('receives part of a line: partial status, one movement, lines not mutated', () => {
    const lines = [line('l1', 7, 5), line('l2', 8, 2)]
    const plan = planReception(lines, [{ lineId: 'l1', quantity: 3 }])
    expect(plan.status).toBe('partiellement_recue')
    expect(plan.movements).toEqual([{ part: 7, quantity: 3, lineId: 'l1' }])
    expect(plan.lines.map((l) => l.receivedQuantity)).toEqual([3, 0])
    expect(lines[0].receivedQuantity).toBe(0)
  })

  it('is received when every line is complete after the delivery', () => {
    const plan = planReception(
      [line('l1', 7, 5, 3), line('l2', 8, 2)],
      [
        { lineId: 'l1', quantity: 2 },
        { lineId: 'l2', quantity: 2 },
      ],
    )
    expect(plan.status).toBe('recue')
    expect(plan.movements).toEqual([
      { part: 7, quantity: 2, lineId: 'l1' },
      { part: 8, quantity: 2, lineId: 'l2' },
    ])
  })

  it('stays partial when a line not in the delivery is still missing', () => {
    const plan = planReception(
      [line('l1', 7, 1), line('l2', 8, 4, 1)],
      [{ lineId: 'l1', quantity: 1 }],
    )
    expect(plan.status).toBe('partiellement_recue')
  })

  it('adds up several entries for the same line into one movement', () => {
    const plan = planReception(
      [line('l1', 7, 5)],
      [
        { lineId: 'l1', quantity: 2 },
        { lineId: 'l1', quantity: 3 },
      ],
    )
    expect(plan.movements).toEqual([{ part: 7, quantity: 5, lineId: 'l1' }])
    expect(plan.status).toBe('recue')
  })

  it('refuses receiving more than remains and names the remaining quantity', () => {
    const error = caught(() =>
      planReception([line('l1', 7, 5, 3)], [{ lineId: 'l1', quantity: 3 }]),
    )
    expect(error.code).toBe('over_reception')
    expect(httpStatusOf(error.code)).toBe(409)
    expect(error.field).toBe('lines')
    expect(error.message).toContain("il n'en reste que 2 à recevoir")
  })

  it('refuses an over-reception spread over several entries of the same line', () => {
    const error = caught(() =>
      planReception(
        [line('l1', 7, 4)],
        [
          { lineId: 'l1', quantity: 3 },
          { lineId: 'l1', quantity: 2 },
        ],
      ),
    )
    expect(error.code).toBe('over_reception')
  })

  it('refuses receiving a line already fully received', () => {
    const error = caught(() =>
      planReception([line('l1', 7, 2, 2)], [{ lineId: 'l1', quantity: 1 }]),
    )
    expect(error.code).toBe('over_reception')
    expect(error.message).toContain('déjà entièrement reçue')
  })

  it('refuses an unknown line', () => {
    const error = caught(() => planReception([line('l1', 7, 2)], [{ lineId: 'zz', quantity: 1 }]))
    expect(error.code).toBe('unknown_line')
    expect(error.field).toBe('lines')
  })

  it.each([0, -1, 1.5])('refuses a received quantity of %s', (quantity) => {
    const error = caught(() => planReception([line('l1', 7, 5)], [{ lineId: 'l1', quantity }]))
    expect(error.code).toBe('invalid_quantity')
    expect(error.field).toBe('lines')
  })

  it('refuses an empty delivery', () => {
    const error = caught(() => planReception([line('l1', 7, 5)], []))
    expect(error.code).toBe('empty_reception')
    expect(error.field).toBe('lines')
  })
})

describe('orderTotals', () => {
  it('sums lines and applies 20 % VAT by default', () => {
    expect(
      orderTotals([
        { quantity: 2, unitCost: 1250 },
        { quantity: 1, unitCost: 500 },
      ]),
    ).toEqual({ net: 3000, vat: 600, gross: 3600 })
  })

  it('rounds the VAT half up on the total', () => {
    // 0.20 × 1 cent × 5 lines = 1 cent on the total, not 0 per line.
    expect(orderTotals(Array.from({ length: 5 }, () => ({ quantity: 1, unitCost: 1 })))).toEqual({
      net: 5,
      vat: 1,
      gross: 6,
    })
    // 5.5 % of 10 cents = 0.55 → 1; 5.5 % of 9 cents = 0.495 → 0.
    expect(orderTotals([{ quantity: 1, unitCost: 10 }], 550).vat).toBe(1)
    expect(orderTotals([{ quantity: 1, unitCost: 9 }], 550).vat).toBe(0)
  })

  it('rounds an exact half cent up', () => {
    // 10 % of 25 cents = 2.5 → 3 (banker's rounding would give 2); 10 % of 15 = 1.5 → 2.
    expect(orderTotals([{ quantity: 1, unitCost: 25 }], 1000).vat).toBe(3)
    expect(orderTotals([{ quantity: 1, unitCost: 15 }], 1000).vat).toBe(2)
  })

  it('accepts a zero VAT rate', () => {
    expect(orderTotals([{ quantity: 3, unitCost: 333 }], 0)).toEqual({
      net: 999,
      vat: 0,
      gross: 999,
    })
  })

  it('returns zeros for an empty order', () => {
    expect(orderTotals([])).toEqual({ net: 0, vat: 0, gross: 0 })
  })

  it('refuses a unit cost that is not integer cents', () => {
    const error = caught(() => orderTotals([{ quantity: 1, unitCost: 12.5 }]))
    expect(error.code).toBe('invalid_unit_cost')
    expect(error.field).toBe('lines')
  })

  it('refuses a negative quantity', () => {
    expect(caught(() => orderTotals([{ quantity: -1, unitCost: 100 }])).code).toBe(
      'invalid_quantity',
    )
  })

  it('refuses a VAT rate that is not in basis points', () => {
    const error = caught(() => orderTotals([{ quantity: 1, unitCost: 100 }], 0.2))
    expect(error.code).toBe('invalid_vat_rate')
    expect(error.field).toBe('vatRate')
  })
})

describe('formatPurchaseOrderReference', () => {
  it('pads the sequence to 4 digits', () => {
    expect(formatPurchaseOrderReference(2026, 42)).toBe('CF-2026-0042')
  })

  it('accepts the last sequence 9999', () => {
    expect(formatPurchaseOrderReference(2026, 9999)).toBe('CF-2026-9999')
  })

  it('refuses a sequence beyond 9999', () => {
    const error = caught(() => formatPurchaseOrderReference(2026, 10_000))
    expect(error.code).toBe('invalid_reference')
    expect(error.message).toContain('9999')
  })

  it('refuses sequence 0', () => {
    expect(caught(() => formatPurchaseOrderReference(2026, 0)).code).toBe('invalid_reference')
  })

  it('refuses a year that is not 4 digits', () => {
    expect(caught(() => formatPurchaseOrderReference(26, 1)).code).toBe('invalid_reference')
  })
})

describe('assertReceivable', () => {
  it('lets an ordered or partly received order take a delivery', () => {
    expect(() => assertReceivable('commandee')).not.toThrow()
    expect(() => assertReceivable('partiellement_recue')).not.toThrow()
  })
  it('refuses a draft, a received or a cancelled order in French, 409', () => {
    for (const status of ['brouillon', 'recue', 'annulee'] as const) {
      expect(() => assertReceivable(status), status).toThrow(
        /ne se réceptionne pas : passez-la d'abord en « Commandée »/,
      )
    }
    try {
      assertReceivable('brouillon')
    } catch (error) {
      expect(httpStatusOf((error as DomainError).code)).toBe(409)
    }
  })
})

describe('assertOrderable', () => {
  it('lets a draft be ordered', () => {
    expect(() => assertOrderable('brouillon', 'CF-2026-0001')).not.toThrow()
  })
  it('refuses to order twice, naming the order and its status, 409', () => {
    const error = caught(() => assertOrderable('commandee', 'CF-2026-0001'))
    expect(error.message).toMatch(
      /CF-2026-0001 a déjà été passée au fournisseur \(statut « Commandée »\)/,
    )
    expect(httpStatusOf(error.code)).toBe(409)
  })
  it('refuses a cancelled order with what to do instead', () => {
    expect(caught(() => assertOrderable('annulee', 'CF-2026-0002')).message).toMatch(
      /annulée.*Créez une nouvelle commande/,
    )
  })
})

describe('runningOrderTotals', () => {
  it('adds the complete lines and counts the others', () => {
    const totals = runningOrderTotals([
      { quantity: 3, unitCost: 4200 },
      { quantity: 2, unitCost: null },
      { quantity: 1, unitCost: 999 },
    ])
    expect(totals.amounts).toEqual([12600, null, 999])
    expect(totals.net).toBe(13599)
    expect(totals.incomplete).toBe(1)
  })
  it('does not count a line typed as text, a fraction or a negative number', () => {
    const totals = runningOrderTotals([
      { quantity: '3', unitCost: 100 },
      { quantity: 1.5, unitCost: 100 },
      { quantity: 1, unitCost: -5 },
    ])
    expect(totals).toEqual({ amounts: [null, null, null], net: 0, incomplete: 3 })
  })
  it('is zero for no line', () => {
    expect(runningOrderTotals([])).toEqual({ amounts: [], net: 0, incomplete: 0 })
  })
})
