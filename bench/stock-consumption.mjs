// Bench: part consumptions per second through the app (POST /api/repairs/:id/parts) under N
// concurrent clients, against a plain SQL loop doing the same guarded stock update on the same
// Postgres server, in the same run.
//
//   node bench/stock-consumption.mjs [--clients=32] [--requests=2000] [--warmup=200]
//        [--lines-per-repair=10] [--parts=1] [--stock=100000] [--phase-seconds=300] [--max-minutes=12]
//        [--verbose] [--write]
//
// Every option also reads from the environment: BENCH_CLIENTS, BENCH_REQUESTS, BENCH_WARMUP,
// BENCH_LINES_PER_REPAIR, BENCH_PARTS, BENCH_STOCK, BENCH_PHASE_SECONDS, BENCH_MAX_MINUTES, BENCH_VERBOSE=1,
// BENCH_WRITE=1.
//
// It starts its own Atelier (`scripts/start.mjs`: embedded Postgres in a temporary data
// directory, `next start` in production mode, demo seed) on free loopback ports, builds the
// fixtures over REST, runs the load, checks the stock through SQL, runs the SQL baseline, prints
// the figures and, with --write, replaces its section of bench/RESULTS.md. The app is always
// stopped and the temporary directory removed, even on error or Ctrl+C. Loads go to 127.0.0.1
// only; every loop is bounded by a request count and a time cap.
import { spawn } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import pg from 'pg'

import { freePort } from '../scripts/lib/postgres.mjs'

const root = path.resolve(import.meta.dirname, '..')
const resultsFile = path.join(import.meta.dirname, 'RESULTS.md')
const DEMO_PASSWORD = 'atelier-demo'
const ADMIN_EMAIL = 'admin@atelier-demo.fr'
const TECH_EMAIL = 'technicien@atelier-demo.fr'

// ---------------------------------------------------------------- options

function option(name, fallback) {
  const flag = process.argv.find((a) => a === `--${name}` || a.startsWith(`--${name}=`))
  if (flag) return flag.includes('=') ? flag.slice(flag.indexOf('=') + 1) : 'true'
  const env = process.env[`BENCH_${name.toUpperCase().replaceAll('-', '_')}`]
  return env ?? fallback
}
function intOption(name, fallback, min = 1) {
  const value = Number(option(name, fallback))
  if (!Number.isInteger(value) || value < min) throw new Error(`--${name} doit être un entier ≥ ${min} (reçu « ${option(name, fallback)} »)`)
  return value
}
const flagOption = (name) => ['1', 'true', 'yes'].includes(String(option(name, '')).toLowerCase())

const opts = {
  clients: intOption('clients', 32),
  requests: intOption('requests', 2000),
  warmup: intOption('warmup', 200, 0),
  linesPerRepair: intOption('lines-per-repair', 10),
  // 1 = every client takes the same part (one hot row, the default and the figure of record);
  // N > 1 = client c takes part c mod N, on both sides, to see what the hot row costs.
  parts: intOption('parts', 1),
  stock: intOption('stock', 100_000),
  phaseSeconds: intOption('phase-seconds', 300),
  maxMinutes: intOption('max-minutes', 12),
  verbose: flagOption('verbose'),
  write: flagOption('write'),
}
const totalConsumptions = opts.warmup + opts.requests
if (opts.stock < totalConsumptions) throw new Error(`--stock (${opts.stock}) doit couvrir warmup + requests (${totalConsumptions})`)

const log = (...args) => console.log(`[${new Date().toISOString().slice(11, 19)}]`, ...args)

// ---------------------------------------------------------------- app process

/** The environment of a fresh shell (as tests/helpers/processes.ts): none of ours leaks in. */
function cleanEnv(extra) {
  const env = { ...process.env }
  for (const key of ['DATABASE_URL', 'SMTP_HOST', 'SMTP_PORT', 'ATELIER_SEED', 'PAYLOAD_SECRET', 'NODE_ENV', 'VITEST', 'VITEST_POOL_ID', 'VITEST_WORKER_ID', 'PORTAL_URL', 'SERVER_URL', 'HOST']) delete env[key]
  for (const key of Object.keys(env)) if (key.startsWith('BENCH_')) delete env[key]
  return { ...env, ...extra }
}

