// What `npm start` and `npm run dev` share: check the configuration, bring up the database
// (embedded unless DATABASE_URL is set) and build the environment for Next.
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import demo from '../../src/seed/demo-accounts.json' with { type: 'json' }
import { assertReachable, portInUse, startEmbeddedPostgres } from './postgres.mjs'

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
  const port = Number(process.env.PORT || 3000)
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    throw new ConfigError(`PORT vaut « ${process.env.PORT} » : indiquez un numéro de port entre 1 et 65535, par exemple PORT=3000.`)
  }
  if (await portInUse(port)) {
    throw new ConfigError(
      `Le port ${port} est déjà utilisé : arrêtez le programme qui l'occupe ou choisissez un autre port, par exemple PORT=${port + 1} npm start.`,
    )
  }
  const dataDir = path.resolve(process.env.ATELIER_DATA_DIR || path.join(root, '.data'))
  const env = { ...process.env, PORT: String(port), ATELIER_DATA_DIR: dataDir, PAYLOAD_DISABLE_DEPENDENCY_CHECKER: 'true' }
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
    console.log(`Démarrage du PostgreSQL embarqué (${path.join(dataDir, 'postgres')}, port ${pgPort})…`)
    const server = await startEmbeddedPostgres({ dir: path.join(dataDir, 'postgres'), port: pgPort }).catch((error) => {
      throw new ConfigError(error.message)
    })
    env.DATABASE_URL = server.url
    env.PAYLOAD_SECRET = process.env.PAYLOAD_SECRET || persistentSecret(dataDir)
    stopDatabase = server.stop
  }
  return { env, port, dataDir, stopDatabase }
}

export async function waitForHealth(port, child, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) return false
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

/** Stops the child and the embedded database on Ctrl+C, SIGTERM or when the child exits. */
export function superviseChild(child, stopDatabase) {
  let stopping = false
  const stop = async (code) => {
    if (stopping) return
    stopping = true
    if (child.exitCode === null) {
      child.kill('SIGTERM')
      await new Promise((r) => child.once('exit', r))
    }
    await stopDatabase().catch(() => undefined)
    process.exit(code)
  }
  process.on('SIGINT', () => stop(0))
  process.on('SIGTERM', () => stop(0))
  child.on('exit', (code) => stop(code ?? 0))
  return stop
}
