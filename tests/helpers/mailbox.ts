import { simpleParser, type ParsedMail } from 'mailparser'
import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'

/** A real SMTP server on loopback that keeps every message it receives, parsed. */
export type Mailbox = {
  port: number
  messages: ParsedMail[]
  /** Waits for a message to `to` whose subject matches, newer than `since`. */
  waitFor: (to: string, subject?: RegExp, timeoutMs?: number) => Promise<ParsedMail>
  close: () => Promise<void>
}

let current: Mailbox | undefined

export function mailbox(): Mailbox {
  if (!current)
    throw new Error('Le serveur SMTP de test n’est pas démarré (tests/helpers/setupEnv.ts).')
  return current
}

export async function startMailbox(): Promise<Mailbox> {
  const messages: ParsedMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.push(mail)
          callback()
        })
        .catch(callback)
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  const port = (server.server.address() as AddressInfo).port
  const recipients = (mail: ParsedMail) =>
    [mail.to].flat().flatMap((a) => (a ? a.value.map((v) => v.address?.toLowerCase()) : []))
  current = {
    port,
    messages,
    close: () => new Promise((resolve) => server.close(() => resolve())),
    async waitFor(to, subject, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs
      while (Date.now() < deadline) {
        const found = messages.find(
          (m) =>
            recipients(m).includes(to.toLowerCase()) && (!subject || subject.test(m.subject ?? '')),
        )
        if (found) return found
        await new Promise((r) => setTimeout(r, 50))
      }
      throw new Error(`Aucun e-mail reçu pour ${to}${subject ? ` (${subject})` : ''}`)
    },
  }
  return current
}
