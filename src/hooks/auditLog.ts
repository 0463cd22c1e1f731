import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionAfterErrorHook,
  CollectionAfterLoginHook,
  CollectionConfig,
  GlobalAfterChangeHook,
  GlobalConfig,
} from 'payload'

import { diffDocuments } from '../domain/diff'
import { documentTitleOf, writeActionLog } from '../operations/actionLog'
import { frenchLabel } from '../domain/labels'

const PERMISSION_FIELDS = new Set(['role', 'active'])

type AnyField = {
  type: string
  name?: string
  fields?: AnyField[]
  tabs?: { name?: string; fields: AnyField[] }[]
}

/** Join fields list other documents; they are not part of the document's own changes. */
function joinFields(fields: AnyField[], found = new Set<string>()): Set<string> {
  for (const field of fields) {
    if (field.type === 'join' && field.name) found.add(field.name)
    else if (!field.name && field.fields) joinFields(field.fields, found)
    else if (field.type === 'tabs')
      for (const tab of field.tabs ?? []) if (!tab.name) joinFields(tab.fields, found)
  }
  return found
}

function kindOf(collection: string, fields: string[]): 'data' | 'permission' {
  if (collection === 'roles') return 'permission'
  if (collection === 'users' && fields.some((f) => PERMISSION_FIELDS.has(f))) return 'permission'
  return 'data'
}

export const logChange: CollectionAfterChangeHook = async ({
  collection,
  doc,
  operation,
  previousDoc,
  req,
  context,
}) => {
  if (context.auditLog === false) return doc
  // Fields the user may not read are missing from `doc`: they did not change, they are hidden.
  const before =
    operation === 'create'
      ? null
      : Object.fromEntries(Object.entries(previousDoc ?? {}).filter(([field]) => field in doc))
  const changes = diffDocuments(before, doc, joinFields(collection.fields as AnyField[]))
  if (operation === 'update' && changes.length === 0) return doc
  await writeActionLog(req, {
    kind: kindOf(
      collection.slug,
      changes.map((c) => c.field),
    ),
    operation,
    collectionSlug: collection.slug,
    documentId: doc.id,
    documentTitle: documentTitleOf(collection, doc),
    changes,
  })
  return doc
}

export const logDelete: CollectionAfterDeleteHook = async ({ collection, doc, req, context }) => {
  if (context.auditLog === false) return doc
  await writeActionLog(req, {
    kind: kindOf(collection.slug, []),
    operation: 'delete',
    collectionSlug: collection.slug,
    documentId: doc.id,
    documentTitle: documentTitleOf(collection, doc),
    changes: diffDocuments(doc, null, joinFields(collection.fields as AnyField[])),
  })
  return doc
}

export const logLogin: CollectionAfterLoginHook = async ({ collection, req, user }) => {
  await writeActionLog(req, {
    kind: 'auth',
    operation: 'login',
    collectionSlug: collection.slug,
    documentId: user.id,
    documentTitle: documentTitleOf(collection, user),
    actor: { relationTo: 'users', value: Number(user.id) },
    actorLabel: (user as { name?: string }).name || user.email,
  })
}

const LOGIN_ERRORS = new Set([
  'AuthenticationError',
  'LockedAuth',
  'UnverifiedEmail',
  'RefusedError',
])

/** A refused staff login is logged outside the request's transaction, which is rolled back. */
export const logFailedLogin: CollectionAfterErrorHook = async ({ collection, error, req }) => {
  if (!LOGIN_ERRORS.has(error.name) || !req.url?.split('?')[0]?.endsWith('/login')) return
  const email = typeof req.data?.email === 'string' ? req.data.email : 'inconnu'
  await writeActionLog(
    req,
    {
      kind: 'auth',
      operation: 'login_failed',
      collectionSlug: collection.slug,
      actor: null,
      actorLabel: email,
      changes: [{ field: 'motif', before: null, after: error.message }],
    },
    { inTransaction: false },
  )
}

// The log itself, the repair timeline (already a who/when record written by hooks) and counters.
const NOT_AUDITED = new Set(['action-logs', 'repair-events', 'counters'])

/**
 * Adds the action log to a business collection. A nested Local API call merges its `context` into
 * the request's for good, so no nested call here may pass one: it would silence the outer log.
 */
export function withAuditLog(collection: CollectionConfig): CollectionConfig {
  if (NOT_AUDITED.has(collection.slug) || collection.slug.startsWith('payload-')) return collection
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      afterChange: [...(hooks.afterChange ?? []), logChange],
      afterDelete: [...(hooks.afterDelete ?? []), logDelete],
      ...(collection.slug === 'users'
        ? {
            afterLogin: [...(hooks.afterLogin ?? []), logLogin],
            afterError: [...(hooks.afterError ?? []), logFailedLogin],
          }
        : {}),
    },
  }
}

/** A global's change (the shop's settings: bank details, legal mentions) is logged as a page's. */
export const logGlobalChange: GlobalAfterChangeHook = async ({
  global,
  doc,
  previousDoc,
  req,
  context,
}) => {
  if (context.auditLog === false) return doc
  const changes = diffDocuments(previousDoc, doc, new Set(['globalType']))
  if (changes.length === 0) return doc
  await writeActionLog(req, {
    kind: 'data',
    operation: 'update',
    collectionSlug: global.slug,
    documentId: null,
    documentTitle: frenchLabel(global.label, global.slug),
    changes,
  })
  return doc
}

export function withGlobalAuditLog(global: GlobalConfig): GlobalConfig {
  return {
    ...global,
    hooks: {
      ...global.hooks,
      afterChange: [...(global.hooks?.afterChange ?? []), logGlobalChange],
    },
  }
}
