import type { Endpoint, PayloadRequest } from 'payload'

import type { Device, Invoice, Repair } from '../payload-types'

import { readShopSettings } from '../config/shopSettings'
import { renderInvoicePdf, type InvoicePdfData } from '../documents/invoicePdf'
import { idOf } from '../domain/ids'
import type { RateTotals } from '../domain/invoices'
import { RefusedError } from '../http/httpError'
import { idParam } from './helpers'

type Seller = InvoicePdfData['seller'] & {
  vatRegime?: 'normal' | 'franchise'
  latePenaltyRate?: number
}

/** The PDF of an issued invoice or credit note, as issued (seller and customer as copied then). */
export async function issuedInvoicePdf(req: PayloadRequest, invoice: Invoice): Promise<Buffer> {
  const settings = await readShopSettings(req)
  const seller = (invoice.sellerSnapshot ?? settings.identity) as Seller
  const regime = seller.vatRegime ?? settings.vatRegime
  const repair = invoice.repair
    ? ((await req.payload.findByID({
        collection: 'repairs',
        id: idOf(invoice.repair)!,
        depth: 1,
        req,
      })) as Repair)
    : null
  const credited =
    invoice.kind === 'credit_note' && invoice.creditedInvoice
      ? ((await req.payload.findByID({
          collection: 'invoices',
          id: idOf(invoice.creditedInvoice)!,
          depth: 0,
          req,
        })) as Invoice)
      : null
  const since = settings.warrantyFromHandBack ? 'de la restitution' : 'de la fin de la réparation'
  return renderInvoicePdf({
    kind: invoice.kind === 'credit_note' ? 'credit_note' : 'invoice',
    number: invoice.number!,
    issuedAt: invoice.issuedAt!,
    serviceDate: invoice.serviceDate,
    dueDate: invoice.kind === 'invoice' ? (invoice.dueDate?.slice(0, 10) ?? null) : null,
    seller,
    vatRegime: regime,
    latePenaltyRate: seller.latePenaltyRate ?? settings.latePenaltyRate,
    customer: invoice.customerSnapshot as InvoicePdfData['customer'],
    repairReference: invoice.repairReference,
    device: (repair?.device as Device | undefined)?.label ?? null,
    lines: (invoice.lines ?? []).map((l) => ({
      kind: l.kind,
      description: l.description ?? '',
      quantity: l.quantity,
      unitPrice: l.unitPrice ?? 0,
      vatRate: l.vatRate ?? 0,
      appliedRate: regime === 'franchise' ? 0 : (l.vatRate ?? 0),
      totalTtc: l.totalTtc ?? 0,
      totalHt: l.totalHt ?? 0,
      totalVat: l.totalVat ?? 0,
    })),
    totals: {
      totalHt: invoice.totalHt ?? 0,
      totalVat: invoice.totalVat ?? 0,
      totalTtc: invoice.totalTtc ?? 0,
      byRate: (invoice.vatBreakdown ?? []) as RateTotals[],
    },
    bonus:
      invoice.kind === 'invoice' && invoice.bonusAmount
        ? { label: invoice.bonusLabel ?? 'Bonus réparation', amount: invoice.bonusAmount }
        : null,
    paid: invoice.kind === 'invoice' ? (invoice.amountPaid ?? 0) : undefined,
    creditedInvoice: credited ? { number: credited.number!, issuedAt: credited.issuedAt! } : null,
    warrantyTerms: repair
      ? `Main-d'œuvre garantie ${settings.labourWarrantyMonths} mois, pièces selon leur propre garantie, à compter ${since}.`
      : null,
    paymentMethods: 'Espèces, carte bancaire, chèque, virement',
  })
}

/**
 * GET /api/invoices/:id/pdf: the issued invoice or credit note as it was issued (seller and
 * customer as copied then), to whoever may read it — staff, or its own customer.
 */
export const invoicePdfEndpoint: Omit<Endpoint, 'root'> = {
  path: '/:id/pdf',
  method: 'get',
  handler: async (req) => {
    const invoice = (await req.payload.findByID({
      collection: 'invoices',
      id: idParam(req),
      depth: 0,
      req,
      overrideAccess: false,
    })) as Invoice
    if (!invoice.number)
      throw new RefusedError(
        "Cette facture est un brouillon : émettez-la pour obtenir son PDF (un brouillon n'a pas de numéro).",
        409,
        { field: 'status' },
      )
    const pdf = await issuedInvoicePdf(req, invoice)
    return new Response(new Uint8Array(pdf), {
      headers: {
        'content-type': 'application/pdf',
        'content-disposition': `inline; filename="${invoice.number}.pdf"`,
        'cache-control': 'private, no-store',
      },
    })
  },
}
