// Misconfiguration fails fast, in French, saying what to set.
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { freePort } from '../../scripts/lib/postgres.mjs'
import { cleanEnv, run, tempDataDir } from '../helpers/processes'

describe('misconfiguration', () => {
  it('refuses a port already in use and names the PORT variable', async () => {
    const server = net.createServer().listen(0, '127.0.0.1')
    await new Promise((r) => server.once('listening', r))
    const port = (server.address() as net.AddressInfo).port
    try {
      const app = run(
        'scripts/start.mjs',
        cleanEnv({ PORT: String(port), ATELIER_DATA_DIR: tempDataDir() }),
      )
      expect(await app.exit()).toBe(1)
      expect(app.output()).toContain(`Le port ${port} est déjà utilisé`)
      expect(app.output()).toContain('PORT=')
    } finally {
      server.close()
    }
  })

  it('refuses an unreachable DATABASE_URL, with the password masked', async () => {
    const url = `postgres://atelier:tres-secret@127.0.0.1:${await freePort()}/atelier`
    const app = run(
      'scripts/start.mjs',
      cleanEnv({
        PORT: String(await freePort()),
        DATABASE_URL: url,
        PAYLOAD_SECRET: 'x'.repeat(32),
      }),
    )
    expect(await app.exit()).toBe(1)
    expect(app.output()).toContain(
      'Impossible de joindre la base de données postgres://atelier:****@127.0.0.1',
    )
    expect(app.output()).not.toContain('tres-secret')
  })

  it('refuses an external database without PAYLOAD_SECRET', async () => {
    const app = run(
      'scripts/start.mjs',
      cleanEnv({ PORT: String(await freePort()), DATABASE_URL: 'postgres://a:b@127.0.0.1:1/x' }),
    )
    expect(await app.exit()).toBe(1)
    expect(app.output()).toContain('PAYLOAD_SECRET est obligatoire')
  })

  it.runIf(process.getuid?.() === 0)(
    'as root, refuses a data directory the postgres user cannot reach, naming the private folder',
    async () => {
      const privateDir = mkdtempSync(path.join(os.tmpdir(), 'atelier-private-')) // mode 0700, like /root
      try {
        expect(statSync(privateDir).mode & 0o777).toBe(0o700)
        const dataDir = path.join(privateDir, 'donnees')
        const app = run(
          'scripts/start.mjs',
          cleanEnv({
            PORT: String(await freePort()),
            EMBEDDED_PG_PORT: String(await freePort()),
            ATELIER_DATA_DIR: dataDir,
          }),
        )
        expect(await app.exit()).toBe(1)
        const output = app.output()
        expect(output).toContain('Erreur de configuration')
        expect(output).toContain(
          `l'utilisateur système « postgres », qui ne peut pas traverser le dossier ${privateDir} (droits 0700)`,
        )
        expect(output).toContain(path.join(dataDir, 'postgres'))
        expect(output).toContain('lancez npm start sous un utilisateur normal')
        expect(output).toContain('ATELIER_DATA_DIR')
        expect(output).toContain('/srv/atelier')
        expect(output).toContain('DATABASE_URL')
        expect(output).not.toMatch(/\n\s+at /) // no stack trace
      } finally {
        rmSync(privateDir, { recursive: true, force: true })
      }
    },
  )
})
