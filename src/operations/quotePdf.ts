import type { PayloadRequest } from 'payload'

import type { Device, Quote, Repair } from '../payload-types'

import { readShopSettings } from '../config/shopSettings'
import { renderInvoicePdf, type InvoicePdfData } from '../documents/invoicePdf'
import { idOf } from '../domain/ids'
import type { RateTotals } from '../domain/invoices'

/** The PDF of a quote: as sent (seller and customer copied then), or the draft as it stands. */
export async function quotePdf(req: PayloadRequest, quote: Quote): Promise<Buffer> {
  const settings = await readShopSettings(req)
  const seller = (quote.sellerSnapshot ?? settings.identity) as InvoicePdfData['seller'] & {
    vatRegime?: 'normal' | 'franchise'
  }
  const regime = seller.vatRegime ?? settings.vatRegime
  const repair = (await req.payload.findByID({
    collection: 'repairs',
    id: idOf(quote.repair)!,
    depth: 1,
    req,
  })) as Repair
  const customer =
    (quote.customerSnapshot as InvoicePdfData['customer'] | null) ??
    ({ name: quote.customerName ?? '' } as InvoicePdfData['customer'])
  return renderInvoicePdf({
    kind: 'quote',
    number: quote.number ?? 'BROUILLON',
    issuedAt: quote.sentAt ?? new Date().toISOString(),
    validUntil: quote.validUntil?.slice(0, 10) ?? null,
    seller,
    vatRegime: regime,
    latePenaltyRate: settings.latePenaltyRate,
    customer,
    repairReference: quote.repairReference ?? repair.reference,
    device: (repair.device as Device | undefined)?.label ?? null,
    lines: (quote.lines ?? []).map((l) => ({
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
      totalHt: quote.totalHt ?? 0,
      totalVat: quote.totalVat ?? 0,
      totalTtc: quote.totalTtc ?? 0,
      byRate: (quote.vatBreakdown ?? []) as RateTotals[],
    },
    warrantyTerms: `Main-d'œuvre garantie ${settings.labourWarrantyMonths} mois, pièces selon leur propre garantie.`,
    diagnosticFee: settings.diagnosticFee,
  })
}
