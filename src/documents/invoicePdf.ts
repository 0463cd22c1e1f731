/**
 * The invoice (« facture ») and the credit note (« avoir ») as the customer and the accountant
 * receive them: A4, French, pdfkit's standard Helvetica like the other documents (pdfLayout).
 * Every mention the law asks for is printed from the data given (Code de commerce L441-9, CGI
 * art. 242 nonies A): the seller's identity and registrations, the customer, number and dates,
 * each line with its VAT rate, totals per rate, payment terms and late-payment penalties, the
 * 40 € recovery indemnity (owed between professionals only, so for customers with a SIRET), and
 * the franchise mention when the shop charges no VAT. The amounts are the domain's
 * (computeTotals): this file adds nothing up but the bonus and what is left to pay. Long
 * documents run over several pages, the table header repeated; totals and mentions close the
 * last page, and every page carries « Page i/N ».
 */
import {
  amountDue,
  FRANCHISE_MENTION,
  LINE_KIND_LABELS,
  type ComputedLine,
  type InvoiceLineInput,
  type LineKind,
  type RateTotals,
} from '../domain/invoices'
import { formatVatRate } from '../domain/money'
import { FACTUR_X_FILENAME, facturXml, facturXmp, wantsFacturX } from './facturX'
import { formatParisDate, toDate } from '../domain/parisTime'
import type { ShopSettings } from '../domain/shopSettings'
import {
  bulletJoin,
  collect,
  COLOR,
  continuationHeader,
  CONTENT_W,
  displayPhone,
  displaySiret,
  drawTable,
  emptyTableRow,
  fitSize,
  formatPriceCents,
  GAP,
  HEADER_BAND,
  headerRule,
  LEFT,
  MARGIN,
  measure,
  newDocument,
  NONE,
  pageFooters,
  present,
  RIGHT,
  ROW_H,
  section,
  shopHeader,
  tableRow,
  write,
  type Cell,
  type Column,
  type Doc,
  type TableRow,
} from './pdfLayout'

export type InvoicePdfData = {
  kind: 'invoice' | 'credit_note' | 'quote'
  /** 'F-2026-000001' / 'A-2026-000001' */
  number: string
  /** ISO instant; printed as the Paris date. */
  issuedAt: string
  /** End of the repair: ISO instant or 'YYYY-MM-DD'. */
  serviceDate?: string | null
  /** 'YYYY-MM-DD' (invoice only); none: payable on receipt. */
  dueDate?: string | null
  /** Quote: its last valid day ('YYYY-MM-DD'). */
  validUntil?: string | null
  /** Quote: what a declined quote costs (cents TTC; 0: free). */
  diagnosticFee?: number
  /** legalForm carries the capital (« SARL au capital de 8 000 € »), as the settings page asks. */
  seller: ShopSettings['identity'] & { iban?: string; bic?: string; logo?: Buffer | null }
  vatRegime: 'normal' | 'franchise'
  /** Basis points a year (1215 = 12,15 %). */
  latePenaltyRate: number
  customer: {
    name: string
    company?: string | null
    /** Already formatted lines. */
    addressLines?: string[]
    email?: string | null
    /** Display format. */
    phone?: string | null
    /** A business customer has one; it gets the Factur-X XML embedded (facturX.ts). */
    siret?: string | null
    vatNumber?: string | null
    /** Structured copy of the address, for Factur-X (older snapshots have only addressLines). */
    address?: {
      line1?: string | null
      line2?: string | null
      postalCode?: string | null
      city?: string | null
      /** ISO code, 'FR' */
      country?: string | null
    } | null
  }
  /** 'R-2026-000042' */
  repairReference?: string | null
  /** 'Apple iPhone 13 (SN…)' */
  device?: string | null
  /** From computeTotals. */
  lines: ComputedLine<InvoiceLineInput>[]
  totals: { totalHt: number; totalVat: number; totalTtc: number; byRate: RateTotals[] }
  /** « Bonus réparation QualiRépar », deducted from the TTC total; cents. */
  bonus?: { label: string; amount: number } | null
  /** Cents already paid. */
  paid?: number
  /** Credit note: the invoice it corrects. */
  creditedInvoice?: { number: string; issuedAt: string } | null
  warrantyTerms?: string | null
  paymentMethods?: string | null
}

