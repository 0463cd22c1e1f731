import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook } from 'payload'

import type { Quote } from '../../../payload-types'

import { RefusedError } from '../../../http/httpError'

const frozen = (quote: { number?: string | null }) =>
  new RefusedError(
    `Le devis${quote.number ? ` ${quote.number}` : ''} a été envoyé au client : il ne se modifie plus. Faites-en une nouvelle version (« Nouvelle version »), que le client acceptera à son tour.`,
    409,
    { field: 'status' },
  )

/**
 * A sent quote is what the customer read and answered: it never changes, by any path. Only the
 * quote operations (context.quoting) write its status, number and decision.
 */
export const keepSentUntouched: CollectionBeforeChangeHook<Quote> = ({
  data,
  originalDoc,
  operation,
  context,
}) => {
  if (context.quoting) return data
  if (operation === 'update' && originalDoc && originalDoc.status !== 'brouillon')
    throw frozen(originalDoc)
  if (operation === 'create') return { ...data, status: 'brouillon', number: null, version: 1 }
  return data
}

export const refuseDeletingSent: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const doc = (await req.payload.findByID({ collection: 'quotes', id, depth: 0, req })) as Quote
  if (doc.status !== 'brouillon') throw frozen(doc)
}
