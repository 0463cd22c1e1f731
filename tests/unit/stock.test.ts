import { describe, expect, it } from 'vitest'

import {
  MOVEMENT_REASONS,
  assertMovementQuantity,
  insufficientStockMessage,
  lowStockTransition,
  reorderFor,
  suggestedReorder,
  usageDeltas,
  type MovementReason,
} from '../../src/domain/stock'
import { caught } from '../helpers/domain'
import { httpStatusOf } from '../../src/http/domainStatus'

describe('MOVEMENT_REASONS', () => {
  it('gives each reason its direction', () => {
    const signs = Object.fromEntries(Object.entries(MOVEMENT_REASONS).map(([k, v]) => [k, v.sign]))
    expect(signs).toEqual({
      reception: 1,
      used_on_repair: -1,
      returned_from_repair: 1,
      adjustment: 0,
      loss: -1,
      return_to_supplier: -1,
    })
  })

  it('has a French and an English label for every reason', () => {
    for (const meta of Object.values(MOVEMENT_REASONS)) {
      expect(meta.fr.length).toBeGreaterThan(0)
      expect(meta.en.length).toBeGreaterThan(0)
    }
  })
})

describe('assertMovementQuantity', () => {
  it('accepts a positive quantity for incoming reasons', () => {
    expect(() => assertMovementQuantity('reception', 5)).not.toThrow()
    expect(() => assertMovementQuantity('returned_from_repair', 1)).not.toThrow()
  })

  it('accepts a negative quantity for outgoing reasons', () => {
    expect(() => assertMovementQuantity('used_on_repair', -1)).not.toThrow()
    expect(() => assertMovementQuantity('loss', -2)).not.toThrow()
    expect(() => assertMovementQuantity('return_to_supplier', -3)).not.toThrow()
  })

  it('accepts an adjustment either way', () => {
    expect(() => assertMovementQuantity('adjustment', 4)).not.toThrow()
    expect(() => assertMovementQuantity('adjustment', -4)).not.toThrow()
  })

  it('refuses zero, even for an adjustment', () => {
    const error = caught(() => assertMovementQuantity('adjustment', 0))
    expect(error.code).toBe('invalid_quantity')
    expect(error.field).toBe('quantity')
    expect(httpStatusOf(error.code)).toBe(400)
    expect(error.message).toContain('différent de zéro')
  })

  it('refuses a fractional quantity', () => {
    const error = caught(() => assertMovementQuantity('reception', 1.5))
    expect(error.code).toBe('invalid_quantity')
    expect(error.message).toContain('entier')
  })

  it('refuses NaN', () => {
    expect(caught(() => assertMovementQuantity('reception', Number.NaN)).code).toBe(
      'invalid_quantity',
    )
  })

  it('refuses a negative reception and suggests the positive quantity', () => {
    const error = caught(() => assertMovementQuantity('reception', -3))
    expect(error.code).toBe('invalid_quantity')
    expect(error.field).toBe('quantity')
    expect(error.message).toContain('positive')
    expect(error.message).toContain('(ex. 3)')
  })

  it('refuses a positive loss and suggests the negative quantity', () => {
    const error = caught(() => assertMovementQuantity('loss', 2))
    expect(error.code).toBe('invalid_quantity')
    expect(error.message).toContain('négative')
    expect(error.message).toContain('(ex. -2)')
  })

  it('refuses a positive use on a repair', () => {
    expect(caught(() => assertMovementQuantity('used_on_repair', 1)).code).toBe('invalid_quantity')
  })

  it('refuses an unknown reason', () => {
    const error = caught(() => assertMovementQuantity('vol' as MovementReason, 1))
    expect(error.code).toBe('invalid_reason')
    expect(error.field).toBe('reason')
  })
})

describe('insufficientStockMessage', () => {
  it('names the part, the requested and available quantities, and what to do', () => {
    expect(insufficientStockMessage('Écran iPhone 13', 2, 1)).toBe(
      'Stock insuffisant pour « Écran iPhone 13 » : 2 demandé(s), 1 en stock. Commandez la pièce ou réduisez la quantité.',
    )
  })
})

