import type { Endpoint } from 'payload'

import { confirmEmailChange } from '../operations/emailChange'
import { inTransaction } from '../operations/transaction'
import { jsonBody } from './helpers'

/** POST /api/customers/confirm-email { token }: the link sent to a new address, followed. */
export const confirmEmailEndpoint: Omit<Endpoint, 'root'> = {
  path: '/confirm-email',
  method: 'post',
  handler: async (req) => {
    const { token } = await jsonBody<{ token?: unknown }>(req)
    const customer = await inTransaction(req, () => confirmEmailChange({ req, token: typeof token === 'string' ? token : '' }))
    return Response.json({ message: `Adresse e-mail confirmée : ${customer.email} est désormais celle de votre compte.`, email: customer.email })
  },
}
