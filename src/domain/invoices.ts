/**
 * French invoices (factures), credit notes (avoirs), quotes (devis) and payments of the shop.
 *
 * THE rounding rule. Shop prices are entered TTC (what the customer pays), in integer cents:
 *   1. line TTC = quantity × unit price TTC, rounded half up to the cent
 *      (quantity > 0 with at most 2 decimals, e.g. 1,5 h of labour);
 *   2. line HT  = line TTC × 10000 / (10000 + rate in basis points), rounded half up to the cent;
 *   3. line TVA = line TTC − line HT.
 * Document totals are the sums of their lines, and the breakdown per rate is the sum of the lines
 * of each rate (sorted by rate, highest first); so HT + TVA = TTC exactly, on every line, every
 * rate and the document, and the lines always add up to the totals. All of it is integer
 * arithmetic (BigInt), never floats: 0,29 × 0,50 € is 0,15 €, not 0,14 €.
 * Under the franchise en base de TVA (art. 293 B du CGI) every line is taxed at 0 whatever its
 * rate: HT = TTC, TVA = 0, and the document carries FRANCHISE_MENTION.
 */
import { DomainError, type DomainErrorCode } from './errors'
import { formatAmount, formatVatRate, VAT_RATES } from './money'
import { parisParts, toDate } from './parisTime'
import { formatReference, type ReferenceFormat } from './references'
import { describeState, type RepairState } from './repairStatus'

// ——— Numbering ———

export type DocumentKind = 'invoice' | 'credit_note' | 'quote'

const FORMATS: Record<DocumentKind, ReferenceFormat> = {
  invoice: { prefix: 'F', digits: 6, label: 'numéro de facture' },
  credit_note: { prefix: 'A', digits: 6, label: "numéro d'avoir" },
  quote: { prefix: 'D', digits: 6, label: 'numéro de devis' },
}

const KIND_OF_PREFIX: Record<string, DocumentKind> = { F: 'invoice', A: 'credit_note', D: 'quote' }

export function formatDocumentNumber(kind: DocumentKind, year: number, sequence: number): string {
  return formatReference(FORMATS[kind], year, sequence)
}

/** F-2026-000001 */
export function formatInvoiceNumber(year: number, sequence: number): string {
  return formatDocumentNumber('invoice', year, sequence)
}

/** A-2026-000001 */
export function formatCreditNoteNumber(year: number, sequence: number): string {
  return formatDocumentNumber('credit_note', year, sequence)
}

/** D-2026-000001 */
export function formatQuoteNumber(year: number, sequence: number): string {
  return formatDocumentNumber('quote', year, sequence)
}

/** Lenient on case and spaces (« f-2026-000001 », « F - 2026 - 000001 ») for search boxes. */
export function parseDocumentNumber(
  text: string,
): { kind: DocumentKind; year: number; sequence: number } | null {
  if (typeof text !== 'string') return null
  const match = /^([FAD])-(\d{4})-(\d{6})$/.exec(text.replace(/\s+/g, '').toUpperCase())
  if (!match) return null
  const year = Number(match[2])
  const sequence = Number(match[3])
  if (year < 1000 || sequence < 1) return null
  return { kind: KIND_OF_PREFIX[match[1]], year, sequence }
}

// ——— Lines and totals ———

export type LineKind = 'labour' | 'part' | 'free'

export const LINE_KIND_LABELS: Record<LineKind, { fr: string; en: string }> = {
  labour: { fr: "Main-d'œuvre", en: 'Labour' },
  part: { fr: 'Pièce', en: 'Part' },
  free: { fr: 'Ligne libre', en: 'Free line' },
}

export type InvoiceLineInput = {
  kind: LineKind
  description: string
  /** > 0, at most 2 decimals (1.5 h of labour). */
  quantity: number
  /** Cents TTC. */
  unitPrice: number
  /** Basis points, one of VAT_RATES. */
  vatRate: number
}

export type VatRegime = 'normal' | 'franchise'

export const FRANCHISE_MENTION = 'TVA non applicable, art. 293 B du CGI'

