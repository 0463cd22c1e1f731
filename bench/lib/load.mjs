// Load generation and its figures: concurrent client loops, latencies, throughput, failures and CPU per request.
import { performance } from 'node:perf_hooks'

/** The `p`-th percentile of ascending `sorted` (nearest rank); NaN when empty. */
export function percentile(sorted, p) {
  if (!sorted.length) return NaN
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]
}

/**
 * `clients` loops share `count` operations; `op(client)` resolves to { key, detail? } (ok = 200/201/'ok').
 * The loops stop early after `phaseSeconds` or once `aborted()` (the bench is being stopped): `timedOut`.
 */
export async function runLoad(count, op, { clients, phaseSeconds, aborted = () => false }) {
  const deadline = performance.now() + phaseSeconds * 1000
  let issued = 0
  let timedOut = false
  const latencies = []
  const counts = new Map()
  const examples = new Map()
  const started = performance.now()
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      while (issued < count) {
        if (performance.now() > deadline || aborted()) {
          timedOut = true
          return
        }
        issued++
        const t0 = performance.now()
        let result
        try {
          result = await op(client)
        } catch (error) {
          result = { key: 'erreur', detail: String(error?.cause ?? error?.message ?? error) }
        }
        latencies.push(performance.now() - t0)
        counts.set(result.key, (counts.get(result.key) ?? 0) + 1)
        if (result.detail && (examples.get(result.key)?.length ?? 0) < 2)
          examples.set(result.key, [...(examples.get(result.key) ?? []), result.detail])
      }
    }),
  )
  return { latencies, wallMs: performance.now() - started, timedOut, counts, examples }
}
export const isOk = (key) => key === 200 || key === 201 || key === 'ok'

/** Accumulates the measured rounds of one (request, side). */
export function tally() {
  return {
    latencies: [],
    wallMs: 0,
    ok: 0,
    done: 0,
    failures: new Map(),
    examples: new Map(),
    timedOut: false,
    cpuServer: 0,
    cpuPostgres: 0,
    warmOk: 0,
  }
}
export function add(t, run, cpu) {
  t.latencies.push(...run.latencies)
  t.wallMs += run.wallMs
  t.done += run.latencies.length
  t.timedOut ||= run.timedOut
  for (const [k, n] of run.counts) {
    if (isOk(k)) t.ok += n
    else t.failures.set(k, (t.failures.get(k) ?? 0) + n)
  }
  for (const [k, ex] of run.examples) if (!isOk(k)) t.examples.set(k, ex)
  if (cpu) {
    t.cpuServer += cpu.server
    t.cpuPostgres += cpu.postgres
  }
}
/** A tally's figures: throughput over the summed wall time of its rounds, latency percentiles, CPU ms per request. */
export function stats(t) {
  const sorted = Float64Array.from(t.latencies).sort()
  return {
    ...t,
    perSecond: t.done / (t.wallMs / 1000),
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    serverMs: (t.cpuServer * 1000) / t.done,
    postgresMs: (t.cpuPostgres * 1000) / t.done,
  }
}

/**
 * One measured run of `count` operations `op` (after `warmup` unmeasured ones), added to `into`
 * with the CPU it cost: `snapshot()` returns CPU seconds so far ({ server, postgres }, or null
 * when unknown), read before and after. `log` reports the run and examples of its failures.
 */
export async function measure(
  label,
  op,
  into,
  { count, warmup, clients, phaseSeconds, aborted, snapshot = () => null, log = console.log },
) {
  const load = { clients, phaseSeconds, aborted }
  if (warmup) {
    const warm = await runLoad(warmup, op, load)
    into.warmOk += [...warm.counts].filter(([k]) => isOk(k)).reduce((s, [, n]) => s + n, 0)
  }
  const before = snapshot()
  const run = await runLoad(count, op, load)
  const after = snapshot()
  const cpu =
    before && after
      ? { server: after.server - before.server, postgres: after.postgres - before.postgres }
      : null
  add(into, run, cpu)
  const ok = [...run.counts].filter(([k]) => isOk(k)).reduce((s, [, n]) => s + n, 0)
  const failures = [...run.counts].filter(([k]) => !isOk(k))
  log(
    `  ${label} : ${run.latencies.length} en ${(run.wallMs / 1000).toFixed(2)} s, ${(run.latencies.length / (run.wallMs / 1000)).toFixed(1)} /s, ${ok} réussies${run.timedOut ? ` (ARRÊT : limite de ${phaseSeconds} s)` : ''}`,
  )
  for (const [key, n] of failures)
    log(
      `    ${n} × ${key} ; exemples : ${JSON.stringify(run.examples.get(key) ?? []).slice(0, 600)}`,
    )
}