function startApp(env) {
  // Own process group, so a start.mjs that does not stop on SIGTERM can be killed with its children.
  const child = spawn(process.execPath, [path.join(root, 'scripts/start.mjs')], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
  let output = ''
  const onData = (chunk) => {
    output += chunk
    if (output.length > 2_000_000) output = output.slice(-1_000_000)
    if (opts.verbose) process.stdout.write(`  │ ${String(chunk).replace(/\n(?!$)/g, '\n  │ ')}`)
  }
  child.stdout.on('data', onData)
  child.stderr.on('data', onData)
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)))
  return {
    child,
    output: () => output,
    exited,
    async waitFor(text, ms) {
      const deadline = Date.now() + ms
      let announcedBuild = false
      while (Date.now() < deadline) {
        if (output.includes(text)) return
        if (!announcedBuild && output.includes('Construction de l’application')) {
          announcedBuild = true
          log('construction de l’application Next (build périmé), 1 à 2 minutes…')
        }
        if (child.exitCode !== null || child.signalCode !== null) throw new Error(`start.mjs s'est arrêté (${child.exitCode ?? child.signalCode}) :\n${output.slice(-4000)}`)
        await new Promise((r) => setTimeout(r, 250))
      }
      throw new Error(`« ${text} » attendu depuis ${ms / 1000} s, toujours rien :\n${output.slice(-4000)}`)
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return
      child.kill('SIGTERM')
      const stopped = await Promise.race([exited.then(() => true), new Promise((r) => setTimeout(() => r(false), 30_000))])
      if (!stopped) {
        log('start.mjs ne s’arrête pas après 30 s : SIGKILL sur son groupe de processus')
        try {
          process.kill(-child.pid, 'SIGKILL')
        } catch {
          // already gone
        }
        await exited
      }
    },
  }
}

// ---------------------------------------------------------------- HTTP helpers

let baseUrl = ''

