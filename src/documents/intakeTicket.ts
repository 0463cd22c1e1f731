/**
 * The printable intake ticket (« bon de dépôt »): one A4 page handed to the customer when a
 * device is left at the workshop, and signed by them. Built with pdfkit's standard Helvetica
 * (WinAnsi encoding: French accents are fine, anything else is transliterated or replaced).
 */
import QRCode from 'qrcode'

import { parisParts, toDate } from '../domain/parisTime'
import {
  bulletJoin,
  collect,
  COLOR,
  CONTENT_W,
  displayPhone,
  formatPriceCents,
  GAP,
  HEADER_BAND,
  headerRule,
  LEFT,
  MARGIN,
  measure,
  newDocument,
  NONE,
  PAGE,
  present,
  RIGHT,
  ROW_H,
  section,
  shopHeader,
  write,
  type Doc,
  type ShopIdentity,
} from './pdfLayout'

export type IntakeTicketData = {
  shop: ShopIdentity
  /** 'R-2026-000042' */
  reference: string
  /** ISO */
  createdAt: string
  customer: { name: string; phone?: string | null; email?: string | null }
  device: {
    type?: string | null
    brand?: string | null
    model?: string | null
    serialNumber?: string | null
    imei?: string | null
    color?: string | null
    accessories?: string[]
    condition?: {
      scratches?: boolean
      cracks?: boolean
      missingParts?: string | null
      notes?: string | null
    }
  }
  /** The customer's words. */
  problem: string
  /** Integer cents. */
  estimatedPrice?: number | null
  /** ISO */
  promisedAt?: string | null
  /** Absolute URL of the repair page on the customer portal; encoded in the QR code. */
  portalUrl: string
  /** Staff name. */
  receivedBy?: string | null
  /** The shop's rules quoted in the conditions; the defaults when absent. */
  terms?: IntakeTerms
}

/** The shop's rules the terms quote (from « Paramètres de l'atelier »). */
export type IntakeTerms = {
  /** Cents TTC; 0 = the diagnostic is free even when the quote is declined. */
  diagnosticFee: number
  /** Cents TTC above which a quote must be accepted first; null = none. */
  quoteThreshold: number | null
  labourWarrantyMonths: number
  /** Warranties run from the hand-back (else from the end of the repair). */
  warrantyFromHandBack: boolean
}

export const DEFAULT_INTAKE_TERMS: IntakeTerms = {
  diagnosticFee: 0,
  quoteThreshold: null,
  labourWarrantyMonths: 3,
  warrantyFromHandBack: false,
}

/** Conditions printed on every ticket, above the customer's signature, as the shop set them. */
export function intakeTerms(terms: IntakeTerms = DEFAULT_INTAKE_TERMS): string[] {
  const months = `${terms.labourWarrantyMonths} mois`
  return [
    `Diagnostic : l'appareil est examiné par nos techniciens afin d'établir la panne. ${
      terms.diagnosticFee > 0
        ? `Le diagnostic est offert si la réparation est acceptée ; en cas de refus du devis, un forfait de diagnostic de ${formatPriceCents(terms.diagnosticFee)} TTC est facturé.`
        : 'Le diagnostic est offert, que la réparation soit acceptée ou non.'
    }`,
    `Devis : le prix estimé ci-dessus est indicatif. ${
      terms.quoteThreshold
        ? `Au-delà de ${formatPriceCents(terms.quoteThreshold)} TTC, ou si le coût dépasse l'estimation de plus de 15 %, un devis vous est soumis`
        : "Si le coût de la réparation dépasse l'estimation de plus de 15 %, un devis vous est soumis"
    } et aucune intervention n'est engagée sans votre accord écrit.`,
    `Garantie : la main-d'œuvre est garantie ${months}, chaque pièce remplacée selon sa propre garantie, à compter ${
      terms.warrantyFromHandBack ? "de la restitution de l'appareil" : 'de la fin de la réparation'
    }. La garantie ne couvre pas la casse, l'oxydation, ni l'intervention d'un tiers sur l'appareil.`,
    "Données : la sauvegarde des données (photos, contacts, messages...) est à la charge du client avant le dépôt. L'atelier ne saurait être tenu responsable d'une perte de données survenue pendant l'intervention.",
    "Retrait : l'appareil est restitué sur présentation de ce bon. Un appareil non retiré dans les 90 jours suivant l'avis de fin d'intervention pourra, après relance restée sans réponse, être considéré comme abandonné ; des frais de garde pourront être facturés.",
    "Données personnelles : vos informations servent au seul suivi de votre réparation et sont conservées pendant la durée légale de conservation des documents commerciaux. Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et d'effacement, à exercer auprès de l'atelier.",
  ]
}