// ---------------------------------------------------------------------------------------------
// Formatting

/** « Ligne libre » is the word of the form; on the document the customer reads « Autre ». */
const KIND_LABEL: Record<LineKind, string> = {
  labour: LINE_KIND_LABELS.labour.fr,
  part: LINE_KIND_LABELS.part.fr,
  free: 'Autre',
}

/** 'jj/mm/aaaa': a 'YYYY-MM-DD' day as is, an instant as read in Paris; null when no date. */
function frenchDate(value: string | null | undefined): string | null {
  const text = present(value)
  if (!text) return null
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (day) return `${day[3]}/${day[2]}/${day[1]}`
  const date = toDate(text)
  return date ? formatParisDate(date) : null
}

const quantityFormatter = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 })

/** « 1,5 » */
function formatQuantity(value: number): string {
  return Number.isFinite(value) ? quantityFormatter.format(value) : NONE
}

/** « 20 % », « 12,15 % » from basis points, never split across two lines. */
function percent(basisPoints: number): string {
  return formatVatRate(basisPoints).replace(' ', '\u00a0')
}

function amount(cents: number): string {
  return Number.isFinite(cents) ? formatPriceCents(cents) : NONE
}

const titleOf = (data: InvoicePdfData): string =>
  data.kind === 'invoice' ? 'Facture' : data.kind === 'quote' ? 'Devis' : 'Avoir'

/** Something drawn below the table, measured first so it stays on the page of the last line. */
type Block = { h: number; draw: (y: number) => void }

// ---------------------------------------------------------------------------------------------
// Header: seller (left), title, number and dates (right)

function sellerAddress(seller: InvoicePdfData['seller']): string | undefined {
  const town = [present(seller.postalCode), present(seller.city)].filter(Boolean).join(' ')
  const lines = [present(seller.street), town]
  if (seller.country && seller.country !== 'FR') {
    let country = seller.country
    try {
      country = new Intl.DisplayNames(['fr'], { type: 'region' }).of(seller.country) ?? country
    } catch {
      // Not a region code: printed as typed.
    }
    lines.push(country)
  }
  return lines.filter(Boolean).join('\n') || seller.address
}

/** Logo (when it is an image pdfkit reads), shop header, then legal name, form, RCS/RM, VAT. */
function sellerBlock(doc: Doc, seller: InvoicePdfData['seller'], top: number): number {
  let y = top
  if (seller.logo) {
    try {
      doc.image(seller.logo, LEFT, y, { fit: [140, 46] })
      y += 52
    } catch {
      // An unreadable logo must not stop the invoice going out: the name says who we are.
    }
  }
  y = shopHeader(
    doc,
    {
      name: seller.name,
      address: sellerAddress(seller),
      phone: seller.phone,
      email: seller.email,
      siret: seller.siret,
    },
    y,
  )
  const legalName = present(seller.legalName)
  const legal = [legalName !== seller.name ? legalName : null, present(seller.legalForm)]
    .filter(Boolean)
    .join(', ')
  const vat = present(seller.vatNumber)
  const lines = [legal, present(seller.registration), vat && `TVA intracommunautaire ${vat}`]
  for (const line of lines) {
    if (!line) continue
    write(doc, line, LEFT, y, {
      size: 8.5,
      color: COLOR.muted,
      width: 290,
      height: 11,
      ellipsis: true,
    })
    y += 11
  }
  return y
}

