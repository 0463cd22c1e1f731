import type { Migration, Payload } from 'payload'

import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'
import { DEFAULT_ROLES } from '../domain/permissions'
import { adapterOf } from './db'

const MIGRATION_LOCK = 74100002

/** A migration as src/migrations/index.ts lists it. */
export type AtelierMigration = {
  name: string
  up: (args: MigrateUpArgs) => Promise<void>
  down: (args: MigrateDownArgs) => Promise<void>
}

/**
 * Applies pending migrations. Several app instances may start at once: a session-level
 * advisory lock makes them take turns, and each then finds nothing left to run.
 */
export async function migrateDatabase(
  payload: Payload,
  migrations: AtelierMigration[],
): Promise<void> {
  const client = await adapterOf({ payload }).pool.connect()
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK])
    // Payload types a migration's argument as unknown; ours take the Postgres arguments.
    await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined)
    client.release()
  }
}

/** The three default roles exist in every database; an admin may edit them afterwards. */
export async function ensureDefaultRoles(payload: Payload): Promise<void> {
  for (const role of DEFAULT_ROLES) {
    const existing = await payload.count({
      collection: 'roles',
      where: { code: { equals: role.code } },
    })
    if (existing.totalDocs > 0) continue
    await payload.create({
      collection: 'roles',
      data: {
        name: role.name,
        code: role.code,
        description: role.description,
        permissions: role.permissions,
        capabilities: role.capabilities,
      },
    })
  }
}
