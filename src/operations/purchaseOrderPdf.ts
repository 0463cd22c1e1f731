/**
 * The printable supplier purchase order (« bon de commande fournisseur »): A4, French, built with
 * pdfkit's standard Helvetica like the intake ticket (WinAnsi: French accents are fine, anything
 * else goes through `toWinAnsi`). Long orders run over several pages: the lines table header is
 * repeated on each page and every page carries the footer with « Page i/N ».
 */
import PDFDocument from 'pdfkit'

import { formatParisDate, parisParts, toDate } from '../domain/parisTime'
import { formatPriceCents, toWinAnsi } from './intakeTicket'

export type PurchaseOrderPdfData = {
  shop: { name: string; address?: string; phone?: string; email?: string; siret?: string }
  /** 'CF-2026-0042' */
  reference: string
  /** French label, e.g. 'Commandée'. */
  status: string
  /** ISO */
  createdAt: string
  /** ISO */
  orderedAt?: string | null
  supplier: {
    name: string
    contact?: string | null
    email?: string | null
    phone?: string | null
    leadTimeDays?: number | null
  }
  /** unitCost: integer cents, excluding VAT. */
  lines: { sku: string; name: string; quantity: number; unitCost: number; receivedQuantity?: number }[]
  /** Basis points: 2000 = 20 %. */
  vatRate: number
  /** Integer cents. */
  totals: { net: number; vat: number; gross: number }
  /** Reference of the repair the order waits for ('R-2026-000042'). */
  linkedRepair?: string | null
  notes?: string | null
}

// ---------------------------------------------------------------------------------------------
// Small helpers (the intake ticket keeps its own private versions of some of them)

function present(value: string | null | undefined): string | null {
  const trimmed = value?.trim()
  return trimmed ? trimmed : null
}

/** French numbers in E.164 read back as '04 78 12 34 56'; others stay as given. */
function displayPhone(phone: string | null | undefined): string | null {
  const value = present(phone)
  if (!value) return null
  const french = /^\+33([1-9]\d{8})$/.exec(value.replace(/\s/g, ''))
  if (!french) return value
  return `0${french[1]}`.replace(/(\d\d)(?=\d)/g, '$1 ')
}

function displaySiret(siret: string): string {
  const digits = siret.replace(/\s/g, '')
  return /^\d{14}$/.test(digits) ? digits.replace(/^(\d{3})(\d{3})(\d{3})(\d{5})$/, '$1 $2 $3 $4') : siret
}

function parisDate(iso: string | null | undefined): string | null {
  const date = toDate(iso)
  return date ? formatParisDate(date) : null
}

const quantityFormatter = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 3 })
const rateFormatter = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 })

function formatQuantity(value: number): string {
  return Number.isFinite(value) ? quantityFormatter.format(value) : NONE
}

/** '20 %' from 2000 basis points, '5,5 %' from 550. */
export function formatVatRate(basisPoints: number): string {
  return `${rateFormatter.format(basisPoints / 100)}\u00a0%`
}

/**
 * 'jj/mm/aaaa' of the expected delivery: the Paris calendar day of the order plus the supplier's
 * lead time in calendar days; null unless both are known.
 */
export function expectedDeliveryDate(
  orderedAt: string | null | undefined,
  leadTimeDays: number | null | undefined,
): string | null {
  const ordered = toDate(orderedAt)
  if (!ordered || typeof leadTimeDays !== 'number' || !Number.isFinite(leadTimeDays) || leadTimeDays < 0) return null
  const [y, m, d] = parisParts(ordered).date.split('-').map(Number)
  const due = new Date(Date.UTC(y, m - 1, d + Math.round(leadTimeDays)))
  const dd = String(due.getUTCDate()).padStart(2, '0')
  const mm = String(due.getUTCMonth() + 1).padStart(2, '0')
  return `${dd}/${mm}/${due.getUTCFullYear()}`
}

function plural(n: number, one: string, many: string): string {
  return `${formatQuantity(n)} ${Math.abs(n) >= 2 ? many : one}`
}

const NONE = '\u2014'

// ---------------------------------------------------------------------------------------------
// Layout

const PAGE = { width: 595.28, height: 841.89 }
const MARGIN = 36
const CONTENT_W = PAGE.width - 2 * MARGIN
const LEFT = MARGIN
const RIGHT = MARGIN + CONTENT_W
const GAP = 10
const HEADER_BAND = 17
const ROW_H = 13.5
/** Rows and closing blocks stay above this line; the footer sits below it. */
const BODY_BOTTOM = PAGE.height - 50
const FOOTER_RULE_Y = PAGE.height - 36
const FOOTER_Y = PAGE.height - 29