export type ComputedLine<L extends InvoiceLineInput = InvoiceLineInput> = L & {
  totalTtc: number
  totalHt: number
  totalVat: number
  /** The rate actually applied: the line's rate, or 0 under the franchise. */
  appliedRate: number
}

export type RateTotals = { rate: number; ht: number; vat: number; ttc: number }

export type InvoiceTotals<L extends InvoiceLineInput = InvoiceLineInput> = {
  lines: ComputedLine<L>[]
  totalHt: number
  totalVat: number
  totalTtc: number
  /** One entry per applied rate, highest rate first. */
  byRate: RateTotals[]
}

const NOUNS: Record<DocumentKind, { empty: string }> = {
  invoice: { empty: 'Une facture sans ligne ne peut pas être émise' },
  credit_note: { empty: 'Un avoir sans ligne ne peut pas être émis' },
  quote: { empty: 'Un devis sans ligne ne peut pas être envoyé' },
}

/** Quantity in hundredths, or null when it is not > 0 with at most 2 decimals. */
function hundredthsOf(quantity: unknown): number | null {
  if (typeof quantity !== 'number' || !Number.isFinite(quantity) || quantity <= 0) return null
  const hundredths = Math.round(quantity * 100)
  // 1.15 × 100 is 114.99999999999999 in floats: tolerate that, refuse a real third decimal.
  if (Math.abs(hundredths - quantity * 100) > 1e-6 || !Number.isSafeInteger(hundredths)) {
    return null
  }
  return hundredths
}

const allowedRates = (): string => VAT_RATES.map((r) => formatVatRate(r)).join(', ')

function assertLine(line: InvoiceLineInput, index: number): void {
  const at = `Ligne ${index + 1}`
  const fail = (code: DomainErrorCode, message: string): never => {
    throw new DomainError(code, `${at} : ${message}`, { field: 'lines' })
  }
  if (!line || typeof line !== 'object') {
    fail('invalid_line_kind', 'la ligne est vide : supprimez-la ou remplissez-la.')
  }
  if (!(line.kind in LINE_KIND_LABELS)) {
    fail(
      'invalid_line_kind',
      `le type « ${String(line.kind)} » n'existe pas : choisissez Main-d'œuvre, Pièce ou Ligne libre.`,
    )
  }
  if (typeof line.description !== 'string' || line.description.trim() === '') {
    fail(
      'invalid_description',
      'la désignation est vide : décrivez ce qui est facturé (ex. « Remplacement écran »).',
    )
  }
  if (hundredthsOf(line.quantity) === null) {
    fail(
      'invalid_quantity',
      `la quantité « ${String(line.quantity).replace('.', ',')} » n'est pas valable : saisissez un nombre supérieur à zéro, avec au plus 2 décimales (ex. 1,5 h).`,
    )
  }
  if (!Number.isSafeInteger(line.unitPrice) || line.unitPrice < 0) {
    fail(
      'invalid_unit_price',
      "le prix unitaire n'est pas valable : saisissez un montant TTC en euros, positif ou nul, au centime près (ex. 49,90).",
    )
  }
  if (!(VAT_RATES as readonly number[]).includes(line.vatRate)) {
    fail(
      'invalid_vat_rate',
      `le taux de TVA « ${formatVatRate(line.vatRate) || String(line.vatRate)} » n'existe pas : choisissez ${allowedRates()}.`,
    )
  }
}

/**
 * Refuses a document that cannot go out: no line at all, or a line whose type, description,
 * quantity, unit price or VAT rate is wrong (« Ligne 2 : … », field `lines`).
 */
export function assertInvoiceLines(
  lines: InvoiceLineInput[],
  kind: DocumentKind = 'invoice',
): void {
  if (!Array.isArray(lines) || lines.length === 0) {
    throw new DomainError(
      'empty_invoice',
      `${NOUNS[kind].empty} : ajoutez au moins une ligne (main-d'œuvre, pièce ou ligne libre).`,
      { field: 'lines' },
    )
  }
  lines.forEach(assertLine)
}

/** n / d rounded half up, for n ≥ 0 and d > 0. */
const divideHalfUp = (n: bigint, d: bigint): bigint => (2n * n + d) / (2n * d)

