import type { CollectionAfterChangeHook } from 'payload'

import type { Repair } from '../../../payload-types'

import { sql } from '@payloadcms/db-postgres'

import { dbFor } from '../../../db/db'

/**
 * RGPD: the unlock code serves the repair only. Once the device is handed back it is erased,
 * whoever hands it back (a system write, in the same transaction).
 */
export const eraseUnlockCode: CollectionAfterChangeHook<Repair> = async ({ doc, req, context }) => {
  if (context.importing || doc.status !== 'restitue') return doc
  await (
    await dbFor(req)
  ).execute(
    sql`update repairs set unlock_code = null where id = ${doc.id} and unlock_code is not null`,
  )
  return 'unlockCode' in doc ? { ...doc, unlockCode: null } : doc
}