function titleBlock(doc: Doc, data: InvoicePdfData, top: number): number {
  const w = 230
  const x = RIGHT - w
  write(doc, titleOf(data), x, top, {
    font: 'Helvetica-Bold',
    size: 20,
    color: COLOR.accent,
    width: w,
    align: 'right',
  })
  write(doc, data.number, x, top + 25, {
    font: 'Helvetica-Bold',
    size: 15,
    width: w,
    align: 'right',
    height: 19,
    ellipsis: true,
  })
  let y = top + 48
  const rows: [string, string | null][] =
    data.kind === 'quote'
      ? [
          ['Date du devis', frenchDate(data.issuedAt)],
          ['Valable jusqu’au', frenchDate(data.validUntil)],
        ]
      : [
          ["Date d'émission", frenchDate(data.issuedAt)],
          ['Date de la prestation', frenchDate(data.serviceDate)],
        ]
  if (data.kind === 'invoice') rows.push(['Échéance', frenchDate(data.dueDate) ?? 'à réception'])
  const labelW = 120
  for (const [label, value] of rows) {
    if (!value) continue
    write(doc, label, x, y + 0.4, { size: 8.5, color: COLOR.muted, width: labelW, height: 11 })
    write(doc, value, x + labelW, y, {
      font: 'Helvetica-Bold',
      size: 9,
      width: w - labelW,
      align: 'right',
      height: 11,
      ellipsis: true,
    })
    y += 12
  }
  const credited = data.kind === 'credit_note' ? data.creditedInvoice : null
  if (credited) {
    const date = frenchDate(credited.issuedAt)
    const text = `Avoir sur la facture ${credited.number}${date ? ` du ${date}` : ''}`
    y += 2
    write(doc, text, x, y, {
      font: 'Helvetica-Bold',
      size: 9,
      color: COLOR.accent,
      width: w,
      align: 'right',
      height: 23,
      ellipsis: true,
    })
    y += measure(doc, text, w, 'Helvetica-Bold', 9) > 12 ? 23 : 12
  }
  return y
}

// ---------------------------------------------------------------------------------------------
// Customer and repair

type TextLine = { text: string; bold?: boolean }

function customerLines(customer: InvoicePdfData['customer']): TextLine[] {
  const company = present(customer.company)
  const name = present(customer.name)
  const lines: TextLine[] = []
  if (company) lines.push({ text: company, bold: true })
  if (name) lines.push({ text: name, bold: !company })
  for (const line of (customer.addressLines ?? []).slice(0, 4)) {
    const text = present(line)
    if (text) lines.push({ text })
  }
  const contact = bulletJoin([displayPhone(customer.phone), present(customer.email)])
  if (contact) lines.push({ text: contact })
  const siret = present(customer.siret)
  const vat = present(customer.vatNumber)
  const ids = bulletJoin([siret && `SIRET ${displaySiret(siret)}`, vat && `N° TVA ${vat}`])
  if (ids) lines.push({ text: ids })
  return lines.length ? lines : [{ text: NONE }]
}

/** The customer box (left) and, when there is one, the repair box (right). */
function partiesBlock(doc: Doc, data: InvoicePdfData, top: number): number {
  const colW = (CONTENT_W - GAP) / 2
  const lines = customerLines(data.customer)
  const repair = present(data.repairReference)
  const device = present(data.device)
  const labelW = 64
  const valueW = colW - 16 - labelW
  // The device may take two lines (brand, model and serial number); the reference holds on one.
  const repairRows = (
    [
      ['Réparation', repair, 1],
      ['Appareil', device, 2],
    ] as const
  ).flatMap(([label, value, maxLines]) => {
    if (!value) return []
    const wrapped = Math.round(
      measure(doc, value, valueW, 'Helvetica-Bold', 9) / doc.currentLineHeight(),
    )
    const lineCount = Math.max(1, Math.min(maxLines, wrapped))
    return [{ label, value, lineCount, h: ROW_H + (lineCount - 1) * 11 }]
  })
  const repairH = repairRows.reduce((sum, row) => sum + row.h, 0)
  const h = HEADER_BAND + 6 + Math.max(lines.length * 11, repairH) + 6

  let y = section(doc, 'Client', LEFT, top, colW, h)
  for (const line of lines) {
    write(doc, line.text, LEFT + 8, y, {
      font: line.bold ? 'Helvetica-Bold' : 'Helvetica',
      size: line.bold ? 9 : 8.5,
      width: colW - 16,
      height: 11,
      ellipsis: true,
    })
    y += 11
  }

  if (repairRows.length) {
    const x = LEFT + colW + GAP
    let ry = section(doc, 'Intervention', x, top, colW, h)
    for (const row of repairRows) {
      write(doc, row.label, x + 8, ry + 0.4, { size: 8.5, color: COLOR.muted, width: labelW - 4 })
      write(doc, row.value, x + 8 + labelW, ry, {
        font: 'Helvetica-Bold',
        size: 9,
        width: valueW,
        height: row.lineCount * 11,
        ellipsis: true,
      })
      ry += row.h
    }
  }
  return top + h + GAP + 4
}

