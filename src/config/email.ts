import type { EmailAdapter } from 'payload'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import nodemailer from 'nodemailer'

import { mailFrom, mailSettings } from './env'

/**
 * Without SMTP_HOST, mail goes to a local outbox: each message is written as an .eml file under
 * .data/outbox, readable with any mail client. Nothing leaves the machine.
 */
function outboxTransport(dir: string) {
  return nodemailer.createTransport({
    name: 'atelier-outbox',
    version: '1',
    send(mail, callback) {
      mail.message.build((error, message) => {
        if (error) return callback(error, undefined as never)
        mkdirSync(dir, { recursive: true })
        const id = `${new Date().toISOString().replace(/[:.]/g, '-')}-${Math.random().toString(36).slice(2, 8)}`
        writeFileSync(path.join(dir, `${id}.eml`), message)
        callback(null, { envelope: mail.message.getEnvelope(), messageId: id } as never)
      })
    },
  })
}

export function emailAdapter(): Promise<EmailAdapter> {
  const settings = mailSettings()
  const from = mailFrom()
  const transport =
    settings.kind === 'outbox'
      ? outboxTransport(settings.dir)
      : nodemailer.createTransport({
          host: settings.host,
          port: settings.port,
          secure: settings.secure,
          ignoreTLS: !settings.secure && !settings.user,
          auth: settings.user ? { user: settings.user, pass: settings.pass } : undefined,
        })
  return nodemailerAdapter({
    defaultFromAddress: from.address,
    defaultFromName: from.name,
    skipVerify: true,
    transport,
  }) as unknown as Promise<EmailAdapter>
}
