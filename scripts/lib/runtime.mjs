// What `npm start` and `npm run dev` share: check the configuration, bring up the database
// (embedded unless DATABASE_URL is set) and build the environment for Next.
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import demo from '../../src/seed/demo-accounts.json' with { type: 'json' }
import { assertReachable, portInUse, startEmbeddedPostgres } from './postgres.mjs'
import { trustedProxies } from './clientAddress.mjs'
import { nextRestart, RESTART_DEFAULTS } from './restartPolicy.mjs'

export const root = path.resolve(import.meta.dirname, '../..')

export class ConfigError extends Error {}

function persistentSecret(dataDir) {
  const file = path.join(dataDir, 'payload-secret')
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  mkdirSync(dataDir, { recursive: true })
  const secret = randomBytes(32).toString('hex')
  writeFileSync(file, secret, { mode: 0o600 })
  return secret
}

export async function prepareRuntime({ production }) {
  const restart = restartLimits()
  try {
    trustedProxies(process.env.TRUST_PROXY)
  } catch (error) {
    throw new ConfigError(error.message)
  }
  const port = Number(process.env.PORT || 3000)
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    throw new ConfigError(
      `PORT vaut « ${process.env.PORT} » : indiquez un numéro de port entre 1 et 65535, par exemple PORT=3000.`,
    )
  }
  if (await portInUse(port)) {
    throw new ConfigError(
      `Le port ${port} est déjà utilisé : arrêtez le programme qui l'occupe ou choisissez un autre port, par exemple PORT=${port + 1} npm start.`,
    )
  }
  const dataDir = path.resolve(process.env.ATELIER_DATA_DIR || path.join(root, '.data'))
  const env = {
    ...process.env,
    PORT: String(port),
    ATELIER_DATA_DIR: dataDir,
    PAYLOAD_DISABLE_DEPENDENCY_CHECKER: 'true',
  }
  let stopDatabase = async () => {}

  if (process.env.DATABASE_URL) {
    if (production && !process.env.PAYLOAD_SECRET) {
      throw new ConfigError(
        'PAYLOAD_SECRET est obligatoire avec une base externe : définissez une longue valeur aléatoire, par exemple PAYLOAD_SECRET=$(openssl rand -hex 32).',
      )
    }
    await assertReachable(process.env.DATABASE_URL).catch((error) => {
      throw new ConfigError(error.message)
    })
  } else {
    const pgPort = Number(process.env.EMBEDDED_PG_PORT || 54329)
    console.log(
      `Démarrage du PostgreSQL embarqué (${path.join(dataDir, 'postgres')}, port ${pgPort})…`,
    )
    const server = await startEmbeddedPostgres({
      dir: path.join(dataDir, 'postgres'),
      port: pgPort,
    }).catch((error) => {
      throw new ConfigError(error.message)
    })
    env.DATABASE_URL = server.url
    env.PAYLOAD_SECRET = process.env.PAYLOAD_SECRET || persistentSecret(dataDir)
    stopDatabase = server.stop
  }
  return { env, port, dataDir, stopDatabase, restart }
}

export async function waitForHealth(port, child, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) return false
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`)
      if (res.status === 200) return true
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  return false
}

export function printBanner(port, env) {
  const url = `http://localhost:${port}/admin`
  const lines = ['', `Atelier est prêt : ${url}`]
  if ((env.ATELIER_SEED || 'demo') === 'demo') {
    lines.push('', `Comptes de démonstration (mot de passe : ${demo.password}) :`)
    for (const a of demo.accounts) lines.push(`  ${a.label.padEnd(16)} ${a.email}`)
  }
  lines.push('', 'Ctrl+C pour arrêter.', '')
  console.log(lines.join('\n'))
}

function running(child) {
  return child.pid !== undefined && child.exitCode === null && child.signalCode === null
}

/** Signals the app and whatever it started (`next dev` runs the server in a child of its own). */
function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal)
  } catch {
    // already gone
  }
}