const COLOR = {
  text: '#1a1a1a',
  muted: '#5f6368',
  line: '#b8bec6',
  band: '#eef1f4',
  zebra: '#f7f8fa',
  accent: '#1f3a5f',
  warn: '#a35200',
  ok: '#1e6b3a',
}

type Doc = PDFKit.PDFDocument
type TextOptions = PDFKit.Mixins.TextOptions
type WriteOptions = TextOptions & { font?: string; size?: number; color?: string }

function write(doc: Doc, text: string, x: number, y: number, options: WriteOptions = {}): void {
  const { font = 'Helvetica', size = 9, color = COLOR.text, ...rest } = options
  doc.font(font).fontSize(size).fillColor(color)
  doc.text(toWinAnsi(text), x, y, { lineBreak: true, ...rest })
}

function measure(doc: Doc, text: string, width: number, font: string, size: number): number {
  doc.font(font).fontSize(size)
  return doc.heightOfString(toWinAnsi(text), { width })
}

/** A framed block with a tinted title band; returns the y where its content starts. */
function section(doc: Doc, title: string, x: number, y: number, w: number, h: number): number {
  doc.save()
  doc.lineWidth(0.8).strokeColor(COLOR.line)
  doc.roundedRect(x, y, w, h, 3).stroke()
  doc.rect(x + 0.4, y + 0.4, w - 0.8, HEADER_BAND).fillColor(COLOR.band).fill()
  doc.moveTo(x, y + HEADER_BAND).lineTo(x + w, y + HEADER_BAND).strokeColor(COLOR.line).stroke()
  doc.restore()
  write(doc, title, x + 8, y + 5, { font: 'Helvetica-Bold', size: 9, color: COLOR.accent, width: w - 16, height: 11, ellipsis: true })
  return y + HEADER_BAND + 6
}

/** 'Label  value' on one line (or maxLines) inside a section; returns the height used. */
function field(
  doc: Doc,
  label: string,
  value: string | null,
  x: number,
  y: number,
  w: number,
  labelW: number,
  opts: { maxLines?: number; color?: string; placeholder?: string } = {},
): number {
  const { maxLines = 1, color = COLOR.text, placeholder = NONE } = opts
  write(doc, label, x, y + 0.36, { size: 8.5, color: COLOR.muted, width: labelW - 4, height: 11, ellipsis: true })
  const text = value ?? placeholder
  const font = value ? 'Helvetica-Bold' : 'Helvetica'
  const lineH = 11
  const height = Math.min(measure(doc, text, w - labelW, font, 9), maxLines * lineH)
  write(doc, text, x + labelW, y, {
    font,
    size: 9,
    color: value ? color : COLOR.muted,
    width: w - labelW,
    height: maxLines * lineH,
    ellipsis: true,
  })
  return Math.max(ROW_H, Math.ceil(height / lineH - 0.01) * lineH + 2.5)
}

/** The font size, at most `size`, at which the text holds on one line of `width` (for amounts). */
function fitSize(doc: Doc, text: string, font: string, size: number, width: number, min = 5): number {
  doc.font(font).fontSize(size)
  const w = doc.widthOfString(toWinAnsi(text))
  return w <= width ? size : Math.max(min, Math.floor(((size * width) / w) * 10) / 10)
}

function collect(doc: Doc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
}

// --- Lines table -------------------------------------------------------------------------------

type Align = 'left' | 'right'
type Column = { title: string; w: number; align: Align }

const FIXED_COLS = { sku: 84, qty: 34, received: 38, unit: 66, total: 72 }
const COLUMNS: Column[] = [
  { title: 'Réf.', w: FIXED_COLS.sku, align: 'left' },
  {
    title: 'Désignation',
    w: CONTENT_W - (FIXED_COLS.sku + FIXED_COLS.qty + FIXED_COLS.received + FIXED_COLS.unit + FIXED_COLS.total),
    align: 'left',
  },
  { title: 'Qté', w: FIXED_COLS.qty, align: 'right' },
  { title: 'Reçu', w: FIXED_COLS.received, align: 'right' },
  { title: 'PU HT', w: FIXED_COLS.unit, align: 'right' },
  { title: 'Total HT', w: FIXED_COLS.total, align: 'right' },
]
const COL_X: number[] = COLUMNS.reduce<number[]>((xs, col, i) => [...xs, i === 0 ? LEFT : xs[i - 1] + COLUMNS[i - 1].w], [])
const CELL_PAD = 4
const TABLE_HEADER_H = 17
const ROW_PAD = 4
const CELL_SIZE = 8.5
const CELL_LINE_H = 10.2
const SKU_MAX_LINES = 2
const NAME_MAX_LINES = 3

