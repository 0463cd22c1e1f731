import type { TaskConfig } from 'payload'

import { RefusedError } from '../http/httpError'
import { closeDue } from '../operations/closing'

/**
 * Every hour (at minute 5, whatever the server's time zone): closes each unclosed day up to
 * yesterday in Paris, then last month and last year when not closed yet; nothing to do most
 * hours. Days without activity are closed at zero so the perpetual total runs on. `now` (ISO)
 * stands in for the clock in tests.
 */
export const CloseYesterday: TaskConfig<'closeYesterday'> = {
  slug: 'closeYesterday',
  label: 'Clôtures journalières, mensuelles et annuelles',
  inputSchema: [{ name: 'now', type: 'text' }],
  outputSchema: [
    { name: 'closed', type: 'number' },
    { name: 'keys', type: 'json' },
  ],
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 60_000 } },
  schedule: [{ cron: '0 5 * * * *', queue: 'atelier' }],
  handler: async ({ input, req }) => {
    const now = input?.now ? new Date(input.now) : new Date()
    if (Number.isNaN(now.getTime()))
      throw new RefusedError(`« ${input.now} » n'est pas un instant (champ « now »).`, 400, {
        field: 'now',
      })
    const written = await closeDue({ req, now })
    return { output: { closed: written.length, keys: written.map((c) => c.key) } }
  },
}
