/**
 * The printable supplier purchase order (« bon de commande fournisseur »): A4, French, built with
 * pdfkit's standard Helvetica like the intake ticket (WinAnsi: French accents are fine, anything
 * else goes through `toWinAnsi`). Long orders run over several pages: the lines table header is
 * repeated on each page and every page carries the footer with « Page i/N ».
 */
import { formatParisDate, parisParts, toDate } from '../domain/parisTime'
import {
  bulletJoin,
  collect,
  COLOR as BASE_COLOR,
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
  toWinAnsi,
  write,
  type Cell,
  type Column,
  type Doc,
  type ShopIdentity,
  type TableRow,
} from './pdfLayout'

export type PurchaseOrderPdfData = {
  shop: ShopIdentity
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
  lines: {
    sku: string
    name: string
    quantity: number
    unitCost: number
    receivedQuantity?: number
  }[]
  /** Basis points: 2000 = 20 %. */
  vatRate: number
  /** Integer cents. */
  totals: { net: number; vat: number; gross: number }
  /** Reference of the repair the order waits for ('R-2026-000042'). */
  linkedRepair?: string | null
  notes?: string | null
}

// ---------------------------------------------------------------------------------------------
// Small helpers (the ones the intake ticket also needs are in pdfLayout)

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
  if (
    !ordered ||
    typeof leadTimeDays !== 'number' ||
    !Number.isFinite(leadTimeDays) ||
    leadTimeDays < 0
  )
    return null
  const [y, m, d] = parisParts(ordered).date.split('-').map(Number)
  const due = new Date(Date.UTC(y, m - 1, d + Math.round(leadTimeDays)))
  const dd = String(due.getUTCDate()).padStart(2, '0')
  const mm = String(due.getUTCMonth() + 1).padStart(2, '0')
  return `${dd}/${mm}/${due.getUTCFullYear()}`
}

function plural(n: number, one: string, many: string): string {
  return `${formatQuantity(n)} ${Math.abs(n) >= 2 ? many : one}`
}

// ---------------------------------------------------------------------------------------------
// Layout

