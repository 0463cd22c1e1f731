// Bench: Atelier's everyday API requests side by side with a vanilla Payload peer (the same
// collections without our access rules and hooks, bench/vanilla/payload.config.ts) and, for the
// part consumption, a hand-written SQL floor — all in one run, on one Postgres server.
//
//   node bench/api.mjs [--clients=32] [--patch-clients=8] [--requests=800] [--warmup=40] [--rounds=2]
//        [--no-next] [--request-timeout=20] [--phase-seconds=120] [--max-minutes=15] [--verbose] [--write]
//
// Options also read BENCH_CLIENTS, BENCH_REQUESTS, … from the environment.
//
// What runs, each in its own process, on free loopback ports:
// - Postgres: embedded (scripts/lib/postgres.mjs) in a temporary directory, or the server of
//   DATABASE_URL if set (two databases of its own, dropped at the end);
// - « Atelier » : payload.config.ts behind bench/lib/payload-http.mjs (Node http → Fetch Request →
//   Payload's REST handlers, wrapped in src/http/guardRequest.ts like the Next route);
// - « Vanilla » : bench/vanilla/payload.config.ts behind the very same adapter, on a copy of
//   Atelier's database (CREATE DATABASE … TEMPLATE, taken after the fixtures: same rows, same ids);
// - « Next » (unless --no-next) : the real `npm start` server (scripts/start.mjs) on Atelier's database.
// Rounds alternate the order of the servers (A V N, then N V A…) so that a neighbour's load on
// the machine weighs on every side alike; ratios are taken within the run.
//
// This file is the scenario (fixtures, servers, requests, SQL floor, checks, report, --write); the
// generic helpers are in bench/lib/: options.mjs, processes.mjs (servers, CPU from /proc), http.mjs
// (set-up calls), load.mjs (client loops and their figures).
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import pg from 'pg'

import { buildIsStale } from '../scripts/lib/build.mjs'
import {
  createDatabaseIfMissing,
  dropDatabase,
  freePort,
  startEmbeddedPostgres,
} from '../scripts/lib/postgres.mjs'
import { inParallel, login, must } from './lib/http.mjs'
import { isOk, measure, stats, tally } from './lib/load.mjs'
import { flagOption, intOption } from './lib/options.mjs'
import { cleanEnv, cpuSnapshot, startProcess } from './lib/processes.mjs'

const root = path.resolve(import.meta.dirname, '..')
const resultsFile = path.join(import.meta.dirname, 'RESULTS.md')
const PASSWORD = 'atelier-demo'
const ADMIN_EMAIL = 'admin@atelier-demo.fr'
const READER_EMAIL = 'technicien@atelier-demo.fr' // reads: the demo technician's untouched queue
const WRITER_EMAIL = 'lea.moreau@atelier-demo.fr' // writes: another demo technician, on bench repairs
const TODAY_CONSUMPTIONS_PER_SECOND = 37 // bench/RESULTS.md, historical section (stock-consumption.mjs, retired), 2026-11-29
const READ_TARGET = 1.3
const CONSUMPTION_TARGET = 3
/** Issue 8: at least 3 × today's throughput under 32 clients. */
const THROUGHPUT_TARGET = 3 * TODAY_CONSUMPTIONS_PER_SECOND

// ---------------------------------------------------------------- options

const opts = {
  clients: intOption('clients', 32),
  requests: intOption('requests', 800),
  warmup: intOption('warmup', 40, 0),
  rounds: intOption('rounds', 2),
  // Below the pool size (10): at 10 concurrent REST PATCHes or more, Payload 3.90 blocks (see the probe).
  patchClients: intOption('patch-clients', 8),
  requestTimeout: intOption('request-timeout', 20),
  next: flagOption('next', 'true'),
  phaseSeconds: intOption('phase-seconds', 120),
  maxMinutes: intOption('max-minutes', 15),
  verbose: flagOption('verbose'),
  write: flagOption('write'),
}
const perRound = Math.ceil(opts.requests / opts.rounds)
const LINES_PER_REPAIR = 10
const STOCK = 100_000

const log = (...args) => console.log(`[${new Date().toISOString().slice(11, 19)}]`, ...args)
const f = (x, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : '—')

// ---------------------------------------------------------------- processes and load, with this run's state

let aborted = false
let embedded = false
let cleanup = async () => {}
/** Every server started and not yet stopped: cleanup stops what is left. */
const children = new Set()

const startServer = (name, args, env, readyText) =>
  startProcess(name, args, { cwd: root, env, readyText, children, verbose: opts.verbose, log })
const adapterArgs = (config, guarded) => [
  '--conditions=development',
  '--import',
  'tsx',
  path.join(root, 'bench/lib/payload-http.mjs'),
  path.join(root, config),
  ...(guarded ? ['--guarded'] : []),
]
const loginAs = (base, email) => login(base, email, PASSWORD)

/** One measured round of `op` against the server `serverPid` (null: the SQL floor, Postgres only). */
const measureRound = (label, serverPid, op, into, clients = opts.clients) =>
  measure(label, op, into, {
    count: perRound,
    warmup: opts.warmup,
    clients,
    phaseSeconds: opts.phaseSeconds,
    aborted: () => aborted,
    snapshot: () => cpuSnapshot(serverPid, embedded),
    log,
  })

// ---------------------------------------------------------------- SQL helpers

