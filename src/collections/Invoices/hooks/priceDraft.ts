import type { CollectionBeforeChangeHook } from 'payload'

import type { Invoice } from '../../../payload-types'

import { readShopSettings } from '../../../config/shopSettings'
import { computeTotals, type InvoiceLineInput } from '../../../domain/invoices'
import { enforce } from '../../../http/httpError'
import { resolveBonus } from '../../../operations/repairBonus'

/** A draft's lines, totals (the one rounding rule) and repair bonus, as it is typed. */
export const priceDraft: CollectionBeforeChangeHook<Invoice> = async ({
  data,
  originalDoc,
  req,
  context,
  collection,
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
  // Quotes share this hook; the repair bonus is the invoices'.
  const bonus =
    collection.slug === 'invoices'
      ? await resolveBonus(req, {
          bonusRule: data.bonusRule !== undefined ? data.bonusRule : originalDoc?.bonusRule,
          repair: data.repair ?? originalDoc?.repair,
          totalTtc: totals.totalTtc,
        })
      : {}
  return {
    ...data,
    lines: totals.lines.map((l) => ({ ...l, vatRate: l.vatRate })) as Invoice['lines'],
    totalHt: totals.totalHt,
    totalVat: totals.totalVat,
    totalTtc: totals.totalTtc,
    vatBreakdown: totals.byRate,
    ...bonus,
  }
}