/** shrink: a one-line value (number, amount) set smaller rather than cut when too wide. */
type Cell = { text: string; font: string; color: string; maxLines: number; shrink?: boolean }
type Row = { cells: Cell[]; h: number }

function drawTableHeader(doc: Doc, y: number): number {
  doc.save()
  doc.rect(LEFT, y, CONTENT_W, TABLE_HEADER_H).fillColor(COLOR.accent).fill()
  doc.restore()
  COLUMNS.forEach((col, i) => {
    write(doc, col.title, COL_X[i] + CELL_PAD, y + 5, {
      font: 'Helvetica-Bold',
      size: 8.5,
      color: '#ffffff',
      width: col.w - 2 * CELL_PAD,
      align: col.align,
      height: 11,
      ellipsis: true,
    })
  })
  return y + TABLE_HEADER_H
}

function buildRows(doc: Doc, lines: PurchaseOrderPdfData['lines']): Row[] {
  if (lines.length === 0) {
    const empty: Cell = { text: 'Aucune ligne sur cette commande.', font: 'Helvetica-Oblique', color: COLOR.muted, maxLines: 1 }
    const blank: Cell = { text: '', font: 'Helvetica', color: COLOR.muted, maxLines: 1 }
    return [{ cells: [blank, empty, blank, blank, blank, blank], h: CELL_LINE_H + 2 * ROW_PAD }]
  }
  return lines.map((line) => {
    const received = typeof line.receivedQuantity === 'number' && Number.isFinite(line.receivedQuantity) ? line.receivedQuantity : null
    const receivedColor =
      received === null || received === 0 ? COLOR.muted : received >= line.quantity ? COLOR.ok : COLOR.warn
    const lineTotal = Number.isFinite(line.quantity * line.unitCost) ? Math.round(line.quantity * line.unitCost) : null
    const cells: Cell[] = [
      { text: present(line.sku) ?? NONE, font: 'Helvetica', color: COLOR.text, maxLines: SKU_MAX_LINES },
      { text: present(line.name) ?? NONE, font: 'Helvetica', color: COLOR.text, maxLines: NAME_MAX_LINES },
      { text: formatQuantity(line.quantity), font: 'Helvetica-Bold', color: COLOR.text, maxLines: 1, shrink: true },
      { text: received === null ? NONE : formatQuantity(received), font: 'Helvetica', color: receivedColor, maxLines: 1, shrink: true },
      {
        text: Number.isFinite(line.unitCost) ? formatPriceCents(line.unitCost) : NONE,
        font: 'Helvetica',
        color: COLOR.text,
        maxLines: 1,
        shrink: true,
      },
      { text: lineTotal === null ? NONE : formatPriceCents(lineTotal), font: 'Helvetica-Bold', color: COLOR.text, maxLines: 1, shrink: true },
    ]
    const lineCount = Math.max(
      1,
      ...cells.map((cell, i) => {
        if (cell.shrink) return 1
        const h = measure(doc, cell.text, COLUMNS[i].w - 2 * CELL_PAD, cell.font, CELL_SIZE)
        return Math.min(cell.maxLines, Math.round(h / doc.currentLineHeight(true)))
      }),
    )
    return { cells, h: lineCount * CELL_LINE_H + 2 * ROW_PAD }
  })
}

function drawRow(doc: Doc, row: Row, y: number, index: number): void {
  if (index % 2 === 1) {
    doc.save()
    doc.rect(LEFT, y, CONTENT_W, row.h).fillColor(COLOR.zebra).fill()
    doc.restore()
  }
  row.cells.forEach((cell, i) => {
    if (!cell.text) return
    const width = COLUMNS[i].w - 2 * CELL_PAD
    const size = cell.shrink ? fitSize(doc, cell.text, cell.font, CELL_SIZE, width) : CELL_SIZE
    write(doc, cell.text, COL_X[i] + CELL_PAD, y + ROW_PAD + 0.5 + (CELL_SIZE - size) * 0.7, {
      font: cell.font,
      size,
      color: cell.color,
      width: COLUMNS[i].w - 2 * CELL_PAD,
      align: COLUMNS[i].align,
      height: cell.maxLines * CELL_LINE_H + 0.5,
      lineGap: CELL_LINE_H - 8.5 * 1.156,
      ellipsis: true,
    })
  })
  doc.save()
  doc.moveTo(LEFT, y + row.h).lineTo(RIGHT, y + row.h).lineWidth(0.5).strokeColor(COLOR.line).stroke()
  doc.restore()
}

