import { describe, expect, it } from 'vitest'

import {
  assertDayOpen,
  assertNotBeforeFirst,
  assertNotClosed,
  assertPeriodOver,
  closingKey,
  closingTotals,
  type DocumentRecord,
  describePeriod,
  keyAt,
  lastChildKey,
  lastEndedPeriod,
  nextKey,
  parsePeriod,
  type PaymentRecord,
  periodAt,
  periodsBetween,
  perpetualTotals,
  previousKey,
  sumClosingTotals,
} from '../../src/domain/closings'
import { DomainError } from '../../src/domain/errors'

const span = (level: 'jour' | 'mois' | 'annee', key: string) => {
  const p = parsePeriod(level, key)
  return [p.start.toISOString(), p.end.toISOString()]
}
const hours = (level: 'jour' | 'mois' | 'annee', key: string) => {
  const p = parsePeriod(level, key)
  return (p.end.getTime() - p.start.getTime()) / 3_600_000
}
const refusal = (fn: () => unknown): DomainError => {
  try {
    fn()
  } catch (error) {
    if (error instanceof DomainError) return error
    throw error
  }
  throw new Error('no refusal')
}

describe('the period of a closing', () => {
  it('is a winter day from midnight to midnight in Paris (23:00 UTC the day before)', () => {
    expect(span('jour', '2026-12-04')).toEqual([
      '2026-12-03T23:00:00.000Z',
      '2026-12-04T23:00:00.000Z',
    ])
  })
  it('is a summer day from 22:00 UTC the day before', () => {
    expect(span('jour', '2026-07-14')).toEqual([
      '2026-07-13T22:00:00.000Z',
      '2026-07-14T22:00:00.000Z',
    ])
  })
  it('lasts 23 hours the day clocks go forward', () => {
    expect(span('jour', '2026-03-29')).toEqual([
      '2026-03-28T23:00:00.000Z',
      '2026-03-29T22:00:00.000Z',
    ])
    expect(hours('jour', '2026-03-29')).toBe(23)
  })
  it('lasts 25 hours the day clocks go back', () => {
    expect(span('jour', '2026-10-25')).toEqual([
      '2026-10-24T22:00:00.000Z',
      '2026-10-25T23:00:00.000Z',
    ])
    expect(hours('jour', '2026-10-25')).toBe(25)
  })
  it('puts 23:59:59.999 in Paris in the day and midnight in the next one', () => {
    expect(periodAt('jour', new Date('2026-12-04T22:59:59.999Z')).key).toBe('2026-12-04')
    expect(periodAt('jour', new Date('2026-12-04T23:00:00.000Z')).key).toBe('2026-12-05')
    // 00:30 in Paris on 26/10 is still 25/10 in UTC.
    expect(periodAt('jour', new Date('2026-10-25T22:30:00.000Z')).key).toBe('2026-10-25')
    expect(periodAt('jour', new Date('2026-10-25T23:30:00.000Z')).key).toBe('2026-10-26')
  })
  it('is a month from the 1st at midnight in Paris, across a change of clocks', () => {
    expect(span('mois', '2026-03')).toEqual([
      '2026-02-28T23:00:00.000Z',
      '2026-03-31T22:00:00.000Z',
    ])
    expect(span('mois', '2026-12')).toEqual([
      '2026-11-30T23:00:00.000Z',
      '2026-12-31T23:00:00.000Z',
    ])
  })
  it('is a year from 1 January at midnight in Paris', () => {
    expect(span('annee', '2026')).toEqual(['2025-12-31T23:00:00.000Z', '2026-12-31T23:00:00.000Z'])
  })
  it('is found from an instant: the Paris day, month and year it falls in', () => {
    const at = new Date('2026-12-31T23:30:00.000Z') // 1 January 2027, 00:30 in Paris
    expect(periodAt('jour', at).key).toBe('2027-01-01')
    expect(periodAt('mois', at).key).toBe('2027-01')
    expect(periodAt('annee', at).key).toBe('2027')
  })
})