function assertRegime(regime: VatRegime): void {
  if (regime !== 'normal' && regime !== 'franchise') {
    throw new DomainError(
      'invalid_vat_regime',
      `Le régime de TVA « ${String(regime)} » n'existe pas : choisissez « normal » ou « franchise » (art. 293 B du CGI) dans les réglages de l'atelier.`,
      { field: 'vatRegime' },
    )
  }
}

/**
 * Totals of a document under THE rounding rule above. Refuses a malformed line like
 * assertInvoiceLines, but accepts no line at all (a draft being written totals 0).
 * Extra properties of the lines (ids…) are kept on the computed lines.
 */
export function computeTotals<L extends InvoiceLineInput>(
  lines: L[],
  regime: VatRegime,
): InvoiceTotals<L> {
  assertRegime(regime)
  lines.forEach(assertLine)
  const byRate = new Map<number, RateTotals>()
  let totalHt = 0
  let totalVat = 0
  let totalTtc = 0

  const computed = lines.map((line): ComputedLine<L> => {
    const appliedRate = regime === 'franchise' ? 0 : line.vatRate
    const hundredths = BigInt(hundredthsOf(line.quantity) as number)
    const ttc = divideHalfUp(hundredths * BigInt(line.unitPrice), 100n)
    const ht = divideHalfUp(ttc * 10000n, BigInt(10000 + appliedRate))
    const totals = { totalTtc: Number(ttc), totalHt: Number(ht), totalVat: Number(ttc - ht) }

    const rate = byRate.get(appliedRate) ?? { rate: appliedRate, ht: 0, vat: 0, ttc: 0 }
    rate.ht += totals.totalHt
    rate.vat += totals.totalVat
    rate.ttc += totals.totalTtc
    byRate.set(appliedRate, rate)
    totalHt += totals.totalHt
    totalVat += totals.totalVat
    totalTtc += totals.totalTtc
    return { ...line, ...totals, appliedRate }
  })

  return {
    lines: computed,
    totalHt,
    totalVat,
    totalTtc,
    byRate: [...byRate.values()].sort((a, b) => b.rate - a.rate),
  }
}

// ——— Invoice statuses (derived, never typed in) ———

export type InvoiceStatus = 'brouillon' | 'emise' | 'partiellement_payee' | 'payee'

export const INVOICE_STATUS_LABELS: Record<InvoiceStatus, { fr: string; en: string }> = {
  brouillon: { fr: 'Brouillon', en: 'Draft' },
  emise: { fr: 'Émise', en: 'Issued' },
  partiellement_payee: { fr: 'Partiellement payée', en: 'Partially paid' },
  payee: { fr: 'Payée', en: 'Paid' },
}

/** What the customer owes on an invoice: TTC less credit notes and the repair bonus, never < 0. */
export function amountDue({
  totalTtc,
  credited = 0,
  bonus = 0,
}: {
  totalTtc: number
  credited?: number
  bonus?: number
}): number {
  return Math.max(0, totalTtc - credited - bonus)
}

/** What an invoice as stored still expects: due (less credit notes and bonus) and left to pay. */
export function invoiceBalance(invoice: {
  totalTtc?: number | null
  amountCredited?: number | null
  bonusAmount?: number | null
  amountPaid?: number | null
}): { due: number; left: number } {
  const due = amountDue({
    totalTtc: invoice.totalTtc ?? 0,
    credited: invoice.amountCredited ?? 0,
    bonus: invoice.bonusAmount ?? 0,
  })
  return { due, left: Math.max(0, due - (invoice.amountPaid ?? 0)) }
}

export function derivePaymentStatus({
  issued,
  due,
  paid,
}: {
  issued: boolean
  /** Cents the customer owes: totalTtc − credited − bonus (see amountDue). */
  due: number
  paid: number
}): InvoiceStatus {
  if (!issued) return 'brouillon'
  if (due <= 0 || paid >= due) return 'payee'
  return paid > 0 ? 'partiellement_payee' : 'emise'
}

/** 'YYYY-MM-DD' as is, or the Paris day of an instant; null when there is no such date. */
function parisDay(value: string | Date): string | null {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value
  const date = toDate(value)
  return date ? parisParts(date).date : null
}

