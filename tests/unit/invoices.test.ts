import { describe, expect, it } from 'vitest'

import {
  FRANCHISE_MENTION,
  INVOICE_STATUS_LABELS,
  PAYMENT_METHODS,
  PAYMENT_METHOD_LABELS,
  QUOTE_STATUS_LABELS,
  amountDue,
  assertEditable,
  assertInvoiceLines,
  assertPaymentFits,
  assertQuoteTransition,
  assertRepairMayProceed,
  computeTotals,
  derivePaymentStatus,
  dueDateFor,
  formatCreditNoteNumber,
  formatInvoiceNumber,
  formatQuoteNumber,
  isOverdue,
  parseDocumentNumber,
  planCreditNote,
  quoteRequired,
  type InvoiceLine,
  type InvoiceLineInput,
  type QuoteStatus,
} from '../../src/domain/invoices'
import { formatAmount, VAT_RATES } from '../../src/domain/money'
import type { RepairState } from '../../src/domain/repairStatus'
import { httpStatusOf } from '../../src/http/domainStatus'
import { caught } from '../helpers/domain'

const line = (
  unitPrice: number,
  quantity = 1,
  vatRate = 2000,
  over: Partial<InvoiceLineInput> = {},
): InvoiceLineInput => ({
  kind: 'part',
  description: 'Écran iPhone 12',
  quantity,
  unitPrice,
  vatRate,
  ...over,
})

const only = (l: InvoiceLineInput) => computeTotals([l], 'normal').lines[0]

describe('document numbers', () => {
  it('formats invoices, credit notes and quotes with their prefix and 6 digits', () => {
    expect(formatInvoiceNumber(2026, 1)).toBe('F-2026-000001')
    expect(formatCreditNoteNumber(2026, 1)).toBe('A-2026-000001')
    expect(formatQuoteNumber(2026, 42)).toBe('D-2026-000042')
  })

  it('refuses a sequence beyond 6 digits, naming what it is', () => {
    const error = caught(() => formatInvoiceNumber(2026, 1_000_000))
    expect(error.code).toBe('invalid_reference')
    expect(error.message).toContain('numéro de facture')
  })

  it('parses numbers leniently on case and spaces', () => {
    expect(parseDocumentNumber(' f-2026-000123 ')).toEqual({
      kind: 'invoice',
      year: 2026,
      sequence: 123,
    })
    expect(parseDocumentNumber('a - 2026 - 000001')).toEqual({
      kind: 'credit_note',
      year: 2026,
      sequence: 1,
    })
    expect(parseDocumentNumber('D-2025-999999')).toEqual({
      kind: 'quote',
      year: 2025,
      sequence: 999999,
    })
  })

  it.each(['R-2026-000001', 'F-2026-00001', 'F-2026-000000', 'F-26-000001', 'F2026000001', ''])(
    'does not take %j for a document number',
    (text) => {
      expect(parseDocumentNumber(text)).toBeNull()
    },
  )
})

