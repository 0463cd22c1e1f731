import type { PayloadRequest } from 'payload'

import { queueMail } from './mail'

type ResetEmail = {
  generateEmailHTML?: (args: { token: string; user: unknown }) => string | Promise<string>
  generateEmailSubject?: (args: { token: string; user: unknown }) => string | Promise<string>
}

/**
 * The reset link, queued rather than sent during the request: the answer to « mot de passe
 * oublié » takes the same time and says the same thing whether the account exists or not.
 */
export async function queuePasswordResetMail(
  req: PayloadRequest,
  collection: 'users' | 'customers',
  email: string,
  token: string,
) {
  const found = await req.payload.find({
    collection,
    where: { email: { equals: email.trim().toLowerCase() } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const user = found.docs[0]
  if (!user) return
  const templates = req.payload.collections[collection].config.auth.forgotPassword as
    ResetEmail | undefined
  if (!templates?.generateEmailHTML || !templates.generateEmailSubject) return
  await queueMail(req, {
    to: user.email,
    subject: await templates.generateEmailSubject({ token, user }),
    html: await templates.generateEmailHTML({ token, user }),
  })
}
