/**
 * Payload adds its own collections when it sanitises the config, after our plugin ran: document
 * locks and admin preferences are open to any signed-in account by default, customers included.
 * This narrows them to what the back-office needs. Jobs and the key-value store already refuse
 * everyone through the API, and migrations have neither REST nor GraphQL.
 */
import type {
  Access,
  CollectionBeforeChangeHook,
  Endpoint,
  PayloadHandler,
  SanitizedConfig,
  Where,
} from 'payload'

import { isStaff } from '../access/roles'

const staffOnly: Access = ({ req }) => isStaff(req.user)

/** A staff member's own rows of a collection whose `user` field points at users or customers. */
const ownStaffRows: Access = ({ req }) => {
  if (!isStaff(req.user)) return false
  const own: Where[] = [
    { 'user.value': { equals: req.user!.id } },
    { 'user.relationTo': { equals: 'users' } },
  ]
  return { and: own }
}

/** Whoever saves a lock through the API holds it (taking over a lock is the only reason to). */
const lockHeldBySaver: CollectionBeforeChangeHook = ({ data, req }) => ({
  ...data,
  user: { relationTo: 'users', value: req.user!.id },
})

const refuseNonStaff =
  (handler: PayloadHandler): PayloadHandler =>
  (req) =>
    isStaff(req.user)
      ? handler(req)
      : Response.json(
          {
            errors: [
              { message: 'Réservé au personnel de l’atelier : connectez-vous au back-office.' },
            ],
          },
          { status: 403 },
        )

export function secureInternalCollections(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    if (collection.slug === 'payload-locked-documents') {
      // The admin panel creates locks itself (payload.db.create); over the API it reads them,
      // takes one over (update) and releases its own (delete).
      collection.access = {
        ...collection.access,
        create: () => false,
        read: staffOnly,
        update: staffOnly,
        delete: ownStaffRows,
      }
      collection.hooks.beforeChange = [...(collection.hooks.beforeChange ?? []), lockHeldBySaver]
    }
    if (collection.slug === 'payload-preferences') {
      collection.access = {
        ...collection.access,
        create: staffOnly,
        read: ownStaffRows,
        update: ownStaffRows,
        delete: ownStaffRows,
      }
      // Its own endpoints (/api/payload-preferences/:key) look only at the signed-in user.
      collection.endpoints = Array.isArray(collection.endpoints)
        ? collection.endpoints.map((endpoint: Endpoint) => ({
            ...endpoint,
            handler: refuseNonStaff(endpoint.handler),
          }))
        : collection.endpoints
    }
  }
  return config
}