/**
 * Issued, not fully paid, and `now` is on a later Paris day than the due date: an invoice due
 * on 31/03 may be paid until 31/03 23:59 in Paris. No due date → never overdue.
 */
export function isOverdue({
  status,
  dueDate,
  now,
}: {
  status: InvoiceStatus
  /** 'YYYY-MM-DD' (as dueDateFor returns it), or an instant read on the Paris calendar. */
  dueDate: string | Date | null | undefined
  now: Date
}): boolean {
  if (status !== 'emise' && status !== 'partiellement_payee') return false
  if (dueDate == null || dueDate === '') return false
  const due = parisDay(dueDate)
  if (!due) {
    throw new DomainError(
      'invalid_date',
      `L'échéance « ${String(dueDate)} » n'est pas une date : indiquez-la au format AAAA-MM-JJ.`,
      { field: 'dueDate' },
    )
  }
  return parisParts(now).date > due
}

/** The Paris calendar day `termsDays` days after the issue day ('YYYY-MM-DD'; 0 = on receipt). */
export function dueDateFor(issuedAt: Date | string, termsDays: number): string {
  if (!Number.isSafeInteger(termsDays) || termsDays < 0) {
    throw new DomainError(
      'invalid_payment_terms',
      `Le délai de paiement « ${String(termsDays)} » n'est pas valable : indiquez un nombre entier de jours (0 = à réception).`,
      { field: 'paymentTermsDays' },
    )
  }
  const issued = toDate(issuedAt)
  if (!issued) {
    throw new DomainError(
      'invalid_date',
      `La date d'émission « ${String(issuedAt)} » n'est pas une date : émettez la facture avant de calculer son échéance.`,
      { field: 'issuedAt' },
    )
  }
  const [y, m, d] = parisParts(issued).date.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d + termsDays)).toISOString().slice(0, 10)
}

const invoiceName = (number: string | null | undefined, start = true): string =>
  `${start ? 'La' : 'la'} facture${number ? ` ${number}` : ''}`

/** Nothing issued is ever updated or deleted, only countered by a credit note. */
export function assertEditable(status: InvoiceStatus, number: string | null | undefined): void {
  if (status === 'brouillon') return
  throw new DomainError(
    'invoice_issued',
    `${invoiceName(number)} est émise : elle ne se modifie ni ne se supprime. Corrigez-la par un avoir.`,
  )
}

// ——— Payments ———

export const PAYMENT_METHODS = ['especes', 'carte', 'cheque', 'virement', 'stripe'] as const
export type PaymentMethod = (typeof PAYMENT_METHODS)[number]

export const PAYMENT_METHOD_LABELS: Record<PaymentMethod, { fr: string; en: string }> = {
  especes: { fr: 'Espèces', en: 'Cash' },
  carte: { fr: 'Carte bancaire', en: 'Card' },
  cheque: { fr: 'Chèque', en: 'Cheque' },
  virement: { fr: 'Virement', en: 'Bank transfer' },
  stripe: { fr: 'Paiement en ligne (Stripe)', en: 'Online payment (Stripe)' },
}

/** A payment is recorded only on an issued invoice, and never beyond what remains due. */
export function assertPaymentFits({
  number,
  issued,
  due,
  paid,
  amount,
}: {
  /** The invoice number (null on a draft), for the messages. */
  number: string | null | undefined
  issued: boolean
  due: number
  paid: number
  amount: number
}): void {
  if (!Number.isSafeInteger(amount) || amount <= 0) {
    throw new DomainError(
      'invalid_amount',
      "Le montant du paiement n'est pas valable : saisissez un montant en euros supérieur à zéro, au centime près (ex. 49,90).",
      { field: 'amount' },
    )
  }
  if (!issued) {
    throw new DomainError(
      'invoice_not_issued',
      `${invoiceName(number)} est encore un brouillon : émettez-la avant d'enregistrer un paiement.`,
      { field: 'invoice' },
    )
  }
  const remaining = due - paid
  if (amount <= remaining) return
  const message =
    remaining <= 0
      ? `${invoiceName(number)} est déjà entièrement payée : aucun paiement de plus n'est possible.`
      : `Le paiement de ${formatAmount(amount)} dépasse le reste à payer de ${invoiceName(number, false)} : ${formatAmount(remaining)}. Saisissez au plus ${formatAmount(remaining)}.`
  throw new DomainError('overpayment', message, { field: 'amount' })
}

