import type { TaskConfig } from 'payload'

import type { Invoice } from '../payload-types'

import { readShopSettings } from '../config/shopSettings'
import { issuedInvoicePdf } from '../endpoints/invoicePdf'
import { invoiceEmail } from '../email/invoiceEmail'

/**
 * Sends an issued invoice (or credit note) to the customer, its PDF attached, and records the
 * outcome on it: « Envoyée » with when and to whom, or « Échec » with the server's answer (the
 * job is retried; the button sends again).
 */
export const SendInvoice: TaskConfig<'sendInvoice'> = {
  slug: 'sendInvoice',
  label: 'Envoi d’une facture',
  inputSchema: [
    { name: 'invoiceId', type: 'number', required: true },
    { name: 'to', type: 'text', required: true },
  ],
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 30_000 } },
  handler: async ({ input, req }) => {
    const invoice = (await req.payload.findByID({
      collection: 'invoices',
      id: input.invoiceId,
      depth: 0,
      req,
    })) as Invoice
    const shop = (await readShopSettings(req)).identity
    const mail = invoiceEmail({
      kind: invoice.kind === 'credit_note' ? 'credit_note' : 'invoice',
      number: invoice.number ?? '',
      totalTtc: invoice.totalTtc ?? 0,
      repairReference: invoice.repairReference,
      firstName: null,
      shopName: shop.name,
    })
    const record = (data: Partial<Invoice>) =>
      req.payload.update({
        collection: 'invoices',
        id: invoice.id,
        depth: 0,
        req,
        context: { invoicing: true },
        data,
      })
    try {
      await req.payload.sendEmail({
        to: input.to,
        subject: mail.subject,
        html: mail.html,
        attachments: [
          {
            filename: `${invoice.number}.pdf`,
            content: await issuedInvoicePdf(req, invoice),
            contentType: 'application/pdf',
          },
        ],
      })
    } catch (error) {
      await record({
        sendStatus: 'echec',
        sendError: String((error as Error).message).slice(0, 300),
      })
      throw error
    }
    await record({
      sendStatus: 'envoyee',
      sentAt: new Date().toISOString(),
      sentTo: input.to,
      sendError: null,
    })
    return { output: {} }
  },
}