describe('computeTotals — the rounding rule', () => {
  it('3 × 33,33 € at 20 %: TTC 99,99 €, HT rounded half up from 83,325 €', () => {
    expect(only(line(3333, 3))).toMatchObject({ totalTtc: 9999, totalHt: 8333, totalVat: 1666 })
  })

  it('1,5 h × 45,00 € of labour at 20 %', () => {
    expect(only(line(4500, 1.5, 2000, { kind: 'labour' }))).toMatchObject({
      totalTtc: 6750,
      totalHt: 5625,
      totalVat: 1125,
    })
  })

  it('rounds a line TTC of exactly half a cent up (0,5 × 0,05 € → 0,03 €, not 0,02 €)', () => {
    expect(only(line(5, 0.5)).totalTtc).toBe(3)
  })

  it('rounds an HT of exactly half a cent up (0,15 € TTC at 20 % → 0,125 € → 0,13 €)', () => {
    expect(only(line(15))).toMatchObject({ totalTtc: 15, totalHt: 13, totalVat: 2 })
  })

  it('has no float drift: 0,29 × 0,50 € is 0,145 € → 0,15 € (floats say 0,1449999…)', () => {
    expect(0.29 * 50).toBeLessThan(14.5)
    expect(only(line(50, 0.29)).totalTtc).toBe(15)
  })

  it('a line of 0,01 € at 20 % is all HT (0,0083… → 0,01 €, VAT 0)', () => {
    expect(only(line(1))).toMatchObject({ totalTtc: 1, totalHt: 1, totalVat: 0 })
  })

  it('a 10,00 € line at 5,5 %: HT 9,48 €, VAT 0,52 €', () => {
    expect(only(line(1000, 1, 550))).toMatchObject({ totalHt: 948, totalVat: 52, appliedRate: 550 })
  })

  it('a 10,00 € line at 2,1 %: HT 9,79 €, VAT 0,21 €', () => {
    expect(only(line(1000, 1, 210))).toMatchObject({ totalHt: 979, totalVat: 21, appliedRate: 210 })
  })

  it('a 2-decimal quantity (1,15 kg × 10,00 €, 1,15 × 100 is not 115 in floats)', () => {
    expect(only(line(1000, 1.15)).totalTtc).toBe(1150)
  })

  it('breaks mixed rates down per rate, highest first, each rate summing its lines', () => {
    const totals = computeTotals(
      [
        line(1000, 1, 550),
        line(3333, 3, 2000),
        line(1000, 1, 210),
        line(4500, 1.5, 2000, { kind: 'labour' }),
        line(1000, 2, 1000),
      ],
      'normal',
    )
    expect(totals.byRate).toEqual([
      { rate: 2000, ht: 8333 + 5625, vat: 1666 + 1125, ttc: 9999 + 6750 },
      { rate: 1000, ht: 1818, vat: 182, ttc: 2000 },
      { rate: 550, ht: 948, vat: 52, ttc: 1000 },
      { rate: 210, ht: 979, vat: 21, ttc: 1000 },
    ])
    expect(totals.totalTtc).toBe(9999 + 6750 + 2000 + 1000 + 1000)
    expect(totals.totalHt + totals.totalVat).toBe(totals.totalTtc)
    const sum = (k: 'totalHt' | 'totalVat') => totals.lines.reduce((s, l) => s + l[k], 0)
    expect([sum('totalHt'), sum('totalVat')]).toEqual([totals.totalHt, totals.totalVat])
  })

  it('every line HT is the TTC ÷ (1 + rate) to the nearest cent, halves up', () => {
    for (const rate of VAT_RATES) {
      for (let ttc = 0; ttc <= 1200; ttc++) {
        const { totalHt, totalVat } = only(line(ttc, 1, rate))
        // |HT − TTC·10000/(10000+rate)| ≤ ½ cent, with a half going up: exact rationals.
        const twiceError = 2 * totalHt * (10000 + rate) - 2 * ttc * 10000
        expect(twiceError).toBeLessThanOrEqual(10000 + rate)
        expect(twiceError).toBeGreaterThan(-(10000 + rate))
        expect(totalHt + totalVat).toBe(ttc)
      }
    }
  })

  it('under the franchise every line is at 0 %: HT = TTC, no VAT, one rate in the breakdown', () => {
    const totals = computeTotals([line(3333, 3, 2000), line(1000, 1, 550)], 'franchise')
    expect(totals.lines.map((l) => [l.appliedRate, l.totalHt, l.totalVat])).toEqual([
      [0, 9999, 0],
      [0, 1000, 0],
    ])
    expect(totals).toMatchObject({ totalHt: 10999, totalVat: 0, totalTtc: 10999 })
    expect(totals.byRate).toEqual([{ rate: 0, ht: 10999, vat: 0, ttc: 10999 }])
    expect(FRANCHISE_MENTION).toBe('TVA non applicable, art. 293 B du CGI')
  })

  it('totals a draft with no line yet as zero', () => {
    expect(computeTotals([], 'normal')).toEqual({
      lines: [],
      totalHt: 0,
      totalVat: 0,
      totalTtc: 0,
      byRate: [],
    })
  })

  it('keeps the extra properties of the lines (ids) on the computed lines', () => {
    const totals = computeTotals([{ ...line(1200), id: 'l1' }], 'normal')
    expect(totals.lines[0].id).toBe('l1')
  })

  it('refuses an unknown VAT regime', () => {
    const error = caught(() => computeTotals([line(100)], 'micro' as never))
    expect(error.code).toBe('invalid_vat_regime')
  })

  it('refuses a malformed line rather than totalling it', () => {
    expect(caught(() => computeTotals([line(100, 0)], 'normal')).code).toBe('invalid_quantity')
  })
})

