import type { Payload } from 'payload'

import { mailbox } from './mailbox'

/** Sends what the workflows queued (the `mail` job queue), then waits for the message. */
export async function deliveredMail(payload: Payload, to: string, subject?: RegExp) {
  await payload.jobs.run({ queue: 'mail', limit: 100 })
  return mailbox().waitFor(to, subject)
}
