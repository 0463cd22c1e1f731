import type { TaskConfig } from 'payload'

import type { Customer, Quote } from '../payload-types'

import { portalUrl } from '../config/env'
import { readShopSettings } from '../config/shopSettings'
import { idOf } from '../domain/ids'
import { quoteEmail } from '../email/quoteEmail'
import { quotePdf } from '../operations/quotePdf'

/**
 * Sends a quote to the customer, its PDF attached and the link to answer it online, and records
 * the outcome on it (sent, or failed with the server's answer; the job is retried).
 */
export const SendQuote: TaskConfig<'sendQuote'> = {
  slug: 'sendQuote',
  label: 'Envoi d’un devis',
  inputSchema: [
    { name: 'quoteId', type: 'number', required: true },
    { name: 'to', type: 'text', required: true },
  ],
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 30_000 } },
  handler: async ({ input, req }) => {
    const quote = (await req.payload.findByID({
      collection: 'quotes',
      id: input.quoteId,
      depth: 0,
      req,
    })) as Quote
    const customer = (await req.payload.db.findOne({
      collection: 'customers',
      where: { id: { equals: idOf(quote.customer) } },
      req,
    })) as Customer | null
    const shop = (await readShopSettings(req)).identity
    const mail = quoteEmail({
      number: quote.number ?? '',
      totalTtc: quote.totalTtc ?? 0,
      validUntil: quote.validUntil,
      repairReference: quote.repairReference,
      firstName: customer?.firstName ?? null,
      shopName: shop.name,
      portalUrl: `${portalUrl()}/devis/${quote.id}`,
    })
    const record = (data: Partial<Quote>) =>
      req.payload.update({
        collection: 'quotes',
        id: quote.id,
        depth: 0,
        req,
        context: { quoting: true },
        data,
      })
    try {
      await req.payload.sendEmail({
        to: input.to,
        subject: mail.subject,
        html: mail.html,
        attachments: [
          {
            filename: `${quote.number}.pdf`,
            content: await quotePdf(req, quote),
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
    await record({ sendStatus: 'envoyee', sentTo: input.to, sendError: null })
    return { output: {} }
  },
}
