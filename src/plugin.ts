import type { Config, Migration, Plugin } from 'payload'

import { ActionLogs } from './collections/ActionLogs.js'
import { Customers } from './collections/Customers.js'
import { Roles } from './collections/Roles.js'
import { Users } from './collections/Users.js'
import { migrateOnStart, seedMode, type SeedMode } from './config/env.js'
import { healthEndpoint } from './endpoints/health.js'
import { withAuditLog } from './hooks/auditLog.js'
import { ensureDefaultRoles, migrateDatabase } from './operations/prepareDatabase.js'
import { seedDemo } from './seed/index.js'

export type AtelierOptions = {
  /** Applied at start-up under an advisory lock (default: ATELIER_MIGRATE, true). */
  migrations?: Migration[]
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
