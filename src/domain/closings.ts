/**
 * Closings (« clôtures ») of the till, as the anti-fraud rules for cash-register software ask
 * (CGI art. 286, I-3° bis; BOI-TVA-DECLA-30-10-30): at the end of each day, month and year the
 * totals of the period are recorded once, per payment method and per VAT rate, with a perpetual
 * grand total (« grand total perpétuel ») that is never reset, and the record never changes.
 *
 * Periods are read on the shop's calendar (Europe/Paris): a day runs from midnight to midnight in
 * Paris (23 h or 25 h on the days clocks change), a month from the 1st at midnight, a year from
 * 1 January at midnight. A period is closed only once it is over.
 *
 * Decisions:
 * - A day's totals come from the records of that day (issued invoices and credit notes by
 *   `issuedAt`, payments and counter-entries by `receivedAt`); a month is the sum of its daily
 *   closings, a year the sum of its monthly closings (the classic hierarchy: a month says exactly
 *   what its days said).
 * - Closings of a level follow one another with no gap, from the first day with activity (or the
 *   first day asked for, if earlier): closing a period first closes every earlier unclosed period
 *   of its level, and closing a month (a year) first closes its days (its months). Days with no
 *   activity are closed with zero totals, so the perpetual total runs on from one closing to the
 *   next: perpetual = the previous closing of the same level's perpetual + this period's total.
 */
import { DomainError } from './errors'
import { PAYMENT_METHODS } from './invoices'
import { formatParisDate, parisDayStart, parisParts } from './parisTime'

export const CLOSING_LEVELS = ['jour', 'mois', 'annee'] as const
export type ClosingLevel = (typeof CLOSING_LEVELS)[number]

export const CLOSING_LEVEL_LABELS: Record<ClosingLevel, { fr: string; en: string }> = {
  jour: { fr: 'Jour', en: 'Day' },
  mois: { fr: 'Mois', en: 'Month' },
  annee: { fr: 'Année', en: 'Year' },
}

/** The level whose closings a closing of this level adds up (none for a day). */
export const CHILD_LEVEL: Record<ClosingLevel, ClosingLevel | null> = {
  jour: null,
  mois: 'jour',
  annee: 'mois',
}

/** A period of the shop's calendar: [start, end), instants. */
export type ClosingPeriod = {
  level: ClosingLevel
  /** « 2026-12-04 », « 2026-12 », « 2026 » */
  key: string
  start: Date
  end: Date
}

const KEY_FORMS: Record<ClosingLevel, { pattern: RegExp; writing: string; example: string }> = {
  jour: { pattern: /^(\d{4})-(\d{2})-(\d{2})$/, writing: 'AAAA-MM-JJ', example: '2026-12-04' },
  mois: { pattern: /^(\d{4})-(\d{2})$/, writing: 'AAAA-MM', example: '2026-12' },
  annee: { pattern: /^(\d{4})$/, writing: 'AAAA', example: '2026' },
}

const NOUN: Record<ClosingLevel, string> = {
  jour: 'une journée',
  mois: 'un mois',
  annee: 'une année',
}

function isLevel(level: unknown): level is ClosingLevel {
  return typeof level === 'string' && (CLOSING_LEVELS as readonly string[]).includes(level)
}

export function assertLevel(level: unknown): asserts level is ClosingLevel {
  if (!isLevel(level)) {
    throw new DomainError(
      'invalid_closing_level',
      level === undefined || level === null || level === ''
        ? 'Indiquez le niveau de la clôture (champ « level ») : jour, mois ou annee.'
        : `Le niveau de clôture « ${String(level)} » n'existe pas (champ « level ») : choisissez jour, mois ou annee.`,
      { field: 'level' },
    )
  }
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** First day ('YYYY-MM-DD') of the period named by a well-formed key. */
function firstDay(level: ClosingLevel, key: string): string {
  return level === 'jour' ? key : level === 'mois' ? `${key}-01` : `${key}-01-01`
}

/** The key that follows (next day, month, year), by calendar arithmetic in UTC. */
export function nextKey(level: ClosingLevel, key: string): string {
  const [y, m = 1, d = 1] = firstDay(level, key).split('-').map(Number)
  if (level === 'jour') return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10)
  if (level === 'mois') return new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 7)
  return pad(y + 1, 4)
}

