import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'
import type { Config, Plugin } from 'payload'

import { ActionLogs } from './collections/ActionLogs'
import { Customers } from './collections/Customers'
import { Roles } from './collections/Roles'
import { Users } from './collections/Users'
import { migrateOnStart, seedMode, type SeedMode } from './config/env'
import { healthEndpoint } from './endpoints/health'
import { withAuditLog } from './hooks/auditLog'
import { ensureDefaultRoles, migrateDatabase } from './operations/prepareDatabase'
import { seedDemo } from './seed/index'

export type AtelierMigration = {
  name: string
  up: (args: MigrateUpArgs) => Promise<void>
  down: (args: MigrateDownArgs) => Promise<void>
}

export type AtelierOptions = {
  /** Applied at start-up under an advisory lock (default: ATELIER_MIGRATE, true). */
  migrations?: AtelierMigration[]
  migrate?: boolean
  /** Demo data on an empty database (default: ATELIER_SEED, "demo"). */
  seed?: SeedMode
}

/** The repair-shop domain, packaged as a Payload plugin. */
export const atelier =
  (options: AtelierOptions = {}): Plugin =>
  (config: Config): Config => {
    const collections = [...(config.collections ?? []), Roles, Users, Customers, ActionLogs]
    return {
      ...config,
      admin: {
        ...config.admin,
        user: Users.slug,
        meta: { titleSuffix: ' — Atelier', ...config.admin?.meta },
      },
      collections: collections.map(withAuditLog),
      endpoints: [...(config.endpoints ?? []), healthEndpoint],
      // Refusals by a business rule are expected answers, not server faults.
      loggingLevels: { ...config.loggingLevels, ...({ RefusedError: 'info', Forbidden: 'info' } as Config['loggingLevels']) },
      onInit: async (payload) => {
        await config.onInit?.(payload)
        if (options.migrate ?? migrateOnStart()) {
          await migrateDatabase(payload, options.migrations ?? [])
        }
        await ensureDefaultRoles(payload)
        if ((options.seed ?? seedMode()) === 'demo') await seedDemo(payload)
      },
    }
  }