// ——— Credit notes (avoirs) ———

export type InvoiceLine = InvoiceLineInput & { id: string }
export type CreditNoteLine = InvoiceLineInput & { /** The invoice line credited. */ lineId: string }
export type CreditedQuantity = { lineId: string; quantity: number }

const frQuantity = (hundredths: number): string => String(hundredths / 100).replace('.', ',')

/**
 * The lines of a credit note against an invoice: same type, description, unit price and rate as
 * the invoice line, with the quantity credited. 'all' credits whatever is not credited yet.
 * Several requests for one line are added up. Quantities are counted in hundredths, so
 * 1,5 − 0,7 leaves exactly 0,8.
 */
export function planCreditNote({
  invoiceNumber,
  invoiceLines,
  alreadyCredited,
  requested,
}: {
  invoiceNumber: string
  invoiceLines: InvoiceLine[]
  /** From earlier credit notes; entries of lines not on the invoice are ignored. */
  alreadyCredited: CreditedQuantity[]
  requested: CreditedQuantity[] | 'all'
}): CreditNoteLine[] {
  const credited = new Map<string, number>()
  for (const c of alreadyCredited) {
    credited.set(c.lineId, (credited.get(c.lineId) ?? 0) + (hundredthsOf(c.quantity) ?? 0))
  }
  const left = (line: InvoiceLine): number =>
    (hundredthsOf(line.quantity) ?? 0) - (credited.get(line.id) ?? 0)

  const wanted = new Map<string, number>()
  if (requested === 'all') {
    for (const line of invoiceLines) if (left(line) > 0) wanted.set(line.id, left(line))
    if (wanted.size === 0) {
      throw new DomainError(
        'nothing_to_credit',
        `Tout est déjà crédité sur la facture ${invoiceNumber} : aucun avoir de plus n'est possible.`,
        { field: 'lines' },
      )
    }
  } else {
    const byId = new Map(invoiceLines.map((l) => [l.id, l]))
    for (const r of requested) {
      if (!byId.has(r.lineId)) {
        throw new DomainError(
          'unknown_line',
          `La ligne « ${String(r.lineId)} » n'appartient pas à la facture ${invoiceNumber} : rechargez la facture et choisissez parmi ses lignes.`,
          { field: 'lines' },
        )
      }
      const hundredths = hundredthsOf(r.quantity)
      if (hundredths === null) {
        throw new DomainError(
          'invalid_quantity',
          `La quantité à créditer « ${String(r.quantity).replace('.', ',')} » n'est pas valable : saisissez un nombre supérieur à zéro, avec au plus 2 décimales.`,
          { field: 'lines' },
        )
      }
      wanted.set(r.lineId, (wanted.get(r.lineId) ?? 0) + hundredths)
    }
    if (wanted.size === 0) {
      throw new DomainError(
        'empty_credit_note',
        'Aucune ligne à créditer : choisissez au moins une ligne de la facture et la quantité à créditer, ou créditez toute la facture.',
        { field: 'lines' },
      )
    }
  }

  return invoiceLines.flatMap((line, index): CreditNoteLine[] => {
    const quantity = wanted.get(line.id)
    if (quantity === undefined) return []
    const remaining = Math.max(0, left(line))
    if (quantity > remaining) {
      const rest =
        remaining === 0
          ? 'elle est déjà entièrement créditée'
          : `il ne reste que ${frQuantity(remaining)} à créditer sur ${frQuantity(hundredthsOf(line.quantity) ?? 0)}`
      throw new DomainError(
        'credit_exceeds',
        `Ligne ${index + 1} « ${line.description} » de la facture ${invoiceNumber} : ${rest}. Créditez au plus ce qui reste.`,
        { field: 'lines' },
      )
    }
    const { kind, description, unitPrice, vatRate } = line
    return [{ lineId: line.id, kind, description, quantity: quantity / 100, unitPrice, vatRate }]
  })
}

// ——— Quotes (devis) ———

export type QuoteStatus = 'brouillon' | 'envoye' | 'accepte' | 'refuse' | 'expire'

