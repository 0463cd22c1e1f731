import type { Endpoint } from 'payload'

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
    return Response.json({
      ...check,
      message: check.ok
        ? `Chaîne intacte : ${check.checked} enregistrement(s) vérifié(s).`
        : `Chaîne rompue à l'enregistrement n° ${check.broken.sequence} (${check.broken.label}) : ${check.broken.reason}. Les ${check.checked} précédents sont intacts.`,
    })
  },
}
