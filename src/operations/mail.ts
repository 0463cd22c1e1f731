import type { PayloadRequest } from 'payload'

export const MAIL_QUEUE = 'mail'

/** Queues an e-mail in the request's transaction; the `mail` queue sends it within seconds. */
export async function queueMail(
  req: PayloadRequest,
  mail: { to: string; subject: string; html: string },
): Promise<void> {
  await req.payload.jobs.queue({ task: 'sendMail', input: mail, queue: MAIL_QUEUE, req })
}