export function previousKey(level: ClosingLevel, key: string): string {
  const [y, m = 1, d = 1] = firstDay(level, key).split('-').map(Number)
  if (level === 'jour') return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10)
  if (level === 'mois') return new Date(Date.UTC(y, m - 2, 1)).toISOString().slice(0, 7)
  return pad(y - 1, 4)
}

function periodOfKey(level: ClosingLevel, key: string): ClosingPeriod {
  return {
    level,
    key,
    start: parisDayStart(firstDay(level, key))!,
    end: parisDayStart(firstDay(level, nextKey(level, key)))!,
  }
}

/**
 * The period a key names, or a 400 naming the field: « 2026-12-04 » for a day, « 2026-12 » for a
 * month, « 2026 » for a year, on the calendar (no 30 February, no month 13).
 */
export function parsePeriod(level: unknown, key: unknown): ClosingPeriod {
  assertLevel(level)
  const form = KEY_FORMS[level]
  const text = typeof key === 'string' ? key : key === undefined || key === null ? '' : String(key)
  const match = form.pattern.exec(text)
  const valid =
    match &&
    Number(match[1]) >= 1000 &&
    (level === 'annee' || (Number(match[2]) >= 1 && Number(match[2]) <= 12)) &&
    (level !== 'jour' || parisDayStart(text) !== null)
  if (!valid) {
    throw new DomainError(
      'invalid_closing_key',
      `La période « ${text} » (champ « key ») n'est pas ${NOUN[level]} : écrivez-la ${form.writing} (ex. ${form.example}).`,
      { field: 'key' },
    )
  }
  return periodOfKey(level, text)
}

/** The period of this level that `at` falls in, on the Paris calendar. */
export function periodAt(level: ClosingLevel, at: Date): ClosingPeriod {
  const date = parisParts(at).date
  return periodOfKey(
    level,
    level === 'jour' ? date : level === 'mois' ? date.slice(0, 7) : date.slice(0, 4),
  )
}

/** What a closing asked without a key closes: yesterday, last month, last year (Paris). */
export function lastEndedPeriod(level: ClosingLevel, now: Date): ClosingPeriod {
  const current = periodAt(level, now)
  return periodOfKey(level, previousKey(level, current.key))
}

/** Every period of the level from `fromKey` to `toKey`, both included, in order. */
export function periodsBetween(
  level: ClosingLevel,
  fromKey: string,
  toKey: string,
): ClosingPeriod[] {
  const periods: ClosingPeriod[] = []
  for (let key = fromKey; key <= toKey; key = nextKey(level, key))
    periods.push(periodOfKey(level, key))
  return periods
}

/** The last period of the child level inside this one (a month's last day, a year's December). */
export function lastChildKey(period: ClosingPeriod): string | null {
  const child = CHILD_LEVEL[period.level]
  if (!child) return null
  return previousKey(
    child,
    child === 'jour'
      ? firstDay('mois', nextKey('mois', period.key))
      : `${nextKey('annee', period.key)}-01`,
  )
}

/** The key of the period of `level` containing a key of a finer level (« 2026-12-04 » → « 2026-12 »). */
export function keyAt(level: ClosingLevel, finerKey: string): string {
  return level === 'jour'
    ? finerKey.slice(0, 10)
    : level === 'mois'
      ? finerKey.slice(0, 7)
      : finerKey.slice(0, 4)
}

/** The unique key of a closing: « jour:2026-12-04 », « mois:2026-12 », « annee:2026 ». */
export function closingKey(level: ClosingLevel, key: string): string {
  return `${level}:${key}`
}

const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
]

/** French names of a period: the title, the subject of a sentence, and its agreement. */
export function describePeriod(period: Pick<ClosingPeriod, 'level' | 'key'>): {
  /** « Journée du 04/12/2026 », « Mois de décembre 2026 », « Année 2026 » */
  title: string
  /** « La journée du 04/12/2026 », « Le mois de décembre 2026 », « L'année 2026 » */
  subject: string
  /** « Clôture de la journée du 04/12/2026 » */
  closingLabel: string
  feminine: boolean
} {
  const { level, key } = period
  if (level === 'jour') {
    const [y, m, d] = key.split('-')
    const day = `${d}/${m}/${y}`
    return {
      title: `Journée du ${day}`,
      subject: `La journée du ${day}`,
      closingLabel: `Clôture de la journée du ${day}`,
      feminine: true,
    }
  }
  if (level === 'mois') {
    const [y, m] = key.split('-')
    const name = MONTHS[Number(m) - 1]
    // « d'août », « d'avril », « d'octobre »
    const month = `${/^[aeiou]/.test(name) ? "d'" : 'de '}${name} ${y}`
    return {
      title: `Mois ${month}`,
      subject: `Le mois ${month}`,
      closingLabel: `Clôture du mois ${month}`,
      feminine: false,
    }
  }
  return {
    title: `Année ${key}`,
    subject: `L'année ${key}`,
    closingLabel: `Clôture de l'année ${key}`,
    feminine: true,
  }
}