describe('lowStockTransition', () => {
  it('is not low above the threshold', () => {
    expect(lowStockTransition({ quantity: 10, threshold: 3, alerted: false }, 4)).toEqual({
      low: false,
      alert: false,
      alerted: false,
    })
  })

  it('fires the alert when the stock reaches the threshold exactly', () => {
    expect(lowStockTransition({ quantity: 4, threshold: 3, alerted: false }, 3)).toEqual({
      low: true,
      alert: true,
      alerted: true,
    })
  })

  it('does not fire again while the stock stays low', () => {
    expect(lowStockTransition({ quantity: 3, threshold: 3, alerted: true }, 1)).toEqual({
      low: true,
      alert: false,
      alerted: true,
    })
  })

  it('re-arms once the stock goes back above the threshold, then fires again', () => {
    const afterFirstDrop = lowStockTransition({ quantity: 5, threshold: 3, alerted: false }, 2)
    expect(afterFirstDrop.alert).toBe(true)

    const stillLow = lowStockTransition(
      { quantity: 2, threshold: 3, alerted: afterFirstDrop.alerted },
      1,
    )
    expect(stillLow.alert).toBe(false)

    const restocked = lowStockTransition(
      { quantity: 1, threshold: 3, alerted: stillLow.alerted },
      10,
    )
    expect(restocked).toEqual({ low: false, alert: false, alerted: false })

    const secondDrop = lowStockTransition(
      { quantity: 10, threshold: 3, alerted: restocked.alerted },
      3,
    )
    expect(secondDrop).toEqual({ low: true, alert: true, alerted: true })
  })

  it('does not re-arm when the stock rises but stays at or below the threshold', () => {
    expect(lowStockTransition({ quantity: 1, threshold: 3, alerted: true }, 3)).toEqual({
      low: true,
      alert: false,
      alerted: true,
    })
  })

  it('treats zero stock with a zero threshold as low', () => {
    expect(lowStockTransition({ quantity: 1, threshold: 0, alerted: false }, 0).alert).toBe(true)
  })
})

describe('suggestedReorder', () => {
  it('suggests nothing when the stock is above the threshold', () => {
    expect(suggestedReorder({ quantity: 4, threshold: 3, reorderQuantity: 10 })).toBe(0)
  })

  it('suggests the usual batch when it is enough to end above the threshold', () => {
    expect(suggestedReorder({ quantity: 2, threshold: 3, reorderQuantity: 10 })).toBe(10)
  })

  it('orders more than the usual batch when the batch would still leave the stock low', () => {
    // 0 + 5 = 5 would still be at the threshold: 6 are needed to end at 6.
    expect(suggestedReorder({ quantity: 0, threshold: 5, reorderQuantity: 5 })).toBe(6)
  })

  it('orders at least one when the stock sits exactly on the threshold with no batch size', () => {
    expect(suggestedReorder({ quantity: 3, threshold: 3, reorderQuantity: 0 })).toBe(1)
  })

  it('covers a negative stock', () => {
    expect(suggestedReorder({ quantity: -2, threshold: 1, reorderQuantity: 1 })).toBe(4)
  })
})

describe('usageDeltas', () => {
  it('returns nothing when the lines did not change', () => {
    const lines = [{ lineId: 'a', part: 7, quantity: 2 }]
    expect(usageDeltas(lines, [...lines])).toEqual([])
  })

  it('takes stock for an added line', () => {
    expect(usageDeltas([], [{ lineId: 'a', part: 7, quantity: 2 }])).toEqual([
      { part: 7, delta: 2 },
    ])
  })

  it('gives stock back for a removed line', () => {
    expect(usageDeltas([{ lineId: 'a', part: 7, quantity: 2 }], [])).toEqual([
      { part: 7, delta: -2 },
    ])
  })

  it('returns the difference when a line quantity changes', () => {
    expect(
      usageDeltas([{ lineId: 'a', part: 7, quantity: 3 }], [{ lineId: 'a', part: 7, quantity: 1 }]),
    ).toEqual([{ part: 7, delta: -2 }])
  })

  it('moves stock between parts when a line switches part', () => {
    expect(
      usageDeltas([{ lineId: 'a', part: 9, quantity: 1 }], [{ lineId: 'a', part: 4, quantity: 1 }]),
    ).toEqual([
      { part: 4, delta: 1 },
      { part: 9, delta: -1 },
    ])
  })

  it('adds up several lines of the same part and omits parts that net to zero', () => {
    const before = [
      { lineId: 'a', part: 3, quantity: 1 },
      { lineId: 'b', part: 3, quantity: 1 },
      { lineId: 'c', part: 5, quantity: 2 },
    ]
    // Two lines of part 3 merged into one of 2: no stock change for part 3.
    const after = [
      { lineId: 'a', part: 3, quantity: 2 },
      { lineId: null, part: 5, quantity: 3 },
    ]
    expect(usageDeltas(before, after)).toEqual([{ part: 5, delta: 1 }])
  })

  it('sorts by part id whatever the line order', () => {
    const after = [
      { part: 30, quantity: 1 },
      { part: 2, quantity: 1 },
      { part: 11, quantity: 1 },
    ]
    expect(usageDeltas([], after).map((d) => d.part)).toEqual([2, 11, 30])
  })
})

describe('reorderFor, with what is already on order', () => {
  const part = { quantityOnHand: 0, reorderThreshold: 2, reorderQuantity: 3 }
  it('orders the usual batch when nothing is on order', () => {
    expect(reorderFor(part)).toBe(3)
  })
  it('orders nothing when the open orders bring the part back above its threshold', () => {
    expect(reorderFor(part, 3)).toBe(0)
  })
  it('orders the rest when the open orders are not enough', () => {
    expect(reorderFor({ quantityOnHand: 0, reorderThreshold: 5, reorderQuantity: 1 }, 2)).toBe(4)
  })
  it('ignores a negative quantity on order (an over-received line)', () => {
    expect(reorderFor(part, -2)).toBe(3)
  })
})
