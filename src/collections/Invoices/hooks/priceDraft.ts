import type { CollectionBeforeChangeHook } from 'payload'

import type { Invoice } from '../../../payload-types'

import { readShopSettings } from '../../../config/shopSettings'
import { computeTotals, type InvoiceLineInput } from '../../../domain/invoices'
import { enforce } from '../../../http/httpError'

/** A draft's lines and totals, computed by the one rounding rule as it is typed. */
export const priceDraft: CollectionBeforeChangeHook<Invoice> = async ({
  data,
  originalDoc,
  req,
  context,
}) => {
  if (context.invoicing) return data
  const lines = (data.lines ?? originalDoc?.lines ?? []) as InvoiceLineInput[]
  const { vatRegime, defaultVatRate } = await readShopSettings(req)
  const withRates = lines.map((l) => ({
    ...l,
    kind: l.kind ?? 'free',
    vatRate: typeof l.vatRate === 'number' ? l.vatRate : defaultVatRate,
  }))
  let totals!: ReturnType<typeof computeTotals>
  enforce(() => {
    totals = computeTotals(withRates, vatRegime)
  })
  return {
    ...data,
    lines: totals.lines.map((l) => ({ ...l, vatRate: l.vatRate })) as Invoice['lines'],
    totalHt: totals.totalHt,
    totalVat: totals.totalVat,
    totalTtc: totals.totalTtc,
    vatBreakdown: totals.byRate,
  }
}