describe('assertInvoiceLines', () => {
  it('refuses an invoice with no line', () => {
    const error = caught(() => assertInvoiceLines([]))
    expect(error.code).toBe('empty_invoice')
    expect(error.field).toBe('lines')
    expect(error.message).toMatch(/^Une facture sans ligne ne peut pas être émise : ajoutez/)
    expect(httpStatusOf(error.code)).toBe(400)
  })

  it('words the empty refusal for a quote', () => {
    expect(caught(() => assertInvoiceLines([], 'quote')).message).toMatch(/^Un devis sans ligne/)
  })

  it('refuses a blank description, naming the line', () => {
    const error = caught(() =>
      assertInvoiceLines([line(100), line(100, 1, 2000, { description: '  ' })]),
    )
    expect(error.code).toBe('invalid_description')
    expect(error.field).toBe('lines')
    expect(error.message).toMatch(/^Ligne 2 : la désignation est vide/)
  })

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY, 1.005])(
    'refuses the quantity %s, naming the line',
    (quantity) => {
      const error = caught(() => assertInvoiceLines([line(100, quantity)]))
      expect(error.code).toBe('invalid_quantity')
      expect(error.message).toMatch(/^Ligne 1 : la quantité .* au plus 2 décimales/)
    },
  )

  it('accepts quantities with 2 decimals', () => {
    expect(() =>
      assertInvoiceLines([line(100, 0.01), line(100, 1.15), line(100, 2.5)]),
    ).not.toThrow()
  })

  it.each([12.5, -1, Number.NaN])('refuses the unit price %s (cents)', (unitPrice) => {
    const error = caught(() => assertInvoiceLines([line(unitPrice)]))
    expect(error.code).toBe('invalid_unit_price')
    expect(error.message).toMatch(/^Ligne 1 : le prix unitaire/)
  })

  it('accepts a free line (0 €, e.g. an offered diagnostic)', () => {
    expect(() => assertInvoiceLines([line(0)])).not.toThrow()
  })

  it('refuses a VAT rate the shop cannot apply, listing the allowed ones', () => {
    const error = caught(() => assertInvoiceLines([line(100), line(100), line(100, 1, 1960)]))
    expect(error.code).toBe('invalid_vat_rate')
    expect(error.message).toBe(
      "Ligne 3 : le taux de TVA « 19,6 % » n'existe pas : choisissez 20 %, 10 %, 5,5 %, 2,1 %, 0 %.",
    )
  })

  it('refuses an unknown line type', () => {
    const error = caught(() =>
      assertInvoiceLines([line(100, 1, 2000, { kind: 'forfait' as never })]),
    )
    expect(error.code).toBe('invalid_line_kind')
  })
})

