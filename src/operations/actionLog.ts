import type { PayloadRequest } from 'payload'

import type { FieldChange } from '../domain/diff'

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
export function logSummary(entry: { operation?: string; collectionSlug?: string; documentId?: string | number | null }): string {
  return `${entry.operation} ${entry.collectionSlug}${entry.documentId ? ` #${entry.documentId}` : ''}`
}

function actorOf(req: PayloadRequest): Pick<LogEntry, 'actor' | 'actorLabel'> {
  const user = req.user as { id: number; collection: string; name?: string; email?: string; displayName?: string } | null
  if (!user) return { actor: null, actorLabel: 'Système' }
  return {
    actor: user.collection === 'customers' ? { relationTo: 'customers', value: user.id } : { relationTo: 'users', value: user.id },
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
  const data = {
    ...actorOf(req),
    ...entry,
    documentId: entry.documentId == null ? null : String(entry.documentId),
    changes: entry.changes ?? [],
    ip: clientIp(req),
  }
  // Straight to the database: the entry is built here, whole and valid, and written on every
  // change of every audited collection, where a full Local API create (validation, hooks, read
  // back) would cost as much as the change itself.
  await req.payload.db.create({
    collection: 'action-logs',
    data: { ...data, summary: logSummary(data) },
    ...(inTransaction ? { req } : {}),
  })
}