describe('the key of a closing', () => {
  it('is « 2026-12-04 », « 2026-12 », « 2026 », and « jour:2026-12-04 » for the unique key', () => {
    expect(parsePeriod('jour', '2026-12-04').key).toBe('2026-12-04')
    expect(parsePeriod('mois', '2026-12').key).toBe('2026-12')
    expect(parsePeriod('annee', '2026').key).toBe('2026')
    expect(closingKey('jour', '2026-12-04')).toBe('jour:2026-12-04')
    expect(closingKey('mois', '2026-12')).toBe('mois:2026-12')
    expect(closingKey('annee', '2026')).toBe('annee:2026')
  })
  it('refuses a day the calendar does not have, naming the field and the writing', () => {
    for (const key of ['2026-02-30', '2026-13-01', '2026-12-4', '04/12/2026', '', null]) {
      const error = refusal(() => parsePeriod('jour', key))
      expect(error.code).toBe('invalid_closing_key')
      expect(error.field).toBe('key')
      expect(error.message).toMatch(/champ « key ».*AAAA-MM-JJ/)
    }
    expect(parsePeriod('jour', '2028-02-29').key).toBe('2028-02-29')
  })
  it('refuses a month 13 and a year of other digits', () => {
    expect(refusal(() => parsePeriod('mois', '2026-13')).message).toBe(
      "La période « 2026-13 » (champ « key ») n'est pas un mois : écrivez-la AAAA-MM (ex. 2026-12).",
    )
    expect(refusal(() => parsePeriod('mois', '2026-00')).code).toBe('invalid_closing_key')
    expect(refusal(() => parsePeriod('annee', '26')).code).toBe('invalid_closing_key')
    expect(refusal(() => parsePeriod('annee', '2026-12')).code).toBe('invalid_closing_key')
  })
  it('refuses an unknown or missing level, naming the field « level »', () => {
    const unknown = refusal(() => parsePeriod('semaine', '2026-12'))
    expect(unknown).toMatchObject({ code: 'invalid_closing_level', field: 'level' })
    expect(unknown.message).toMatch(/« semaine ».*jour, mois ou annee/)
    expect(refusal(() => parsePeriod(undefined, '2026')).message).toMatch(/^Indiquez le niveau/)
  })
  it('steps over month and year ends, and leap days', () => {
    expect(nextKey('jour', '2026-12-31')).toBe('2027-01-01')
    expect(nextKey('jour', '2028-02-28')).toBe('2028-02-29')
    expect(previousKey('jour', '2026-03-01')).toBe('2026-02-28')
    expect(nextKey('mois', '2026-12')).toBe('2027-01')
    expect(previousKey('mois', '2027-01')).toBe('2026-12')
    expect(nextKey('annee', '2026')).toBe('2027')
    expect(periodsBetween('jour', '2026-12-30', '2027-01-02').map((p) => p.key)).toEqual([
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
    ])
    expect(periodsBetween('jour', '2026-12-05', '2026-12-04')).toEqual([])
  })
  it('knows the last day of a month (29 February in a leap year) and the last month of a year', () => {
    expect(lastChildKey(parsePeriod('mois', '2028-02'))).toBe('2028-02-29')
    expect(lastChildKey(parsePeriod('mois', '2026-12'))).toBe('2026-12-31')
    expect(lastChildKey(parsePeriod('annee', '2026'))).toBe('2026-12')
    expect(lastChildKey(parsePeriod('jour', '2026-12-04'))).toBeNull()
    expect(keyAt('mois', '2026-12-04')).toBe('2026-12')
    expect(keyAt('annee', '2026-12')).toBe('2026')
  })
  it('defaults to yesterday, last month and last year, read in Paris', () => {
    const newYear = new Date('2026-12-31T23:30:00.000Z') // 1 January 2027, 00:30 in Paris
    expect(lastEndedPeriod('jour', newYear).key).toBe('2026-12-31')
    expect(lastEndedPeriod('mois', newYear).key).toBe('2026-12')
    expect(lastEndedPeriod('annee', newYear).key).toBe('2026')
    const lateEvening = new Date('2026-12-04T22:30:00.000Z') // 23:30 on 04/12 in Paris
    expect(lastEndedPeriod('jour', lateEvening).key).toBe('2026-12-03')
  })
  it('is named in French with the right agreement', () => {
    expect(describePeriod({ level: 'jour', key: '2026-12-04' })).toMatchObject({
      title: 'Journée du 04/12/2026',
      closingLabel: 'Clôture de la journée du 04/12/2026',
    })
    expect(describePeriod({ level: 'mois', key: '2026-08' }).subject).toBe("Le mois d'août 2026")
    expect(describePeriod({ level: 'annee', key: '2026' }).title).toBe('Année 2026')
  })
})

