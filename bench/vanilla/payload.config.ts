/**
 * The vanilla Payload peer of bench/api.mjs: Atelier's own collections (taken from the atelier()
 * plugin, so the peer follows the schema as it changes), stripped of everything that is ours —
 * collection and field hooks, access functions (Payload's default: any signed-in account),
 * custom validations, custom endpoints, admin components — and of the plugin's jobs, endpoints,
 * GraphQL limits and onInit. Field names, types, relationships, joins, indexes and auth options
 * stay, so the database schema is the one Atelier's migrations create.
 *
 * Only the collections the measured requests touch are kept, with whatever they point to (relations
 * and joins, followed to the end), so that every relationship resolves.
 *
 * Environment: VANILLA_DATABASE_URL (its own database, a copy of Atelier's), PAYLOAD_SECRET.
 */
import type { CollectionConfig, Config, Field } from 'payload'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { fr } from '@payloadcms/translations/languages/fr'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { atelier } from '../../src/plugin'

/** Where the measured requests start; everything they relate to is added. */
const MEASURED = ['users', 'customers', 'devices', 'repairs', 'parts', 'stock-movements']

type AnyRecord = Record<string, unknown>

/** Keeps the non-function values of an object (auth options: their e-mail builders are ours). */
function withoutFunctions<T>(value: T): T {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value
  const kept: AnyRecord = {}
  for (const [key, item] of Object.entries(value as unknown as AnyRecord))
    if (typeof item !== 'function') kept[key] = item
  return kept as unknown as T
}

/** A field as Payload would see it without our hooks, access rules, validations and components. */
function stripField(field: Field): Field {
  const copy = { ...(field as unknown as AnyRecord) }
  delete copy.hooks
  delete copy.access
  delete copy.validate
  if (typeof copy.filterOptions === 'function') delete copy.filterOptions
  if (copy.admin && typeof copy.admin === 'object') {
    const admin = { ...(copy.admin as AnyRecord) }
    delete admin.components
    delete admin.condition
    copy.admin = admin
  }
  if (Array.isArray(copy.fields))
    copy.fields = (copy.fields as Field[]).filter((f) => f.type !== 'ui').map(stripField)
  if (Array.isArray(copy.tabs))
    copy.tabs = (copy.tabs as AnyRecord[]).map((tab) => ({
      ...tab,
      fields: (tab.fields as Field[]).filter((f) => f.type !== 'ui').map(stripField),
    }))
  if (Array.isArray(copy.blocks))
    copy.blocks = (copy.blocks as AnyRecord[]).map((block) => ({
      ...block,
      fields: (block.fields as Field[]).map(stripField),
    }))
  return copy as unknown as Field
}

function stripCollection(collection: CollectionConfig): CollectionConfig {
  const auth = collection.auth
  return {
    slug: collection.slug,
    labels: collection.labels,
    fields: collection.fields.filter((f) => f.type !== 'ui').map(stripField),
    ...(collection.indexes ? { indexes: collection.indexes } : {}),
    ...(collection.defaultSort ? { defaultSort: collection.defaultSort } : {}),
    ...(collection.timestamps !== undefined ? { timestamps: collection.timestamps } : {}),
    ...(collection.upload ? { upload: collection.upload } : {}),
    ...(collection.versions ? { versions: collection.versions } : {}),
    ...(auth
      ? {
          auth:
            typeof auth === 'object'
              ? {
                  ...withoutFunctions(auth),
                  ...(auth.verify
                    ? {
                        verify:
                          typeof auth.verify === 'object'
                            ? withoutFunctions(auth.verify)
                            : auth.verify,
                      }
                    : {}),
                  ...(auth.forgotPassword
                    ? { forgotPassword: withoutFunctions(auth.forgotPassword) }
                    : {}),
                }
              : auth,
        }
      : {}),
    admin: { useAsTitle: collection.admin?.useAsTitle },
  }
}

/** Slugs a field list points to: relationship and upload targets, join collections. */
function targetsOf(fields: Field[], found = new Set<string>()): Set<string> {
  for (const field of fields as unknown as AnyRecord[]) {
    const to = field.relationTo ?? (field.type === 'join' ? field.collection : undefined)
    for (const slug of Array.isArray(to) ? to : to ? [to] : []) found.add(String(slug))
    if (Array.isArray(field.fields)) targetsOf(field.fields as Field[], found)
    if (Array.isArray(field.tabs))
      for (const tab of field.tabs as AnyRecord[]) targetsOf(tab.fields as Field[], found)
    if (Array.isArray(field.blocks))
      for (const block of field.blocks as AnyRecord[]) targetsOf(block.fields as Field[], found)
  }
  return found
}

/** The measured collections and, transitively, every collection they relate to. */
export function peerCollections(all: CollectionConfig[]): CollectionConfig[] {
  const bySlug = new Map(all.map((c) => [c.slug, c]))
  const kept = new Set<string>()
  const visit = (slug: string) => {
    const collection = bySlug.get(slug)
    if (!collection || kept.has(slug)) return
    kept.add(slug)
    for (const target of targetsOf(collection.fields)) visit(target)
  }
  MEASURED.forEach(visit)
  return all.filter((c) => kept.has(c.slug)).map(stripCollection)
}

// The plugin builds its config synchronously; only its collections are used.
const ours = atelier({ migrations: [], migrate: false, seed: 'none' })({
  collections: [],
} as unknown as Config) as Config

export default buildConfig({
  secret: process.env.PAYLOAD_SECRET || 'bench-vanilla',
  db: postgresAdapter({
    pool: { connectionString: process.env.VANILLA_DATABASE_URL },
    // The bench gives the peer a copy of Atelier's database: the same tables, indexes and rows.
    push: false,
  }),
  editor: lexicalEditor(),
  i18n: { supportedLanguages: { fr, en }, fallbackLanguage: 'fr' },
  admin: { user: 'users' },
  collections: peerCollections(ours.collections ?? []),
  sharp,
  telemetry: false,
})
