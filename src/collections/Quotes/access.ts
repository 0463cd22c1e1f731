import type { Access } from 'payload'

import { isCustomer, roleOf } from '../../access/roles'
import { can } from '../../domain/permissions'

/** Staff who may read invoices read quotes; a customer their own once sent (never a draft). */
export const readQuotes: Access = async ({ req }) => {
  if (isCustomer(req.user))
    return { customer: { equals: req.user!.id }, status: { not_equals: 'brouillon' } }
  return can(await roleOf(req), 'invoices', 'read')
}

/** Only a draft is edited or deleted: a sent quote changes by a new version. */
export const onDraftQuotes =
  (action: 'update' | 'delete'): Access =>
  async ({ req }) =>
    can(await roleOf(req), 'invoices', action) ? { status: { equals: 'brouillon' } } : false
