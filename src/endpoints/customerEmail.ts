import type { Endpoint } from 'payload'

import { confirmEmailChange } from '../operations/emailChange'
import { REGISTER_ANSWER, registerCustomer } from '../operations/registerCustomer'
import { inTransaction } from '../db/transaction'
import { jsonBody } from './helpers'

/** POST /api/customers/confirm-email { token }: the link sent to a new address, followed. */
export const confirmEmailEndpoint: Omit<Endpoint, 'root'> = {
  path: '/confirm-email',
  method: 'post',
  handler: async (req) => {
    const { token } = await jsonBody<{ token?: unknown }>(req)
    const customer = await inTransaction(req, () =>
      confirmEmailChange({ req, token: typeof token === 'string' ? token : '' }),
    )
    return Response.json({
      message: `Adresse e-mail confirmée : ${customer.email} est désormais celle de votre compte.`,
      email: customer.email,
    })
  },
}

/** POST /api/customers/register: sign-up from the portal (replaces an anonymous POST /api/customers). */
export const registerEndpoint: Omit<Endpoint, 'root'> = {
  path: '/register',
  method: 'post',
  handler: async (req) => {
    const input = await jsonBody<Record<string, unknown>>(req)
    await inTransaction(req, () =>
      registerCustomer({ req, input: input && typeof input === 'object' ? input : {} }),
    )
    return Response.json({ message: REGISTER_ANSWER }, { status: 202 })
  },
}
