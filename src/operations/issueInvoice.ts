import type { PayloadRequest } from 'payload'

import type { Customer, Invoice, Repair } from '../payload-types'

import { readShopSettings } from '../config/shopSettings'
import { nextCounterValue } from '../db/counters'
import { lockRows } from '../db/locks'
import { countryName } from '../domain/countries'
import { idOf } from '../domain/ids'
import {
  assertEditable,
  assertInvoiceLines,
  computeTotals,
  derivePaymentStatus,
  dueDateFor,
  formatInvoiceNumber,
  type InvoiceLineInput,
  type InvoiceStatus,
} from '../domain/invoices'
import { referenceYear } from '../domain/parisTime'
import { displayPhone } from '../domain/phone'
import { enforce } from '../http/httpError'
import { appendToChain } from './chain'
import { resolveBonus } from './repairBonus'

/** Who the invoice is made out to, as it stands at issue (the record may change later). */
export function customerSnapshot(customer: Customer) {
  const a = customer.address ?? {}
  const cityLine = [a.postalCode, a.city].filter(Boolean).join(' ')
  const country = a.country && a.country !== 'FR' ? countryName(a.country) : null
  return {
    name: [customer.firstName, customer.lastName].filter(Boolean).join(' ') || customer.displayName,
    company: customer.company ?? null,
    addressLines: [a.line1, a.line2, cityLine, country].filter(Boolean) as string[],
    email: customer.email ?? null,
    phone: customer.phone ? displayPhone(customer.phone) || customer.phone : null,
    siret: customer.siret ?? null,
    vatNumber: null as string | null,
    // Structured, for the Factur-X XML of a business customer (src/documents/facturX.ts).
    address: {
      line1: a.line1 ?? null,
      line2: a.line2 ?? null,
      postalCode: a.postalCode ?? null,
      city: a.city ?? null,
      country: a.country || 'FR',
    },
  }
}

/**
 * « Émettre »: the draft gets the next number of the year (F-2026-000042) inside this
 * transaction — a rolled-back issue gives its number back, concurrent issues queue on the
 * counter's row, so the sequence has no gap and no duplicate — with the customer and the seller
 * copied as they are now, the due date, and the totals by the one rounding rule. Then frozen.
 */
export async function issueInvoice({
  req,
  id,
  now = new Date(),
}: {
  req: PayloadRequest
  id: number
  now?: Date
}): Promise<Invoice> {
  await lockRows(req, 'invoices', [id])
  const draft = (await req.payload.findByID({
    collection: 'invoices',
    id,
    depth: 0,
    req,
    overrideAccess: false,
  })) as Invoice
  enforce(() => assertEditable(draft.status as InvoiceStatus, draft.number))
  const lines = (draft.lines ?? []) as InvoiceLineInput[]
  enforce(() => assertInvoiceLines(lines))
  const settings = await readShopSettings(req)
  const totals = computeTotals(lines, settings.vatRegime)
  // The bonus as it applies on the day of issue (in force, below the total).
  const bonus = await resolveBonus(req, { ...draft, totalTtc: totals.totalTtc }, now)
  const customer = (await req.payload.findByID({
    collection: 'customers',
    id: idOf(draft.customer)!,
    depth: 0,
    req,
  })) as Customer
  const repair = draft.repair
    ? ((await req.payload.findByID({
        collection: 'repairs',
        id: idOf(draft.repair)!,
        depth: 0,
        req,
      })) as Repair)
    : null
  const year = referenceYear(now)
  const number = formatInvoiceNumber(year, await nextCounterValue(req, `invoice-${year}`))
  const snapshot = customerSnapshot(customer)
  const issued = await req.payload.update({
    collection: 'invoices',
    id,
    depth: 0,
    req,
    context: { invoicing: true },
    data: {
      number,
      title: number,
      status: derivePaymentStatus({
        issued: true,
        due: totals.totalTtc - bonus.bonusAmount,
        paid: 0,
      }),
      ...bonus,
      lines: totals.lines as Invoice['lines'],
      totalHt: totals.totalHt,
      totalVat: totals.totalVat,
      totalTtc: totals.totalTtc,
      vatBreakdown: totals.byRate,
      amountPaid: 0,
      amountCredited: 0,
      issuedAt: now.toISOString(),
      issuedBy: req.user?.collection === 'users' ? (req.user.id as number) : null,
      dueDate: dueDateFor(now, settings.paymentTermsDays),
      serviceDate: repair?.finishedAt ?? repair?.handedBackAt ?? now.toISOString(),
      repairReference: repair?.reference ?? null,
      customerName: snapshot.company ? `${snapshot.name} (${snapshot.company})` : snapshot.name,
      customerSnapshot: snapshot,
      sellerSnapshot: {
        ...settings.identity,
        iban: settings.iban,
        bic: settings.bic,
        vatRegime: settings.vatRegime,
        latePenaltyRate: settings.latePenaltyRate,
        paymentTermsDays: settings.paymentTermsDays,
      },
    },
  })
  await appendToChain(req, { kind: 'invoice', id, label: number }, issued)
  return issued
}
