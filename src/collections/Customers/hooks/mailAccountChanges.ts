import type { CollectionAfterChangeHook } from 'payload'

import type { Customer } from '../../../payload-types'

import { verificationMessage } from '../../../email/accountEmails'
import { queueEmailChangeMails } from '../../../operations/emailChange'
import { queueMail } from '../../../operations/mail'

export const mailAccountChanges: CollectionAfterChangeHook<Customer> = async ({
  context,
  doc,
  operation,
  req,
}) => {
  if (operation === 'create' && !doc._verified) {
    // The token is a hidden field: read it as stored.
    const stored = await req.payload.db.findOne<{ id: number; _verificationToken?: string | null }>(
      { collection: 'customers', where: { id: { equals: doc.id } }, req },
    )
    if (stored?._verificationToken)
      await queueMail(req, {
        to: doc.email,
        ...verificationMessage(doc.firstName, stored._verificationToken),
      })
  }
  const held = context.heldEmailChange as Parameters<typeof queueEmailChangeMails>[2] | undefined
  if (held) {
    delete context.heldEmailChange
    await queueEmailChangeMails(req, doc.firstName, held)
  }
  return doc
}
