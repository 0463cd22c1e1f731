/**
 * What the printed documents (intake ticket, supplier purchase order, invoice) share, so that
 * they look alike and a fix to the text encoding or the shop header reaches them all: pdfkit's
 * standard Helvetica on A4, one palette, one page grid, the shop header, the small text helpers,
 * and for the documents that run over several pages the lines table, the header of the later
 * pages and the footers with « Page i/N ». Each renderer keeps its own layout in its own file.
 */
import PDFDocument from 'pdfkit'

// ---------------------------------------------------------------------------------------------
// Text

/** Code points outside Latin-1 that Helvetica's WinAnsi encoding (as pdfkit maps it) can show. */
const WIN_ANSI_EXTRA = new Set([
  0x0152, 0x0153, 0x0160, 0x0161, 0x0178, 0x017d, 0x017e, 0x0192, 0x02c6, 0x02dc, 0x2013, 0x2014,
  0x2018, 0x2019, 0x201a, 0x201c, 0x201d, 0x201e, 0x2020, 0x2021, 0x2022, 0x2026, 0x2030, 0x2039,
  0x203a, 0x20ac, 0x2122,
])

const REPLACEMENTS: Record<string, string> = {
  // Latin letters that have no decomposition to strip.
  '\u0110': 'D',
  '\u0111': 'd',
  '\u0126': 'H',
  '\u0127': 'h',
  '\u0131': 'i',
  '\u0141': 'L',
  '\u0142': 'l',
  '\u0166': 'T',
  '\u0167': 't',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2015': '\u2014',
  '\u2032': "'",
  '\u2033': '"',
  '\u2190': '<-',
  '\u2192': '->',
  '\u21d2': '=>',
  '\u2212': '-',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2713': 'x',
  '\u2714': 'x',
  '\u2717': 'x',
  '\u2718': 'x',
}

function isWinAnsi(code: number): boolean {
  if (code >= 0x20 && code <= 0x7e) return true
  if (code >= 0xa0 && code <= 0xff) return true
  return WIN_ANSI_EXTRA.has(code)
}

/**
 * Makes any text printable with the standard fonts: typographic spaces become no-break spaces,
 * a few symbols get an ASCII spelling, other letters lose their diacritics (ł, ő...), and what
 * is left unprintable (emoji, other scripts) becomes '?'.
 */
export function toWinAnsi(input: string): string {
  let out = ''
  for (const char of input.normalize('NFC')) {
    const code = char.codePointAt(0) ?? 0
    if (isWinAnsi(code)) out += char
    else if (char === '\n' || char === '\t') out += char
    else if (char === '\r') continue
    else if (/[\u2000-\u200a\u202f\u205f\u3000]/.test(char)) out += '\u00a0'
    else if (/[\u200b-\u200d\u2060\ufe0e\ufe0f]/.test(char)) continue
    else if (REPLACEMENTS[char]) out += REPLACEMENTS[char]
    else {
      const bare = char.normalize('NFKD').replace(/\p{M}/gu, '')
      out += bare && [...bare].every((c) => isWinAnsi(c.codePointAt(0) ?? 0)) ? bare : '?'
    }
  }
  return out
}

const priceFormatter = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' })

/** '129,00 €' from 12900 cents (with the narrow no-break space that fr-FR uses). */
export function formatPriceCents(cents: number): string {
  return priceFormatter.format(cents / 100)
}

/** The trimmed value, or null when there is nothing to print (so callers fall back to NONE). */
export function present(value: string | null | undefined): string | null {
  const trimmed = value?.trim()
  return trimmed ? trimmed : null
}

/** French numbers in E.164 read back as '04 78 12 34 56'; others stay as given. */
export function displayPhone(phone: string | null | undefined): string | null {
  const value = present(phone)
  if (!value) return null
  const french = /^\+33([1-9]\d{8})$/.exec(value.replace(/\s/g, ''))
  if (!french) return value
  return `0${french[1]}`.replace(/(\d\d)(?=\d)/g, '$1 ')
}

/** '123 456 789 00012', the way a SIRET is printed; anything else stays as given. */
export function displaySiret(siret: string): string {
  const digits = siret.replace(/\s/g, '')
  return /^\d{14}$/.test(digits)
    ? digits.replace(/^(\d{3})(\d{3})(\d{3})(\d{5})$/, '$1 $2 $3 $4')
    : siret
}