describe('invoice status', () => {
  it('a draft is « Brouillon » whatever is recorded', () => {
    expect(derivePaymentStatus({ issued: false, due: 1000, paid: 1000 })).toBe('brouillon')
  })

  it('issued and nothing paid: « Émise »', () => {
    expect(derivePaymentStatus({ issued: true, due: 1000, paid: 0 })).toBe('emise')
  })

  it('issued and partly paid: « Partiellement payée »', () => {
    expect(derivePaymentStatus({ issued: true, due: 1000, paid: 999 })).toBe('partiellement_payee')
  })

  it('issued and fully paid: « Payée »', () => {
    expect(derivePaymentStatus({ issued: true, due: 1000, paid: 1000 })).toBe('payee')
  })

  it('issued with nothing due (fully credited or covered by the bonus): « Payée »', () => {
    expect(derivePaymentStatus({ issued: true, due: 0, paid: 0 })).toBe('payee')
  })

  it('what is due is TTC less credit notes and bonus, never below zero', () => {
    expect(amountDue({ totalTtc: 10000, credited: 2000, bonus: 2500 })).toBe(5500)
    expect(amountDue({ totalTtc: 10000, credited: 10000, bonus: 2500 })).toBe(0)
  })

  it('labels the statuses in French', () => {
    expect(Object.values(INVOICE_STATUS_LABELS).map((l) => l.fr)).toEqual([
      'Brouillon',
      'Émise',
      'Partiellement payée',
      'Payée',
    ])
  })
})

describe('isOverdue — on the Paris calendar', () => {
  const overdue = (now: string, status = 'emise' as const, dueDate: string | null = '2026-03-31') =>
    isOverdue({ status, dueDate, now: new Date(now) })

  it('is not overdue late on the due day in Paris (31/03 23:30)', () => {
    expect(overdue('2026-03-31T23:30:00+02:00')).toBe(false)
  })

  it('is overdue just after midnight in Paris, while UTC still reads the due day', () => {
    expect(new Date('2026-04-01T00:10:00+02:00').toISOString().slice(0, 10)).toBe('2026-03-31')
    expect(overdue('2026-04-01T00:10:00+02:00')).toBe(true)
    expect(overdue('2026-04-01T00:10:00+02:00', 'partiellement_payee' as never)).toBe(true)
  })

  it('a paid invoice or a draft is never overdue', () => {
    expect(overdue('2026-06-01T12:00:00Z', 'payee' as never)).toBe(false)
    expect(overdue('2026-06-01T12:00:00Z', 'brouillon' as never)).toBe(false)
  })

  it('an invoice without a due date is never overdue', () => {
    expect(overdue('2026-06-01T12:00:00Z', 'emise', null)).toBe(false)
  })

  it('refuses a due date that is not a date', () => {
    expect(caught(() => overdue('2026-06-01T12:00:00Z', 'emise', '31/03/2026')).code).toBe(
      'invalid_date',
    )
  })
})

describe('dueDateFor', () => {
  it('counts calendar days over a month end (31/01 + 30 days → 02/03)', () => {
    expect(dueDateFor(new Date('2026-01-31T10:00:00+01:00'), 30)).toBe('2026-03-02')
  })

  it('0 days is payable on receipt: the issue day', () => {
    expect(dueDateFor(new Date('2026-03-15T10:00:00+01:00'), 0)).toBe('2026-03-15')
  })

  it('reads the issue day in Paris, not in UTC (00:30 in Paris is still the day before in UTC)', () => {
    expect(dueDateFor(new Date('2026-03-31T00:30:00+02:00'), 1)).toBe('2026-04-01')
  })

  it.each([-1, 1.5, Number.NaN])('refuses payment terms of %s days', (days) => {
    const error = caught(() => dueDateFor(new Date('2026-03-15T10:00:00Z'), days))
    expect(error.code).toBe('invalid_payment_terms')
  })
})

