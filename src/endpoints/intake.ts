import type { Endpoint } from 'payload'

import { counterIntake, type IntakeInput } from '../operations/intake'
import { jsonBody, requirePermission } from './helpers'

/** POST /api/intake: customer (found or new) + device + repair, in one transaction. */
export const intakeEndpoint: Endpoint = {
  path: '/intake',
  method: 'post',
  handler: async (req) => {
    await requirePermission(req, 'repairs', 'create')
    const input = await jsonBody<IntakeInput>(req)
    const { customer, device, repair } = await counterIntake({ req, input })
    return Response.json(
      {
        message: `Dépôt enregistré : réparation ${repair.reference}.`,
        customer: { id: customer.id, displayName: customer.displayName },
        device: { id: device.id, label: device.label },
        repair: { id: repair.id, reference: repair.reference },
        ticketUrl: `/api/repairs/${repair.id}/intake-ticket`,
      },
      { status: 201 },
    )
  },
}
