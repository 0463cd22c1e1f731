/**
 * Sign-up on the portal. The answer is the same whether the address already has an account or
 * not: a new address gets its verification link, a known one a reminder that it has an account.
 * Both mails leave from the mail queue, so the time of the answer tells nothing either.
 */
import type { PayloadRequest } from 'payload'

import { ValidationError } from 'payload'

import { accountExistsMessage } from '../email/accountEmails'
import { limitPerAddress } from './authThrottle'
import { queueMail } from './mail'

/** What a visitor may give about themself; everything else of a customer is the shop's. */
const ALLOWED = [
  'civility',
  'firstName',
  'lastName',
  'email',
  'password',
  'phone',
  'marketingConsent',
  'preferredChannel',
] as const

export const REGISTER_ANSWER =
  'Merci ! Si cette adresse peut être utilisée, un e-mail vient d’y être envoyé : suivez le lien qu’il contient pour activer votre espace client.'

export const MIN_PASSWORD_LENGTH = 10

export async function registerCustomer({
  req,
  input,
}: {
  req: PayloadRequest
  input: Record<string, unknown>
}): Promise<void> {
  await limitPerAddress(req, 'register')
  const data = Object.fromEntries(
    ALLOWED.filter((k) => input[k] !== undefined).map((k) => [k, input[k]]),
  ) as Record<string, unknown>
  const email = typeof data.email === 'string' ? data.email.trim().toLowerCase() : ''
  const errors: { path: string; message: string }[] = []
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    errors.push({
      path: 'email',
      message: 'Saisissez une adresse e-mail valide, par exemple prenom.nom@exemple.fr.',
    })
  if (typeof data.password !== 'string' || data.password.length < MIN_PASSWORD_LENGTH) {
    errors.push({
      path: 'password',
      message: `Choisissez un mot de passe d'au moins ${MIN_PASSWORD_LENGTH} caractères.`,
    })
  }
  if (typeof data.lastName !== 'string' || !data.lastName.trim())
    errors.push({ path: 'lastName', message: 'Le nom est obligatoire.' })
  if (errors.length) throw new ValidationError({ collection: 'customers', errors }, req.t)

  const existing = await req.payload.find({
    collection: 'customers',
    where: { email: { equals: email } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (existing.docs[0]) {
    await queueMail(req, { to: email, ...accountExistsMessage(existing.docs[0].firstName) })
    return
  }
  // A system write on the visitor's behalf: nobody may create customers through the API any more,
  // and only the fields listed in ALLOWED get here. The collection queues the verification mail.
  await req.payload.create({
    collection: 'customers',
    data: { ...data, email, _verified: false } as never,
    overrideAccess: true,
    req,
  })
}
