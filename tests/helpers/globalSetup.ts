// One fresh database per test run: an embedded Postgres started here (or the server that
// DATABASE_URL names), dropped again at the end. Nothing is left running.
import type { TestProject } from 'vitest/node'

import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import {
  createDatabaseIfMissing,
  dropDatabase,
  freePort,
  startEmbeddedPostgres,
} from '../../scripts/lib/postgres.mjs'

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
  }
}

export default async function setup(project: TestProject) {
  const database = `atelier_test_${Date.now().toString(36)}_${process.pid}`
  let adminUrl: string
  let stopServer = async () => {}
  let dir: string | undefined
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL)
    url.pathname = '/postgres'
    adminUrl = url.toString()
  } else {
    dir = mkdtempSync(path.join(os.tmpdir(), 'atelier-test-pg-'))
    chmodSync(dir, 0o755) // the postgres system user must reach its data directory
    const server = await startEmbeddedPostgres({
      dir: path.join(dir, 'data'),
      port: await freePort(),
      database: 'postgres',
    })
    adminUrl = server.adminUrl
    stopServer = server.stop
  }
  await createDatabaseIfMissing(adminUrl, database)
  const url = new URL(adminUrl)
  url.pathname = `/${database}`
  project.provide('databaseUrl', url.toString())

  return async () => {
    await dropDatabase(adminUrl, database).catch(() => undefined)
    await stopServer()
    if (dir) rmSync(dir, { recursive: true, force: true })
  }
}