// ---------------------------------------------------------------------------------------------
// Dates

/** 'jj/mm/aaaa HH:MM' (or 'jj/mm/aaaa' alone) in Europe/Paris; null when the value is no date. */
function parisDateTime(
  iso: string | null | undefined,
  withTime: 'always' | 'unlessMidnight',
): string | null {
  const date = toDate(iso)
  if (!date) return null
  const parts = parisParts(date)
  const [y, m, d] = parts.date.split('-')
  const day = `${d}/${m}/${y}`
  if (withTime === 'unlessMidnight' && parts.time === '00:00') return day
  return `${day} ${parts.time}`
}

// ---------------------------------------------------------------------------------------------
// Fields (the purchase order has its own, with a narrower label column)

/** 'Label : value' on one line inside a section, the value cut with an ellipsis if too long. */
function field(
  doc: Doc,
  label: string,
  value: string | null,
  x: number,
  y: number,
  w: number,
  labelW: number,
): void {
  write(doc, label, x, y + 0.36, {
    size: 8.5,
    color: COLOR.muted,
    width: labelW,
    height: 11,
    ellipsis: true,
  })
  write(doc, value ?? NONE, x + labelW, y, {
    font: value ? 'Helvetica-Bold' : 'Helvetica',
    size: 9,
    color: value ? COLOR.text : COLOR.muted,
    width: w - labelW,
    height: 11,
    ellipsis: true,
  })
}

/** A value that may take several lines, clamped to maxLines. */
function multiline(
  doc: Doc,
  label: string,
  value: string | null,
  x: number,
  y: number,
  w: number,
  labelW: number,
  maxLines: number,
  bold = false,
): number {
  write(doc, label, x, y + 0.36, {
    size: 8.5,
    color: COLOR.muted,
    width: labelW,
    height: 11,
    ellipsis: true,
  })
  const text = value ?? NONE
  const font = bold && value ? 'Helvetica-Bold' : 'Helvetica'
  const lineH = 11
  const height = Math.min(measure(doc, text, w - labelW, font, 9), maxLines * lineH)
  write(doc, text, x + labelW, y, {
    font,
    size: 9,
    color: value ? COLOR.text : COLOR.muted,
    width: w - labelW,
    height: maxLines * lineH,
    ellipsis: true,
  })
  return Math.max(ROW_H, Math.ceil(height / lineH) * lineH + 2.5)
}

// ---------------------------------------------------------------------------------------------

