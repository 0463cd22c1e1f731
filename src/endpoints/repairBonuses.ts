import type { Endpoint } from 'payload'

import { parisParts } from '../domain/parisTime'
import { bonusClaims } from '../operations/bonusClaims'
import { requirePermission } from './helpers'

/** GET /api/repair-bonuses/claims?month=YYYY-MM: what to claim from the eco-organisms. */
export const claimsEndpoint: Omit<Endpoint, 'root'> = {
  path: '/claims',
  method: 'get',
  handler: async (req) => {
    await requirePermission(req, 'invoices', 'read')
    const month = req.searchParams.get('month') ?? parisParts(new Date()).date.slice(0, 7)
    return Response.json(await bonusClaims(req, month))
  },
}
