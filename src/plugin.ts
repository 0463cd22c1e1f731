import type { Config, Plugin } from 'payload'

import { ActionLogs } from './collections/ActionLogs'
import { Counters } from './collections/Counters'
import { ChainEntries } from './collections/ChainEntries'
import { Closings } from './collections/Closings'
import { verifyChainEndpoint } from './endpoints/compliance'
import { Customers } from './collections/Customers'
import { Invoices } from './collections/Invoices'
import { Payments } from './collections/Payments'
import { CheckoutSessions } from './collections/CheckoutSessions'
import { StripeEvents } from './collections/StripeEvents'
import { stripeStatusEndpoint, stripeWebhookEndpoint } from './endpoints/stripe'
import { ProcessStripeEvent } from './jobs/processStripeEvent'
import { STRIPE_QUEUE } from './operations/stripeEvents'
import { Quotes } from './collections/Quotes'
import { RepairBonuses } from './collections/RepairBonuses'
import { Devices } from './collections/Devices'
import { DeviceTypes } from './collections/DeviceTypes'
import { Media } from './collections/Media'
import { Parts } from './collections/Parts'
import { PurchaseOrders } from './collections/PurchaseOrders'
import { StockMovements } from './collections/StockMovements'
import { Suppliers } from './collections/Suppliers'
import { Warranties } from './collections/Warranties'
import { WarrantyClaims } from './collections/WarrantyClaims'
import { RepairEvents } from './collections/RepairEvents'
import { RepairParts } from './collections/RepairParts'
import { Repairs } from './collections/Repairs'
import { Skills } from './collections/Skills'
import { Roles } from './collections/Roles'
import { Users } from './collections/Users'
import { Settings } from './globals/Settings'
import { migrateOnStart, runsJobs, seedMode, type SeedMode } from './config/env'
import { permitted } from './access/index'
import { RefreshLateFlags } from './jobs/refreshLateFlags'
import { CloseYesterday } from './jobs/closeYesterday'
import { SendLowStockAlert } from './jobs/sendLowStockAlert'
import { SendInvoice } from './jobs/sendInvoice'
import { SendQuote } from './jobs/sendQuote'
import { SendMail } from './jobs/sendMail'
import { MAIL_QUEUE } from './operations/mail'
import { healthEndpoint } from './endpoints/health'
import { intakeEndpoint } from './endpoints/intake'
import { performanceEndpoint, suggestionsEndpoint } from './endpoints/technicians'
import { searchEndpoint } from './endpoints/search'
import { withAuditLog, withGlobalAuditLog } from './hooks/auditLog'
import { translateErrors } from './hooks/translateErrors'
import { withPhoneSearch } from './hooks/phoneSearch'
import { withInputChecks } from './hooks/validateInput'
import { withLockCheck } from './hooks/documentLocks'
import { graphqlLimits } from './graphql/limits'
import { type AtelierMigration, ensureDefaultRoles, migrateDatabase } from './db/prepare'
import { seedDemo } from './seed/index'

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
    const collections = [
      ...(config.collections ?? []),
      Customers,
      Devices,
      Repairs,
      RepairEvents,
      RepairParts,
      Parts,
      StockMovements,
      Suppliers,
      PurchaseOrders,
      Warranties,
      WarrantyClaims,
      Users,
      Roles,
      Skills,
      DeviceTypes,
      Media,
      Quotes,
      Invoices,
      RepairBonuses,
      Payments,
      StripeEvents,
      CheckoutSessions,
      Counters,
      ChainEntries,
      Closings,
      ActionLogs,
    ]
    return {
      ...config,
      admin: {
        ...config.admin,
        user: Users.slug,
        meta: {
          titleSuffix: ' — Atelier',
          icons: [
            { rel: 'icon', type: 'image/svg+xml', url: '/atelier-logo.svg' },
            { rel: 'icon', sizes: 'any', url: '/favicon.ico' },
            { rel: 'apple-touch-icon', url: '/apple-touch-icon.png' },
          ],
          ...config.admin?.meta,
        },
        // Gravatar needs the internet; shops may run offline.
        avatar: 'default',
        dateFormat: 'dd/MM/yyyy HH:mm',
        components: {
          ...config.admin?.components,
          graphics: {
            Logo: '/src/admin-components/Logo#Logo',
            Icon: '/src/admin-components/Logo#Icon',
            ...config.admin?.components?.graphics,
          },
          beforeDashboard: [
            ...(config.admin?.components?.beforeDashboard ?? []),
            '/src/admin-components/LandingRedirect#LandingRedirect',
          ],
          actions: [
            ...(config.admin?.components?.actions ?? []),
            '/src/admin-components/QuickSearch#QuickSearch',
          ],
          afterNavLinks: [
            ...(config.admin?.components?.afterNavLinks ?? []),
            '/src/admin-components/NavLinks#NavLinks',
          ],
          views: {
            ...config.admin?.components?.views,
            intake: {
              Component: '/src/admin-components/IntakeView#IntakeView',
              path: '/nouveau-depot',
              meta: { title: 'Nouveau dépôt' },
            },
            myRepairs: {
              Component: '/src/admin-components/MyRepairsView#MyRepairsView',
              path: '/mes-reparations',
              meta: { title: 'Mes réparations' },
            },
            lowStock: {
              Component: '/src/admin-components/LowStockView#LowStockView',
              path: '/stock-bas',
              meta: { title: 'Stock bas' },
            },
            compliance: {
              Component: '/src/admin-components/ComplianceView#ComplianceView',
              path: '/conformite',
              meta: { title: 'Conformité' },
            },
            bonusClaims: {
              Component: '/src/admin-components/BonusClaimsView#BonusClaimsView',
              path: '/bonus-a-reclamer',
              meta: { title: 'Bonus réparation à réclamer' },
            },
          },
        },
      },
      collections: collections.map((c) =>
        withInputChecks(withPhoneSearch(withLockCheck(withAuditLog(c)))),
      ),
      globals: [...(config.globals ?? []), withGlobalAuditLog(Settings)],
      graphQL: {
        ...config.graphQL,
        validationRules: (args) => [
          ...(config.graphQL?.validationRules?.(args) ?? []),
          ...graphqlLimits(args),
        ],
      },
      hooks: {
        ...config.hooks,
        afterError: [...(config.hooks?.afterError ?? []), translateErrors],
      },
      endpoints: [
        ...(config.endpoints ?? []),
        healthEndpoint,
        verifyChainEndpoint,
        intakeEndpoint,
        suggestionsEndpoint,
        performanceEndpoint,
        searchEndpoint,
        stripeWebhookEndpoint,
        stripeStatusEndpoint,
      ],
      jobs: {
        ...config.jobs,
        tasks: [
          ...(config.jobs?.tasks ?? []),
          RefreshLateFlags,
          SendLowStockAlert,
          SendMail,
          SendInvoice,
          CloseYesterday,
          SendQuote,
          ProcessStripeEvent,
        ],
        access: {
          run: permitted('users', 'update'),
          queue: permitted('users', 'update'),
          cancel: permitted('users', 'update'),
        },
        // Mail and online payments wait a few seconds at most; the rest runs every minute.
        autoRun: runsJobs()
          ? [
              { cron: '* * * * *', queue: 'atelier' },
              { cron: '*/5 * * * * *', queue: MAIL_QUEUE },
              { cron: '*/5 * * * * *', queue: STRIPE_QUEUE },
            ]
          : [],
      },
      // Refusals by a business rule are expected answers, not server faults.
      loggingLevels: {
        ...config.loggingLevels,
        ...({
          RefusedError: 'info',
          Forbidden: 'info',
          AuthenticationError: 'info',
          UnverifiedEmail: 'info',
          QueryError: 'info',
        } as Config['loggingLevels']),
      },
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
