// `npm start` as a user runs it: first start on an empty data directory, second start on the
// same data, the admin panel in French, health, and a clean stop. Builds the app if needed.
import { readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

import { freePort, portInUse } from '../../scripts/lib/postgres.mjs'
import { cleanEnv, run, stop, tempDataDir } from '../helpers/processes'

const dataDir = tempDataDir()
let env: NodeJS.ProcessEnv
let port: number
let pgPort: number
let seededCounts: number[]

async function counts(token: string): Promise<number[]> {
  const result: number[] = []
  for (const collection of ['users', 'customers', 'devices', 'repairs']) {
    const res = await fetch(`http://127.0.0.1:${port}/api/${collection}?limit=1&depth=0`, {
      headers: { authorization: `JWT ${token}` },
    })
    result.push(((await res.json()) as { totalDocs: number }).totalDocs)
  }
  return result
}

afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

async function loginAsDemoAdmin() {
  return fetch(`http://127.0.0.1:${port}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@atelier-demo.fr', password: 'atelier-demo' }),
  })
}

describe('npm start', () => {
  it('first start: embedded Postgres, migrations, demo data, French admin, URL and accounts printed', async () => {
    port = await freePort()
    pgPort = await freePort()
    env = cleanEnv({
      ATELIER_DATA_DIR: dataDir,
      PORT: String(port),
      EMBEDDED_PG_PORT: String(pgPort),
    })
    const app = run('scripts/start.mjs', env)
    try {
      await app.waitFor('Atelier est prêt')
      expect(app.output()).toContain(`http://localhost:${port}/admin`)
      expect(app.output()).toContain('admin@atelier-demo.fr')
      expect(app.output()).toContain('technicien@atelier-demo.fr')
      expect(app.output()).toContain('Données de démonstration créées')

      const admin = await fetch(`http://127.0.0.1:${port}/admin`)
      expect(admin.status).toBe(200)
      const html = await admin.text()
      expect(html).toContain('lang="fr"')
      expect(html).toMatch(/Se connecter/)

      const health = await fetch(`http://127.0.0.1:${port}/api/health`)
      expect(health.status).toBe(200)
      const login = await loginAsDemoAdmin()
      expect(login.status).toBe(200)
      seededCounts = await counts(((await login.json()) as { token: string }).token)
      const [users, customers, devices, repairs] = seededCounts
      expect(users).toBeGreaterThanOrEqual(3)
      expect(customers).toBeGreaterThanOrEqual(30)
      expect(devices).toBeGreaterThanOrEqual(50)
      expect(repairs).toBeGreaterThanOrEqual(70)

      // The address counted is the connection's: a client writing its own X-Forwarded-For does
      // not get fresh attempts (TRUST_PROXY unset).
      const attempt = (n: number) =>
        fetch(`http://127.0.0.1:${port}/api/customers/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': `203.0.113.${n}` },
          body: JSON.stringify({ email: 'personne@exemple.fr', password: 'mauvais' }),
        })
      for (let n = 1; n <= 5; n++) expect((await attempt(n)).status).toBe(401)
      const locked = await attempt(6)
      expect(locked.status).toBe(429)
      expect(
        ((await locked.json()) as { errors: { message: string }[] }).errors[0]!.message,
      ).toMatch(/^Trop d'échecs de connexion/)
    } finally {
      expect(await stop(app)).toBe(0)
    }
    expect(await portInUse(pgPort)).toBe(false)
  })

  it('second start: same data, no second seed; health turns 503 when the database dies', async () => {
    const app = run('scripts/start.mjs', env)
    try {
      await app.waitFor('Atelier est prêt')
      expect(app.output()).not.toContain('Données de démonstration créées')
      const login = await loginAsDemoAdmin()
      expect(login.status).toBe(200)
      const { token } = (await login.json()) as { token: string }
      expect(await counts(token)).toEqual(seededCounts)

      const pid = Number(
        readFileSync(path.join(dataDir, 'postgres/postmaster.pid'), 'utf8').split('\n')[0],
      )
      process.kill(pid, 'SIGINT')
      const deadline = Date.now() + 20_000
      let status = 200
      while (Date.now() < deadline && status !== 503) {
        status = (await fetch(`http://127.0.0.1:${port}/api/health`)).status
        await new Promise((r) => setTimeout(r, 250))
      }
      expect(status).toBe(503)
    } finally {
      await stop(app)
    }
  })
})