// ---------------------------------------------------------------------------------------------
// Lines table

const DESCRIPTION_MAX_LINES = 6

/** Under the franchise there is no VAT: no rate column, and one amount (HT = TTC) per line. */
function columnsFor(franchise: boolean): Column[] {
  const fixed: Column[] = franchise
    ? [
        { title: 'Qté', w: 36, align: 'right' },
        { title: 'Prix unitaire', w: 76, align: 'right' },
        { title: 'Total', w: 80, align: 'right' },
      ]
    : [
        { title: 'Qté', w: 32, align: 'right' },
        { title: 'P.U. TTC', w: 62, align: 'right' },
        { title: 'TVA', w: 36, align: 'right' },
        { title: 'Total HT', w: 64, align: 'right' },
        { title: 'Total TTC', w: 68, align: 'right' },
      ]
  const kind: Column = { title: 'Type', w: 58, align: 'left' }
  const used = kind.w + fixed.reduce((sum, col) => sum + col.w, 0)
  return [kind, { title: 'Désignation', w: CONTENT_W - used, align: 'left' }, ...fixed]
}

function buildRows(doc: Doc, data: InvoicePdfData, columns: Column[]): TableRow[] {
  const franchise = data.vatRegime === 'franchise'
  const cell = (text: string, bold = false): Cell => ({
    text,
    font: bold ? 'Helvetica-Bold' : 'Helvetica',
    color: COLOR.text,
    maxLines: 1,
    shrink: true,
  })
  if (data.lines.length === 0) return [emptyTableRow(columns, 'Aucune ligne.')]
  return data.lines.map((line) => {
    const amounts = franchise
      ? [cell(amount(line.unitPrice)), cell(amount(line.totalTtc), true)]
      : [
          cell(amount(line.unitPrice)),
          cell(percent(line.appliedRate)),
          cell(amount(line.totalHt)),
          cell(amount(line.totalTtc), true),
        ]
    const cells: Cell[] = [
      {
        text: KIND_LABEL[line.kind] ?? NONE,
        font: 'Helvetica',
        color: COLOR.muted,
        maxLines: 1,
        shrink: true,
      },
      {
        text: present(line.description) ?? NONE,
        font: 'Helvetica',
        color: COLOR.text,
        maxLines: DESCRIPTION_MAX_LINES,
      },
      cell(formatQuantity(line.quantity)),
      ...amounts,
    ]
    return tableRow(doc, columns, cells)
  })
}

// ---------------------------------------------------------------------------------------------
// Totals: VAT per rate (or the franchise mention) on the left, the amounts due on the right

type TotalRow = { label: string; cents: number; strong?: boolean }

function totalRows(data: InvoicePdfData): TotalRow[] {
  const { totalHt, totalVat, totalTtc } = data.totals
  const rows: TotalRow[] =
    data.vatRegime === 'franchise'
      ? [{ label: 'Total', cents: totalTtc, strong: true }]
      : [
          { label: 'Total HT', cents: totalHt },
          { label: 'Total TVA', cents: totalVat },
          { label: 'Total TTC', cents: totalTtc, strong: true },
        ]
  let due = totalTtc
  const bonus = data.bonus && data.bonus.amount > 0 ? data.bonus : null
  if (bonus) {
    due = amountDue({ totalTtc, bonus: bonus.amount })
    // The full label is in the mentions: the totals column is narrow.
    rows.push({ label: 'Bonus réparation', cents: -bonus.amount })
    rows.push({ label: 'Net à payer', cents: due, strong: true })
  }
  const paid = typeof data.paid === 'number' && data.paid > 0 ? data.paid : 0
  if (paid) {
    rows.push({ label: 'Déjà réglé', cents: -paid })
    rows.push({ label: 'Reste à payer', cents: Math.max(0, due - paid), strong: true })
  }
  return rows
}