describe('refusals', () => {
  it('closes no day before midnight in Paris, and closes it at midnight exactly', () => {
    const day = parsePeriod('jour', '2026-12-04')
    const error = refusal(() => assertPeriodOver(day, new Date('2026-12-04T22:59:59.999Z')))
    expect(error.code).toBe('period_not_over')
    expect(error.message).toBe(
      "La journée du 04/12/2026 n'est pas terminée : elle ne peut être clôturée qu'à partir du 05/12/2026 à 00:00 (heure de Paris).",
    )
    expect(() => assertPeriodOver(day, new Date('2026-12-04T23:00:00.000Z'))).not.toThrow()
  })
  it('closes no month before the 1st of the next, nor a year before 1 January', () => {
    const month = parsePeriod('mois', '2026-12')
    expect(refusal(() => assertPeriodOver(month, new Date('2026-12-31T22:59:00Z'))).message).toBe(
      "Le mois de décembre 2026 n'est pas terminé : il ne peut être clôturé qu'à partir du 01/01/2027 à 00:00 (heure de Paris).",
    )
    expect(
      refusal(() => assertPeriodOver(parsePeriod('annee', '2026'), new Date('2026-06-01'))).code,
    ).toBe('period_not_over')
  })
  it('closes a period once: « La journée du 04/12/2026 est déjà clôturée. »', () => {
    const day = parsePeriod('jour', '2026-12-04')
    expect(() => assertNotClosed(day, false)).not.toThrow()
    expect(refusal(() => assertNotClosed(day, true))).toMatchObject({
      code: 'period_closed',
      message: 'La journée du 04/12/2026 est déjà clôturée.',
    })
    expect(refusal(() => assertNotClosed(parsePeriod('mois', '2026-12'), true)).message).toBe(
      'Le mois de décembre 2026 est déjà clôturé.',
    )
  })
  it('dates no payment into a closed day, nor before the first closing', () => {
    const closedDays = { first: '2026-12-01', last: '2026-12-04' }
    const day = (key: string) => ({ key })
    expect(() => assertDayOpen(day('2026-12-05'), closedDays)).not.toThrow()
    expect(() => assertDayOpen(day('2026-12-04'), { first: null, last: null })).not.toThrow()
    expect(refusal(() => assertDayOpen(day('2026-12-04'), closedDays))).toMatchObject({
      code: 'period_closed',
      field: 'receivedAt',
      message:
        "La journée du 04/12/2026 est clôturée : plus aucun paiement ne peut y être daté (champ « receivedAt »). Enregistrez-le à la date d'aujourd'hui.",
    })
    expect(refusal(() => assertDayOpen(day('2026-11-30'), closedDays)).message).toMatch(
      /^La journée du 30\/11\/2026 précède la première clôture : plus aucun paiement/,
    )
  })
  it('closes nothing before the first closing of the level', () => {
    const error = refusal(() =>
      assertNotBeforeFirst({ level: 'jour', key: '2026-12-01' }, '2026-12-03'),
    )
    expect(error.code).toBe('period_closed')
    expect(error.message).toMatch(
      /^La journée du 01\/12\/2026 précède la première clôture \(journée du 03\/12\/2026\)/,
    )
    expect(() =>
      assertNotBeforeFirst({ level: 'jour', key: '2026-12-03' }, '2026-12-03'),
    ).not.toThrow()
    expect(() => assertNotBeforeFirst({ level: 'jour', key: '2026-12-01' }, null)).not.toThrow()
  })
})