// ---------------------------------------------------------------------------------------------

/** Renders the supplier purchase order as an A4 PDF of one or more pages. */
export async function renderPurchaseOrderPdf(data: PurchaseOrderPdfData): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    // Everything is placed at explicit positions; pages are added by hand and the small bottom
    // margin keeps the footer from making pdfkit open a page of its own.
    margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: 12 },
    bufferPages: true,
    lang: 'fr-FR',
    displayTitle: true,
    info: {
      Title: `Bon de commande ${data.reference}`,
      Author: data.shop.name,
      Subject: `Bon de commande ${data.reference} \u2014 ${data.supplier.name}`,
      Creator: 'Atelier',
    },
  })
  const done = collect(doc)

  let y = MARGIN

  // --- Header: the shop as buyer (left), title, reference and status (right) ------------------
  const shopW = 290
  write(doc, data.shop.name, LEFT, y, { font: 'Helvetica-Bold', size: 15, color: COLOR.accent, width: shopW, height: 19, ellipsis: true })
  let shopY = y + 21
  const shopLines: string[] = []
  const address = present(data.shop.address)
  if (address) shopLines.push(...address.split(/\r?\n/).map((l) => l.trim()).filter(Boolean).slice(0, 3))
  const contact = [displayPhone(data.shop.phone) && `Tél. ${displayPhone(data.shop.phone)}`, present(data.shop.email)]
    .filter(Boolean)
    .join('  \u2022  ')
  if (contact) shopLines.push(contact)
  const siret = present(data.shop.siret)
  if (siret) shopLines.push(`SIRET ${displaySiret(siret)}`)
  for (const line of shopLines) {
    write(doc, line, LEFT, shopY, { size: 8.5, color: COLOR.muted, width: shopW, height: 11, ellipsis: true })
    shopY += 11
  }

  const titleW = 220
  const titleX = RIGHT - titleW
  write(doc, 'Bon de commande', titleX, y, { font: 'Helvetica-Bold', size: 20, color: COLOR.accent, width: titleW, align: 'right' })
  write(doc, data.reference, titleX, y + 25, { font: 'Helvetica-Bold', size: 15, width: titleW, align: 'right', height: 19, ellipsis: true })
  // Status as a small badge under the reference.
  const status = toWinAnsi(present(data.status) ?? NONE)
  doc.font('Helvetica-Bold').fontSize(8.5)
  const badgeW = Math.min(titleW, doc.widthOfString(status) + 14)
  const badgeX = RIGHT - badgeW
  const badgeY = y + 45
  doc.save()
  doc.roundedRect(badgeX, badgeY, badgeW, 15, 7.5).fillColor(COLOR.band).fill()
  doc.roundedRect(badgeX, badgeY, badgeW, 15, 7.5).lineWidth(0.6).strokeColor(COLOR.accent).stroke()
  doc.restore()
  write(doc, status, badgeX + 7, badgeY + 4, { font: 'Helvetica-Bold', size: 8.5, color: COLOR.accent, width: badgeW - 14, height: 11, ellipsis: true })

  y = Math.max(shopY, badgeY + 15) + 8
  doc.moveTo(LEFT, y).lineTo(RIGHT, y).lineWidth(1.2).strokeColor(COLOR.accent).stroke()
  y += GAP + 2

  // --- Supplier and order blocks --------------------------------------------------------------
  const colW = (CONTENT_W - GAP) / 2
  const boxH = HEADER_BAND + 6 + 5 * ROW_H + 11 + 6

  const sx = LEFT + 8
  const sw = colW - 16
  let sy = section(doc, 'Fournisseur', LEFT, y, colW, boxH)
  sy += field(doc, 'Nom', present(data.supplier.name), sx, sy, sw, 66, { maxLines: 2 })
  sy += field(doc, 'Contact', present(data.supplier.contact), sx, sy, sw, 66)
  sy += field(doc, 'E-mail', present(data.supplier.email), sx, sy, sw, 66)
  sy += field(doc, 'Téléphone', displayPhone(data.supplier.phone), sx, sy, sw, 66)
  const lead = data.supplier.leadTimeDays
  const leadText = typeof lead === 'number' && Number.isFinite(lead) && lead >= 0 ? plural(Math.round(lead), 'jour', 'jours') : null
  field(doc, 'Délai habituel', leadText, sx, sy, sw, 66)

  const ox = LEFT + colW + GAP + 8
  const ow = colW - 16
  const orderLabelW = 96
  let oy = section(doc, 'Commande', LEFT + colW + GAP, y, colW, boxH)
  oy += field(doc, 'Créée le', parisDate(data.createdAt), ox, oy, ow, orderLabelW)
  const ordered = parisDate(data.orderedAt)
  oy += field(doc, 'Commandée le', ordered, ox, oy, ow, orderLabelW, { placeholder: 'pas encore commandée' })
  const delivery = expectedDeliveryDate(data.orderedAt, data.supplier.leadTimeDays)
  oy += field(doc, delivery ? 'Livraison prévue le' : 'Livraison prévue', delivery, ox, oy, ow, orderLabelW, {
    color: COLOR.accent,
    placeholder: 'à confirmer',
  })
  const pieces = data.lines.reduce((sum, line) => sum + (Number.isFinite(line.quantity) ? line.quantity : 0), 0)
  oy += field(
    doc,
    'Articles',
    data.lines.length ? `${plural(data.lines.length, 'ligne', 'lignes')}  \u2022  ${plural(pieces, 'pièce', 'pièces')}` : null,
    ox,
    oy,
    ow,
    orderLabelW,
  )
  const repair = present(data.linkedRepair)
  if (repair) {
    oy += 4
    write(doc, `Pour la réparation ${repair}`, ox, oy, { font: 'Helvetica-Bold', size: 9.5, color: COLOR.accent, width: ow, height: 24, ellipsis: true })
  }
  y += boxH + GAP + 4

  // --- Closing blocks (notes and totals), measured first so they stay with the last line -------
  const notes = present(data.notes)
  const totalsW = 210
  const notesW = CONTENT_W - totalsW - GAP
  const NOTES_MAX_LINES = 7
  const notesLineH = 11
  const notesLines = notes
    ? Math.min(NOTES_MAX_LINES, Math.max(1, Math.round(measure(doc, notes, notesW - 16, 'Helvetica', 8.5) / doc.currentLineHeight(true))))
    : 0
  const notesH = notes ? HEADER_BAND + 6 + notesLines * notesLineH + 4 : 0
  const TTC_BAND_H = 26
  const totalsH = 8 + 2 * ROW_H + 2 + TTC_BAND_H
  const reminderH = 20
  const tailH = GAP + Math.max(notesH, totalsH) + reminderH

  // --- Lines table, page after page -------------------------------------------------------------
  const rows = buildRows(doc, data.lines)
  y = drawTableHeader(doc, y)
  rows.forEach((row, i) => {
    const isLast = i === rows.length - 1
    if (y + row.h + (isLast ? tailH : 0) > BODY_BOTTOM) {
      write(doc, 'Suite à la page suivante\u2026', LEFT, y + 4, {
        font: 'Helvetica-Oblique',
        size: 7.5,
        color: COLOR.muted,
        width: CONTENT_W,
        align: 'right',
        height: 10,
      })
      doc.addPage()
      y = continuationHeader(doc, data)
      y = drawTableHeader(doc, y)
    }
    drawRow(doc, row, y, i)
    y += row.h
  })

  // --- Notes and totals --------------------------------------------------------------------------
  y += GAP
  if (notes) {
    const ny = section(doc, 'Notes', LEFT, y, notesW, notesH)
    write(doc, notes, LEFT + 8, ny, {
      size: 8.5,
      width: notesW - 16,
      height: NOTES_MAX_LINES * notesLineH + 0.5,
      lineGap: notesLineH - 8.5 * 1.156,
      ellipsis: true,
    })
  }
  const tx = RIGHT - totalsW
  // The TTC band fills the bottom of the frame, clipped to its rounded corners.
  const bandY = y + 8 + 2 * ROW_H + 2
  doc.save()
  doc.roundedRect(tx, y, totalsW, totalsH, 3).clip()
  doc.rect(tx, bandY, totalsW, TTC_BAND_H).fillColor(COLOR.band).fill()
  doc.restore()
  doc.save()
  doc.moveTo(tx, bandY).lineTo(tx + totalsW, bandY).lineWidth(0.8).strokeColor(COLOR.line).stroke()
  doc.lineWidth(0.8).strokeColor(COLOR.line).roundedRect(tx, y, totalsW, totalsH, 3).stroke()
  doc.restore()
  const amountW = 100
  const labelW = totalsW - 16 - amountW
  let ty = y + 8
  const totalRow = (label: string, cents: number) => {
    write(doc, label, tx + 8, ty + 0.5, { size: 9, color: COLOR.muted, width: labelW, height: 11, ellipsis: true })
    const amount = Number.isFinite(cents) ? formatPriceCents(cents) : NONE
    write(doc, amount, tx + 8 + labelW, ty, {
      font: 'Helvetica-Bold',
      size: fitSize(doc, amount, 'Helvetica-Bold', 9.5, amountW),
      width: amountW,
      align: 'right',
      height: 12,
    })
    ty += ROW_H
  }
  totalRow('Total HT', data.totals.net)
  totalRow(`TVA ${formatVatRate(data.vatRate)}`, data.totals.vat)
  write(doc, 'Total TTC', tx + 8, bandY + 9, { font: 'Helvetica-Bold', size: 10, color: COLOR.accent, width: labelW, height: 13 })
  const gross = Number.isFinite(data.totals.gross) ? formatPriceCents(data.totals.gross) : NONE
  const grossSize = fitSize(doc, gross, 'Helvetica-Bold', 12, amountW)
  write(doc, gross, tx + 8 + labelW, bandY + 7.5 + (12 - grossSize) * 0.7, {
    font: 'Helvetica-Bold',
    size: grossSize,
    color: COLOR.accent,
    width: amountW,
    align: 'right',
    height: 15,
  })
  y += Math.max(notesH, totalsH) + 8
  write(
    doc,
    `Merci de rappeler la référence ${data.reference} sur le bon de livraison et sur la facture.`,
    LEFT,
    y,
    { font: 'Helvetica-Oblique', size: 8, color: COLOR.muted, width: CONTENT_W, height: 11, ellipsis: true },
  )

  // --- Footer on every page ------------------------------------------------------------------
  const { start, count } = doc.bufferedPageRange()
  const footer = [data.shop.name, siret ? `SIRET ${displaySiret(siret)}` : null, `Bon de commande ${data.reference}`]
    .filter(Boolean)
    .join('  \u2022  ')
  for (let i = 0; i < count; i++) {
    doc.switchToPage(start + i)
    doc.save()
    doc.moveTo(LEFT, FOOTER_RULE_Y).lineTo(RIGHT, FOOTER_RULE_Y).lineWidth(0.5).strokeColor(COLOR.line).stroke()
    doc.restore()
    const pageW = 70
    write(doc, footer, LEFT, FOOTER_Y, { size: 7, color: COLOR.muted, width: CONTENT_W - pageW - GAP, height: 9, ellipsis: true })
    write(doc, `Page ${i + 1}/${count}`, RIGHT - pageW, FOOTER_Y, {
      font: 'Helvetica-Bold',
      size: 7.5,
      color: COLOR.muted,
      width: pageW,
      align: 'right',
      height: 9,
    })
  }

  doc.end()
  return done
}

/** Compact header of the pages after the first; returns the y where the table resumes. */
function continuationHeader(doc: Doc, data: PurchaseOrderPdfData): number {
  const y = MARGIN
  write(doc, data.shop.name, LEFT, y, { font: 'Helvetica-Bold', size: 11, color: COLOR.accent, width: 260, height: 14, ellipsis: true })
  write(doc, `Bon de commande ${data.reference} (suite)`, RIGHT - 260, y + 1, {
    font: 'Helvetica-Bold',
    size: 10,
    width: 260,
    align: 'right',
    height: 13,
    ellipsis: true,
  })
  write(doc, `Fournisseur : ${data.supplier.name}`, LEFT, y + 16, { size: 8.5, color: COLOR.muted, width: CONTENT_W, height: 11, ellipsis: true })
  const ruleY = y + 31
  doc.save()
  doc.moveTo(LEFT, ruleY).lineTo(RIGHT, ruleY).lineWidth(1.2).strokeColor(COLOR.accent).stroke()
  doc.restore()
  return ruleY + GAP
}
