import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { fr } from '@payloadcms/translations/languages/fr'
import path from 'node:path'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { fileURLToPath } from 'node:url'

import { emailAdapter } from './src/config/email'
import { databaseUrl, payloadSecret, serverUrl } from './src/config/env'
import { secureInternalCollections } from './src/config/internalCollections'
import { stripeIntegration } from './src/config/stripePlugin'
import { translations } from './src/config/translations'
import { migrations } from './src/migrations/index'
import { atelier } from './src/plugin'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  secret: payloadSecret(),
  // Only when set: a fixed serverURL also restricts cookie sign-in to that origin (CSRF).
  ...(process.env.SERVER_URL ? { serverURL: serverUrl() } : {}),
  db: postgresAdapter({
    pool: { connectionString: databaseUrl() },
    // Schema changes go through committed migrations only, in every environment.
    push: false,
    migrationDir: path.resolve(dirname, 'src/migrations'),
  }),
  editor: lexicalEditor(),
  email: emailAdapter(),
  i18n: { supportedLanguages: { fr, en }, fallbackLanguage: 'fr', translations },
  admin: { importMap: { baseDir: dirname } },
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  sharp,
  telemetry: false,
  plugins: [atelier({ migrations }), stripeIntegration()],
}).then(secureInternalCollections)