// An invoice of 175,00 € (120,00 € at 20 %, 55,00 € at 10 %), one of 24,00 € at 20 %, and a
// credit note of 27,50 € at 10 % on the first.
const invoice1: DocumentRecord = {
  kind: 'invoice',
  totalHt: 15000,
  totalVat: 2500,
  totalTtc: 17500,
  vatBreakdown: [
    { rate: 2000, ht: 10000, vat: 2000, ttc: 12000 },
    { rate: 1000, ht: 5000, vat: 500, ttc: 5500 },
  ],
}
const invoice2: DocumentRecord = {
  kind: 'invoice',
  totalHt: 2000,
  totalVat: 400,
  totalTtc: 2400,
  vatBreakdown: [{ rate: 2000, ht: 2000, vat: 400, ttc: 2400 }],
}
const creditNote: DocumentRecord = {
  kind: 'credit_note',
  totalHt: 2500,
  totalVat: 250,
  totalTtc: 2750,
  vatBreakdown: [{ rate: 1000, ht: 2500, vat: 250, ttc: 2750 }],
}
// 50,00 € cash then its counter-entry, 100,00 € by card, 24,00 € cash.
const payments: PaymentRecord[] = [
  { method: 'especes', amount: 5000 },
  { method: 'carte', amount: 10000 },
  { method: 'especes', amount: -5000 },
  { method: 'especes', amount: 2400 },
]

describe('daily closing totals', () => {
  const day = closingTotals({ documents: [invoice1, invoice2, creditNote], payments })

  it('adds up each payment method, counter-entries taken off, every method listed', () => {
    expect(day.byMethod).toEqual([
      { method: 'especes', amount: 2400, count: 3 },
      { method: 'carte', amount: 10000, count: 1 },
      { method: 'cheque', amount: 0, count: 0 },
      { method: 'virement', amount: 0, count: 0 },
      { method: 'stripe', amount: 0, count: 0 },
    ])
    expect(day.totalCollected).toBe(12400)
    expect(day.paymentCount).toBe(3)
    expect(day.counterEntryCount).toBe(1)
  })
  it('gives HT, TVA and TTC per rate, credit notes taken off, highest rate first', () => {
    expect(day.byRate).toEqual([
      { rate: 2000, ht: 12000, vat: 2400, ttc: 14400 },
      { rate: 1000, ht: 2500, vat: 250, ttc: 2750 },
    ])
    for (const r of day.byRate) expect(r.ht + r.vat).toBe(r.ttc)
  })
  it('counts invoices and credit notes and gives the TTC invoiced net of credit notes', () => {
    expect(day).toMatchObject({
      invoiceCount: 2,
      creditNoteCount: 1,
      totalHt: 14500,
      totalVat: 2650,
      totalInvoicedTtc: 17150,
    })
    expect(day.totalInvoicedTtc).toBe(day.byRate.reduce((s, r) => s + r.ttc, 0))
  })
  it('keeps a rate whose invoices were all credited, at zero', () => {
    const t = closingTotals({
      documents: [invoice2, { ...invoice2, kind: 'credit_note' }],
      payments: [],
    })
    expect(t.byRate).toEqual([{ rate: 2000, ht: 0, vat: 0, ttc: 0 }])
    expect(t.totalInvoicedTtc).toBe(0)
  })
  it('is all zeros for a day without activity, every method still listed', () => {
    const t = closingTotals({ documents: [], payments: [] })
    expect(t.byMethod.map((m) => [m.method, m.amount])).toEqual([
      ['especes', 0],
      ['carte', 0],
      ['cheque', 0],
      ['virement', 0],
      ['stripe', 0],
    ])
    expect(t.byRate).toEqual([])
    expect(t).toMatchObject({ totalInvoicedTtc: 0, totalCollected: 0, invoiceCount: 0 })
  })
  it('is the same from the records one by one and from SQL groups of them', () => {
    const grouped = closingTotals({
      documents: [
        {
          kind: 'invoice',
          count: 2,
          totalHt: 17000,
          totalVat: 2900,
          totalTtc: 19900,
          vatBreakdown: [
            { rate: 2000, ht: 12000, vat: 2400, ttc: 14400 },
            { rate: 1000, ht: 5000, vat: 500, ttc: 5500 },
          ],
        },
        { ...creditNote, count: 1 },
      ],
      payments: [
        { method: 'especes', amount: 7400, count: 2 },
        { method: 'especes', amount: -5000, count: 1 },
        { method: 'carte', amount: 10000, count: 1 },
      ],
    })
    expect(grouped).toEqual(day)
  })
  it('can go below zero on a day of refunds', () => {
    const t = closingTotals({
      documents: [creditNote],
      payments: [{ method: 'especes', amount: -5000 }],
    })
    expect(t.totalInvoicedTtc).toBe(-2750)
    expect(t.totalCollected).toBe(-5000)
  })
})