/** Printed where a value is missing, so an empty field reads as « not given » rather than lost. */
export const NONE = '\u2014'

/** Items of one line (contact, footer) with a bullet between them; empty items are dropped. */
export function bulletJoin(items: (string | null | undefined | false)[]): string {
  return items.filter(Boolean).join('  \u2022  ')
}

// ---------------------------------------------------------------------------------------------
// Page grid and palette (points on A4)

export const PAGE = { width: 595.28, height: 841.89 }
export const MARGIN = 36
export const CONTENT_W = PAGE.width - 2 * MARGIN
export const LEFT = MARGIN
export const RIGHT = MARGIN + CONTENT_W
export const GAP = 10
export const HEADER_BAND = 17
export const ROW_H = 13.5

export const COLOR = {
  text: '#1a1a1a',
  muted: '#5f6368',
  line: '#b8bec6',
  band: '#eef1f4',
  accent: '#1f3a5f',
}

export type Doc = PDFKit.PDFDocument
export type WriteOptions = PDFKit.Mixins.TextOptions & {
  font?: string
  size?: number
  color?: string
}
export type ShopIdentity = {
  name: string
  address?: string
  phone?: string
  email?: string
  siret?: string
}

// ---------------------------------------------------------------------------------------------
// Drawing

/** An A4 document in French with its metadata (pdfkit writes metadata as UTF-16: no WinAnsi limit). */
export function newDocument(
  info: { Title: string; Author: string; Subject: string },
  options: { bufferPages?: boolean } = {},
): Doc {
  return new PDFDocument({
    size: 'A4',
    // Everything is placed at explicit positions; the small bottom margin keeps the footer from
    // making pdfkit open a page of its own.
    margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: 12 },
    ...options,
    lang: 'fr-FR',
    displayTitle: true,
    info: { ...info, Creator: 'Atelier' },
  })
}

/** The whole PDF once `doc.end()` is called; start it before drawing so no chunk is missed. */
export function collect(doc: Doc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
}

/** Every string goes through `toWinAnsi` here, so no renderer can print an unencodable glyph. */
export function write(
  doc: Doc,
  text: string,
  x: number,
  y: number,
  options: WriteOptions = {},
): void {
  const { font = 'Helvetica', size = 9, color = COLOR.text, ...rest } = options
  doc.font(font).fontSize(size).fillColor(color)
  doc.text(toWinAnsi(text), x, y, { lineBreak: true, ...rest })
}

/** Height the text takes at (width, font, size), so blocks can be stacked. */
export function measure(
  doc: Doc,
  text: string,
  width: number,
  font: string,
  size: number,
  lineGap = 0,
): number {
  doc.font(font).fontSize(size)
  return doc.heightOfString(toWinAnsi(text), { width, lineGap })
}

/** A framed block with a tinted title band; returns the y where its content starts. */
export function section(
  doc: Doc,
  title: string,
  x: number,
  y: number,
  w: number,
  h: number,
): number {
  doc.save()
  doc.lineWidth(0.8).strokeColor(COLOR.line)
  doc.roundedRect(x, y, w, h, 3).stroke()
  doc
    .rect(x + 0.4, y + 0.4, w - 0.8, HEADER_BAND)
    .fillColor(COLOR.band)
    .fill()
  doc
    .moveTo(x, y + HEADER_BAND)
    .lineTo(x + w, y + HEADER_BAND)
    .strokeColor(COLOR.line)
    .stroke()
  doc.restore()
  write(doc, title, x + 8, y + 5, {
    font: 'Helvetica-Bold',
    size: 9,
    color: COLOR.accent,
    width: w - 16,
    height: 11,
    ellipsis: true,
  })
  return y + HEADER_BAND + 6
}

/**
 * The shop's identity at the top left of a first page: name, up to three address lines, phone
 * and e-mail, SIRET. Returns the y below its last line; the title block on the right is each
 * document's own.
 */
