import { type ChildProcess, spawn } from 'node:child_process'
import { chmodSync, mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export const root = path.resolve(import.meta.dirname, '../..')

/** A temporary data directory the postgres system user can enter. */
export function tempDataDir(prefix = 'atelier-e2e-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix))
  chmodSync(dir, 0o755)
  return dir
}

/** The environment of a fresh shell: none of this test run's database or SMTP settings. */
export function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env }
  for (const key of [
    'DATABASE_URL',
    'SMTP_HOST',
    'SMTP_PORT',
    'ATELIER_SEED',
    'PAYLOAD_SECRET',
    'NODE_ENV',
    'VITEST',
    'VITEST_POOL_ID',
    'VITEST_WORKER_ID',
    'PORTAL_URL',
  ])
    delete env[key]
  return { ...env, ...extra }
}

export type Running = {
  child: ChildProcess
  output: () => string
  waitFor: (text: string | RegExp, ms?: number) => Promise<void>
  exit: () => Promise<number | null>
}

export function run(script: string, env: NodeJS.ProcessEnv): Running {
  const child = spawn(process.execPath, [path.join(root, script)], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout!.on('data', (c) => (output += c))
  child.stderr!.on('data', (c) => (output += c))
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  )
  return {
    child,
    output: () => output,
    exit: () => exited,
    async waitFor(text, ms = 300_000) {
      const deadline = Date.now() + ms
      while (Date.now() < deadline) {
        if (typeof text === 'string' ? output.includes(text) : text.test(output)) return
        if (child.exitCode !== null)
          throw new Error(`Processus terminé (${child.exitCode}) :\n${output}`)
        await new Promise((r) => setTimeout(r, 200))
      }
      throw new Error(`Attente de « ${text} » dépassée :\n${output}`)
    },
  }
}

export async function stop(running: Running): Promise<number | null> {
  if (running.child.exitCode === null) running.child.kill('SIGTERM')
  return running.exit()
}
