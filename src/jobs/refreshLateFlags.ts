import type { TaskConfig } from 'payload'

import { refreshLateFlags } from '../operations/lateFlags'
import { expireQuotes } from '../operations/quotes'

/**
 * Every 10 minutes: repairs that time has made late (or no longer late) get their flag, and
 * quotes past their validity become « Expiré ».
 */
export const RefreshLateFlags: TaskConfig<'refreshLateFlags'> = {
  slug: 'refreshLateFlags',
  label: 'Recalcul des retards',
  inputSchema: [],
  outputSchema: [{ name: 'changed', type: 'number' }],
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 30_000 } },
  schedule: [{ cron: '0 */10 * * * *', queue: 'atelier' }],
  handler: async ({ req }) => {
    const changed = await refreshLateFlags(req.payload)
    await expireQuotes(req)
    return { output: { changed } }
  },
}