export function shopHeader(doc: Doc, shop: ShopIdentity, y: number): number {
  const shopW = 290
  write(doc, shop.name, LEFT, y, {
    font: 'Helvetica-Bold',
    size: 15,
    color: COLOR.accent,
    width: shopW,
    height: 19,
    ellipsis: true,
  })
  let shopY = y + 21
  const shopLines: string[] = []
  const address = present(shop.address)
  if (address)
    shopLines.push(
      ...address
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean)
        .slice(0, 3),
    )
  const phone = displayPhone(shop.phone)
  const contact = bulletJoin([phone && `Tél. ${phone}`, present(shop.email)])
  if (contact) shopLines.push(contact)
  const siret = present(shop.siret)
  if (siret) shopLines.push(`SIRET ${displaySiret(siret)}`)
  for (const line of shopLines) {
    write(doc, line, LEFT, shopY, {
      size: 8.5,
      color: COLOR.muted,
      width: shopW,
      height: 11,
      ellipsis: true,
    })
    shopY += 11
  }
  return shopY
}

/** The accent rule closing a first-page header; returns the y where the body starts. */
export function headerRule(doc: Doc, y: number): number {
  doc.moveTo(LEFT, y).lineTo(RIGHT, y).lineWidth(1.2).strokeColor(COLOR.accent).stroke()
  return y + GAP + 2
}

/** The font size, at most `size`, at which the text holds on one line of `width` (for amounts). */
export function fitSize(
  doc: Doc,
  text: string,
  font: string,
  size: number,
  width: number,
  min = 5,
): number {
  doc.font(font).fontSize(size)
  const w = doc.widthOfString(toWinAnsi(text))
  return w <= width ? size : Math.max(min, Math.floor(((size * width) / w) * 10) / 10)
}

// ---------------------------------------------------------------------------------------------
// Documents of several pages (purchase order, invoice): lines table, later pages, footers

/** Rows and closing blocks stay above this line; the footer sits below it. */
const BODY_BOTTOM = PAGE.height - 50
const FOOTER_RULE_Y = PAGE.height - 36
const FOOTER_Y = PAGE.height - 29

const CELL_PAD = 4
const TABLE_HEADER_H = 17
const ROW_PAD = 4
const CELL_SIZE = 8.5
const CELL_LINE_H = 10.2
const ZEBRA = '#f7f8fa'

export type Column = { title: string; w: number; align: 'left' | 'right' }
/** shrink: a one-line value (number, amount) set smaller rather than cut when too wide. */
export type Cell = { text: string; font: string; color: string; maxLines: number; shrink?: boolean }
export type TableRow = { cells: Cell[]; h: number }

/** The x where each column starts, the first at the left margin. */
function columnXs(columns: Column[]): number[] {
  return columns.reduce<number[]>(
    (xs, col, i) => [...xs, i === 0 ? LEFT : xs[i - 1] + columns[i - 1].w],
    [],
  )
}

/** A row of the cells, as high as its tallest cell (each cut at its maxLines). */
export function tableRow(doc: Doc, columns: Column[], cells: Cell[]): TableRow {
  const lineCount = Math.max(
    1,
    ...cells.map((cell, i) => {
      if (cell.shrink) return 1
      const h = measure(doc, cell.text, columns[i].w - 2 * CELL_PAD, cell.font, CELL_SIZE)
      return Math.min(cell.maxLines, Math.round(h / doc.currentLineHeight(true)))
    }),
  )
  return { cells, h: lineCount * CELL_LINE_H + 2 * ROW_PAD }
}

/** The one row of a table without lines: `text` in italics in the second column. */
export function emptyTableRow(columns: Column[], text: string): TableRow {
  const blank: Cell = { text: '', font: 'Helvetica', color: COLOR.muted, maxLines: 1 }
  const empty: Cell = { ...blank, text, font: 'Helvetica-Oblique' }
  return { cells: columns.map((_, i) => (i === 1 ? empty : blank)), h: CELL_LINE_H + 2 * ROW_PAD }
}

