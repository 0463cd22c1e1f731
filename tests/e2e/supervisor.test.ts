// `npm start` keeps the app up: when the Next process dies it is restarted (the embedded Postgres
// stays up); when it keeps dying, everything stops with exit code 1. One server for the file.
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { freePort, portInUse } from '../../scripts/lib/postgres.mjs'
import { cleanEnv, run, type Running, stop, tempDataDir } from '../helpers/processes'

const dataDir = tempDataDir()
let app: Running
let port: number
let pgPort: number

/** The app child of the start.mjs process, scripts/server.mjs (its other child is the postmaster). */
function appChild(): number {
  const pid = app.child.pid!
  const children = readdirSync(`/proc/${pid}/task`).flatMap((task) =>
    readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number),
  )
  const next = children.filter((child) =>
    /scripts\/server\.mjs/.test(readFileSync(`/proc/${child}/cmdline`, 'utf8')),
  )
  expect(next).toHaveLength(1)
  return next[0]
}

function postmasterPid(): number {
  return Number(readFileSync(path.join(dataDir, 'postgres/postmaster.pid'), 'utf8').split('\n')[0])
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

async function healthWithin(ms: number): Promise<number> {
  const deadline = Date.now() + ms
  let status = 0
  while (Date.now() < deadline && status !== 200) {
    status = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (r) => r.status,
      () => 0,
    )
    if (status !== 200) await new Promise((r) => setTimeout(r, 250))
  }
  return status
}

const count = (text: string) => app.output().split(text).length - 1

beforeAll(async () => {
  port = await freePort()
  pgPort = await freePort()
  // A crash budget of 2: the first crash restarts the app, the second gives up.
  app = run(
    'scripts/start.mjs',
    cleanEnv({
      ATELIER_DATA_DIR: dataDir,
      PORT: String(port),
      EMBEDDED_PG_PORT: String(pgPort),
      ATELIER_RESTART_MAX: '2',
    }),
  )
  await app.waitFor('Atelier est prêt')
}, 300_000)

afterAll(async () => {
  if (app) {
    // A supervisor that hangs (the bug this file guards against) must not outlive the run.
    const postmaster = existsSync(path.join(dataDir, 'postgres/postmaster.pid'))
      ? postmasterPid()
      : undefined
    const stopped = await Promise.race([
      stop(app).then(() => true),
      new Promise((r) => setTimeout(() => r(false), 20_000)),
    ])
    if (!stopped) {
      app.child.kill('SIGKILL')
      if (postmaster && alive(postmaster)) process.kill(postmaster, 'SIGINT')
    }
  }
  rmSync(dataDir, { recursive: true, force: true })
}, 60_000)

describe('supervision of the app process', () => {
  it('restarts the app killed by SIGKILL, says so in French, prints the banner again; Postgres stays up', async () => {
    const postmaster = postmasterPid()
    const first = appChild()
    process.kill(first, 'SIGKILL')
    await app.waitFor(
      "L'application s'est arrêtée (signal SIGKILL) ; redémarrage dans 1 s… (tentative 1)",
      10_000,
    )
    expect(await healthWithin(60_000)).toBe(200)
    await app.waitFor(/Atelier est prêt[\s\S]*Atelier est prêt/, 10_000)
    expect(count(`http://localhost:${port}/admin`)).toBe(2)
    expect(appChild()).not.toBe(first)
    expect(postmasterPid()).toBe(postmaster)
    expect(alive(postmaster)).toBe(true)
    expect(await portInUse(pgPort)).toBe(true)
    const login = await fetch(`http://127.0.0.1:${port}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@atelier-demo.fr', password: 'atelier-demo' }),
    })
    expect(login.status).toBe(200)
  }, 90_000)

  it('gives up when the crash budget is spent: French message, Postgres stopped, exit code 1', async () => {
    const postmaster = postmasterPid()
    process.kill(appChild(), 'SIGKILL')
    expect(await app.exit()).toBe(1)
    expect(app.output()).toContain(
      "L'application s'est arrêtée 2 fois en moins de 10 minutes (dernière fois : signal SIGKILL)",
    )
    expect(app.output()).toContain('Postgres embarqué compris')
    expect(count('redémarrage dans')).toBe(1)
    expect(alive(postmaster)).toBe(false)
    expect(await portInUse(pgPort)).toBe(false)
    expect(await portInUse(port)).toBe(false)
  }, 60_000)
})

describe('an app that keeps stopping by itself', () => {
  it('is restarted after 1 s then 2 s even with exit code 0, then everything stops with exit code 1', async () => {
    const started = Date.now()
    const crashing = run(
      'tests/helpers/superviseCrashing.mjs',
      cleanEnv({ ATELIER_RESTART_MAX: '3' }),
    )
    expect(await crashing.exit()).toBe(1)
    const output = crashing.output()
    expect(output).toContain(
      "L'application s'est arrêtée (code 0) ; redémarrage dans 1 s… (tentative 1)",
    )
    expect(output).toContain(
      "L'application s'est arrêtée (code 0) ; redémarrage dans 2 s… (tentative 2)",
    )
    expect(output).toContain(
      "L'application s'est arrêtée 3 fois en moins de 10 minutes (dernière fois : code 0)",
    )
    expect(output).not.toContain('tentative 3')
    expect(output).toContain('Base de test arrêtée')
    expect(output).not.toContain('Prête')
    expect(Date.now() - started).toBeGreaterThanOrEqual(3000)
  }, 30_000)
})
