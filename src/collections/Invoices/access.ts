import type { Access } from 'payload'

import { isCustomer, roleOf } from '../../access/roles'
import { can } from '../../domain/permissions'

/** Staff who may read invoices; a customer their own issued ones (never a draft). */
export const readInvoices: Access = async ({ req }) => {
  if (isCustomer(req.user))
    return { customer: { equals: req.user!.id }, status: { not_equals: 'brouillon' } }
  return can(await roleOf(req), 'invoices', 'read')
}

/**
 * Only a draft is edited or deleted, by whoever may: an issued invoice is corrected by a credit
 * note (src/operations/creditNote.ts), never changed — the hooks refuse it on every path too.
 */
export const onDrafts =
  (action: 'update' | 'delete'): Access =>
  async ({ req }) =>
    can(await roleOf(req), 'invoices', action) ? { status: { equals: 'brouillon' } } : false