export const QUOTE_STATUS_LABELS: Record<QuoteStatus, { fr: string; en: string }> = {
  brouillon: { fr: 'Brouillon', en: 'Draft' },
  envoye: { fr: 'Envoyé', en: 'Sent' },
  accepte: { fr: 'Accepté', en: 'Accepted' },
  refuse: { fr: 'Refusé', en: 'Declined' },
  expire: { fr: 'Expiré', en: 'Expired' },
}

// Changing a sent or accepted quote makes a new version of it elsewhere: no way back here.
const QUOTE_TRANSITIONS: Record<QuoteStatus, QuoteStatus[]> = {
  brouillon: ['envoye'],
  envoye: ['accepte', 'refuse', 'expire'],
  accepte: [],
  refuse: [],
  expire: [],
}

const quoteLabel = (s: QuoteStatus): string => QUOTE_STATUS_LABELS[s]?.fr ?? String(s)

function assertQuoteStatus(s: QuoteStatus): void {
  if (!(s in QUOTE_STATUS_LABELS)) {
    throw new DomainError(
      'invalid_status',
      `Le statut de devis « ${String(s)} » n'existe pas : choisissez Brouillon, Envoyé, Accepté, Refusé ou Expiré.`,
      { field: 'status' },
    )
  }
}

export function allowedQuoteNext(from: QuoteStatus): QuoteStatus[] {
  assertQuoteStatus(from)
  return [...QUOTE_TRANSITIONS[from]]
}

/** Same status → no-op, like the other status machines. */
export function assertQuoteTransition(from: QuoteStatus, to: QuoteStatus): void {
  assertQuoteStatus(from)
  assertQuoteStatus(to)
  if (from === to) return
  const next = QUOTE_TRANSITIONS[from]
  if (next.includes(to)) return
  const list = next.length
    ? next.map((s) => `« ${quoteLabel(s)} »`).join(', ')
    : 'aucun (devis clos : pour le modifier, faites-en une nouvelle version)'
  throw new DomainError(
    'illegal_transition',
    `Passage impossible du devis de « ${quoteLabel(from)} » à « ${quoteLabel(to)} ». Statuts possibles depuis « ${quoteLabel(from)} » : ${list}.`,
    { field: 'status' },
  )
}

/**
 * A quote is required when the estimate is above the shop's threshold (both cents TTC;
 * « au-delà de 150 € » : exactly the threshold needs none). No threshold (null or 0) → never.
 */
export function quoteRequired({
  estimatedTtc,
  threshold,
}: {
  estimatedTtc: number
  threshold: number | null | undefined
}): boolean {
  if (!threshold || threshold <= 0) return false
  return estimatedTtc > threshold
}

/** Past the diagnostic: the states where work the customer must approve is being done. */
const isPastDiagnostic = (to: RepairState): boolean =>
  to.status === 'termine' ||
  (to.status === 'en_cours' && (to.step === 'intervention' || to.step === 'test'))

/**
 * Refuses moving a repair past the diagnostic (to Intervention, Test or Terminé) while a quote
 * is required and not accepted. Cancelling or returning the device is always possible.
 */
export function assertRepairMayProceed({
  to,
  quoteStatus,
  required,
}: {
  to: RepairState
  quoteStatus: QuoteStatus | null | undefined
  required: boolean
}): void {
  if (!required || quoteStatus === 'accepte' || !isPastDiagnostic(to)) return
  const where = quoteStatus
    ? `le devis est « ${quoteLabel(quoteStatus)} »`
    : "aucun devis n'a été établi pour cette réparation"
  const todo =
    quoteStatus === 'refuse' || quoteStatus === 'expire'
      ? 'établissez un nouveau devis et faites-le accepter par le client, ou annulez la réparation'
      : quoteStatus === 'envoye'
        ? 'faites accepter le devis par le client (ou enregistrez son refus)'
        : 'établissez le devis, envoyez-le et faites-le accepter par le client'
  throw new DomainError(
    'quote_required',
    `Devis à faire accepter avant l'intervention : ${where}. Avant de passer à « ${describeState(to)} », ${todo}.`,
    { field: 'status' },
  )
}
