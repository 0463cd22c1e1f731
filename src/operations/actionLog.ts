import type { PayloadRequest } from 'payload'

import type { FieldChange } from '../domain/diff'
import type { LogOperation } from '../domain/logSummary'

import { sql } from '@payloadcms/db-postgres'

import { adapterOf, dbFor } from '../db/db'
import { frenchLabel } from '../domain/labels'
import { displayIp, logSummary } from '../domain/logSummary'

export type LogEntry = {
  kind: 'data' | 'auth' | 'permission'
  operation: LogOperation
  collectionSlug: string
  documentId?: string | number | null
  documentTitle?: string | null
  changes?: FieldChange[]
  actorLabel?: string
  actor?: { relationTo: 'users'; value: number } | { relationTo: 'customers'; value: number } | null
}

export function clientIp(req: PayloadRequest): string | null {
  const forwarded = req.headers?.get('x-forwarded-for')
  if (forwarded) return forwarded.split(',')[0]!.trim()
  return req.headers?.get('x-real-ip') ?? null
}

/** The collection's singular French label, as the log names it (« Réparation »). */
export function collectionLabel(req: Pick<PayloadRequest, 'payload'>, slug: string): string {
  const collection = req.payload.collections[slug as keyof typeof req.payload.collections]
  if (collection) return frenchLabel(collection.config.labels?.singular, slug)
  const global = req.payload.config.globals?.find((g) => g.slug === slug)
  return frenchLabel(global?.label as Parameters<typeof frenchLabel>[0], slug)
}

/** The title a document is listed by (its `useAsTitle` field), for the log to name it. */
export function documentTitleOf(
  collection: { admin?: { useAsTitle?: string } },
  doc: Record<string, unknown> | null | undefined,
): string | null {
  const value = doc?.[collection.admin?.useAsTitle ?? '']
  return typeof value === 'string' || typeof value === 'number' ? String(value) : null
}

function actorOf(req: PayloadRequest): Pick<LogEntry, 'actor' | 'actorLabel'> {
  const user = req.user as {
    id: number
    collection: string
    name?: string
    email?: string
    displayName?: string
  } | null
  if (!user) return { actor: null, actorLabel: 'Système' }
  return {
    actor:
      user.collection === 'customers'
        ? { relationTo: 'customers', value: user.id }
        : { relationTo: 'users', value: user.id },
    actorLabel: user.name || user.displayName || user.email || `#${user.id}`,
  }
}

/**
 * Writes one action-log entry. With `inTransaction` (the default) it joins the request's
 * transaction, so a request that fails leaves no entry; failed logins pass false since their
 * request is rolled back on purpose.
 */
export async function writeActionLog(
  req: PayloadRequest,
  entry: LogEntry,
  { inTransaction = true }: { inTransaction?: boolean } = {},
): Promise<void> {
  const { actor, actorLabel } = { ...actorOf(req), ...entry }
  const documentId = entry.documentId == null ? null : String(entry.documentId)
  const now = new Date().toISOString()
  // Straight to the database: the entry is built here, whole and valid, and written on every
  // change of every audited collection, where a Local API create (validation, hooks, read back)
  // would cost as much as the change itself.
  const db = inTransaction ? await dbFor(req) : adapterOf(req).drizzle
  const documentTitle = entry.documentTitle ?? null
  const summary = logSummary({
    operation: entry.operation,
    collectionLabel: collectionLabel(req, entry.collectionSlug),
    documentTitle,
    documentId,
  })
  const changes = JSON.stringify(entry.changes ?? [])
  // One statement: the entry, and its author in Payload's relationship table.
  await db.execute(sql`
    with entry as (
      insert into action_logs (summary, kind, operation, collection_slug, document_id, document_title, actor_label, ip, changes, updated_at, created_at)
      values (${summary}, ${entry.kind}, ${entry.operation}, ${entry.collectionSlug}, ${documentId}, ${documentTitle}, ${actorLabel ?? null}, ${displayIp(clientIp(req))}, ${changes}::jsonb, ${now}, ${now})
      returning id
    )
    insert into action_logs_rels (parent_id, path, users_id, customers_id)
    select id, 'actor', ${actor?.relationTo === 'users' ? actor.value : null}, ${actor?.relationTo === 'customers' ? actor.value : null}
    from entry where ${actor != null}`)
}