/** The crash budget of the app process: `ATELIER_RESTART_MAX` crashes within 10 minutes (5 by default). */
export function restartLimits() {
  const raw = process.env.ATELIER_RESTART_MAX
  if (raw === undefined || raw === '') return { ...RESTART_DEFAULTS }
  const max = Number(raw)
  if (!Number.isInteger(max) || max < 1) {
    throw new ConfigError(
      `ATELIER_RESTART_MAX vaut « ${raw} » : indiquez un nombre entier de plantages, au moins 1 (5 par défaut).`,
    )
  }
  return { ...RESTART_DEFAULTS, max }
}

/**
 * Runs the app (`command args`) and keeps it running. Ctrl+C, SIGTERM and SIGHUP stop it and the embedded
 * database (exit 0). When the app dies on its own (signal, error, even exit code 0), it is
 * restarted after a growing pause (restartPolicy.mjs) and `onReady` runs again once /api/health
 * answers; after too many crashes everything stops with exit code 1, so that a service manager
 * (systemd…) can take over. Returns `stop(code)`.
 */
export function superviseApp({
  command = process.execPath,
  args,
  options,
  port,
  stopDatabase,
  onReady,
  healthTimeoutMs = 180_000,
  limits = restartLimits(),
}) {
  let stopping = false
  /** @type {import('node:child_process').ChildProcess} */
  let child
  /** @type {NodeJS.Timeout | undefined} */
  let restartTimer
  /** @type {number[]} */
  let crashes = []

  const stop = async (/** @type {number} */ code) => {
    if (stopping) return
    stopping = true
    clearTimeout(restartTimer)
    if (child && running(child)) {
      const exited = new Promise((r) => child.once('exit', r))
      signalGroup(child, 'SIGTERM')
      const force = setTimeout(() => signalGroup(child, 'SIGKILL'), 15_000)
      await exited
      clearTimeout(force)
    }
    if (child?.pid !== undefined) signalGroup(child, 'SIGKILL')
    await stopDatabase().catch(() => undefined)
    process.exit(code)
  }

  const crashed = (/** @type {string} */ how) => {
    if (stopping) return
    const decision = nextRestart([...crashes, Date.now()], Date.now(), limits)
    crashes = decision.recent
    if (decision.action === 'give-up') {
      const minutes = Math.round(limits.windowMs / 60_000)
      console.error(
        `\nL'application s'est arrêtée ${decision.attempt} fois en moins de ${minutes} minutes (dernière fois : ${how}) : ` +
          'Atelier s’arrête, Postgres embarqué compris. Voir les messages ci-dessus pour la cause.\n',
      )
      stop(1)
      return
    }
    const seconds = decision.delayMs / 1000
    console.error(
      `\nL'application s'est arrêtée (${how}) ; redémarrage dans ${seconds} s… (tentative ${decision.attempt})`,
    )
    restartTimer = setTimeout(launch, decision.delayMs)
  }

  const launch = () => {
    // Its own process group, so that nothing it started outlives it and keeps the port.
    const current = spawn(command, args, { ...options, detached: true })
    child = current
    let dead = false
    const died = (/** @type {string} */ how) => {
      if (dead) return
      dead = true
      if (current.pid !== undefined) signalGroup(current, 'SIGKILL')
      crashed(how)
    }
    current.once('exit', (code, signal) => died(signal ? `signal ${signal}` : `code ${code}`))
    current.once('error', (error) => {
      console.error(`Impossible de lancer l'application : ${error.message}`)
      if (current.pid === undefined) died(error.message)
    })
    // The first request initialises Payload: migrations, default roles, demo data.
    waitForHealth(port, current, healthTimeoutMs).then((healthy) => {
      if (stopping || current !== child || !running(current)) return // died: `crashed` handles it
      if (healthy) onReady()
      else {
        console.error('Atelier ne répond pas sur /api/health : voir les messages ci-dessus.')
        stop(1)
      }
    })
  }

  // The app has its own process group: the terminal's Ctrl+C or hang-up reaches it through here.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stop(0))
  launch()
  return stop
}
