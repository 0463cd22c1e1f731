// Misconfiguration fails fast, in French, saying what to set.
import net from 'node:net'
import { describe, expect, it } from 'vitest'

import { freePort } from '../../scripts/lib/postgres.mjs'
import { cleanEnv, run, tempDataDir } from '../helpers/processes'

describe('misconfiguration', () => {
  it('refuses a port already in use and names the PORT variable', async () => {
    const server = net.createServer().listen(0, '127.0.0.1')
    await new Promise((r) => server.once('listening', r))
    const port = (server.address() as net.AddressInfo).port
    try {
      const app = run('scripts/start.mjs', cleanEnv({ PORT: String(port), ATELIER_DATA_DIR: tempDataDir() }))
      expect(await app.exit()).toBe(1)
      expect(app.output()).toContain(`Le port ${port} est déjà utilisé`)
      expect(app.output()).toContain('PORT=')
    } finally {
      server.close()
    }
  })

  it('refuses an unreachable DATABASE_URL, with the password masked', async () => {
    const url = `postgres://atelier:tres-secret@127.0.0.1:${await freePort()}/atelier`
    const app = run('scripts/start.mjs', cleanEnv({ PORT: String(await freePort()), DATABASE_URL: url, PAYLOAD_SECRET: 'x'.repeat(32) }))
    expect(await app.exit()).toBe(1)
    expect(app.output()).toContain('Impossible de joindre la base de données postgres://atelier:****@127.0.0.1')
    expect(app.output()).not.toContain('tres-secret')
  })

  it('refuses an external database without PAYLOAD_SECRET', async () => {
    const app = run('scripts/start.mjs', cleanEnv({ PORT: String(await freePort()), DATABASE_URL: 'postgres://a:b@127.0.0.1:1/x' }))
    expect(await app.exit()).toBe(1)
    expect(app.output()).toContain('PAYLOAD_SECRET est obligatoire')
  })
})