/** The shared palette plus the reception colours of the lines table. */
const COLOR = {
  ...BASE_COLOR,
  warn: '#a35200',
  ok: '#1e6b3a',
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
  write(doc, label, x, y + 0.36, {
    size: 8.5,
    color: COLOR.muted,
    width: labelW - 4,
    height: 11,
    ellipsis: true,
  })
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

// --- Lines table -------------------------------------------------------------------------------

const FIXED_COLS = { sku: 84, qty: 34, received: 38, unit: 66, total: 72 }
const COLUMNS: Column[] = [
  { title: 'Réf.', w: FIXED_COLS.sku, align: 'left' },
  {
    title: 'Désignation',
    w:
      CONTENT_W -
      (FIXED_COLS.sku + FIXED_COLS.qty + FIXED_COLS.received + FIXED_COLS.unit + FIXED_COLS.total),
    align: 'left',
  },
  { title: 'Qté', w: FIXED_COLS.qty, align: 'right' },
  { title: 'Reçu', w: FIXED_COLS.received, align: 'right' },
  { title: 'PU HT', w: FIXED_COLS.unit, align: 'right' },
  { title: 'Total HT', w: FIXED_COLS.total, align: 'right' },
]
const SKU_MAX_LINES = 2
const NAME_MAX_LINES = 3

function buildRows(doc: Doc, lines: PurchaseOrderPdfData['lines']): TableRow[] {
  if (lines.length === 0) return [emptyTableRow(COLUMNS, 'Aucune ligne sur cette commande.')]
  return lines.map((line) => {
    const received =
      typeof line.receivedQuantity === 'number' && Number.isFinite(line.receivedQuantity)
        ? line.receivedQuantity
        : null
    const receivedColor =
      received === null || received === 0
        ? COLOR.muted
        : received >= line.quantity
          ? COLOR.ok
          : COLOR.warn
    const lineTotal = Number.isFinite(line.quantity * line.unitCost)
      ? Math.round(line.quantity * line.unitCost)
      : null
    const cells: Cell[] = [
      {
        text: present(line.sku) ?? NONE,
        font: 'Helvetica',
        color: COLOR.text,
        maxLines: SKU_MAX_LINES,
      },
      {
        text: present(line.name) ?? NONE,
        font: 'Helvetica',
        color: COLOR.text,
        maxLines: NAME_MAX_LINES,
      },
      {
        text: formatQuantity(line.quantity),
        font: 'Helvetica-Bold',
        color: COLOR.text,
        maxLines: 1,
        shrink: true,
      },
      {
        text: received === null ? NONE : formatQuantity(received),
        font: 'Helvetica',
        color: receivedColor,
        maxLines: 1,
        shrink: true,
      },
      {
        text: Number.isFinite(line.unitCost) ? formatPriceCents(line.unitCost) : NONE,
        font: 'Helvetica',
        color: COLOR.text,
        maxLines: 1,
        shrink: true,
      },
      {
        text: lineTotal === null ? NONE : formatPriceCents(lineTotal),
        font: 'Helvetica-Bold',
        color: COLOR.text,
        maxLines: 1,
        shrink: true,
      },
    ]
    return tableRow(doc, COLUMNS, cells)
  })
}

// ---------------------------------------------------------------------------------------------

/** Renders the supplier purchase order as an A4 PDF of one or more pages. */
export async function renderPurchaseOrderPdf(data: PurchaseOrderPdfData): Promise<Buffer> {
  // Pages are added by hand; they stay buffered so the footer can give « Page i/N » at the end.
  const doc = newDocument(
    {
      Title: `Bon de commande ${data.reference}`,
      Author: data.shop.name,
      Subject: `Bon de commande ${data.reference} \u2014 ${data.supplier.name}`,
    },
    { bufferPages: true },
  )
  const done = collect(doc)

  let y = MARGIN

  // --- Header: the shop as buyer (left), title, reference and status (right) ------------------
  const shopY = shopHeader(doc, data.shop, y)

  const titleW = 220
  const titleX = RIGHT - titleW
  write(doc, 'Bon de commande', titleX, y, {
    font: 'Helvetica-Bold',
    size: 20,
    color: COLOR.accent,
    width: titleW,
    align: 'right',
  })
  write(doc, data.reference, titleX, y + 25, {
    font: 'Helvetica-Bold',
    size: 15,
    width: titleW,
    align: 'right',
    height: 19,
    ellipsis: true,
  })
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
  write(doc, status, badgeX + 7, badgeY + 4, {
    font: 'Helvetica-Bold',
    size: 8.5,
    color: COLOR.accent,
    width: badgeW - 14,
    height: 11,
    ellipsis: true,
  })

  y = headerRule(doc, Math.max(shopY, badgeY + 15) + 8)

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
  const leadText =
    typeof lead === 'number' && Number.isFinite(lead) && lead >= 0
      ? plural(Math.round(lead), 'jour', 'jours')
      : null
  field(doc, 'Délai habituel', leadText, sx, sy, sw, 66)

  const ox = LEFT + colW + GAP + 8
  const ow = colW - 16
  const orderLabelW = 96
  let oy = section(doc, 'Commande', LEFT + colW + GAP, y, colW, boxH)
  oy += field(doc, 'Créée le', parisDate(data.createdAt), ox, oy, ow, orderLabelW)
  const ordered = parisDate(data.orderedAt)
  oy += field(doc, 'Commandée le', ordered, ox, oy, ow, orderLabelW, {
    placeholder: 'pas encore commandée',
  })
  const delivery = expectedDeliveryDate(data.orderedAt, data.supplier.leadTimeDays)
  oy += field(
    doc,
    delivery ? 'Livraison prévue le' : 'Livraison prévue',
    delivery,
    ox,
    oy,
    ow,
    orderLabelW,
    {
      color: COLOR.accent,
      placeholder: 'à confirmer',
    },
  )
  const pieces = data.lines.reduce(
    (sum, line) => sum + (Number.isFinite(line.quantity) ? line.quantity : 0),
    0,
  )
  oy += field(
    doc,
    'Articles',
    data.lines.length
      ? `${plural(data.lines.length, 'ligne', 'lignes')}  \u2022  ${plural(pieces, 'pièce', 'pièces')}`
      : null,
    ox,
    oy,
    ow,
    orderLabelW,
  )
  const repair = present(data.linkedRepair)
  if (repair) {
    oy += 4
    write(doc, `Pour la réparation ${repair}`, ox, oy, {
      font: 'Helvetica-Bold',
      size: 9.5,
      color: COLOR.accent,
      width: ow,
      height: 24,
      ellipsis: true,
    })
  }
  y += boxH + GAP + 4

  // --- Closing blocks (notes and totals), measured first so they stay with the last line -------
  const notes = present(data.notes)
  const totalsW = 210
  const notesW = CONTENT_W - totalsW - GAP
  const NOTES_MAX_LINES = 7
  const notesLineH = 11
  const notesLines = notes
    ? Math.min(
        NOTES_MAX_LINES,
        Math.max(
          1,
          Math.round(
            measure(doc, notes, notesW - 16, 'Helvetica', 8.5) / doc.currentLineHeight(true),
          ),
        ),
      )
    : 0
  const notesH = notes ? HEADER_BAND + 6 + notesLines * notesLineH + 4 : 0
  const TTC_BAND_H = 26
  const totalsH = 8 + 2 * ROW_H + 2 + TTC_BAND_H
  const reminderH = 20
  const tailH = GAP + Math.max(notesH, totalsH) + reminderH

  // --- Lines table, page after page -------------------------------------------------------------
  y = drawTable(doc, COLUMNS, buildRows(doc, data.lines), y, tailH, () =>
    continuationHeader(doc, {
      shop: data.shop.name,
      document: `Bon de commande ${data.reference}`,
      party: `Fournisseur : ${data.supplier.name}`,
    }),
  )

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
  doc
    .moveTo(tx, bandY)
    .lineTo(tx + totalsW, bandY)
    .lineWidth(0.8)
    .strokeColor(COLOR.line)
    .stroke()
  doc.lineWidth(0.8).strokeColor(COLOR.line).roundedRect(tx, y, totalsW, totalsH, 3).stroke()
  doc.restore()
  const amountW = 100
  const labelW = totalsW - 16 - amountW
  let ty = y + 8
  const totalRow = (label: string, cents: number) => {
    write(doc, label, tx + 8, ty + 0.5, {
      size: 9,
      color: COLOR.muted,
      width: labelW,
      height: 11,
      ellipsis: true,
    })
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
  write(doc, 'Total TTC', tx + 8, bandY + 9, {
    font: 'Helvetica-Bold',
    size: 10,
    color: COLOR.accent,
    width: labelW,
    height: 13,
  })
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
    {
      font: 'Helvetica-Oblique',
      size: 8,
      color: COLOR.muted,
      width: CONTENT_W,
      height: 11,
      ellipsis: true,
    },
  )

  // --- Footer on every page ------------------------------------------------------------------
  const siret = present(data.shop.siret)
  pageFooters(
    doc,
    bulletJoin([
      data.shop.name,
      siret ? `SIRET ${displaySiret(siret)}` : null,
      `Bon de commande ${data.reference}`,
    ]),
  )

  doc.end()
  return done
}