/** A period closes once it is over: a day after midnight in Paris, a month on the 1st, a year on 1 January. */
export function assertPeriodOver(period: ClosingPeriod, now: Date): void {
  if (now.getTime() >= period.end.getTime()) return
  const { subject, feminine } = describePeriod(period)
  const e = feminine ? 'e' : ''
  const pronoun = feminine ? 'elle' : 'il'
  throw new DomainError(
    'period_not_over',
    `${subject} n'est pas terminé${e} : ${pronoun} ne peut être clôturé${e} qu'à partir du ${formatParisDate(period.end)} à 00:00 (heure de Paris).`,
    { field: 'key' },
  )
}

/** A period is closed once: « La journée du 04/12/2026 est déjà clôturée. » */
export function assertNotClosed(
  period: Pick<ClosingPeriod, 'level' | 'key'>,
  closed: boolean,
): void {
  if (!closed) return
  const { subject, feminine } = describePeriod(period)
  throw new DomainError('period_closed', `${subject} est déjà clôturé${feminine ? 'e' : ''}.`, {
    field: 'key',
  })
}

/**
 * Closings of a level run on with no gap from the first one: a period before it has no activity
 * to close (the first closing started at the first day with activity).
 */
export function assertNotBeforeFirst(
  period: Pick<ClosingPeriod, 'level' | 'key'>,
  firstClosedKey: string | null,
): void {
  if (firstClosedKey === null || period.key >= firstClosedKey) return
  const { subject, feminine } = describePeriod(period)
  const first = describePeriod({ level: period.level, key: firstClosedKey })
  throw new DomainError(
    'period_closed',
    `${subject} précède la première clôture (${first.title.charAt(0).toLowerCase()}${first.title.slice(1)}) : aucune activité n'y est enregistrée, ${feminine ? 'elle' : 'il'} n'a pas à être clôturé${feminine ? 'e' : ''}.`,
    { field: 'key' },
  )
}

/**
 * Nothing is recorded into a closed day, nor before the first daily closing (no closing would
 * ever count it): a payment is dated today instead. Daily closings run on with no gap, so the
 * closed days are those from the first to the last closed.
 */
export function assertDayOpen(
  day: Pick<ClosingPeriod, 'key'>,
  closedDays: { first: string | null; last: string | null },
  field = 'receivedAt',
): void {
  if (closedDays.last === null || day.key > closedDays.last) return
  const { subject } = describePeriod({ level: 'jour', key: day.key })
  const state =
    closedDays.first !== null && day.key < closedDays.first
      ? 'précède la première clôture'
      : 'est clôturée'
  throw new DomainError(
    'period_closed',
    `${subject} ${state} : plus aucun paiement ne peut y être daté (champ « ${field} »). Enregistrez-le à la date d'aujourd'hui.`,
    { field },
  )
}

// ——— Totals ———

/** A payment (amount > 0) or counter-entry (amount < 0), in cents; or `count` of them summed. */
export type PaymentRecord = {
  method: string
  amount: number
  /** When the record is a group (SQL `group by method, amount < 0`): how many; default 1. */
  count?: number
}

export type RateTotals = { rate: number; ht: number; vat: number; ttc: number }

/** An issued invoice or credit note (amounts positive on both); or `count` of one kind summed. */
export type DocumentRecord = {
  kind: 'invoice' | 'credit_note'
  totalHt: number
  totalVat: number
  totalTtc: number
  /** Per applied VAT rate, as the document's `vatBreakdown`. */
  vatBreakdown: RateTotals[]
  count?: number
}

export type MethodTotals = { method: string; amount: number; count: number }

export type ClosingTotals = {
  /** Every payment method, in the usual order (zero when unused), net of counter-entries. */
  byMethod: MethodTotals[]
  /** Each VAT rate met in the period, highest first: invoices less credit notes. */
  byRate: RateTotals[]
  invoiceCount: number
  creditNoteCount: number
  paymentCount: number
  counterEntryCount: number
  totalHt: number
  totalVat: number
  /** Invoices TTC less credit notes TTC. */
  totalInvoicedTtc: number
  /** Payments less counter-entries. */
  totalCollected: number
}

