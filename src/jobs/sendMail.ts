import type { TaskConfig } from 'payload'

/**
 * Sends one e-mail queued by a workflow. Queued in the request's transaction, so a mail goes out
 * only for what was really written; the answer to the request does not wait for the SMTP server
 * (and so does not tell, by its time, whether a mail was sent at all).
 */
export const SendMail: TaskConfig<'sendMail'> = {
  slug: 'sendMail',
  label: 'Envoi d’un e-mail',
  inputSchema: [
    { name: 'to', type: 'text', required: true },
    { name: 'subject', type: 'text', required: true },
    { name: 'html', type: 'textarea', required: true },
  ],
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 30_000 } },
  handler: async ({ input, req }) => {
    await req.payload.sendEmail({ to: input.to, subject: input.subject, html: input.html })
    return { output: {} }
  },
}