/** The accent band with the column titles; returns the y where the rows start. */
function drawTableHeader(doc: Doc, columns: Column[], y: number): number {
  const xs = columnXs(columns)
  doc.save()
  doc.rect(LEFT, y, CONTENT_W, TABLE_HEADER_H).fillColor(COLOR.accent).fill()
  doc.restore()
  columns.forEach((col, i) => {
    write(doc, col.title, xs[i] + CELL_PAD, y + 5, {
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

/** One row at y, zebra-striped on odd indexes, with a thin rule below it. */
function drawTableRow(doc: Doc, columns: Column[], row: TableRow, y: number, index: number): void {
  const xs = columnXs(columns)
  if (index % 2 === 1) {
    doc.save()
    doc.rect(LEFT, y, CONTENT_W, row.h).fillColor(ZEBRA).fill()
    doc.restore()
  }
  row.cells.forEach((cell, i) => {
    if (!cell.text) return
    const width = columns[i].w - 2 * CELL_PAD
    const size = cell.shrink ? fitSize(doc, cell.text, cell.font, CELL_SIZE, width) : CELL_SIZE
    write(doc, cell.text, xs[i] + CELL_PAD, y + ROW_PAD + 0.5 + (CELL_SIZE - size) * 0.7, {
      font: cell.font,
      size,
      color: cell.color,
      width,
      align: columns[i].align,
      height: cell.maxLines * CELL_LINE_H + 0.5,
      lineGap: CELL_LINE_H - CELL_SIZE * 1.156,
      ellipsis: true,
    })
  })
  doc.save()
  doc
    .moveTo(LEFT, y + row.h)
    .lineTo(RIGHT, y + row.h)
    .lineWidth(0.5)
    .strokeColor(COLOR.line)
    .stroke()
  doc.restore()
}

/** « Suite à la page suivante… » under the last row of a page that the table leaves. */
function continuedNote(doc: Doc, y: number): void {
  write(doc, 'Suite à la page suivante\u2026', LEFT, y + 4, {
    font: 'Helvetica-Oblique',
    size: 7.5,
    color: COLOR.muted,
    width: CONTENT_W,
    align: 'right',
    height: 10,
  })
}

/** The table from `top`, on to new pages under `laterPageHeader()`; returns the y below it. */
export function drawTable(
  doc: Doc,
  columns: Column[],
  rows: TableRow[],
  top: number,
  tailH: number,
  laterPageHeader: () => number,
): number {
  let y = drawTableHeader(doc, columns, top)
  rows.forEach((row, i) => {
    const isLast = i === rows.length - 1
    if (y + row.h + (isLast ? tailH : 0) > BODY_BOTTOM) {
      continuedNote(doc, y)
      doc.addPage()
      y = drawTableHeader(doc, columns, laterPageHeader())
    }
    drawTableRow(doc, columns, row, y, i)
    y += row.h
  })
  return y
}

/** Header of the pages after the first: shop, « <document> (suite) », party; returns the next y. */
export function continuationHeader(
  doc: Doc,
  header: { shop: string; document: string; party: string },
): number {
  const y = MARGIN
  write(doc, header.shop, LEFT, y, {
    font: 'Helvetica-Bold',
    size: 11,
    color: COLOR.accent,
    width: 260,
    height: 14,
    ellipsis: true,
  })
  write(doc, `${header.document} (suite)`, RIGHT - 260, y + 1, {
    font: 'Helvetica-Bold',
    size: 10,
    width: 260,
    align: 'right',
    height: 13,
    ellipsis: true,
  })
  write(doc, header.party, LEFT, y + 16, {
    size: 8.5,
    color: COLOR.muted,
    width: CONTENT_W,
    height: 11,
    ellipsis: true,
  })
  const ruleY = y + 31
  doc.save()
  doc.moveTo(LEFT, ruleY).lineTo(RIGHT, ruleY).lineWidth(1.2).strokeColor(COLOR.accent).stroke()
  doc.restore()
  return ruleY + GAP
}

/** On every buffered page: a rule, the footer line (cut when too long) and « Page i/N ». */
export function pageFooters(doc: Doc, footer: string): void {
  const { start, count } = doc.bufferedPageRange()
  for (let i = 0; i < count; i++) {
    doc.switchToPage(start + i)
    doc.save()
    doc
      .moveTo(LEFT, FOOTER_RULE_Y)
      .lineTo(RIGHT, FOOTER_RULE_Y)
      .lineWidth(0.5)
      .strokeColor(COLOR.line)
      .stroke()
    doc.restore()
    const pageW = 70
    write(doc, footer, LEFT, FOOTER_Y, {
      size: 7,
      color: COLOR.muted,
      width: CONTENT_W - pageW - GAP,
      height: 9,
      ellipsis: true,
    })
    write(doc, `Page ${i + 1}/${count}`, RIGHT - pageW, FOOTER_Y, {
      font: 'Helvetica-Bold',
      size: 7.5,
      color: COLOR.muted,
      width: pageW,
      align: 'right',
      height: 9,
    })
  }
}