const methodOrder = (method: string) => {
  const index = (PAYMENT_METHODS as readonly string[]).indexOf(method)
  return index === -1 ? PAYMENT_METHODS.length : index
}

function byMethodOrder(a: MethodTotals, b: MethodTotals) {
  return (
    methodOrder(a.method) - methodOrder(b.method) ||
    (a.method < b.method ? -1 : a.method > b.method ? 1 : 0)
  )
}

function emptyMethods(): Map<string, MethodTotals> {
  return new Map(PAYMENT_METHODS.map((method) => [method, { method, amount: 0, count: 0 }]))
}

function addRate(rates: Map<number, RateTotals>, line: RateTotals, sign: 1 | -1) {
  const r = rates.get(line.rate) ?? { rate: line.rate, ht: 0, vat: 0, ttc: 0 }
  r.ht += sign * line.ht
  r.vat += sign * line.vat
  r.ttc += sign * line.ttc
  rates.set(line.rate, r)
}

/** The totals of a period from its records: what a daily closing records. */
export function closingTotals({
  documents,
  payments,
}: {
  documents: DocumentRecord[]
  payments: PaymentRecord[]
}): ClosingTotals {
  const methods = emptyMethods()
  const rates = new Map<number, RateTotals>()
  const totals = {
    invoiceCount: 0,
    creditNoteCount: 0,
    paymentCount: 0,
    counterEntryCount: 0,
    totalHt: 0,
    totalVat: 0,
    totalInvoicedTtc: 0,
    totalCollected: 0,
  }
  for (const p of payments) {
    const count = p.count ?? 1
    const m = methods.get(p.method) ?? { method: p.method, amount: 0, count: 0 }
    m.amount += p.amount
    m.count += count
    methods.set(p.method, m)
    if (p.amount < 0) totals.counterEntryCount += count
    else totals.paymentCount += count
    totals.totalCollected += p.amount
  }
  for (const d of documents) {
    const sign = d.kind === 'credit_note' ? -1 : 1
    if (sign === 1) totals.invoiceCount += d.count ?? 1
    else totals.creditNoteCount += d.count ?? 1
    totals.totalHt += sign * d.totalHt
    totals.totalVat += sign * d.totalVat
    totals.totalInvoicedTtc += sign * d.totalTtc
    for (const line of d.vatBreakdown ?? []) addRate(rates, line, sign)
  }
  return {
    byMethod: [...methods.values()].sort(byMethodOrder),
    byRate: [...rates.values()].sort((a, b) => b.rate - a.rate),
    ...totals,
  }
}

/** The totals of a month from its days (of a year from its months): the sum, line by line. */
export function sumClosingTotals(parts: ClosingTotals[]): ClosingTotals {
  const methods = emptyMethods()
  const rates = new Map<number, RateTotals>()
  const sum = {
    invoiceCount: 0,
    creditNoteCount: 0,
    paymentCount: 0,
    counterEntryCount: 0,
    totalHt: 0,
    totalVat: 0,
    totalInvoicedTtc: 0,
    totalCollected: 0,
  }
  for (const part of parts) {
    for (const line of part.byMethod) {
      const m = methods.get(line.method) ?? { method: line.method, amount: 0, count: 0 }
      m.amount += line.amount
      m.count += line.count
      methods.set(line.method, m)
    }
    for (const line of part.byRate) addRate(rates, line, 1)
    for (const k of Object.keys(sum) as (keyof typeof sum)[]) sum[k] += part[k]
  }
  return {
    byMethod: [...methods.values()].sort(byMethodOrder),
    byRate: [...rates.values()].sort((a, b) => b.rate - a.rate),
    ...sum,
  }
}

export type PerpetualTotals = { perpetualInvoicedTtc: number; perpetualCollected: number }

/**
 * The grand total perpétuel: the previous closing of the same level's, plus this period's.
 * Never reset, neither at a month's nor at a year's end; the first closing starts from zero.
 */
export function perpetualTotals(
  previous: PerpetualTotals | null | undefined,
  totals: Pick<ClosingTotals, 'totalInvoicedTtc' | 'totalCollected'>,
): PerpetualTotals {
  return {
    perpetualInvoicedTtc: (previous?.perpetualInvoicedTtc ?? 0) + totals.totalInvoicedTtc,
    perpetualCollected: (previous?.perpetualCollected ?? 0) + totals.totalCollected,
  }
}
