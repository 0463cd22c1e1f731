import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { normalisePhone } from '../domain/phone'

/**
 * Suppliers' phones go to E.164 like customers' (they were stored as typed): shown the French
 * way by PhoneCell, found however they are typed. A number that does not read as one stays.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  const found = await db.execute(sql`SELECT id, phone FROM suppliers WHERE phone IS NOT NULL`)
  for (const { id, phone } of found.rows as { id: number; phone: string }[]) {
    let stored: string | null
    try {
      stored = phone.trim() ? normalisePhone(phone) : null
    } catch {
      continue
    }
    if (stored !== phone)
      await db.execute(sql`UPDATE suppliers SET phone = ${stored} WHERE id = ${id}`)
  }
}

export async function down(_: MigrateDownArgs): Promise<void> {
  // The numbers as they were typed are not kept; E.164 reads the same.
}
