import type { PayloadRequest } from 'payload'

import type { Invoice } from '../payload-types'

import { sql } from '@payloadcms/db-postgres'

import { dbFor } from '../db/db'
import { derivePaymentStatus, invoiceBalance } from '../domain/invoices'

/**
 * After a payment or a credit note: what the invoice has received and been credited, summed in
 * the database, and its status from them. Called by the invoicing operations only, in their
 * transaction, with the invoice row locked.
 */
export async function refreshPaymentState(req: PayloadRequest, invoice: Invoice): Promise<Invoice> {
  const db = await dbFor(req)
  const paid = await db.execute(
    sql`select coalesce(sum(amount), 0)::bigint as total from payments where invoice_id = ${invoice.id}`,
  )
  const credited = await db.execute(sql`
    select coalesce(sum(total_ttc), 0)::bigint as total from invoices
    where credited_invoice_id = ${invoice.id} and kind = 'credit_note'`)
  const amountPaid = Number((paid.rows[0] as { total: string }).total)
  const amountCredited = Number((credited.rows[0] as { total: string }).total)
  const { due } = invoiceBalance({ ...invoice, amountCredited })
  return req.payload.update({
    collection: 'invoices',
    id: invoice.id,
    depth: 0,
    req,
    context: { invoicing: true },
    data: {
      amountPaid,
      amountCredited,
      status: derivePaymentStatus({ issued: true, due, paid: amountPaid }),
    },
  })
}