const TOTALS_W = 250
const TOTAL_ROW_H = 14
const STRONG_ROW_H = 22

function totalsBlock(doc: Doc, data: InvoicePdfData): Block {
  const rows = totalRows(data)
  const boxH = 8 + rows.reduce((h, r) => h + (r.strong ? STRONG_ROW_H : TOTAL_ROW_H), 0)
  const leftW = CONTENT_W - TOTALS_W - GAP
  const franchise = data.vatRegime === 'franchise'
  const rates = data.totals.byRate
  const vatH = HEADER_BAND + 6 + (1 + Math.max(1, rates.length)) * ROW_H
  const mentionH = measure(doc, FRANCHISE_MENTION, leftW, 'Helvetica-Bold', 9) + 4
  return {
    h: Math.max(boxH, franchise ? mentionH : vatH),
    draw: (y) => {
      if (franchise) {
        write(doc, FRANCHISE_MENTION, LEFT, y + 4, {
          font: 'Helvetica-Bold',
          size: 9,
          color: COLOR.accent,
          width: leftW,
        })
      } else drawVatTable(doc, rates, y, leftW, vatH)
      drawTotalsBox(doc, rows, RIGHT - TOTALS_W, y, boxH)
    },
  }
}

function drawVatTable(doc: Doc, rates: RateTotals[], y: number, w: number, h: number): void {
  let ry = section(doc, 'Détail de la TVA', LEFT, y, w, h)
  const rateW = 46
  const amountW = (w - 16 - rateW) / 3
  const cells = (texts: string[], font: string, color: string) => {
    texts.forEach((text, i) => {
      const x = LEFT + 8 + (i === 0 ? 0 : rateW + (i - 1) * amountW)
      const width = i === 0 ? rateW : amountW
      write(doc, text, x, ry, {
        font,
        size: fitSize(doc, text, font, 8.5, width),
        color,
        width,
        align: i === 0 ? 'left' : 'right',
        height: 11,
      })
    })
    ry += ROW_H
  }
  cells(['Taux', 'Base HT', 'TVA', 'Total TTC'], 'Helvetica', COLOR.muted)
  for (const r of rates) {
    cells([percent(r.rate), amount(r.ht), amount(r.vat), amount(r.ttc)], 'Helvetica', COLOR.text)
  }
}

function drawTotalsBox(doc: Doc, rows: TotalRow[], x: number, y: number, h: number): void {
  const amountW = 96
  const labelW = TOTALS_W - 16 - amountW - 4
  doc.save()
  doc.roundedRect(x, y, TOTALS_W, h, 3).clip()
  let by = y + 4
  for (const row of rows) {
    const rowH = row.strong ? STRONG_ROW_H : TOTAL_ROW_H
    if (row.strong) doc.rect(x, by, TOTALS_W, rowH).fillColor(COLOR.band).fill()
    by += rowH
  }
  doc.restore()
  doc.save()
  doc.lineWidth(0.8).strokeColor(COLOR.line).roundedRect(x, y, TOTALS_W, h, 3).stroke()
  doc.restore()

  let ry = y + 4
  for (const row of rows) {
    const rowH = row.strong ? STRONG_ROW_H : TOTAL_ROW_H
    const size = row.strong ? 10.5 : 9
    const text = amount(row.cents)
    const font = 'Helvetica-Bold'
    const color = row.strong ? COLOR.accent : COLOR.text
    const top = ry + (rowH - size) / 2
    write(doc, row.label, x + 8, top, {
      font: row.strong ? font : 'Helvetica',
      size: row.strong ? 10 : 8.5,
      color: row.strong ? COLOR.accent : COLOR.muted,
      width: labelW,
      height: size + 3,
      ellipsis: true,
    })
    const fitted = fitSize(doc, text, font, size, amountW)
    write(doc, text, RIGHT - 8 - amountW, top + (size - fitted) * 0.7, {
      font,
      size: fitted,
      color,
      width: amountW,
      align: 'right',
      height: size + 3,
    })
    ry += rowH
  }
}

// ---------------------------------------------------------------------------------------------
// Mentions: payment terms, penalties, bank details, warranty

