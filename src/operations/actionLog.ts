import type { PayloadRequest } from 'payload'

import type { FieldChange } from '../domain/diff'

import { sql } from '@payloadcms/db-postgres'

import { adapterOf, dbFor } from '../db/db'

export type LogEntry = {
  kind: 'data' | 'auth' | 'permission'
  operation: 'create' | 'update' | 'delete' | 'login' | 'login_failed'
  collectionSlug: string
  documentId?: string | number | null
  changes?: FieldChange[]
  actorLabel?: string
  actor?: { relationTo: 'users'; value: number } | { relationTo: 'customers'; value: number } | null
}

export function clientIp(req: PayloadRequest): string | null {
  const forwarded = req.headers?.get('x-forwarded-for')
  if (forwarded) return forwarded.split(',')[0]!.trim()
  return req.headers?.get('x-real-ip') ?? null
}

/** The line a list of the journal shows: « update repairs #12 ». */
export function logSummary(entry: {
  operation?: string
  collectionSlug?: string
  documentId?: string | number | null
}): string {
  return `${entry.operation} ${entry.collectionSlug}${entry.documentId ? ` #${entry.documentId}` : ''}`
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
  const summary = logSummary({ ...entry, documentId })
  const changes = JSON.stringify(entry.changes ?? [])
  // One statement: the entry, and its author in Payload's relationship table.
  await db.execute(sql`
    with entry as (
      insert into action_logs (summary, kind, operation, collection_slug, document_id, actor_label, ip, changes, updated_at, created_at)
      values (${summary}, ${entry.kind}, ${entry.operation}, ${entry.collectionSlug}, ${documentId}, ${actorLabel ?? null}, ${clientIp(req)}, ${changes}::jsonb, ${now}, ${now})
      returning id
    )
    insert into action_logs_rels (parent_id, path, users_id, customers_id)
    select id, 'actor', ${actor?.relationTo === 'users' ? actor.value : null}, ${actor?.relationTo === 'customers' ? actor.value : null}
    from entry where ${actor != null}`)
}
