import type { PayloadRequest } from 'payload'

import type { PostgresAdapter } from '@payloadcms/db-postgres'

/**
 * The drizzle handle that belongs to this request: its open transaction when there is one, so
 * raw SQL sees and writes the same state as the Local API calls around it.
 */
export async function dbFor(
  req: Pick<PayloadRequest, 'payload'> & { transactionID?: PayloadRequest['transactionID'] },
) {
  const adapter = req.payload.db as unknown as PostgresAdapter
  const transactionID = await req.transactionID
  const session = transactionID ? adapter.sessions?.[transactionID] : undefined
  return session?.db ?? adapter.drizzle
}

export function adapterOf(req: Pick<PayloadRequest, 'payload'>): PostgresAdapter {
  return req.payload.db as unknown as PostgresAdapter
}