const MENTION_SIZE = 7.5
const MENTION_GAP = 0.3
/** A shop's long warranty or payment text is cut rather than pushing the totals off the page. */
const MENTION_MAX_H = 5 * 9.2

/** What the operation is (CGI 242 nonies A): goods, services or both, from the line kinds. */
function operationNature(lines: InvoicePdfData['lines']): string | null {
  const parts = lines.some((l) => l.kind === 'part')
  const services = lines.some((l) => l.kind !== 'part')
  if (parts && services) return 'prestation de services et livraison de biens'
  if (parts) return 'livraison de biens'
  return services ? 'prestation de services' : null
}

function mentions(data: InvoicePdfData): string[] {
  const nature = operationNature(data.lines)
  const out: string[] = []
  if (nature) out.push(`Nature de l'opération : ${nature}.`)
  if (data.kind === 'quote') {
    const until = frenchDate(data.validUntil)
    if (until)
      out.push(`Devis valable jusqu'au ${until}. Prix TTC, pièces et main-d'œuvre compris.`)
    out.push(
      data.diagnosticFee && data.diagnosticFee > 0
        ? `En cas de refus du devis, le diagnostic est facturé ${amount(data.diagnosticFee)} TTC.`
        : 'Devis gratuit : en cas de refus, rien n’est facturé.',
    )
    out.push(
      "L'intervention commence après l'accord du client (en ligne, par écrit ou au comptoir). Bon pour accord — date et signature :",
    )
  }
  if (data.kind === 'invoice') {
    const due = frenchDate(data.dueDate)
    out.push(
      `Conditions de paiement : ${due ? `au plus tard le ${due}` : 'à réception de la facture'}. Pas d'escompte pour paiement anticipé.`,
    )
    out.push(
      `Pénalités de retard : ${percent(data.latePenaltyRate)} par an, exigibles de plein droit dès le lendemain de l'échéance.`,
    )
    if (present(data.customer.siret)) {
      out.push(
        'Indemnité forfaitaire pour frais de recouvrement : 40\u00a0€ (art. L441-10 du Code de commerce).',
      )
    }
    const methods = present(data.paymentMethods)
    if (methods) out.push(`Moyens de paiement acceptés : ${methods}`)
    const iban = present(data.seller.iban)
    const bic = present(data.seller.bic)
    if (iban || bic) {
      out.push(`Virement : ${bulletJoin([iban && `IBAN ${iban}`, bic && `BIC ${bic}`])}`)
    }
  }
  if (data.bonus && data.bonus.amount > 0)
    out.push(
      `${present(data.bonus.label) ?? 'Bonus réparation'} : ${amount(data.bonus.amount)} déduits du total, versés à l'atelier par le fonds réparation de l'éco-organisme.`,
    )
  const warranty = present(data.warrantyTerms)
  if (warranty) out.push(`Garantie : ${warranty}`)
  return out
}

function mentionsBlock(doc: Doc, data: InvoicePdfData): Block | null {
  const paragraphs = mentions(data).map((text) => ({
    text,
    h: Math.min(
      MENTION_MAX_H,
      measure(doc, text, CONTENT_W, 'Helvetica', MENTION_SIZE, MENTION_GAP),
    ),
  }))
  if (paragraphs.length === 0) return null
  const title =
    data.kind === 'invoice'
      ? 'Conditions et mentions légales'
      : data.kind === 'quote'
        ? 'Conditions du devis'
        : 'Mentions'
  return {
    h: 13 + paragraphs.reduce((h, p) => h + p.h + 2, 0),
    draw: (top) => {
      write(doc, title, LEFT, top, {
        font: 'Helvetica-Bold',
        size: 8.5,
        color: COLOR.accent,
        width: CONTENT_W,
      })
      let y = top + 13
      for (const p of paragraphs) {
        write(doc, p.text, LEFT, y, {
          size: MENTION_SIZE,
          width: CONTENT_W,
          lineGap: MENTION_GAP,
          height: MENTION_MAX_H + 0.5,
          ellipsis: true,
        })
        y += p.h + 2
      }
    },
  }
}

