/**
 * A customer's e-mail address is verified by the server alone. Changing the address of a
 * verified account does not change it yet: the new address waits in `pendingEmail` until the
 * link sent there is followed. An account never verified simply takes the new address and a new
 * verification link.
 */
import type { PayloadRequest } from 'payload'

import { randomBytes } from 'node:crypto'

import type { Customer } from '../payload-types'

import {
  emailChangeConfirmation,
  emailChangeNotice,
  verificationMessage,
} from '../email/accountEmails'
import { RefusedError } from '../http/httpError'
import { queueMail } from './mail'

export const EMAIL_CHANGE_HOURS = 24

type CustomerData = Partial<Customer> & { _verificationToken?: string | null }

const newToken = () => randomBytes(20).toString('hex')

/**
 * For the customers' beforeChange hook: rewrites `data` so that a new address is either held
 * for confirmation (verified account) or re-verified (unverified account). Returns the mail to
 * queue after the write, if any.
 */
export function holdEmailChange(
  data: CustomerData,
  original: Customer & { _verified?: boolean | null },
  now = new Date(),
) {
  const next = typeof data.email === 'string' ? data.email.trim().toLowerCase() : undefined
  if (next === undefined || next === original.email.toLowerCase()) {
    if (next !== undefined) data.email = original.email
    return null
  }
  const token = newToken()
  if (original._verified) {
    data.email = original.email
    data.pendingEmail = next
    data.pendingEmailToken = token
    data.pendingEmailExpiresAt = new Date(
      now.getTime() + EMAIL_CHANGE_HOURS * 3600_000,
    ).toISOString()
    return { kind: 'confirm' as const, to: next, previous: original.email, token }
  }
  data.email = next
  data._verificationToken = token
  return { kind: 'verify' as const, to: next, token }
}

export async function queueEmailChangeMails(
  req: PayloadRequest,
  firstName: string | null | undefined,
  held: NonNullable<ReturnType<typeof holdEmailChange>>,
) {
  if (held.kind === 'verify') {
    await queueMail(req, { to: held.to, ...verificationMessage(firstName, held.token) })
    return
  }
  await queueMail(req, { to: held.to, ...emailChangeConfirmation(firstName, held.token) })
  await queueMail(req, { to: held.previous, ...emailChangeNotice(firstName, held.to) })
}

/** Follows the link sent to the new address: the account takes it, still verified. */
export async function confirmEmailChange({
  req,
  token,
}: {
  req: PayloadRequest
  token: string
}): Promise<Customer> {
  const invalid = () =>
    new RefusedError(
      "Ce lien de confirmation n'est pas ou plus valable (24 heures) : refaites le changement d'adresse depuis votre compte.",
      400,
      { field: 'token' },
    )
  if (!/^[0-9a-f]{40}$/.test(token)) throw invalid()
  const found = await req.payload.find({
    collection: 'customers',
    where: {
      pendingEmailToken: { equals: token },
      pendingEmailExpiresAt: { greater_than: new Date().toISOString() },
    },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
    req,
  })
  const customer = found.docs[0]
  if (!customer?.pendingEmail) throw invalid()
  const taken = await req.payload.count({
    collection: 'customers',
    where: { email: { equals: customer.pendingEmail } },
    overrideAccess: true,
    req,
  })
  if (taken.totalDocs > 0) {
    throw new RefusedError(
      `L'adresse ${customer.pendingEmail} est déjà celle d'un autre compte : choisissez-en une autre ou contactez l'atelier.`,
      409,
      { field: 'email' },
    )
  }
  return req.payload.update({
    collection: 'customers',
    id: customer.id,
    data: {
      email: customer.pendingEmail,
      pendingEmail: null,
      pendingEmailToken: null,
      pendingEmailExpiresAt: null,
    },
    overrideAccess: true,
    context: { replaceEmail: true },
    depth: 0,
    req,
  })
}