describe('assertEditable', () => {
  it('lets a draft be edited', () => {
    expect(() => assertEditable('brouillon', null)).not.toThrow()
  })

  it.each(['emise', 'partiellement_payee', 'payee'] as const)(
    'refuses to edit an invoice that is %s, pointing to a credit note',
    (status) => {
      const error = caught(() => assertEditable(status, 'F-2026-000007'))
      expect(error.code).toBe('invoice_issued')
      expect(httpStatusOf(error.code)).toBe(409)
      expect(error.message).toBe(
        'La facture F-2026-000007 est émise : elle ne se modifie ni ne se supprime. Corrigez-la par un avoir.',
      )
    },
  )
})

describe('payments', () => {
  const pay = (amount: number, paid = 0, due = 10000, issued = true) =>
    assertPaymentFits({ number: 'F-2026-000001', issued, due, paid, amount })

  it('accepts paying exactly what remains', () => {
    expect(() => pay(2500, 7500)).not.toThrow()
  })

  it('refuses one cent more than what remains, saying what remains in euros', () => {
    const error = caught(() => pay(123457, 76544, 200000))
    expect(error.code).toBe('overpayment')
    expect(httpStatusOf(error.code)).toBe(409)
    expect(error.message).toBe(
      'Le paiement de 1\u202f234,57\u00a0€ dépasse le reste à payer de la facture F-2026-000001 : 1\u202f234,56\u00a0€. Saisissez au plus 1\u202f234,56\u00a0€.',
    )
  })

  it('refuses any payment on a fully paid invoice', () => {
    const error = caught(() => pay(1, 10000))
    expect(error.code).toBe('overpayment')
    expect(error.message).toMatch(/^La facture F-2026-000001 est déjà entièrement payée/)
  })

  it.each([0, -100, 10.5, Number.NaN])('refuses a payment of %s cents', (amount) => {
    const error = caught(() => pay(amount))
    expect(error.code).toBe('invalid_amount')
    expect(httpStatusOf(error.code)).toBe(400)
  })

  it('refuses paying a draft invoice', () => {
    const error = caught(() =>
      assertPaymentFits({ number: null, issued: false, due: 10000, paid: 0, amount: 100 }),
    )
    expect(error.code).toBe('invoice_not_issued')
    expect(httpStatusOf(error.code)).toBe(409)
    expect(error.message).toMatch(/^La facture est encore un brouillon : émettez-la/)
  })

  it('labels every payment method in French', () => {
    expect(PAYMENT_METHODS.map((m) => PAYMENT_METHOD_LABELS[m].fr)).toEqual([
      'Espèces',
      'Carte bancaire',
      'Chèque',
      'Virement',
      'Paiement en ligne (Stripe)',
    ])
  })

  it('formatAmount writes euros as Intl fr-FR does, from integer cents', () => {
    const intl = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' })
    for (const cents of [0, 1, 99, 100, 99999, 123456, 100000000, 987654321, -123456]) {
      expect(formatAmount(cents)).toBe(intl.format(cents / 100))
    }
    expect(formatAmount(null)).toBe('')
  })
})

