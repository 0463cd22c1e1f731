import type { Endpoint, PayloadHandler } from 'payload'

import type { Quote } from '../payload-types'

import { isCustomer } from '../access/roles'
import { inTransaction } from '../db/transaction'
import { quotePdf } from '../operations/quotePdf'
import { decideQuote, quoteFromRepair, reviseQuote, sendQuote } from '../operations/quotes'
import { RefusedError } from '../http/httpError'
import { idParam, jsonBody, requirePermission } from './helpers'

/** POST /api/repairs/:id/quote: the repair's quote in preparation (made now, or the current one). */
export const quoteFromRepairEndpoint: Omit<Endpoint, 'root'> = {
  path: '/:id/quote',
  method: 'post',
  handler: async (req) => {
    await requirePermission(req, 'invoices', 'create')
    const repairId = idParam(req)
    const { quote, created } = await inTransaction(req, () => quoteFromRepair({ req, repairId }))
    return Response.json(
      {
        message: created
          ? 'Devis brouillon créé : ajustez les lignes, puis envoyez-le au client.'
          : `Cette réparation a déjà son devis (${quote.number ?? 'brouillon'}).`,
        quote,
      },
      { status: created ? 201 : 200 },
    )
  },
}

/** POST /api/quotes/:id/send { to? }: numbered, frozen, e-mailed with its PDF. */
export const sendQuoteEndpoint: Omit<Endpoint, 'root'> = {
  path: '/:id/send',
  method: 'post',
  handler: async (req) => {
    await requirePermission(req, 'invoices', 'update')
    const quoteId = idParam(req)
    const body = await jsonBody<{ to?: string | null }>(req).catch(() => ({}) as { to?: string })
    const quote = await inTransaction(req, () => sendQuote({ req, quoteId, to: body.to ?? null }))
    return Response.json({
      message: quote.sentTo
        ? `Devis ${quote.number} envoyé à ${quote.sentTo}.`
        : `Devis ${quote.number} prêt : le client n'a pas d'adresse e-mail, remettez-lui le PDF.`,
      quote,
    })
  },
}

const decision =
  (answer: 'accepte' | 'refuse'): PayloadHandler =>
  async (req) => {
    if (!req.user) throw new RefusedError('Connectez-vous pour répondre au devis.', 401)
    // A customer answers their own quotes (read access hides the others); staff on their word.
    if (!isCustomer(req.user)) await requirePermission(req, 'invoices', 'update')
    const quoteId = idParam(req)
    const body = await jsonBody<{ reason?: string | null }>(req).catch(
      () => ({}) as { reason?: string },
    )
    const quote: Quote = await inTransaction(req, () =>
      decideQuote({ req, quoteId, decision: answer, reason: body.reason ?? null }),
    )
    return Response.json({
      message:
        answer === 'accepte'
          ? `Devis ${quote.number} accepté : l'intervention peut commencer.`
          : `Devis ${quote.number} refusé : la réparation ne sera pas effectuée.`,
      quote,
    })
  }

/** POST /api/quotes/:id/accept and /decline { reason? }: the customer's answer, timed. */
export const decideQuoteEndpoint: Omit<Endpoint, 'root'>[] = [
  { path: '/:id/accept', method: 'post', handler: decision('accepte') },
  { path: '/:id/decline', method: 'post', handler: decision('refuse') },
]

/** POST /api/quotes/:id/revise: a new draft version replacing a sent quote. */
export const reviseQuoteEndpoint: Omit<Endpoint, 'root'> = {
  path: '/:id/revise',
  method: 'post',
  handler: async (req) => {
    await requirePermission(req, 'invoices', 'create')
    const quoteId = idParam(req)
    const quote = await inTransaction(req, () => reviseQuote({ req, quoteId }))
    return Response.json(
      { message: 'Nouvelle version du devis créée : modifiez-la puis envoyez-la.', quote },
      { status: 201 },
    )
  },
}

/** GET /api/quotes/:id/pdf: staff (drafts too, marked « BROUILLON »), or its customer once sent. */
export const quotePdfEndpoint: Omit<Endpoint, 'root'> = {
  path: '/:id/pdf',
  method: 'get',
  handler: async (req) => {
    const quote = (await req.payload.findByID({
      collection: 'quotes',
      id: idParam(req),
      depth: 0,
      req,
      overrideAccess: false,
    })) as Quote
    const pdf = await quotePdf(req, quote)
    const name = quote.number ?? `devis-brouillon-${quote.id}`
    return new Response(new Uint8Array(pdf), {
      headers: {
        'content-type': 'application/pdf',
        'content-disposition': `inline; filename="${name}.pdf"`,
        'cache-control': 'private, no-store',
      },
    })
  },
}
