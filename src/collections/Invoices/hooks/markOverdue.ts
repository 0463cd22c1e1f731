import type { CollectionAfterReadHook } from 'payload'

import type { Invoice } from '../../../payload-types'

import { isOverdue, type InvoiceStatus } from '../../../domain/invoices'

/** « En retard » is read, not stored: issued, not fully paid, and its due day is past (Paris). */
export const markOverdue: CollectionAfterReadHook<Invoice> = ({ doc }) => {
  if (!doc || !('status' in doc)) return doc
  doc.overdue = isOverdue({
    status: doc.status as InvoiceStatus,
    dueDate: doc.dueDate?.slice(0, 10),
    now: new Date(),
  })
  return doc
}