// ---------------------------------------------------------------------------------------------
// Pages after the first, footer

/** What the header of the pages after the first says of this document. */
function laterPageHeader(doc: Doc, data: InvoicePdfData): number {
  const customer = present(data.customer.company) ?? present(data.customer.name) ?? NONE
  return continuationHeader(doc, {
    shop: data.seller.name,
    document: `${titleOf(data)} ${data.number}`,
    party: `Client : ${customer}`,
  })
}

/** The number first: a long legal identity is what gets cut (the header has it all). */
function footerLine(data: InvoicePdfData): string {
  const { seller } = data
  const siret = present(seller.siret)
  return bulletJoin([
    `${titleOf(data)} ${data.number}`,
    present(seller.legalName) ?? seller.name,
    siret && `SIRET ${displaySiret(siret)}`,
    present(seller.registration),
  ])
}

// ---------------------------------------------------------------------------------------------

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
}

/**
 * Factur-X: the CII XML as the embedded file `factur-x.xml` (AFRelationship Alternative, listed
 * in the catalog's /AF by pdfkit) and the fx: XMP properties. Not PDF/A-3: the standard
 * Helvetica is not embedded, and no font of ours ships with the project.
 */
function embedFacturX(doc: Doc, data: InvoicePdfData): void {
  const issued = new Date(data.issuedAt)
  const date = Number.isNaN(issued.getTime()) ? undefined : issued
  const options = {
    name: FACTUR_X_FILENAME,
    type: 'text/xml',
    relationship: 'Alternative',
    description: 'Factur-X',
    creationDate: date,
    modifiedDate: date,
  }
  doc.file(Buffer.from(facturXml(data), 'utf8'), options)
  for (const description of facturXmp()) doc.appendXML(description)
  // pdfkit copies the Info strings into the XMP unescaped (« Martin & Fils » would break it):
  // the Info dictionary is written first, so the XMP gets escaped copies.
  const internals = doc as unknown as { info: Record<string, unknown>; endMetadata: () => void }
  const endMetadata = internals.endMetadata.bind(doc)
  internals.endMetadata = () => {
    for (const [key, value] of Object.entries(internals.info)) {
      if (typeof value === 'string') {
        internals.info[key] = value.replace(/[&<>"']/g, (c) => XML_ESCAPES[c])
      }
    }
    endMetadata()
  }
}

/**
 * Renders the invoice or credit note as an A4 PDF of one or more pages; for a customer with a
 * SIRET, a Factur-X PDF (EN 16931 XML embedded, PDF 1.7 for the XMP metadata).
 */
export async function renderInvoicePdf(data: InvoicePdfData): Promise<Buffer> {
  const title = titleOf(data)
  const customer = present(data.customer.company) ?? present(data.customer.name) ?? NONE
  const facturX = wantsFacturX(data)
  // Pages stay buffered so that the footers can say « Page i/N » once all are drawn.
  const options: { bufferPages: boolean; pdfVersion?: '1.7' } = { bufferPages: true }
  if (facturX) options.pdfVersion = '1.7'
  const doc = newDocument(
    {
      Title: data.number,
      Author: data.seller.name,
      Subject: `${title} ${data.number} \u2014 ${customer}`,
    },
    options,
  )
  const done = collect(doc)
  if (facturX) embedFacturX(doc, data)

  const sellerY = sellerBlock(doc, data.seller, MARGIN)
  const titleY = titleBlock(doc, data, MARGIN)
  let y = headerRule(doc, Math.max(sellerY, titleY) + 6)
  y = partiesBlock(doc, data, y)

  const blocks = [totalsBlock(doc, data), mentionsBlock(doc, data)].filter(
    (b): b is Block => b !== null,
  )
  const tailH = blocks.reduce((h, b) => h + GAP + b.h, 0)

  const columns = columnsFor(data.vatRegime === 'franchise')
  const rows = buildRows(doc, data, columns)
  y = drawTable(doc, columns, rows, y, tailH, () => laterPageHeader(doc, data))

  for (const block of blocks) {
    y += GAP
    block.draw(y)
    y += block.h
  }

  pageFooters(doc, footerLine(data))
  doc.end()
  return done
}
