import type { PayloadRequest } from 'payload'

import type { Invoice, RepairBonus } from '../payload-types'

import { idOf } from '../domain/ids'
import { parisDayStart } from '../domain/parisTime'
import { claimMonth, ECO_ORGANISMS } from '../domain/repairBonus'
import { enforce } from '../http/httpError'

export type BonusClaims = {
  month: string
  count: number
  total: number
  byOrganism: Record<string, { count: number; amount: number }>
  items: {
    invoice: string | null | undefined
    invoiceId: number
    issuedAt: string | null | undefined
    customer: string | null | undefined
    repair: string | null | undefined
    bonus: string | null | undefined
    bonusId: number | null
    ecoOrganism: string
    amount: number
    invoiceTotalTtc: number
  }[]
}

/**
 * The bonuses to claim from the eco-organisms for the invoices issued in a month (Paris), per
 * eco-organism, with each invoice. An invoice cancelled in full by a credit note is left out:
 * there is nothing to claim.
 */
export async function bonusClaims(req: PayloadRequest, month: string): Promise<BonusClaims> {
  let range!: { from: string; to: string }
  enforce(() => {
    range = claimMonth(month)
  })
  const found = await req.payload.find({
    collection: 'invoices',
    where: {
      kind: { equals: 'invoice' },
      status: { not_equals: 'brouillon' },
      bonusAmount: { greater_than: 0 },
      issuedAt: {
        greater_than_equal: parisDayStart(range.from)!.toISOString(),
        less_than: parisDayStart(range.to)!.toISOString(),
      },
    },
    sort: 'issuedAt',
    limit: 0,
    pagination: false,
    depth: 1,
    req,
    overrideAccess: false,
  })
  const items = (found.docs as Invoice[])
    .filter((i) => (i.amountCredited ?? 0) < (i.totalTtc ?? 0))
    .map((i) => {
      const rule = i.bonusRule as RepairBonus | null
      const organism = (rule?.ecoOrganism ?? 'ecosystem') as keyof typeof ECO_ORGANISMS
      return {
        invoice: i.number,
        invoiceId: i.id,
        issuedAt: i.issuedAt,
        customer: i.customerName,
        repair: i.repairReference,
        bonus: rule?.label ?? i.bonusLabel,
        bonusId: idOf(rule) || null,
        ecoOrganism: ECO_ORGANISMS[organism]?.fr ?? organism,
        amount: i.bonusAmount ?? 0,
        invoiceTotalTtc: i.totalTtc ?? 0,
      }
    })
  const byOrganism: Record<string, { count: number; amount: number }> = {}
  for (const item of items) {
    const entry = (byOrganism[item.ecoOrganism] ??= { count: 0, amount: 0 })
    entry.count += 1
    entry.amount += item.amount
  }
  return {
    month,
    count: items.length,
    total: items.reduce((sum, i) => sum + i.amount, 0),
    byOrganism,
    items,
  }
}
