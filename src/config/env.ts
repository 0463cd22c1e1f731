/**
 * Every environment variable Atelier reads, in one place, with French errors that say what to
 * set. README lists the same variables.
 */
import path from 'node:path'

import { type AuthLimits, parseAuthLimits } from '../domain/authLimits'

export function dataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.ATELIER_DATA_DIR || '.data')
}

export function portalUrl(): string {
  return (process.env.PORTAL_URL || 'http://localhost:4321').replace(/\/$/, '')
}

export function serverUrl(): string {
  return (process.env.SERVER_URL || `http://localhost:${process.env.PORT || 3000}`).replace(
    /\/$/,
    '',
  )
}

/** Hides the password of a connection string before it goes into a message or a log. */
export function maskUrl(url: string): string {
  return url.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1****@')
}

export function databaseUrl(): string {
  const url = process.env.DATABASE_URL
  if (!url) {
    throw new Error(
      "DATABASE_URL n'est pas défini. Lancez Atelier avec `npm start` (Postgres embarqué) ou définissez DATABASE_URL=postgres://utilisateur:motdepasse@hôte:5432/base.",
    )
  }
  return url
}

const DEV_SECRET = 'atelier-dev-secret-ne-pas-utiliser-en-production'

export function payloadSecret(): string {
  const secret = process.env.PAYLOAD_SECRET
  if (secret) return secret
  const building = process.env.NEXT_PHASE === 'phase-production-build'
  if (process.env.NODE_ENV === 'production' && !building) {
    throw new Error(
      'PAYLOAD_SECRET est obligatoire en production : définissez une longue valeur aléatoire, par exemple PAYLOAD_SECRET=$(openssl rand -hex 32).',
    )
  }
  return DEV_SECRET
}

export type SeedMode = 'demo' | 'none'

export function seedMode(): SeedMode {
  const value = (process.env.ATELIER_SEED || 'demo').toLowerCase()
  if (value !== 'demo' && value !== 'none') {
    throw new Error(`ATELIER_SEED vaut « ${value} » : valeurs possibles « demo » ou « none ».`)
  }
  return value
}

/** One instance runs the scheduled jobs; the others set ATELIER_JOBS=false. */
export function runsJobs(): boolean {
  return process.env.ATELIER_JOBS !== 'false'
}

export function migrateOnStart(): boolean {
  return process.env.ATELIER_MIGRATE !== 'false'
}

export type MailSettings =
  | { kind: 'smtp'; host: string; port: number; secure: boolean; user?: string; pass?: string }
  | { kind: 'outbox'; dir: string }

export function mailSettings(): MailSettings {
  const host = process.env.SMTP_HOST
  if (!host) return { kind: 'outbox', dir: path.join(dataDir(), 'outbox') }
  const port = Number(process.env.SMTP_PORT || 587)
  if (!Number.isInteger(port) || port <= 0) {
    throw new Error(
      `SMTP_PORT vaut « ${process.env.SMTP_PORT} » : indiquez un numéro de port, par exemple 587.`,
    )
  }
  return {
    kind: 'smtp',
    host,
    port,
    secure: process.env.SMTP_SECURE === 'true',
    user: process.env.SMTP_USER || undefined,
    pass: process.env.SMTP_PASS || undefined,
  }
}

export function mailFrom(): { address: string; name: string } {
  return {
    address: process.env.MAIL_FROM || 'atelier@localhost',
    name: process.env.MAIL_FROM_NAME || 'Atelier',
  }
}

/** ATELIER_AUTH_LIMITS: attempts per address (login, register, forgot, reset) and the lockout threshold. */
export function authLimits(): AuthLimits {
  return parseAuthLimits(process.env.ATELIER_AUTH_LIMITS)
}

export type StripeSettings = {
  secretKey: string
  webhookSecret: string
  /** STRIPE_API_URL: where the Stripe API is reached instead of api.stripe.com (a stand-in). */
  api: { host: string; port: number; protocol: 'http' | 'https' } | null
}

/**
 * Online payment (Stripe Checkout): on when STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET are both
 * set, off otherwise (null: the option is hidden, the rest of Atelier works). Read on each use.
 */
export function stripeSettings(): StripeSettings | null {
  const secretKey = process.env.STRIPE_SECRET_KEY?.trim()
  const webhookSecret = process.env.STRIPE_WEBHOOK_SECRET?.trim()
  if (!secretKey || !webhookSecret) return null
  const raw = process.env.STRIPE_API_URL?.trim()
  if (!raw) return { secretKey, webhookSecret, api: null }
  let url: URL | null = null
  try {
    url = new URL(raw)
  } catch {
    url = null
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new Error(
      `STRIPE_API_URL vaut « ${raw} » : indiquez une adresse http(s), par exemple http://127.0.0.1:12111, ou retirez la variable pour joindre api.stripe.com.`,
    )
  }
  const protocol = url.protocol === 'http:' ? 'http' : 'https'
  const port = Number(url.port || (protocol === 'http' ? 80 : 443))
  return { secretKey, webhookSecret, api: { host: url.hostname, port, protocol } }
}
