import type { Endpoint } from 'payload'

import { roleOf } from '../access/roles'
import { seesAllTechnicianFigures } from '../domain/permissions'
import { suggestTechnicians, technicianPerformance } from '../operations/technicians'
import { dateParam, requireCapability, requirePermission } from './helpers'

/** GET /api/technicians/suggestions?deviceType=ID: who should take this repair, best first. */
export const suggestionsEndpoint: Endpoint = {
  path: '/technicians/suggestions',
  method: 'get',
  handler: async (req) => {
    await requireCapability(req, 'repairs.assign', 'assigner les réparations')
    const deviceType = Number(req.searchParams.get('deviceType')) || null
    return Response.json(await suggestTechnicians({ req, deviceTypeId: deviceType }))
  },
}

/**
 * GET /api/technicians/performance?from=YYYY-MM-DD&to=YYYY-MM-DD[&technician=ID]
 * Managers (reports) see everyone; a technician sees their own figures only.
 */
export const performanceEndpoint: Endpoint = {
  path: '/technicians/performance',
  method: 'get',
  handler: async (req) => {
    await requirePermission(req, 'technicians', 'read')
    const now = new Date()
    const from = dateParam(req, 'from', new Date(now.getTime() - 30 * 86_400_000))
    const to = dateParam(req, 'to', now)
    const seesAll = seesAllTechnicianFigures(await roleOf(req))
    const asked = Number(req.searchParams.get('technician')) || null
    const technicianId = seesAll ? asked : (req.user!.id as number)
    const rows = await technicianPerformance({ req, from, to, technicianId })
    return Response.json({ from: from.toISOString(), to: to.toISOString(), technicians: rows })
  },
}
