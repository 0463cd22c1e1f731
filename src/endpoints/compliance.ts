import type { Endpoint } from 'payload'

import { chainMessage } from '../domain/chain'
import { verifyComplianceChain } from '../operations/chain'
import { requirePermission } from './helpers'

/**
 * GET /api/compliance/verify: recomputes the inalterability chain of issued invoices, credit
 * notes and payments, and names the first record that no longer matches.
 */
export const verifyChainEndpoint: Endpoint = {
  path: '/compliance/verify',
  method: 'get',
  handler: async (req) => {
    await requirePermission(req, 'invoices', 'read')
    const check = await verifyComplianceChain(req)
    return Response.json({ ...check, message: chainMessage(check) })
  },
}