/** Renders the « bon de dépôt » as a one-page A4 PDF. */
export async function renderIntakeTicket(data: IntakeTicketData): Promise<Buffer> {
  const qrPng = await QRCode.toBuffer(data.portalUrl, {
    type: 'png',
    errorCorrectionLevel: 'M',
    margin: 2,
    width: 360,
    color: { dark: '#000000', light: '#ffffff' },
  })

  const doc = newDocument({
    Title: `Bon de dépôt ${data.reference}`,
    Author: data.shop.name,
    Subject: `Bon de dépôt ${data.reference} \u2014 ${data.customer.name}`,
  })
  const done = collect(doc)

  let y = MARGIN

  // --- Header: shop identity (left), title and reference (right) ------------------------------
  const shopY = shopHeader(doc, data.shop, y)

  const titleW = 220
  const titleX = RIGHT - titleW
  write(doc, 'Bon de dépôt', titleX, y, {
    font: 'Helvetica-Bold',
    size: 20,
    color: COLOR.accent,
    width: titleW,
    align: 'right',
  })
  write(doc, data.reference, titleX, y + 25, {
    font: 'Helvetica-Bold',
    size: 17,
    width: titleW,
    align: 'right',
    height: 21,
    ellipsis: true,
  })
  const deposited = parisDateTime(data.createdAt, 'always')
  write(
    doc,
    deposited ? `Déposé le ${deposited.replace(' ', ' à ')}` : 'Date de dépôt non renseignée',
    titleX,
    y + 47,
    {
      size: 9,
      color: COLOR.muted,
      width: titleW,
      align: 'right',
    },
  )

  y = headerRule(doc, Math.max(shopY, y + 60) + 8)

  // --- Customer and device --------------------------------------------------------------------
  const colW = (CONTENT_W - GAP) / 2
  const deviceRows: [string, string | null][] = [
    ['Type', present(data.device.type)],
    ['Marque', present(data.device.brand)],
    ['Modèle', present(data.device.model)],
    ['N° de série', present(data.device.serialNumber)],
    ['IMEI', present(data.device.imei)],
    ['Couleur', present(data.device.color)],
  ]
  const accessories = (data.device.accessories ?? []).map((a) => a.trim()).filter(Boolean)
  const accessoriesText = accessories.length ? accessories.join(', ') : 'Aucun'
  const boxH = HEADER_BAND + 6 + deviceRows.length * ROW_H + 3 * 11 + 6

  let cy = section(doc, 'Client', LEFT, y, colW, boxH)
  const cx = LEFT + 8
  const cw = colW - 16
  cy += multiline(doc, 'Nom', present(data.customer.name), cx, cy, cw, 62, 2, true)
  field(doc, 'Téléphone', displayPhone(data.customer.phone), cx, cy, cw, 62)
  cy += ROW_H
  cy += multiline(doc, 'E-mail', present(data.customer.email), cx, cy, cw, 62, 2, true)
  cy += 6
  write(doc, 'Conservez ce bon : il vous sera demandé pour retirer votre appareil.', cx, cy, {
    font: 'Helvetica-Oblique',
    size: 8,
    color: COLOR.muted,
    width: cw,
    height: 22,
    ellipsis: true,
  })

  const dx = LEFT + colW + GAP
  let dy = section(doc, 'Appareil', dx, y, colW, boxH)
  for (const [label, value] of deviceRows) {
    field(doc, label, value, dx + 8, dy, colW - 16, 70)
    dy += ROW_H
  }
  multiline(
    doc,
    'Accessoires',
    accessoriesText,
    dx + 8,
    dy,
    colW - 16,
    70,
    3,
    accessories.length > 0,
  )
  y += boxH + GAP

  // --- Condition at reception -----------------------------------------------------------------
  const condition = data.device.condition ?? {}
  const yesNo = (v: boolean | undefined) => (v ? 'oui' : 'non')
  const condH = HEADER_BAND + 6 + ROW_H + ROW_H + 22 + 4
  let ky = section(doc, 'État à la réception', LEFT, y, CONTENT_W, condH)
  const kx = LEFT + 8
  const kw = CONTENT_W - 16
  field(doc, 'Rayures', yesNo(condition.scratches), kx, ky, 150, 62)
  field(doc, 'Fissures', yesNo(condition.cracks), kx + 160, ky, 150, 50)
  ky += ROW_H
  field(doc, 'Pièces manquantes', present(condition.missingParts) ?? 'aucune', kx, ky, kw, 100)
  ky += ROW_H
  multiline(doc, 'Remarques', present(condition.notes), kx, ky, kw, 100, 2)
  y += condH + GAP

  // --- Problem as told by the customer --------------------------------------------------------
  const problemLines = 4
  const problemH = HEADER_BAND + 6 + problemLines * 11.5 + 6
  const py = section(doc, 'Panne décrite par le client', LEFT, y, CONTENT_W, problemH)
  write(doc, present(data.problem) ?? NONE, kx, py, {
    size: 9.5,
    width: kw,
    height: problemLines * 11.5,
    lineGap: 0.5,
    ellipsis: true,
  })
  y += problemH + GAP

  // --- Price, promised date and QR code -------------------------------------------------------
  const qrBlockW = 150
  const priceW = CONTENT_W - qrBlockW - GAP
  const qrSize = 86
  const priceH = HEADER_BAND + 8 + qrSize + 6
  let ey = section(doc, 'Estimation et délai', LEFT, y, priceW, priceH)
  const price =
    typeof data.estimatedPrice === 'number' && Number.isFinite(data.estimatedPrice)
      ? formatPriceCents(data.estimatedPrice)
      : null
  write(doc, 'Prix estimé', kx, ey + 2, { size: 8.5, color: COLOR.muted, width: 120 })
  write(doc, price ?? 'Sur devis', kx + 120, ey - 1, {
    font: 'Helvetica-Bold',
    size: 14,
    width: priceW - 136,
    height: 18,
    ellipsis: true,
  })
  ey += 22
  const promised = parisDateTime(data.promisedAt, 'unlessMidnight')
  write(doc, 'Restitution prévue le', kx, ey + 1, { size: 8.5, color: COLOR.muted, width: 120 })
  write(doc, promised ? promised.replace(' ', ' à ') : 'à confirmer', kx + 120, ey - 1, {
    font: promised ? 'Helvetica-Bold' : 'Helvetica',
    size: 11,
    color: promised ? COLOR.text : COLOR.muted,
    width: priceW - 136,
    height: 14,
    ellipsis: true,
  })
  ey += 22
  write(
    doc,
    price
      ? 'Prix indicatif établi au dépôt, sous réserve du diagnostic. Tout dépassement vous sera soumis avant intervention.'
      : "Le prix vous sera communiqué après diagnostic ; aucune intervention payante n'est engagée sans votre accord.",
    kx,
    ey,
    {
      font: 'Helvetica-Oblique',
      size: 8,
      color: COLOR.muted,
      width: priceW - 16,
      height: 30,
      ellipsis: true,
    },
  )

  const qx = RIGHT - qrBlockW
  doc.save()
  doc.lineWidth(0.8).strokeColor(COLOR.line).roundedRect(qx, y, qrBlockW, priceH, 3).stroke()
  doc.restore()
  const qrX = qx + (qrBlockW - qrSize) / 2
  doc.image(qrPng, qrX, y + 6, { width: qrSize, height: qrSize })
  doc.link(qrX, y + 6, qrSize, qrSize, data.portalUrl)
  write(doc, 'Suivez votre réparation en ligne', qx + 4, y + 6 + qrSize + 2, {
    font: 'Helvetica-Bold',
    size: 7.5,
    color: COLOR.accent,
    width: qrBlockW - 8,
    align: 'center',
    height: 10,
    ellipsis: true,
  })
  write(doc, data.portalUrl, qx + 4, y + 6 + qrSize + 12, {
    size: 5.5,
    color: COLOR.muted,
    width: qrBlockW - 8,
    align: 'center',
    height: 14,
    ellipsis: true,
    link: data.portalUrl,
  })
  // The caption and URL sit under the QR code inside the frame: grow the frame if needed.
  y += Math.max(priceH, qrSize + 6 + 12 + 14 + 4) + GAP

  // --- Terms -----------------------------------------------------------------------------------
  write(doc, 'Conditions générales de dépôt', LEFT, y, {
    font: 'Helvetica-Bold',
    size: 8.5,
    color: COLOR.accent,
    width: CONTENT_W,
  })
  y += 12
  const termsSize = 7
  for (const paragraph of intakeTerms(data.terms)) {
    const h = measure(doc, paragraph, CONTENT_W, 'Helvetica', termsSize, 0.3)
    write(doc, paragraph, LEFT, y, {
      size: termsSize,
      color: COLOR.text,
      width: CONTENT_W,
      lineGap: 0.3,
      align: 'justify',
    })
    y += h + 2.5
  }
  write(
    doc,
    'Le client reconnaît avoir pris connaissance des conditions ci-dessus et les accepter.',
    LEFT,
    y + 1,
    {
      font: 'Helvetica-Bold',
      size: 7.5,
      width: CONTENT_W,
    },
  )
  y += 10 + GAP

  // --- Signatures ------------------------------------------------------------------------------
  const footerY = PAGE.height - 28
  const signH = Math.max(70, Math.min(95, footerY - 8 - y))
  const signW = CONTENT_W * 0.58
  write(doc, 'Signature du client', LEFT, y, { font: 'Helvetica-Bold', size: 9, width: signW })
  write(doc, '(précédée de la mention manuscrite « Lu et approuvé »)', LEFT + 92, y + 1.5, {
    size: 7.5,
    color: COLOR.muted,
    width: signW - 92,
  })
  doc.save()
  doc
    .lineWidth(0.8)
    .strokeColor(COLOR.line)
    .rect(LEFT, y + 13, signW, signH - 13)
    .stroke()
  doc.restore()
  write(doc, 'Le ____ / ____ / ________', LEFT + 6, y + signH - 12, {
    size: 7.5,
    color: COLOR.muted,
    width: signW - 12,
  })

  const sx = LEFT + signW + GAP
  const sw = CONTENT_W - signW - GAP
  write(doc, "Pour l'atelier", sx, y, { font: 'Helvetica-Bold', size: 9, width: sw })
  doc.save()
  doc
    .lineWidth(0.8)
    .strokeColor(COLOR.line)
    .rect(sx, y + 13, sw, signH - 13)
    .stroke()
  doc.restore()
  write(doc, 'Pris en charge par', sx + 6, y + 17, {
    size: 7.5,
    color: COLOR.muted,
    width: sw - 12,
  })
  write(doc, present(data.receivedBy) ?? NONE, sx + 6, y + 27, {
    font: 'Helvetica-Bold',
    size: 9.5,
    color: present(data.receivedBy) ? COLOR.text : COLOR.muted,
    width: sw - 12,
    height: 12,
    ellipsis: true,
  })
  write(doc, 'Cachet et signature', sx + 6, y + 41, {
    size: 7.5,
    color: COLOR.muted,
    width: sw - 12,
  })

  // --- Footer ----------------------------------------------------------------------------------
  const footer = bulletJoin([
    data.shop.name,
    `Bon de dépôt ${data.reference}`,
    deposited ? `déposé le ${deposited}` : null,
  ])
  write(doc, footer, LEFT, footerY, {
    size: 7,
    color: COLOR.muted,
    width: CONTENT_W,
    align: 'center',
    height: 9,
    ellipsis: true,
  })

  doc.end()
  return done
}