async function api(method, route, { token, body } = {}) {
  const headers = { 'accept-language': 'fr' }
  if (body !== undefined) headers['content-type'] = 'application/json'
  if (token) headers.authorization = `JWT ${token}`
  const res = await fetch(`${baseUrl}/api/${route}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  const text = await res.text()
  let json = text
  try {
    json = JSON.parse(text)
  } catch {
    // not JSON
  }
  return { status: res.status, body: json }
}

async function must(method, route, options, expected = [200, 201]) {
  const res = await api(method, route, options)
  if (!expected.includes(res.status)) throw new Error(`${method} /api/${route} → ${res.status} : ${JSON.stringify(res.body).slice(0, 800)}`)
  return res.body
}

async function login(email) {
  const body = await must('POST', 'users/login', { body: { email, password: DEMO_PASSWORD } }, [200])
  if (!body.token) throw new Error(`Pas de jeton pour ${email} : ${JSON.stringify(body).slice(0, 400)}`)
  return { token: body.token, user: body.user }
}

/** Runs `fn(i)` for i in [0, n) with at most `width` at once. */
async function inParallel(n, width, fn) {
  const results = new Array(n)
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(width, n) }, async () => {
      while (next < n) {
        const i = next++
        results[i] = await fn(i)
      }
    }),
  )
  return results
}

// ---------------------------------------------------------------- CPU accounting

const TICKS_PER_SECOND = 100 // USER_HZ (getconf CLK_TCK) on Linux

/**
 * CPU seconds used so far by `rootPid` and its descendants (from /proc), grouped: the start.mjs
 * supervisor, the Next server, Postgres (postmaster and backends); plus this bench process.
 * Returns null where /proc is not readable.
 */
function cpuSnapshot(rootPid) {
  const groups = { bench: (process.cpuUsage().user + process.cpuUsage().system) / 1e6 }
  try {
    const procs = []
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
        const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'))
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
        procs.push({ pid: Number(entry), ppid: Number(fields[1]), comm, cpu: (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND })
      } catch {
        // process gone meanwhile
      }
    }
    const inTree = new Set([rootPid])
    for (let grew = true; grew; ) {
      grew = false
      for (const p of procs) if (!inTree.has(p.pid) && inTree.has(p.ppid)) inTree.add(p.pid), (grew = true)
    }
    for (const p of procs) {
      if (!inTree.has(p.pid)) continue
      const group = p.pid === rootPid ? 'start.mjs' : p.comm.includes('postgres') ? 'postgres' : 'next'
      groups[group] = (groups[group] ?? 0) + p.cpu
    }
    return groups
  } catch {
    return null
  }
}

function cpuDelta(before, after) {
  if (!before || !after) return null
  return Object.fromEntries(Object.keys(after).map((k) => [k, after[k] - (before[k] ?? 0)]))
}

// ---------------------------------------------------------------- what the app's connections do

/**
 * Polls pg_stat_activity every `everyMs` while the app is loaded and counts what each of the
 * app's connections is doing: free in the pool, running a statement, waiting for a lock (and
 * what the lock holder is doing), or holding a transaction open while Node works on the request.
 */
function sampleActivity(databaseUrl, everyMs = 100) {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'bench-sampler' })
  client.on('error', () => undefined)
  const tally = new Map()
  let samples = 0
  let running = true
  const loop = (async () => {
    await client.connect()
    while (running && !aborted) {
      const { rows } = await client.query(`
        select a.state, a.wait_event_type, a.wait_event,
               (select b.state from pg_stat_activity b where b.pid = (pg_blocking_pids(a.pid))[1]) as blocker_state
        from pg_stat_activity a
        where a.datname = 'atelier' and a.backend_type = 'client backend' and a.pid <> pg_backend_pid()`)
      samples++
      for (const r of rows) {
        const key =
          r.state === 'idle' ? 'libre dans le pool (idle)'
          : r.state === 'idle in transaction' ? 'transaction ouverte, Node travaille (idle in transaction)'
          : r.state === 'active' && r.wait_event_type === 'Lock' ? `attend un verrou (Lock:${r.wait_event}), détenu par une connexion ${r.blocker_state ?? '?'}`
          : r.state === 'active' && r.wait_event_type ? `exécute, attente ${r.wait_event_type}:${r.wait_event}`
          : r.state === 'active' ? 'exécute (CPU)'
          : String(r.state)
        tally.set(key, (tally.get(key) ?? 0) + 1)
      }
      await new Promise((r) => setTimeout(r, everyMs))
    }
  })().catch(() => undefined)
  return {
    async stop() {
      running = false
      await loop
      await client.end().catch(() => undefined)
      return { samples, average: [...tally].map(([k, n]) => [k, n / Math.max(1, samples)]).sort((a, b) => b[1] - a[1]) }
    },
  }
}

/** Rows written per table and transactions committed so far (cumulative statistics). */
async function writeCounters(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'bench-stats' })
  await client.connect()
  try {
    await client.query('select pg_stat_clear_snapshot()')
    const tables = await client.query('select relname, n_tup_ins, n_tup_upd, n_tup_del from pg_stat_user_tables')
    const db = await client.query(`select xact_commit, xact_rollback from pg_stat_database where datname = 'atelier'`)
    return {
      tables: Object.fromEntries(tables.rows.map((r) => [r.relname, { ins: Number(r.n_tup_ins), upd: Number(r.n_tup_upd), del: Number(r.n_tup_del) }])),
      commits: Number(db.rows[0].xact_commit),
      rollbacks: Number(db.rows[0].xact_rollback),
    }
  } finally {
    await client.end()
  }
}

function writesPerOp(before, after, ops, otherCommits = 0) {
  const rows = []
  for (const [table, a] of Object.entries(after.tables)) {
    const b = before.tables[table] ?? { ins: 0, upd: 0, del: 0 }
    const d = { ins: (a.ins - b.ins) / ops, upd: (a.upd - b.upd) / ops, del: (a.del - b.del) / ops }
    if (d.ins + d.upd + d.del >= 0.005) rows.push([table, d])
  }
  rows.sort((x, y) => y[1].ins + y[1].upd + y[1].del - (x[1].ins + x[1].upd + x[1].del))
  return { rows, commits: (after.commits - before.commits - otherCommits) / ops, rollbacks: (after.rollbacks - before.rollbacks) / ops }
}

// ---------------------------------------------------------------- statistics

function percentile(sorted, p) {
  if (!sorted.length) return NaN
  const rank = Math.ceil((p / 100) * sorted.length) - 1
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]
}
function summarise(latencies, wallMs, done) {
  const sorted = Float64Array.from(latencies).sort()
  return {
    done,
    wallMs,
    perSecond: done / (wallMs / 1000),
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.length ? sorted[sorted.length - 1] : NaN,
    mean: latencies.length ? latencies.reduce((a, b) => a + b, 0) / latencies.length : NaN,
  }
}

// ---------------------------------------------------------------- load phases

/**
 * `clients` loops share a counter of `count` operations; each loop runs `op(clientIndex)` until
 * the counter is spent or the phase deadline passes. `op` resolves to { key, detail? }: the key
 * is counted (201 or 'ok' is a success), the first details of each key are kept as examples.
 */
async function runLoad({ clients, count, seconds, op }) {
  const deadline = performance.now() + seconds * 1000
  let issued = 0
  let timedOut = false
  const latencies = []
  const counts = new Map()
  const examples = new Map()
  const started = performance.now()
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      while (issued < count) {
        if (performance.now() > deadline || aborted) {
          timedOut = true
          return
        }
        issued++
        const t0 = performance.now()
        const { key, detail } = await op(client)
        latencies.push(performance.now() - t0)
        counts.set(key, (counts.get(key) ?? 0) + 1)
        if (detail && (examples.get(key)?.length ?? 0) < 3) examples.set(key, [...(examples.get(key) ?? []), detail])
      }
    }),
  )
  return { latencies, wallMs: performance.now() - started, timedOut, counts, examples }
}

// ---------------------------------------------------------------- main

let aborted = false
let cleanup = async () => {}

async function main() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'atelier-bench-'))
  chmodSync(dataDir, 0o755) // the postgres system user must be able to enter it
  let app = null
  let pool = null
  let cleaned = false
  cleanup = async () => {
    if (cleaned) return
    cleaned = true
    aborted = true
    await pool?.end().catch(() => undefined)
    if (app) {
      log('arrêt de l’application…')
      await app.stop()
    }
    rmSync(dataDir, { recursive: true, force: true })
    log(`dossier temporaire ${dataDir} supprimé`)
  }

  try {
    const port = await freePort()
    let pgPort = await freePort()
    while (pgPort === port) pgPort = await freePort()
    baseUrl = `http://127.0.0.1:${port}`
    const env = cleanEnv({ ATELIER_DATA_DIR: dataDir, PORT: String(port), EMBEDDED_PG_PORT: String(pgPort), ATELIER_SEED: 'demo', HOST: '127.0.0.1' })
    log(`démarrage d’Atelier (données ${dataDir}, HTTP 127.0.0.1:${port}, Postgres 127.0.0.1:${pgPort})…`)
    const bootStart = performance.now()
    app = startApp(env)
    await app.waitFor('Atelier est prêt', 5 * 60_000)
    log(`Atelier est prêt en ${((performance.now() - bootStart) / 1000).toFixed(1)} s`)
    const databaseUrl = `postgres://atelier:atelier@127.0.0.1:${pgPort}/atelier`

    // ------------------------------------------------------------ fixtures
    const admin = await login(ADMIN_EMAIL)
    const tech = await login(TECH_EMAIL)
    const techId = tech.user?.id
    if (!techId) throw new Error(`Identifiant du technicien introuvable dans la réponse de connexion`)

    const stamp = Date.now().toString(36)
    const makePart = async (label) => {
      const part = (await must('POST', 'parts', { token: admin.token, body: { sku: `BENCH-${label}-${stamp}`, name: `Pièce de bench ${label}`, kind: 'piece', salePrice: 1000, reorderThreshold: 0 } })).doc
      await must('POST', 'stock-movements', { token: admin.token, body: { part: part.id, quantity: opts.stock, reason: 'adjustment', note: 'Stock initial du bench' } })
      return part.id
    }
    const appParts = []
    const sqlParts = []
    for (let i = 0; i < opts.parts; i++) {
      appParts.push(await makePart(`APP${i}`))
      sqlParts.push(await makePart(`SQL${i}`))
    }

    // Each added line makes Payload rewrite the repair's whole parts array, so a client fills
    // one repair up to `linesPerRepair` lines, then takes the next free repair from a shared
    // queue: no two clients ever work on the same repair, and no repair grows past the cap.
    const repairCount = Math.ceil(totalConsumptions / opts.linesPerRepair) + opts.clients
    log(`fixtures : ${2 * opts.parts} pièces (stock ${opts.stock} chacune), ${opts.clients} appareils, ${repairCount} réparations assignées au technicien #${techId}…`)
    const fixturesStart = performance.now()
    const customer = (await must('POST', 'customers', { token: admin.token, body: { lastName: `Bench ${stamp}`, email: `bench-${stamp}@exemple.fr` } })).doc
    const devices = await inParallel(opts.clients, 4, async (i) => (await must('POST', 'devices', { token: admin.token, body: { customer: customer.id, brand: 'BenchCo', model: `Modèle ${i}` } })).doc.id)
    const repairIds = await inParallel(repairCount, 4, async (i) =>
      (await must('POST', 'repairs', { token: admin.token, body: { device: devices[i % opts.clients], reportedProblem: `Bench ${i}`, assignee: techId } })).doc.id,
    )
    let nextRepair = 0
    const current = Array.from({ length: opts.clients }, () => ({ repair: undefined, lines: opts.linesPerRepair }))
    log(`fixtures prêtes en ${((performance.now() - fixturesStart) / 1000).toFixed(1)} s`)

    // ------------------------------------------------------------ app load
    const consume = async (client) => {
      const mine = current[client]
      if (mine.lines >= opts.linesPerRepair) {
        mine.repair = repairIds[nextRepair++]
        mine.lines = 0
      }
      if (mine.repair === undefined) return { key: 'plus de réparation libre' }
      mine.lines++
      const repair = mine.repair
      try {
        const res = await fetch(`${baseUrl}/api/repairs/${repair}/parts`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'accept-language': 'fr', authorization: `JWT ${tech.token}` },
          body: JSON.stringify({ part: appParts[client % opts.parts], quantity: 1 }),
        })
        const text = await res.text()
        return res.status === 201 ? { key: 201 } : { key: res.status, detail: `réparation ${repair} : ${text.slice(0, 300)}` }
      } catch (error) {
        return { key: 'erreur réseau', detail: String(error?.cause ?? error) }
      }
    }

    const phase = async (name, count, op) => {
      const cpuBefore = cpuSnapshot(app.child.pid)
      const run = await runLoad({ clients: opts.clients, count, seconds: opts.phaseSeconds, op })
      const cpu = cpuDelta(cpuBefore, cpuSnapshot(app.child.pid))
      const ok = (run.counts.get(201) ?? 0) + (run.counts.get('ok') ?? 0)
      const failures = [...run.counts].filter(([k]) => k !== 201 && k !== 'ok')
      const stats = summarise(run.latencies, run.wallMs, run.latencies.length)
      log(`${name} : ${run.latencies.length} opérations en ${(run.wallMs / 1000).toFixed(2)} s, ${ok} réussies, ${stats.perSecond.toFixed(1)} /s${run.timedOut ? ` (ARRÊTÉ par la limite de ${opts.phaseSeconds} s)` : ''}`)
      for (const [key, n] of failures) log(`  ${n} × ${key} ; exemples : ${JSON.stringify(run.examples.get(key) ?? [])}`)
      return { ...stats, ok, failures, timedOut: run.timedOut, cpu }
    }

    const warmOk = opts.warmup ? (await phase('app, échauffement', opts.warmup, consume)).ok : 0
    const writesBefore = await writeCounters(databaseUrl)
    const sampler = sampleActivity(databaseUrl)
    const appRun = await phase('app, mesure', opts.requests, consume)
    const activity = await sampler.stop()
    await new Promise((r) => setTimeout(r, 1500)) // backends flush their statistics within a second of going idle
    // The sampler's own queries are transactions too: one per sample.
    const writes = writesPerOp(writesBefore, await writeCounters(databaseUrl), appRun.done, activity.samples)

    // ------------------------------------------------------------ SQL checks
    pool = new pg.Pool({ connectionString: databaseUrl, max: opts.clients })
    pool.on('error', () => undefined) // idle connections cut when the database stops at the end
    const one = async (text, values) => (await pool.query(text, values)).rows[0]
    // Right after the app phase only the app's own pool is connected besides this one client.
    const appConnections = Number((await one(`select count(*) as n from pg_stat_activity where datname = 'atelier' and backend_type = 'client backend' and pid <> pg_backend_pid()`)).n)
    const appSuccesses = warmOk + appRun.ok
    const onHand = Number((await one('select sum(quantity_on_hand) as s from parts where id = any($1)', [appParts])).s)
    const ledger = Number((await one('select coalesce(sum(quantity), 0) as s from stock_movements where part_id = any($1)', [appParts])).s)
    // Per part too: the cached quantity equals that part's ledger.
    const drifting = Number((await one('select count(*) as n from parts p where p.id = any($1) and p.quantity_on_hand <> (select coalesce(sum(m.quantity), 0) from stock_movements m where m.part_id = p.id)', [appParts])).n)
    const usedRows = Number((await one(`select count(*) as n from stock_movements where part_id = any($1) and reason = 'used_on_repair'`, [appParts])).n)
    const lineRows = Number((await one('select count(*) as n from repairs_parts where part_id = any($1)', [appParts])).n)
    const checks = {
      onHand,
      expected: opts.parts * opts.stock - appSuccesses,
      ledger,
      drifting,
      usedRows,
      lineRows,
    }
    checks.ok = onHand === checks.expected && ledger === onHand && drifting === 0 && usedRows === appSuccesses && lineRows === appSuccesses
    log(`contrôle SQL : en stock ${onHand}, attendu ${checks.expected} (${opts.parts} × ${opts.stock} − ${appSuccesses}), somme du registre ${ledger}, ${usedRows} mouvements « used_on_repair », ${lineRows} lignes de pièces → ${checks.ok ? 'OK' : 'INCOHÉRENT'}`)

    // ------------------------------------------------------------ SQL baseline
    // Same server, same table, a separate part row; one dedicated connection per client, autocommit.
    const connections = await Promise.all(Array.from({ length: opts.clients }, () => pool.connect()))
    const guarded = { name: 'bench-guarded-take', text: 'update parts set quantity_on_hand = quantity_on_hand - 1 where id = $1 and quantity_on_hand - 1 >= 0 returning quantity_on_hand' }
    const take = async (client) => {
      try {
        const res = await connections[client].query({ ...guarded, values: [sqlParts[client % opts.parts]] })
        return res.rowCount === 1 ? { key: 'ok' } : { key: 'refusée (stock)' }
      } catch (error) {
        return { key: 'erreur SQL', detail: String(error.message) }
      }
    }
    const sqlWarmOk = opts.warmup ? (await phase('SQL, échauffement', opts.warmup, take)).ok : 0
    const sqlRun = await phase('SQL, mesure', opts.requests, take)
    for (const c of connections) c.release()
    const sqlOnHand = Number((await one('select sum(quantity_on_hand) as s from parts where id = any($1)', [sqlParts])).s)
    const sqlChecksOk = sqlOnHand === opts.parts * opts.stock - sqlWarmOk - sqlRun.ok
    log(`contrôle SQL (référence) : en stock ${sqlOnHand}, attendu ${opts.parts * opts.stock - sqlWarmOk - sqlRun.ok} → ${sqlChecksOk ? 'OK' : 'INCOHÉRENT'}`)
    const pgVersion = (await one('show server_version')).server_version
    await pool.end()
    pool = null

    // ------------------------------------------------------------ report
    const ratio = appRun.perSecond / sqlRun.perSecond
    const machine = `${os.cpus().length} cœurs (nproc ${os.availableParallelism()}), ${os.cpus()[0]?.model?.trim() ?? '?'}, ${Math.round(os.totalmem() / 2 ** 30)} Gio, Node ${process.version}, PostgreSQL ${pgVersion} embarqué, charge moyenne (1 min) au début ${loadAtStart.toFixed(2)}, à la fin ${os.loadavg()[0].toFixed(2)}`
    const command = `node bench/stock-consumption.mjs ${process.argv.slice(2).join(' ')}`.trim()
    const f = (x, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : '—')
    const table = [
      '| | opérations | durée | débit | p50 | p95 | p99 | max | non-succès |',
      '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
      `| App : POST /api/repairs/:id/parts | ${appRun.done} | ${f(appRun.wallMs / 1000, 2)} s | **${f(appRun.perSecond)} /s** | ${f(appRun.p50)} ms | ${f(appRun.p95)} ms | ${f(appRun.p99)} ms | ${f(appRun.max)} ms | ${appRun.done - appRun.ok} |`,
      `| SQL : UPDATE gardé seul (autocommit) | ${sqlRun.done} | ${f(sqlRun.wallMs / 1000, 2)} s | **${f(sqlRun.perSecond)} /s** | ${f(sqlRun.p50, 2)} ms | ${f(sqlRun.p95, 2)} ms | ${f(sqlRun.p99, 2)} ms | ${f(sqlRun.max, 2)} ms | ${sqlRun.done - sqlRun.ok} |`,
    ].join('\n')
    const cpuRow = (label, r) => {
      if (!r.cpu) return null
      const per = (k) => `${f(((r.cpu[k] ?? 0) * 1000) / r.done, 2)} ms`
      const total = Object.values(r.cpu).reduce((a, b) => a + b, 0)
      return `| ${label} | ${per('next')} | ${per('postgres')} | ${per('bench')} | ${per('start.mjs')} | ${f((total * 1000) / r.done, 2)} ms | ${f((total / (r.wallMs / 1000)) * 100, 0)} % d’un cœur (max ${os.availableParallelism() * 100} %) |`
    }
    const cpuTable = [
      '| CPU par opération | serveur Next | Postgres | client de bench | start.mjs | total | occupation |',
      '|---|---:|---:|---:|---:|---:|---:|',
      cpuRow('App', appRun),
      cpuRow('SQL', sqlRun),
    ].filter(Boolean).join('\n')
    const activityTable = [
      `| Connexions Postgres de l’app pendant la mesure (moyenne sur ${activity.samples} relevés de pg_stat_activity) | connexions |`,
      '|---|---:|',
      ...activity.average.map(([k, n]) => `| ${k} | ${f(n, 2)} |`),
    ].join('\n')
    const writesTable = [
      `| Lignes écrites par consommation (pg_stat_user_tables) | insérées | mises à jour | supprimées |`,
      '|---|---:|---:|---:|',
      ...writes.rows.map(([t, d]) => `| ${t} | ${f(d.ins, 2)} | ${f(d.upd, 2)} | ${f(d.del, 2)} |`),
      `| *transactions validées / annulées par consommation (≈, relevés du bench déduits)* | ${f(writes.commits, 2)} | | ${f(writes.rollbacks, 2)} |`,
    ].join('\n')
    const ratioLine = `Rapport app / SQL : **${f(ratio, 4)}** (${f(ratio * 100, 2)} % ; le SQL seul va ${f(1 / ratio)} × plus vite).`
    const checkLine = `Contrôle : ${opts.parts > 1 ? `pièces de l’app (${opts.parts})` : 'pièce de l’app'} en stock ${checks.onHand} = ${opts.parts > 1 ? `${opts.parts} × ` : ''}${opts.stock} − ${appSuccesses} consommations réussies (échauffement compris) = somme du registre ${checks.ledger}${checks.drifting ? ` (${checks.drifting} pièce(s) dont le stock diffère de son registre)` : ''} ; ${checks.usedRows} mouvements « used_on_repair » et ${checks.lineRows} lignes de pièces → ${checks.ok ? 'cohérent' : '**INCOHÉRENT**'}. ${opts.parts > 1 ? 'Pièces' : 'Pièce'} de référence SQL : ${sqlOnHand} → ${sqlChecksOk ? 'cohérent' : '**INCOHÉRENT**'}.`
    const setup = `${opts.clients} clients concurrents, ${opts.requests} opérations mesurées après ${opts.warmup} d’échauffement, ${repairCount} réparations préparées (chaque client remplit la sienne jusqu’à ${opts.linesPerRepair} lignes puis passe à une réparation libre), ${nextRepair} utilisées, ${opts.parts === 1 ? 'une seule pièce consommée par tous les clients côté app, une autre pièce côté SQL' : `${opts.parts} pièces par côté (client c → pièce c mod ${opts.parts})`} ; connexions Postgres de l’app après la phase : ${appConnections}.`
    console.log(['', '== Résultat ==', setup, '', table, '', cpuTable, '', activityTable, '', writesTable, '', ratioLine, checkLine, '', `Machine : ${machine}`, `Commande : ${command}`, ''].join('\n'))

    const allOk = checks.ok && sqlChecksOk && appRun.ok === appRun.done && !appRun.timedOut && !sqlRun.timedOut
    if (opts.write) {
      const sectionKey = opts.parts > 1 ? `stock-consumption-parts-${opts.parts}` : 'stock-consumption'
      const section = [
        `<!-- bench:${sectionKey}:start (section réécrite par \`node bench/stock-consumption.mjs --write${opts.parts > 1 ? ` --parts=${opts.parts}` : ''}\`) -->`,
        `### ${opts.parts > 1 ? `Variante à ${opts.parts} pièces, dernière mesure` : 'Dernière mesure'} : ${new Date().toISOString().replace('T', ' ').slice(0, 16)} UTC`,
        '',
        `Commande : \`${command}\``,
        '',
        `Machine : ${machine}.`,
        '',
        setup,
        '',
        table,
        '',
        cpuTable,
        '',
        activityTable,
        '',
        writesTable,
        '',
        ratioLine,
        '',
        checkLine,
        allOk ? '' : '\n**Attention : exécution non conforme (non-201, limite de temps ou contrôle incohérent), voir la sortie du script.**\n',
        `<!-- bench:${sectionKey}:end -->`,
      ].join('\n')
      const current = existsSync(resultsFile) ? readFileSync(resultsFile, 'utf8') : '# Bench\n'
      const pattern = new RegExp(`<!-- bench:${sectionKey}:start[\\s\\S]*?<!-- bench:${sectionKey}:end -->`)
      writeFileSync(resultsFile, pattern.test(current) ? current.replace(pattern, () => section) : `${current.trimEnd()}\n\n${section}\n`)
      log(`section écrite dans ${path.relative(root, resultsFile)}`)
    }
    return allOk ? 0 : 1
  } finally {
    await cleanup()
  }
}

const loadAtStart = os.loadavg()[0]
const watchdog = setTimeout(async () => {
  console.error(`\nLimite de ${opts.maxMinutes} min atteinte : arrêt.`)
  await cleanup().catch((e) => console.error(e))
  process.exit(2)
}, opts.maxMinutes * 60_000)
process.on('uncaughtException', async (error) => {
  console.error(error)
  await cleanup().catch(() => undefined)
  process.exit(1)
})
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    console.error(`\n${signal} reçu : arrêt.`)
    await cleanup().catch((e) => console.error(e))
    process.exit(130)
  })
}

main()
  .then((code) => {
    clearTimeout(watchdog)
    process.exitCode = code
  })
  .catch(async (error) => {
    clearTimeout(watchdog)
    console.error(error)
    await cleanup().catch(() => undefined)
    process.exitCode = 1
  })
