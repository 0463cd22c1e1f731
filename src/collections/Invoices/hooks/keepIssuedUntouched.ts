import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook } from 'payload'

import type { Invoice } from '../../../payload-types'

import { assertEditable, type InvoiceStatus } from '../../../domain/invoices'
import { enforce } from '../../../http/httpError'

/**
 * An issued invoice or credit note never changes, whoever asks and by whatever path (REST,
 * GraphQL, the admin, the Local API): only the invoicing operations, which set
 * `context.invoicing`, write its payment state. Everything else gets the French 409.
 */
export const keepIssuedUntouched: CollectionBeforeChangeHook<Invoice> = ({
  data,
  originalDoc,
  operation,
  context,
}) => {
  if (context.invoicing) return data
  if (operation === 'update' && originalDoc)
    enforce(() => assertEditable(originalDoc.status as InvoiceStatus, originalDoc.number))
  // Created as a draft: numbers, statuses and snapshots are the operations'.
  return { ...data, status: 'brouillon', number: null, kind: 'invoice' }
}

export const refuseDeletingIssued: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const doc = (await req.payload.findByID({ collection: 'invoices', id, depth: 0, req })) as Invoice
  enforce(() => assertEditable(doc.status as InvoiceStatus, doc.number))
}
