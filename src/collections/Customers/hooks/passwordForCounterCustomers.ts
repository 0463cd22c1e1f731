import type { CollectionBeforeOperationHook } from 'payload'

import { randomBytes } from 'node:crypto'

import { isStaff } from '../../../access/index'

/**
 * A customer registered at the counter gets a random password; the verification mail invites
 * them. That mail, like every other of this collection, leaves from the mail queue (mailAccountChanges).
 */
export const passwordForCounterCustomers: CollectionBeforeOperationHook<'customers'> = ({
  args,
  operation,
  req,
}) => {
  const data = ('data' in args ? args.data : undefined) as { password?: string } | undefined
  if (operation === 'create' && isStaff(req.user) && data && !data.password) {
    data.password = randomBytes(24).toString('base64url')
  }
  if (operation === 'create')
    (args as { disableVerificationEmail?: boolean }).disableVerificationEmail = true
  return args
}
