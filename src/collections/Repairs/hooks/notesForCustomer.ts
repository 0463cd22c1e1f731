import type { CollectionBeforeReadHook } from 'payload'

import type { Repair } from '../../../payload-types'

import { isCustomer } from '../../../access/roles'

type Note = NonNullable<Repair['notes']>[number]

/**
 * A customer may not read `notes` (field access: neither read, filter nor sort), so the notes
 * meant for them are copied into the read-only `customerNotes`: text and date, no author. This
 * runs before field access strips `notes` from the document; staff read `notes` themselves.
 */
export const notesForCustomer: CollectionBeforeReadHook = async ({ doc, req }) => {
  if (!isCustomer(req.user)) return doc
  let notes = doc.notes as Note[] | undefined
  // A `select` without `notes` leaves them out of the query: read them for this document.
  if (notes === undefined && doc.id !== undefined) {
    const full = await req.payload.db.findOne<Repair>({
      collection: 'repairs',
      req,
      select: { notes: true },
      where: { id: { equals: doc.id } },
    })
    notes = full?.notes ?? []
  }
  const customerNotes = (notes ?? [])
    .filter((n) => n.visibility === 'client')
    .map(({ id, body, at }) => ({ id, body, at }))
  return { ...doc, customerNotes }
}
