import type { Endpoint } from 'payload'

import { adapterOf } from '../db/db'

const TIMEOUT_MS = 3000

function timeout(ms: number): Promise<never> {
  return new Promise((_, reject) =>
    setTimeout(() => reject(new Error('délai dépassé')), ms).unref(),
  )
}

/** GET /api/health: 200 when the database answers, 503 otherwise. Public, no secrets. */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const started = Date.now()
    try {
      await Promise.race([adapterOf(req).pool.query('select 1'), timeout(TIMEOUT_MS)])
      return Response.json(
        { status: 'ok', database: 'ok', latencyMs: Date.now() - started },
        { headers: { 'cache-control': 'no-store' } },
      )
    } catch {
      return Response.json(
        {
          status: 'indisponible',
          database: 'injoignable',
          message:
            'La base de données ne répond pas. Vérifiez que PostgreSQL tourne et que DATABASE_URL est juste.',
        },
        { status: 503, headers: { 'cache-control': 'no-store' } },
      )
    }
  },
}
