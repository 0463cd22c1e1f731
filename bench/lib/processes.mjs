// The processes a bench starts (servers in their own process groups, stopped with all they started) and the CPU they use, read from /proc.
import { spawn } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'

const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

/** A fresh shell's environment: none of the caller's Atelier or bench variables leak in. */
export function cleanEnv(extra) {
  const env = { ...process.env }
  for (const key of Object.keys(env)) {
    if (key.startsWith('BENCH_') || key.startsWith('ATELIER_') || key.startsWith('VITEST'))
      delete env[key]
  }
  for (const key of [
    'DATABASE_URL',
    'SMTP_HOST',
    'SMTP_PORT',
    'PAYLOAD_SECRET',
    'NODE_ENV',
    'PORTAL_URL',
    'SERVER_URL',
    'HOST',
    'PORT',
    'NODE_OPTIONS',
  ])
    delete env[key]
  return { ...env, PAYLOAD_DISABLE_DEPENDENCY_CHECKER: 'true', ...extra }
}

/**
 * Spawns `node args` in `cwd`, in its own process group; `ready(ms)` resolves when `readyText` is
 * printed. The process is in `children` (the caller's cleanup stops them all) until `stop()`.
 * `verbose` echoes its output, prefixed by `name`; `log` says when it has to be killed.
 */
export function startProcess(
  name,
  args,
  { cwd, env, readyText, children, verbose = false, log = console.log },
) {
  const child = spawn(process.execPath, args, {
    cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let output = ''
  const onData = (chunk) => {
    output += chunk
    if (output.length > 1_000_000) output = output.slice(-500_000)
    if (verbose)
      process.stdout.write(`  │ ${name} │ ${String(chunk).replace(/\n(?!$)/g, `\n  │ ${name} │ `)}`)
  }
  child.stdout.on('data', onData)
  child.stderr.on('data', onData)
  const exited = new Promise((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal)),
  )
  const proc = {
    name,
    child,
    exited,
    output: () => output,
    async ready(ms) {
      const deadline = Date.now() + ms
      while (Date.now() < deadline) {
        if (output.includes(readyText)) return
        if (child.exitCode !== null || child.signalCode !== null)
          throw new Error(
            `${name} s'est arrêté (${child.exitCode ?? child.signalCode}) :\n${output.slice(-4000)}`,
          )
        await sleep(200)
      }
      throw new Error(
        `${name} : « ${readyText} » attendu depuis ${ms / 1000} s :\n${output.slice(-4000)}`,
      )
    },
    async stop() {
      children?.delete(proc)
      if (child.exitCode !== null || child.signalCode !== null) return
      // Its descendants, noted now: start.mjs runs the Next server in a process group of its own.
      let descendants = []
      try {
        descendants = treeOf(processTable(), child.pid)
          .map((p) => p.pid)
          .filter((pid) => pid !== child.pid)
      } catch {
        // no /proc
      }
      child.kill('SIGTERM')
      const stopped = await Promise.race([exited.then(() => true), sleep(20_000).then(() => false)])
      if (!stopped) log(`${name} ne s’arrête pas après 20 s : SIGKILL sur son groupe`)
      try {
        process.kill(-child.pid, 'SIGKILL') // whatever it started (next, postgres of start.mjs: none here)
      } catch {
        // already gone
      }
      await exited
      for (const pid of descendants) {
        try {
          process.kill(pid, 'SIGKILL')
        } catch {
          // already stopped with its parent
        }
      }
    },
  }
  children?.add(proc)
  return proc
}

// ---------------------------------------------------------------- CPU accounting (/proc)

const TICKS = 100

/** Every process: pid, parent, command name and CPU seconds (its own and its waited-for children's). */
export function processTable() {
  const procs = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'))
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      // utime + stime + cutime + cstime: a Postgres backend that exits hands its CPU to the postmaster.
      procs.push({
        pid: Number(entry),
        ppid: Number(fields[1]),
        comm,
        cpu:
          (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) /
          TICKS,
      })
    } catch {
      // gone meanwhile
    }
  }
  return procs
}

/** `rootPid` and its descendants within `procs`. */
export function treeOf(procs, rootPid) {
  const inTree = new Set([rootPid])
  for (let grew = true; grew;) {
    grew = false
    for (const p of procs)
      if (!inTree.has(p.pid) && inTree.has(p.ppid)) (inTree.add(p.pid), (grew = true))
  }
  return procs.filter((p) => inTree.has(p.pid))
}

/**
 * CPU seconds so far: the server's process tree (Postgres excluded) and, when `embedded` (our own
 * Postgres, a descendant of this process), Postgres; NaN for a server we do not see. Null without /proc.
 */
export function cpuSnapshot(serverPid, embedded) {
  try {
    const procs = processTable()
    const server = serverPid
      ? treeOf(procs, serverPid)
          .filter((p) => !p.comm.includes('postgres'))
          .reduce((s, p) => s + p.cpu, 0)
      : 0
    const postgres = embedded
      ? treeOf(procs, process.pid)
          .filter((p) => p.comm.includes('postgres'))
          .reduce((s, p) => s + p.cpu, 0)
      : NaN
    return { server, postgres }
  } catch {
    return null
  }
}