describe('planCreditNote', () => {
  const lines: InvoiceLine[] = [
    {
      id: 'a',
      kind: 'part',
      description: 'Écran iPhone 12',
      quantity: 2,
      unitPrice: 12990,
      vatRate: 2000,
    },
    {
      id: 'b',
      kind: 'labour',
      description: 'Main-d’œuvre',
      quantity: 1.5,
      unitPrice: 4500,
      vatRate: 2000,
    },
  ]
  const plan = (
    requested: { lineId: string; quantity: number }[] | 'all',
    alreadyCredited: { lineId: string; quantity: number }[] = [],
  ) =>
    planCreditNote({
      invoiceNumber: 'F-2026-000001',
      invoiceLines: lines,
      alreadyCredited,
      requested,
    })

  it("'all' credits every line in full, same description, price and rate", () => {
    expect(plan('all')).toEqual([
      {
        lineId: 'a',
        kind: 'part',
        description: 'Écran iPhone 12',
        quantity: 2,
        unitPrice: 12990,
        vatRate: 2000,
      },
      {
        lineId: 'b',
        kind: 'labour',
        description: 'Main-d’œuvre',
        quantity: 1.5,
        unitPrice: 4500,
        vatRate: 2000,
      },
    ])
  })

  it('a full credit note totals exactly what the invoice did', () => {
    expect(computeTotals(plan('all'), 'normal').totalTtc).toBe(
      computeTotals(lines, 'normal').totalTtc,
    )
  })

  it("'all' after a partial credit note credits only what is left, exactly (1,5 − 0,7 = 0,8)", () => {
    const rest = plan('all', [
      { lineId: 'a', quantity: 2 },
      { lineId: 'b', quantity: 0.7 },
    ])
    expect(rest.map((l) => [l.lineId, l.quantity])).toEqual([['b', 0.8]])
  })

  it('credits part of a line', () => {
    expect(plan([{ lineId: 'a', quantity: 1 }])).toEqual([
      {
        lineId: 'a',
        kind: 'part',
        description: 'Écran iPhone 12',
        quantity: 1,
        unitPrice: 12990,
        vatRate: 2000,
      },
    ])
  })

  it('refuses crediting more than is left on a line, naming it and what remains', () => {
    const error = caught(() => plan([{ lineId: 'a', quantity: 2 }], [{ lineId: 'a', quantity: 1 }]))
    expect(error.code).toBe('credit_exceeds')
    expect(httpStatusOf(error.code)).toBe(409)
    expect(error.message).toBe(
      'Ligne 1 « Écran iPhone 12 » de la facture F-2026-000001 : il ne reste que 1 à créditer sur 2. Créditez au plus ce qui reste.',
    )
  })

  it('adds up several requests for the same line before checking', () => {
    const error = caught(() =>
      plan([
        { lineId: 'b', quantity: 1 },
        { lineId: 'b', quantity: 0.51 },
      ]),
    )
    expect(error.code).toBe('credit_exceeds')
    expect(error.message).toContain('il ne reste que 1,5 à créditer')
  })

  it('refuses crediting a line already fully credited', () => {
    const error = caught(() => plan([{ lineId: 'a', quantity: 1 }], [{ lineId: 'a', quantity: 2 }]))
    expect(error.code).toBe('credit_exceeds')
    expect(error.message).toContain('elle est déjà entièrement créditée')
  })

  it("refuses 'all' when everything is already credited", () => {
    const error = caught(() =>
      plan('all', [
        { lineId: 'a', quantity: 2 },
        { lineId: 'b', quantity: 1.5 },
      ]),
    )
    expect(error.code).toBe('nothing_to_credit')
    expect(httpStatusOf(error.code)).toBe(409)
    expect(error.message).toMatch(/^Tout est déjà crédité sur la facture F-2026-000001/)
  })

  it('refuses a line that is not on the invoice', () => {
    expect(caught(() => plan([{ lineId: 'zz', quantity: 1 }])).code).toBe('unknown_line')
  })

  it.each([0, -1, 0.001])('refuses crediting a quantity of %s', (quantity) => {
    expect(caught(() => plan([{ lineId: 'a', quantity }])).code).toBe('invalid_quantity')
  })

  it('refuses a credit note with no line requested', () => {
    expect(caught(() => plan([])).code).toBe('empty_credit_note')
  })
})