async function columnsOf(client, table) {
  const { rows } = await client.query(
    `select column_name from information_schema.columns where table_schema = 'public' and table_name = $1`,
    [table],
  )
  return new Set(rows.map((r) => r.column_name))
}
/** An INSERT of the candidate values that exist as columns of `table` (the schema may have moved). */
function insertOf(table, columns, candidates) {
  const keys = Object.keys(candidates).filter((k) => columns.has(k))
  return {
    text: `insert into "${table}" (${keys.map((k) => `"${k}"`).join(', ')}) values (${keys.map((_, i) => `$${i + 1}`).join(', ')}) returning *`,
    keys,
  }
}

// ---------------------------------------------------------------- main

async function main() {
  const loadAtStart = os.loadavg()[0]
  const started = new Date()
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'atelier-bench-api-'))
  chmodSync(tmp, 0o755) // the postgres system user must be able to enter it when we are root
  const stamp = `${Date.now().toString(36)}_${randomBytes(2).toString('hex')}`
  let database = null
  const pools = new Set()
  let build = null
  let cleaning = null
  const dbNames = { atelier: `atelier_bench_${stamp}`, vanilla: `vanilla_bench_${stamp}` }
  // One cleanup, whoever asks first (end, error, signal, watchdog); later callers wait for it.
  cleanup = () =>
    (cleaning ??= (async () => {
      aborted = true
      for (const p of pools) await p.end().catch(() => undefined)
      if (build && build.exitCode === null) {
        try {
          process.kill(-build.pid, 'SIGKILL')
        } catch {
          // gone
        }
      }
      for (const proc of [...children]) {
        log(`arrêt de ${proc.name}…`)
        await proc.stop().catch(() => undefined)
      }
      if (database) {
        if (database.external) {
          for (const name of Object.values(dbNames))
            await dropDatabase(database.adminUrl, name).catch((e) =>
              log(`base ${name} non supprimée : ${e.message}`),
            )
          log('bases du bench supprimées')
        } else {
          await database.stop().catch(() => undefined)
          log('Postgres embarqué arrêté')
        }
      }
      rmSync(tmp, { recursive: true, force: true })
      log(`dossier temporaire ${tmp} supprimé`)
    })())
  const newPool = (url, max) => {
    const pool = new pg.Pool({ connectionString: url, max })
    pool.on('error', () => undefined)
    pools.add(pool)
    return pool
  }

  // ------------------------------------------------------------ Postgres
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL)
    url.pathname = '/postgres'
    const adminUrl = url.toString()
    await createDatabaseIfMissing(adminUrl, dbNames.atelier)
    database = {
      external: true,
      adminUrl,
      url: (name) => Object.assign(new URL(adminUrl), { pathname: `/${name}` }).toString(),
    }
    log(`Postgres de DATABASE_URL, bases ${dbNames.atelier} et ${dbNames.vanilla}`)
  } else {
    embedded = true
    const pgPort = await freePort()
    log(`démarrage du Postgres embarqué (${tmp}/postgres, port ${pgPort})…`)
    const server = await startEmbeddedPostgres({
      dir: path.join(tmp, 'postgres'),
      port: pgPort,
      database: dbNames.atelier,
    })
    database = {
      external: false,
      adminUrl: server.adminUrl,
      stop: server.stop,
      url: (name) => `${server.adminUrl.replace(/\/postgres$/, '')}/${name}`,
    }
  }
  const atelierDbUrl = database.url(dbNames.atelier)
  const vanillaDbUrl = database.url(dbNames.vanilla)
  const secret = randomBytes(32).toString('hex')
  const appEnv = (port) =>
    cleanEnv({
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: atelierDbUrl,
      PAYLOAD_SECRET: secret,
      ATELIER_SEED: 'demo',
      ATELIER_JOBS: 'false',
      ATELIER_DATA_DIR: path.join(tmp, 'data'),
    })

  // The Next build (when stale) runs while the fixtures are made.
  const withNext = opts.next
  let buildDone = Promise.resolve(0)
  if (withNext && buildIsStale(root)) {
    log('build Next périmé : construction en parallèle des fixtures (1 à 3 minutes)…')
    build = spawn(process.execPath, [path.join(root, 'scripts/build.mjs')], {
      cwd: root,
      env: cleanEnv({}),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    })
    let out = ''
    build.stdout.on('data', (c) => (out += c))
    build.stderr.on('data', (c) => (out += c))
    buildDone = new Promise((resolve) =>
      build.once('exit', (code) => resolve(code === 0 ? 0 : (console.error(out.slice(-3000)), 1))),
    )
  }

  // ------------------------------------------------------------ Atelier: migrations, demo data, fixtures
  let port = await freePort()
  let atelier = startServer(
    'atelier',
    adapterArgs('payload.config.ts', true),
    appEnv(port),
    'BENCH_READY',
  )
  const boot = performance.now()
  await atelier.ready(5 * 60_000)
  log(
    `Atelier (adaptateur HTTP) prêt en ${((performance.now() - boot) / 1000).toFixed(1)} s : migrations et données de démonstration`,
  )
  let base = `http://127.0.0.1:${port}`
  const admin = await loginAs(base, ADMIN_EMAIL)
  const reader = await loginAs(base, READER_EMAIL)
  const writer = await loginAs(base, WRITER_EMAIL)

  const makePart = async (label, stock) => {
    const part = (
      await must(base, 'POST', 'parts', {
        token: admin.token,
        body: {
          sku: `BENCH-${label}-${stamp}`,
          name: `Pièce de bench ${label}`,
          kind: 'piece',
          salePrice: 1000,
          reorderThreshold: 0,
        },
      })
    ).doc
    if (stock)
      await must(base, 'POST', 'stock-movements', {
        token: admin.token,
        body: {
          part: part.id,
          quantity: stock,
          reason: 'adjustment',
          note: 'Stock initial du bench',
        },
      })
    return part.id
  }
  const parts = {
    app: await makePart('APP', STOCK),
    vanilla: await makePart('VAN', STOCK),
    sql: await makePart('SQL', STOCK),
    exact: await makePart('EXACT', 10),
  }
  const targetsOnAtelierDb = withNext ? 2 : 1
  const consumptionRepairs =
    Math.ceil((targetsOnAtelierDb * opts.rounds * (perRound + opts.warmup)) / LINES_PER_REPAIR) +
    targetsOnAtelierDb * opts.rounds * opts.clients
  const fixtureStart = performance.now()
  log(
    `fixtures : 4 pièces, ${consumptionRepairs} réparations à consommer, ${opts.clients} à faire changer d’étape, ${opts.clients} pour le plancher SQL, 5 pour le test à 50, assignées à ${WRITER_EMAIL}…`,
  )
  const customer = (
    await must(base, 'POST', 'customers', {
      token: admin.token,
      body: { lastName: `Bench ${stamp}`, email: `bench-${stamp}@exemple.fr` },
    })
  ).doc
  const devices = await inParallel(
    8,
    4,
    async (i) =>
      (
        await must(base, 'POST', 'devices', {
          token: admin.token,
          body: { customer: customer.id, brand: 'BenchCo', model: `Modèle ${i}` },
        })
      ).doc.id,
  )
  const newRepair = async (i) =>
    (
      await must(base, 'POST', 'repairs', {
        token: admin.token,
        body: {
          device: devices[i % devices.length],
          reportedProblem: `Bench ${i}`,
          assignee: writer.id,
        },
      })
    ).doc.id
  const total = consumptionRepairs + 2 * opts.clients + 5
  const repairIds = await inParallel(total, 4, newRepair)
  const queue = repairIds.slice(0, consumptionRepairs)
  const stepRepairs = repairIds.slice(consumptionRepairs, consumptionRepairs + opts.clients)
  const floorRepairs = repairIds.slice(
    consumptionRepairs + opts.clients,
    consumptionRepairs + 2 * opts.clients,
  )
  const exactRepairs = repairIds.slice(consumptionRepairs + 2 * opts.clients)
  await inParallel(stepRepairs.length, 4, (i) =>
    must(base, 'PATCH', `repairs/${stepRepairs[i]}?depth=0`, {
      token: admin.token,
      body: { status: 'en_cours', step: 'diagnostic' },
    }),
  )
  log(`fixtures prêtes en ${((performance.now() - fixtureStart) / 1000).toFixed(1)} s`)

  // The detail read: the reading technician's open repair with the longest history.
  const atelierPool = newPool(atelierDbUrl, opts.clients + 2)
  const detail = (
    await atelierPool.query(
      `select r.id, r.reference, (select count(*) from repair_events e where e.repair_id = r.id)::int as events
     from repairs r where r.assignee_id = $1 and r.status in ('en_attente', 'en_cours') order by events desc, r.id limit 1`,
      [reader.id],
    )
  ).rows[0]
  const queueSize = Number(
    (
      await atelierPool.query(
        `select count(*) as n from repairs where assignee_id = $1 and status in ('en_attente', 'en_cours')`,
        [reader.id],
      )
    ).rows[0].n,
  )
  const rowCounts = (
    await atelierPool.query(
      `select (select count(*) from users)::int as users, (select count(*) from customers)::int as customers, (select count(*) from devices)::int as devices,
            (select count(*) from repairs)::int as repairs, (select count(*) from repair_events)::int as events, (select count(*) from parts)::int as parts,
            (select count(*) from stock_movements)::int as movements`,
    )
  ).rows[0]

  // ------------------------------------------------------------ the peer's database: a copy
  await atelier.stop()
  await atelierPool.end()
  pools.delete(atelierPool)
  {
    const client = new pg.Client({ connectionString: database.adminUrl })
    await client.connect()
    try {
      await client.query(`create database "${dbNames.vanilla}" template "${dbNames.atelier}"`)
    } finally {
      await client.end()
    }
  }
  log(`base du pair vanilla : copie de celle d’Atelier (${dbNames.vanilla})`)

  // ------------------------------------------------------------ the servers
  port = await freePort()
  atelier = startServer(
    'atelier',
    adapterArgs('payload.config.ts', true),
    appEnv(port),
    'BENCH_READY',
  )
  let vport = await freePort()
  while (vport === port) vport = await freePort()
  const vanilla = startServer(
    'vanilla',
    adapterArgs('bench/vanilla/payload.config.ts', false),
    cleanEnv({
      NODE_ENV: 'production',
      PORT: String(vport),
      VANILLA_DATABASE_URL: vanillaDbUrl,
      PAYLOAD_SECRET: secret,
      ATELIER_DATA_DIR: path.join(tmp, 'data-vanilla'),
    }),
    'BENCH_READY',
  )
  await Promise.all([atelier.ready(3 * 60_000), vanilla.ready(3 * 60_000)])
  const sides = [
    {
      key: 'atelier',
      label: 'Atelier',
      proc: atelier,
      base: `http://127.0.0.1:${port}`,
      db: 'atelier',
    },
    {
      key: 'vanilla',
      label: 'Vanilla',
      proc: vanilla,
      base: `http://127.0.0.1:${vport}`,
      db: 'vanilla',
    },
  ]
  let nextProblem = null
  if (withNext) {
    if ((await buildDone) !== 0) nextProblem = 'la construction Next a échoué'
    else {
      let nport = await freePort()
      while (nport === port || nport === vport) nport = await freePort()
      const next = startServer(
        'next',
        [path.join(root, 'scripts/start.mjs')],
        appEnv(nport),
        'Atelier est prêt',
      )
      try {
        await next.ready(5 * 60_000)
        sides.push({
          key: 'next',
          label: 'Next (npm start)',
          proc: next,
          base: `http://127.0.0.1:${nport}`,
          db: 'atelier',
        })
      } catch (error) {
        nextProblem = String(error.message).slice(0, 300)
        await next.stop()
      }
    }
    if (nextProblem) log(`colonne Next abandonnée : ${nextProblem}`)
  }
  log(`serveurs prêts : ${sides.map((s) => `${s.label} ${s.base}`).join(', ')}`)
  for (const side of sides) {
    side.reader = await loginAs(side.base, READER_EMAIL)
    side.writer = await loginAs(side.base, WRITER_EMAIL)
  }

  // ------------------------------------------------------------ requests
  const get = (side, route) => async () => {
    const res = await fetch(`${side.base}/api/${route}`, {
      headers: { authorization: `JWT ${side.reader.token}`, 'accept-language': 'fr' },
      signal: AbortSignal.timeout(opts.requestTimeout * 1000),
    })
    const text = await res.text()
    return { key: res.status, detail: res.status === 200 ? undefined : text.slice(0, 300) }
  }
  const send = async (side, method, route, body, timeoutSeconds = opts.requestTimeout) => {
    const res = await fetch(`${side.base}/api/${route}`, {
      method,
      headers: {
        authorization: `JWT ${side.writer.token}`,
        'content-type': 'application/json',
        'accept-language': 'fr',
      },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutSeconds * 1000),
    })
    const text = await res.text()
    return {
      key: res.status,
      detail: res.status < 300 ? undefined : `${route} : ${text.slice(0, 300)}`,
    }
  }
  const queueRoute = (depth) =>
    `repairs?limit=20&depth=${depth}&where[assignee][equals]=${reader.id}&where[status][in]=en_attente,en_cours`
  // Per database: the repair each client fills (10 lines at most, then the next free one) and the step of each repair.
  const consumption = { atelier: { next: 0, current: new Map() } }
  const steps = {
    atelier: new Map(stepRepairs.map((id) => [id, 'diagnostic'])),
    vanilla: new Map(stepRepairs.map((id) => [id, 'diagnostic'])),
  }
  let vanillaNext = 0
  const requests = [
    { key: 'me', label: 'GET /api/users/me', kind: 'read', op: (side) => get(side, 'users/me') },
    {
      key: 'queue0',
      label: 'File du technicien, depth=0 (liste de l’admin)',
      kind: 'read',
      op: (side) => get(side, queueRoute(0)),
    },
    {
      key: 'queue1',
      label: 'File du technicien, depth=1 (« Mes réparations »)',
      kind: 'read',
      op: (side) => get(side, queueRoute(1)),
    },
    {
      key: 'detail0',
      label: `GET /api/repairs/:id?depth=0 (vue d’édition)`,
      kind: 'read',
      op: (side) => get(side, `repairs/${detail.id}?depth=0`),
    },
    {
      key: 'detail2',
      label: `GET /api/repairs/:id?depth=2`,
      kind: 'read',
      op: (side) => get(side, `repairs/${detail.id}?depth=2`),
    },
    {
      key: 'step',
      label: `PATCH /api/repairs/:id?depth=0 {status, step} (${opts.patchClients} clients)`,
      kind: 'write',
      clients: opts.patchClients,
      op: (side) => async (client) => {
        const id = stepRepairs[client]
        const map = steps[side.db]
        const to = map.get(id) === 'diagnostic' ? 'intervention' : 'diagnostic'
        const result = await send(side, 'PATCH', `repairs/${id}?depth=0`, {
          status: 'en_cours',
          step: to,
        })
        if (isOk(result.key)) map.set(id, to)
        return result
      },
    },
    {
      key: 'consume',
      label: 'Consommation d’une pièce',
      kind: 'write',
      op: (side) => async (client) => {
        if (side.db === 'vanilla') {
          // One plain Payload create: the ledger row a consumption writes, nothing else.
          const repair = queue[vanillaNext++ % queue.length]
          return send(side, 'POST', 'stock-movements?depth=0', {
            part: parts.vanilla,
            quantity: -1,
            reason: 'used_on_repair',
            repair,
          })
        }
        const state = consumption.atelier
        const key = `${side.key}:${client}`
        let mine = state.current.get(key)
        if (!mine || mine.lines >= LINES_PER_REPAIR)
          state.current.set(key, (mine = { repair: queue[state.next++], lines: 0 }))
        if (mine.repair === undefined) return { key: 'plus de réparation libre' }
        mine.lines++
        return send(side, 'POST', `repairs/${mine.repair}/parts`, { part: parts.app, quantity: 1 })
      },
    },
  ]
  const results = Object.fromEntries(
    requests.map((r) => [r.key, Object.fromEntries(sides.map((s) => [s.key, tally()]))]),
  )
  log(
    `mesure : ${requests.length} requêtes × ${sides.length} serveurs × ${opts.rounds} tours de ${perRound} (+ ${opts.warmup} d’échauffement), ${opts.clients} clients`,
  )
  for (const request of requests) {
    log(`${request.label}`)
    for (let round = 0; round < opts.rounds; round++) {
      const order = round % 2 === 0 ? sides : [...sides].reverse()
      for (const side of order) {
        if (aborted) throw new Error('interrompu')
        await measureRound(
          `${side.label}, tour ${round + 1}`,
          side.proc.child.pid,
          request.op(side),
          results[request.key][side.key],
          request.clients,
        )
      }
    }
  }

  // ------------------------------------------------------------ SQL floor for the part consumption
  log('plancher SQL : une transaction écrite à la main par consommation, 32 connexions pg')
  const sqlPool = newPool(atelierDbUrl, opts.clients + 2)
  const setupClient = await sqlPool.connect()
  const cols = {
    lines: await columnsOf(setupClient, 'repair_parts'),
    movements: await columnsOf(setupClient, 'stock_movements'),
    events: await columnsOf(setupClient, 'repair_events'),
    logs: await columnsOf(setupClient, 'action_logs'),
    logRels: await columnsOf(setupClient, 'action_logs_rels'),
  }
  const writerName = (await setupClient.query('select name from users where id = $1', [writer.id]))
    .rows[0].name
  const floorDevice = (
    await setupClient.query('select device_id, customer_id from repairs where id = $1', [
      floorRepairs[0],
    ])
  ).rows[0]
  setupClient.release()
  const floorConnections = await Promise.all(
    Array.from({ length: opts.clients }, () => sqlPool.connect()),
  )
  const floorOrder = new Map()
  const floorOp = async (client) => {
    const db = floorConnections[client]
    const repair = floorRepairs[client]
    const order = (floorOrder.get(repair) ?? 0) + 1
    floorOrder.set(repair, order)
    const now = new Date().toISOString()
    try {
      await db.query('begin')
      const lineValues = {
        repair_id: repair,
        part_id: parts.sql,
        quantity: 1,
        unit_price: 1000,
        vat_rate: 2000,
        warranty_months: 3,
        updated_at: now,
        created_at: now,
      }
      const line = insertOf('repair_parts', cols.lines, lineValues)
      await db.query({
        name: 'floor-line',
        text: line.text,
        values: line.keys.map((k) => lineValues[k]),
      })
      const ev = {
        repair_id: repair,
        device_id: floorDevice.device_id,
        customer_id: floorDevice.customer_id,
        type: 'part_used',
        message: '1 × Pièce de bench SQL utilisée(s)',
        visible_to_customer: false,
        by_id: writer.id,
        by_label: writerName,
        at: now,
        updated_at: now,
        created_at: now,
      }
      const e = insertOf('repair_events', cols.events, ev)
      await db.query({ name: 'floor-event', text: e.text, values: e.keys.map((k) => ev[k]) })
      const lg = {
        summary: `Modification repairs ${repair}`,
        kind: 'data',
        operation: 'update',
        collection_slug: 'repairs',
        document_id: String(repair),
        actor_label: writerName,
        ip: '127.0.0.1',
        changes: JSON.stringify([{ field: 'parts', before: order - 1, after: order }]),
        updated_at: now,
        created_at: now,
      }
      const l = insertOf('action_logs', cols.logs, lg)
      const logRow = await db.query({
        name: 'floor-log',
        text: l.text,
        values: l.keys.map((k) => lg[k]),
      })
      const rel = { order: 1, parent_id: logRow.rows[0].id, path: 'actor', users_id: writer.id }
      const r = insertOf('action_logs_rels', cols.logRels, rel)
      await db.query({ name: 'floor-log-rel', text: r.text, values: r.keys.map((k) => rel[k]) })
      // The hot row's lock is held from the guarded update to the commit: take it last.
      const taken = await db.query({
        name: 'floor-take',
        text: 'update parts set quantity_on_hand = quantity_on_hand - 1, updated_at = now() where id = $1 and quantity_on_hand >= 1 returning quantity_on_hand',
        values: [parts.sql],
      })
      if (taken.rowCount !== 1) {
        await db.query('rollback')
        return { key: 'refusée (stock)' }
      }
      const after = taken.rows[0].quantity_on_hand
      const mv = {
        summary: `-1 × Pièce de bench SQL`,
        part_id: parts.sql,
        quantity: -1,
        reason: 'used_on_repair',
        quantity_after: after,
        repair_id: repair,
        by_id: writer.id,
        updated_at: now,
        created_at: now,
      }
      const m = insertOf('stock_movements', cols.movements, mv)
      await db.query({ name: 'floor-movement', text: m.text, values: m.keys.map((k) => mv[k]) })
      await db.query('commit')
      return { key: 'ok' }
    } catch (error) {
      await db.query('rollback').catch(() => undefined)
      return { key: 'erreur SQL', detail: String(error.message) }
    }
  }
  const floor = tally()
  for (let round = 0; round < opts.rounds; round++)
    await measureRound(`SQL, tour ${round + 1}`, null, floorOp, floor)
  for (const c of floorConnections) c.release()

  // ------------------------------------------------------------ checks, in SQL
  const one = async (pool, text, values) => (await pool.query(text, values)).rows[0]
  const appConsumed = sides
    .filter((s) => s.db === 'atelier')
    .reduce((n, s) => n + results.consume[s.key].ok + results.consume[s.key].warmOk, 0)
  const linesOfPart = async (pool, part) =>
    Number((await one(pool, `select count(*) as n from repair_parts where part_id = $1`, [part])).n)
  const ledgerOf = async (pool, part) => {
    const row = await one(
      pool,
      `select p.quantity_on_hand as on_hand, (select coalesce(sum(m.quantity), 0) from stock_movements m where m.part_id = p.id) as ledger, (select count(*) from stock_movements m where m.part_id = p.id and m.reason = 'used_on_repair') as used from parts p where p.id = $1`,
      [part],
    )
    return { onHand: Number(row.on_hand), ledger: Number(row.ledger), used: Number(row.used) }
  }
  const app = {
    ...(await ledgerOf(sqlPool, parts.app)),
    lines: await linesOfPart(sqlPool, parts.app),
    expected: STOCK - appConsumed,
  }
  app.ok =
    app.onHand === app.expected &&
    app.ledger === app.onHand &&
    app.used === appConsumed &&
    app.lines === appConsumed
  const floorDone = floor.ok + floor.warmOk
  const sqlSide = {
    ...(await ledgerOf(sqlPool, parts.sql)),
    lines: await linesOfPart(sqlPool, parts.sql),
    expected: STOCK - floorDone,
  }
  sqlSide.events = Number(
    (
      await one(
        sqlPool,
        `select count(*) as n from repair_events where repair_id = any($1) and type = 'part_used'`,
        [floorRepairs],
      )
    ).n,
  )
  sqlSide.ok =
    sqlSide.onHand === sqlSide.expected &&
    sqlSide.ledger === sqlSide.onHand &&
    sqlSide.used === floorDone &&
    sqlSide.lines === floorDone &&
    sqlSide.events === floorDone
  // The peer: as many ledger rows as successful creates, and the part's stock untouched (no hook).
  const vanillaPool = newPool(vanillaDbUrl, 2)
  const van = await ledgerOf(vanillaPool, parts.vanilla)
  const vanillaCreated = results.consume.vanilla.ok + results.consume.vanilla.warmOk
  van.ok = van.used === vanillaCreated && van.onHand === STOCK
  log(
    `contrôle Atelier : en stock ${app.onHand} = ${STOCK} − ${appConsumed} ? registre ${app.ledger}, ${app.used} mouvements, ${app.lines} lignes → ${app.ok ? 'OK' : 'INCOHÉRENT'}`,
  )
  log(
    `contrôle plancher SQL : en stock ${sqlSide.onHand}, registre ${sqlSide.ledger}, ${sqlSide.used} mouvements, ${sqlSide.lines} lignes, ${sqlSide.events} événements pour ${floorDone} → ${sqlSide.ok ? 'OK' : 'INCOHÉRENT'}`,
  )
  log(
    `contrôle vanilla : ${van.used} mouvements pour ${vanillaCreated} créations, stock ${van.onHand} inchangé → ${van.ok ? 'OK' : 'INCOHÉRENT'}`,
  )

  // The 50-way exactness: 50 concurrent requests for 1 unit of a part with 10 in stock.
  const atelierSide = sides[0]
  const fifty = await Promise.all(
    Array.from({ length: 50 }, (_, i) =>
      send(atelierSide, 'POST', `repairs/${exactRepairs[i % exactRepairs.length]}/parts`, {
        part: parts.exact,
        quantity: 1,
      }),
    ),
  )
  const fiftyCounts = new Map()
  for (const r of fifty) fiftyCounts.set(r.key, (fiftyCounts.get(r.key) ?? 0) + 1)
  const exact = {
    ...(await ledgerOf(sqlPool, parts.exact)),
    lines: await linesOfPart(sqlPool, parts.exact),
    created: fiftyCounts.get(201) ?? 0,
    refused: fiftyCounts.get(409) ?? 0,
  }
  exact.ok =
    exact.created === 10 &&
    exact.refused === 40 &&
    exact.onHand === 0 &&
    exact.ledger === 0 &&
    exact.used === 10 &&
    exact.lines === 10
  log(
    `contrôle à 50 : ${exact.created} × 201, ${exact.refused} × 409${[...fiftyCounts]
      .filter(([k]) => k !== 201 && k !== 409)
      .map(([k, n]) => `, ${n} × ${k}`)
      .join(
        '',
      )} ; stock ${exact.onHand}, registre ${exact.ledger}, ${exact.used} mouvements, ${exact.lines} lignes → ${exact.ok ? 'OK' : 'INCOHÉRENT'}`,
  )
  const pgVersion = (await one(sqlPool, 'show server_version')).server_version

  // Last, since a blocked server stays blocked: 32 concurrent REST PATCHes (pool: 10 connections).
  // Payload's REST update checks the document lock (overrideLock: false) with a query outside the
  // request's transaction (payload/dist/utilities/checkDocumentLockStatus.js): every request holds
  // a connection and waits for another one.
  const PROBE = opts.clients
  const PROBE_SECONDS = 15
  log(`sonde : ${PROBE} PATCH concurrents par serveur, ${PROBE_SECONDS} s pour répondre…`)
  const probes = await Promise.all(
    sides.map(async (side, i) => {
      // Next shares Atelier's database: other repairs, so that no row lock of a blocked request is in its way.
      const ids = side.key === 'next' ? floorRepairs : stepRepairs
      const answers = await Promise.all(
        ids.map((id) => {
          const to = steps[side.db].get(id) === 'diagnostic' ? 'intervention' : 'diagnostic'
          return send(
            side,
            'PATCH',
            `repairs/${id}?depth=0`,
            { status: 'en_cours', step: to },
            PROBE_SECONDS,
          ).catch((error) => ({ key: error?.name === 'TimeoutError' ? 'sans réponse' : 'erreur' }))
        }),
      )
      const stuck = answers.filter((a) => a.key === 'sans réponse').length
      log(
        `  ${side.label} : ${answers.filter((a) => isOk(a.key)).length} réponses 200, ${stuck} sans réponse après ${PROBE_SECONDS} s`,
      )
      return { side, stuck }
    }),
  )

  // ------------------------------------------------------------ report
  const S = Object.fromEntries(
    requests.map((r) => [
      r.key,
      Object.fromEntries(sides.map((s) => [s.key, stats(results[r.key][s.key])])),
    ]),
  )
  const floorStats = stats(floor)
  const hasNext = sides.some((s) => s.key === 'next')
  const cell = (s) =>
    `${f(s.perSecond)} /s · p50 ${f(s.p50)} · p95 ${f(s.p95)} ms${s.done - s.ok ? ` · **${s.done - s.ok} échecs**` : ''}`
  const cpuCell = (s) => `${f(s.serverMs, 2)} + ${f(s.postgresMs, 2)}`
  const head = [
    `| requête (${opts.clients} clients sauf mention) | Atelier (adaptateur) | Vanilla (adaptateur) | rapport débit V/A | rapport p50 A/V | CPU ms/req. serveur + Postgres (A / V) |` +
      (hasNext ? ' Next (`npm start`) | rapport V/Next |' : ''),
    '|---|---|---|---:|---:|---|' + (hasNext ? '---|---:|' : ''),
  ]
  const rows = requests.map((r) => {
    const a = S[r.key].atelier
    const v = S[r.key].vanilla
    const n = S[r.key].next
    const label =
      r.key === 'consume'
        ? 'Consommation : A `POST /api/repairs/:id/parts`, V un `POST /api/stock-movements?depth=0`'
        : r.label
    return (
      `| ${label} | ${cell(a)} | ${cell(v)} | ${f(v.perSecond / a.perSecond, 2)} | ${f(a.p50 / v.p50, 2)} | ${cpuCell(a)} / ${cpuCell(v)} |` +
      (hasNext ? ` ${cell(n)} | ${f(v.perSecond / n.perSecond, 2)} |` : '')
    )
  })
  const floorRow =
    `| Plancher SQL de la consommation (transaction à la main, 32 connexions) | ${cell(floorStats)} | | | | — + ${f(floorStats.postgresMs, 2)} |` +
    (hasNext ? ' | |' : '')
  const verdict = (ok) => (ok ? '✅ tenu' : '❌ manqué')
  const targets = []
  for (const r of requests.filter((x) => x.kind === 'read')) {
    const ratio = S[r.key].vanilla.perSecond / S[r.key].atelier.perSecond
    targets.push(
      `- ${r.label} : Atelier coûte ${f(ratio, 2)} × le pair vanilla (cible ≤ ${READ_TARGET}) → ${verdict(ratio <= READ_TARGET)}${hasNext ? ` ; par Next : ${f(S[r.key].vanilla.perSecond / S[r.key].next.perSecond, 2)} ×` : ''}`,
    )
  }
  const consumeRatio = S.consume.vanilla.perSecond / S.consume.atelier.perSecond
  targets.push(
    `- Consommation d’une pièce : ${f(consumeRatio, 2)} × une création vanilla (cible ≤ ${CONSUMPTION_TARGET}) → ${verdict(consumeRatio <= CONSUMPTION_TARGET)}${hasNext ? ` ; par Next : ${f(S.consume.vanilla.perSecond / S.consume.next.perSecond, 2)} ×` : ''}`,
  )
  targets.push(
    `- Débit de la consommation : ${f(S.consume.atelier.perSecond)} /s par l’adaptateur${hasNext ? `, ${f(S.consume.next.perSecond)} /s par Next` : ''}, cible ≥ 3 × ${TODAY_CONSUMPTIONS_PER_SECOND} /s (mesurés le 2026-11-29) = ${THROUGHPUT_TARGET} /s → ${verdict((hasNext ? S.consume.next : S.consume.atelier).perSecond >= THROUGHPUT_TARGET)}${hasNext ? ' (jugé sur Next, le serveur de production)' : ''}`,
  )
  targets.push(
    `- Rapport au plancher SQL : app / plancher = ${f(S.consume.atelier.perSecond / floorStats.perSecond, 3)} (le plancher va ${f(floorStats.perSecond / S.consume.atelier.perSecond)} × plus vite)${hasNext ? ` ; Next / plancher = ${f(S.consume.next.perSecond / floorStats.perSecond, 3)}` : ''} (pas de cible : pour suivre l’écart)`,
  )
  targets.push(
    `- Changement d’étape : ${f(S.step.vanilla.perSecond / S.step.atelier.perSecond, 2)} × le même PATCH vanilla (pas de cible fixée)`,
  )
  targets.push(
    `- Exactitude : stock, registre et lignes d’Atelier concordent (${app.onHand} = ${STOCK} − ${appConsumed}, registre ${app.ledger}, ${app.used} mouvements, ${app.lines} lignes) → ${verdict(app.ok)} ; test à 50 (50 demandes concurrentes d’une unité, 10 en stock : ${exact.created} × 201, ${exact.refused} × 409, stock ${exact.onHand}, registre ${exact.ledger}, ${exact.lines} lignes) → ${verdict(exact.ok)} ; plancher SQL → ${verdict(sqlSide.ok)} ; pair vanilla (${van.used} mouvements pour ${vanillaCreated} créations) → ${verdict(van.ok)}`,
  )
  targets.push(
    `- Sonde de blocage : ${PROBE} PATCH REST concurrents (pool pg de 10) → ${probes.map((p) => `${p.side.label} : ${p.stuck ? `**${p.stuck} sans réponse après ${PROBE_SECONDS} s (bloqué)**` : 'tout répond'}`).join(' ; ')}`,
  )
  const machine = `${os.cpus().length} cœurs (nproc ${os.availableParallelism()}), ${os.cpus()[0]?.model?.trim() ?? '?'}, Node ${process.version}, PostgreSQL ${pgVersion} ${embedded ? 'embarqué' : '(DATABASE_URL)'}, charge moyenne (1 min) au début ${loadAtStart.toFixed(2)}, à la fin ${os.loadavg()[0].toFixed(2)}`
  const command = `node bench/api.mjs ${process.argv.slice(2).join(' ')}`.trim()
  const setup = [
    `${opts.clients} clients concurrents (fetch de Node, keep-alive) ; par requête et par serveur, ${opts.rounds} tours de ${perRound} requêtes mesurées, chacun après ${opts.warmup} d’échauffement, l’ordre des serveurs s’inversant d’un tour à l’autre ; débit = requêtes / durée cumulée, latences côté client.`,
    `Données identiques des deux côtés (la base du pair est une copie de celle d’Atelier prise après les fixtures) : ${rowCounts.users} comptes, ${rowCounts.customers} clients, ${rowCounts.devices} appareils, ${rowCounts.repairs} réparations, ${rowCounts.events} événements d’historique, ${rowCounts.parts} pièces, ${rowCounts.movements} mouvements de stock.`,
    `Lectures par ${READER_EMAIL} (sa file : ${queueSize} réparations ouvertes, 20 par page ; détail : ${detail.reference}, ${detail.events} événements d’historique) ; écritures par ${WRITER_EMAIL} sur des réparations du bench (consommation : 10 lignes au plus par réparation puis la suivante ; étape : une réparation par client, diagnostic ↔ intervention).`,
    `Serveurs : Atelier et Vanilla derrière le même adaptateur Node \`http\` (bench/lib/payload-http.mjs → gestionnaires REST de Payload, Atelier avec \`guarded\`), NODE_ENV=production, tâches planifiées coupées (ATELIER_JOBS=false), pool pg par défaut (10)${hasNext ? ' ; Next : `scripts/start.mjs` (Next derrière scripts/server.mjs) sur la base d’Atelier' : nextProblem ? ` ; colonne Next absente : ${nextProblem}` : ' ; colonne Next non demandée (--no-next)'}.`,
  ]
  const allOk =
    app.ok &&
    exact.ok &&
    sqlSide.ok &&
    van.ok &&
    requests.every((r) =>
      sides.every((s) => S[r.key][s.key].ok === S[r.key][s.key].done && !S[r.key][s.key].timedOut),
    )
  const body = [
    ...setup.map((l) => `${l}\n`),
    head.join('\n'),
    rows.join('\n'),
    floorRow,
    '',
    'Cibles (issue 8, point 4) :',
    '',
    ...targets,
    '',
    `Machine : ${machine}.`,
  ].join('\n')
  console.log(`\n== Résultat ==\n${body}\nCommande : ${command}\n`)

  if (opts.write) {
    const section = [
      '<!-- bench:api:start (section réécrite par `node bench/api.mjs --write`) -->',
      `### Dernière mesure : ${started.toISOString().replace('T', ' ').slice(0, 16)} UTC`,
      '',
      `Commande : \`${command}\``,
      '',
      body,
      allOk
        ? ''
        : '\n**Attention : exécution non conforme (échecs, limite de temps ou contrôle incohérent), voir la sortie du script.**',
      '<!-- bench:api:end -->',
    ].join('\n')
    const current = existsSync(resultsFile) ? readFileSync(resultsFile, 'utf8') : '# Bench\n'
    const pattern = /<!-- bench:api:start[\s\S]*?<!-- bench:api:end -->/
    writeFileSync(
      resultsFile,
      pattern.test(current)
        ? current.replace(pattern, () => section)
        : `${current.trimEnd()}\n\n${section}\n`,
    )
    log(`section écrite dans ${path.relative(root, resultsFile)}`)
  }
  return allOk ? 0 : 1
}

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
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, async () => {
    console.error(`\n${signal} reçu : arrêt.`)
    await cleanup().catch((e) => console.error(e))
    process.exit(130)
  })
}

main()
  .then(async (code) => {
    await cleanup()
    clearTimeout(watchdog)
    process.exitCode = code
  })
  .catch(async (error) => {
    console.error(error)
    await cleanup().catch(() => undefined)
    clearTimeout(watchdog)
    process.exitCode = 1
  })