describe('the perpetual grand total', () => {
  it('starts from zero: the first closing carries its own totals', () => {
    expect(perpetualTotals(null, { totalInvoicedTtc: 17150, totalCollected: 12400 })).toEqual({
      perpetualInvoicedTtc: 17150,
      perpetualCollected: 12400,
    })
  })
  it('adds each period to the previous closing of the same level, never reset', () => {
    let perpetual = perpetualTotals(null, { totalInvoicedTtc: 17150, totalCollected: 12400 })
    perpetual = perpetualTotals(perpetual, { totalInvoicedTtc: 3600, totalCollected: 5600 })
    expect(perpetual).toEqual({ perpetualInvoicedTtc: 20750, perpetualCollected: 18000 })
    // A new year does not reset it, and a day without activity keeps it.
    perpetual = perpetualTotals(perpetual, { totalInvoicedTtc: 0, totalCollected: 0 })
    expect(perpetual).toEqual({ perpetualInvoicedTtc: 20750, perpetualCollected: 18000 })
  })
  it('goes down on a day whose credit notes outweigh its invoices', () => {
    expect(
      perpetualTotals(
        { perpetualInvoicedTtc: 20750, perpetualCollected: 18000 },
        { totalInvoicedTtc: -2750, totalCollected: -5000 },
      ),
    ).toEqual({ perpetualInvoicedTtc: 18000, perpetualCollected: 13000 })
  })
})

describe('a monthly closing', () => {
  const days = [
    closingTotals({ documents: [invoice1, creditNote], payments: payments.slice(0, 3) }),
    closingTotals({ documents: [], payments: [] }),
    closingTotals({ documents: [invoice2], payments: payments.slice(3) }),
  ]
  it('is the sum of its daily closings, line by line', () => {
    const month = sumClosingTotals(days)
    expect(month).toEqual(closingTotals({ documents: [invoice1, invoice2, creditNote], payments }))
    expect(month.totalCollected).toBe(days.reduce((s, d) => s + d.totalCollected, 0))
  })
  it('has a perpetual total equal to its last day’s when both levels started together', () => {
    let dayPerpetual = null as ReturnType<typeof perpetualTotals> | null
    for (const d of days) dayPerpetual = perpetualTotals(dayPerpetual, d)
    expect(perpetualTotals(null, sumClosingTotals(days))).toEqual(dayPerpetual)
  })
  it('of no day is zero', () => {
    expect(sumClosingTotals([])).toEqual(closingTotals({ documents: [], payments: [] }))
  })
})