describe('quotes', () => {
  const STATUSES = Object.keys(QUOTE_STATUS_LABELS) as QuoteStatus[]
  // Written out by hand from the specification.
  const ALLOWED: Array<[QuoteStatus, QuoteStatus]> = [
    ['brouillon', 'envoye'],
    ['envoye', 'accepte'],
    ['envoye', 'refuse'],
    ['envoye', 'expire'],
  ]
  const REFUSED = STATUSES.flatMap((from) =>
    STATUSES.filter((to) => to !== from && !ALLOWED.some(([a, b]) => a === from && b === to)).map(
      (to) => [from, to] as const,
    ),
  )

  it.each(ALLOWED)('allows %s → %s', (from, to) => {
    expect(() => assertQuoteTransition(from, to)).not.toThrow()
  })

  it.each(REFUSED)('refuses %s → %s', (from, to) => {
    const error = caught(() => assertQuoteTransition(from, to))
    expect(error.code).toBe('illegal_transition')
    expect(error.field).toBe('status')
  })

  it('treats the same status as a no-op', () => {
    for (const s of STATUSES) expect(() => assertQuoteTransition(s, s)).not.toThrow()
  })

  it('says a closed quote is changed through a new version', () => {
    expect(caught(() => assertQuoteTransition('accepte', 'brouillon')).message).toContain(
      'nouvelle version',
    )
  })

  it('refuses a status that does not exist', () => {
    expect(caught(() => assertQuoteTransition('envoye', 'signe' as never)).code).toBe(
      'invalid_status',
    )
  })

  it('labels the quote statuses in French', () => {
    expect(STATUSES.map((s) => QUOTE_STATUS_LABELS[s].fr)).toEqual([
      'Brouillon',
      'Envoyé',
      'Accepté',
      'Refusé',
      'Expiré',
    ])
  })
})

describe('quote threshold', () => {
  it('never requires a quote without a threshold (null or 0)', () => {
    expect(quoteRequired({ estimatedTtc: 1_000_000, threshold: null })).toBe(false)
    expect(quoteRequired({ estimatedTtc: 1_000_000, threshold: 0 })).toBe(false)
  })

  it('requires one above the threshold only (150,00 € exactly needs none)', () => {
    expect(quoteRequired({ estimatedTtc: 15000, threshold: 15000 })).toBe(false)
    expect(quoteRequired({ estimatedTtc: 15001, threshold: 15000 })).toBe(true)
  })

  const intervention: RepairState = { status: 'en_cours', step: 'intervention' }

  it('blocks going to intervention while the required quote is only sent', () => {
    const error = caught(() =>
      assertRepairMayProceed({ to: intervention, quoteStatus: 'envoye', required: true }),
    )
    expect(error.code).toBe('quote_required')
    expect(httpStatusOf(error.code)).toBe(409)
    expect(error.message).toBe(
      "Devis à faire accepter avant l'intervention : le devis est « Envoyé ». Avant de passer à « En cours — Intervention », faites accepter le devis par le client (ou enregistrez son refus).",
    )
  })

  it.each([
    { status: 'en_cours', step: 'test' },
    { status: 'termine', step: null },
  ] as RepairState[])('also blocks going to $status/$step without an accepted quote', (to) => {
    expect(
      caught(() => assertRepairMayProceed({ to, quoteStatus: null, required: true })).code,
    ).toBe('quote_required')
  })

  it('tells what to do when there is no quote yet', () => {
    const error = caught(() =>
      assertRepairMayProceed({ to: intervention, quoteStatus: null, required: true }),
    )
    expect(error.message).toContain("aucun devis n'a été établi pour cette réparation")
  })

  it('lets the repair proceed once the quote is accepted, or when none is required', () => {
    expect(() =>
      assertRepairMayProceed({ to: intervention, quoteStatus: 'accepte', required: true }),
    ).not.toThrow()
    expect(() =>
      assertRepairMayProceed({ to: intervention, quoteStatus: null, required: false }),
    ).not.toThrow()
  })

  it.each([
    { status: 'en_cours', step: 'diagnostic' },
    { status: 'annule', step: null },
    { status: 'restitue', step: null },
  ] as RepairState[])('never blocks $status/$step (diagnosis, cancelling, returning)', (to) => {
    expect(() =>
      assertRepairMayProceed({ to, quoteStatus: 'refuse', required: true }),
    ).not.toThrow()
  })
})
