import type { CollectionBeforeOperationHook } from 'payload'

import { Locked } from 'payload'

const DEFAULT_LOCK_SECONDS = 300

/**
 * Payload checks a document's edit lock, on REST saves and deletes, with a query outside the
 * request's transaction: each request then holds one pooled connection and waits for a second,
 * and ten at once hang the server for good. The same check is made here, inside the
 * transaction, and Payload's own is skipped (it still releases the lock afterwards, with `req`).
 */
export const checkLockInTransaction: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  const input = args as { id?: number | string; overrideLock?: boolean }
  if (
    (operation !== 'update' && operation !== 'delete') ||
    input.overrideLock !== false ||
    input.id === undefined
  )
    return args
  if (collection.lockDocuments !== false && req.payload.collections['payload-locked-documents']) {
    const found = await req.payload.find({
      collection: 'payload-locked-documents',
      where: {
        and: [
          { 'document.relationTo': { equals: collection.slug } },
          { 'document.value': { equals: input.id } },
        ],
      },
      sort: '-updatedAt',
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const lock = found.docs[0]
    const seconds =
      typeof collection.lockDocuments === 'object'
        ? collection.lockDocuments.duration
        : DEFAULT_LOCK_SECONDS
    const holder = lock?.user as { relationTo?: string; value?: unknown } | undefined
    const mine = holder?.relationTo === req.user?.collection && holder?.value === req.user?.id
    if (lock && !mine && Date.now() - new Date(lock.updatedAt).getTime() <= seconds * 1000) {
      throw new Locked(
        'Ce document est en cours de modification par un autre membre de l’équipe : réessayez dans quelques minutes, ou demandez-lui de le fermer.',
      )
    }
  }
  input.overrideLock = true
  return args
}

/** Adds the check to a collection, after the input checks and before its own hooks. */
export function withLockCheck<
  T extends { hooks?: { beforeOperation?: CollectionBeforeOperationHook[] } },
>(collection: T): T {
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      beforeOperation: [checkLockInTransaction, ...(hooks.beforeOperation ?? [])],
    },
  }
}
