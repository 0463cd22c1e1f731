import type { PayloadRequest } from 'payload'

import type { Invoice } from '../payload-types'

import { MAIL_QUEUE } from './mail'
import { RefusedError } from '../http/httpError'

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/**
 * « Envoyer au client »: queues the invoice's e-mail, its PDF attached, to the address given or
 * the customer's as copied at issue; sent within seconds by the mail queue, retried if the mail
 * server is down. The invoice stays as issued; only its sending state is recorded.
 */
export async function sendInvoice({
  req,
  invoiceId,
  to,
}: {
  req: PayloadRequest
  invoiceId: number
  to?: string | null
}): Promise<Invoice> {
  const invoice = (await req.payload.findByID({
    collection: 'invoices',
    id: invoiceId,
    depth: 0,
    req,
    overrideAccess: false,
  })) as Invoice
  if (!invoice.number)
    throw new RefusedError("Un brouillon ne s'envoie pas : émettez d'abord la facture.", 409, {
      field: 'status',
    })
  const recipient = (to ?? (invoice.customerSnapshot as { email?: string } | null)?.email ?? '')
    .trim()
    .toLowerCase()
  if (!EMAIL.test(recipient))
    throw new RefusedError(
      recipient
        ? `L'adresse « ${recipient} » n'est pas une adresse e-mail : corrigez-la.`
        : "Le client n'a pas d'adresse e-mail : indiquez celle à laquelle envoyer la facture.",
      400,
      { field: 'to' },
    )
  await req.payload.jobs.queue({
    task: 'sendInvoice',
    input: { invoiceId, to: recipient },
    queue: MAIL_QUEUE,
    req,
  })
  return req.payload.update({
    collection: 'invoices',
    id: invoiceId,
    depth: 0,
    req,
    context: { invoicing: true },
    data: { sendStatus: 'en_file', sentTo: recipient, sendError: null },
  })
}
