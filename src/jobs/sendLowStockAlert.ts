import type { TaskConfig } from 'payload'

import { serverUrl } from '../config/env'
import { can, type RolePermissions } from '../domain/permissions'
import { reorderFor } from '../domain/stock'
import { lowStockEmail } from '../email/lowStockEmail'

/** Tells the stock managers (active staff allowed to update stock) that a part ran low. */
export const SendLowStockAlert: TaskConfig<'sendLowStockAlert'> = {
  slug: 'sendLowStockAlert',
  label: 'Alerte de stock bas',
  inputSchema: [{ name: 'part', type: 'number', required: true }],
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 60_000 } },
  handler: async ({ input, req }) => {
    const part = await req.payload.findByID({ collection: 'parts', id: input.part, depth: 0, req })
    // Who manages the stock is decided by the one permission check, as everywhere else.
    const staff = await req.payload.find({
      collection: 'users',
      where: { active: { equals: true } },
      depth: 1,
      limit: 0,
      pagination: false,
      sort: 'id',
      select: { email: true, role: true },
      req,
    })
    const to = staff.docs
      .filter((u) => can(u.role as RolePermissions, 'stock', 'update'))
      .map((u) => u.email)
    if (to.length === 0) return { output: {} }
    const reorder = reorderFor(part)
    const mail = lowStockEmail(
      {
        name: part.name,
        sku: part.sku,
        quantity: part.quantityOnHand ?? 0,
        threshold: part.reorderThreshold ?? 0,
        reorder,
        location: part.location,
      },
      `${serverUrl()}/admin/stock-bas`,
    )
    await req.payload.sendEmail({ to, ...mail })
    return { output: {} }
  },
}
