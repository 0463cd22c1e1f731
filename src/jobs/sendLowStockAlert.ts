import type { TaskConfig } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { serverUrl } from '../config/env'
import { reorderFor } from '../domain/stock'
import { lowStockEmail } from '../email/lowStockEmail'
import { adapterOf } from '../db/db'

/** Tells the stock managers (active staff allowed to update stock) that a part ran low. */
export const SendLowStockAlert: TaskConfig<'sendLowStockAlert'> = {
  slug: 'sendLowStockAlert',
  label: 'Alerte de stock bas',
  inputSchema: [{ name: 'part', type: 'number', required: true }],
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 60_000 } },
  handler: async ({ input, req }) => {
    const part = await req.payload.findByID({ collection: 'parts', id: input.part, depth: 0, req })
    const managers = await adapterOf(req).drizzle.execute(sql`
      select u.email from users u join roles r on r.id = u.role_id
      where u.active and r.permissions_stock_update order by u.id`)
    const to = (managers.rows as { email: string }[]).map((r) => r.email)
    if (to.length === 0) return { output: {} }
    const reorder = reorderFor(part)
    const mail = lowStockEmail(
      { name: part.name, sku: part.sku, quantity: part.quantityOnHand ?? 0, threshold: part.reorderThreshold ?? 0, reorder, location: part.location },
      `${serverUrl()}/admin/stock-bas`,
    )
    await req.payload.sendEmail({ to, ...mail })
    return { output: {} }
  },
}
