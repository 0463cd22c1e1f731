import { afterEach, describe, expect, it } from 'vitest'

import { databaseUrl, mailSettings, maskUrl, payloadSecret, seedMode } from '../../src/config/env'

const saved = { ...process.env }
afterEach(() => {
  process.env = { ...saved }
})

describe('configuration', () => {
  it('requires PAYLOAD_SECRET in production, with a French message saying how to make one', () => {
    delete process.env.PAYLOAD_SECRET
    Object.assign(process.env, { NODE_ENV: 'production' })
    expect(() => payloadSecret()).toThrow(/PAYLOAD_SECRET est obligatoire en production/)
  })

  it('lets the production build run without the secret', () => {
    delete process.env.PAYLOAD_SECRET
    Object.assign(process.env, { NODE_ENV: 'production' })
    process.env.NEXT_PHASE = 'phase-production-build'
    expect(payloadSecret()).toBeTruthy()
  })

  it('explains a missing DATABASE_URL', () => {
    delete process.env.DATABASE_URL
    expect(() => databaseUrl()).toThrow(/DATABASE_URL n'est pas défini/)
  })

  it('masks passwords in connection strings', () => {
    expect(maskUrl('postgres://u:p%40ss@h:5432/db')).toBe('postgres://u:****@h:5432/db')
    expect(maskUrl('postgres://h:5432/db')).toBe('postgres://h:5432/db')
  })

  it('uses the local outbox without SMTP_HOST and refuses a bad SMTP_PORT', () => {
    delete process.env.SMTP_HOST
    expect(mailSettings().kind).toBe('outbox')
    process.env.SMTP_HOST = 'smtp.exemple.fr'
    process.env.SMTP_PORT = 'abc'
    expect(() => mailSettings()).toThrow(/SMTP_PORT/)
  })

  it('refuses an unknown ATELIER_SEED value', () => {
    process.env.ATELIER_SEED = 'beaucoup'
    expect(() => seedMode()).toThrow(/« demo » ou « none »/)
  })
})
