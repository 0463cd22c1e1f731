import { addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload'

import { counterIntake, type IntakeInput, type IntakePhoto } from '../operations/intake'
import { RefusedError } from '../http/httpError'
import { jsonBody, requirePermission } from './helpers'

/**
 * JSON, or multipart with the JSON in `_payload` and the device's photos as `photos` (one part
 * per file), as the counter's form sends them.
 */
async function intakeBody(
  req: PayloadRequest,
): Promise<{ input: IntakeInput; photos: IntakePhoto[] }> {
  const type = req.headers.get('content-type') ?? ''
  if (!type.startsWith('multipart/')) return { input: await jsonBody<IntakeInput>(req), photos: [] }
  await addDataAndFileToRequest(req)
  if (!req.data || typeof req.data !== 'object')
    throw new RefusedError(
      'Le dépôt envoyé avec des photos doit porter sa fiche en JSON dans le champ « _payload ».',
      400,
    )
  const files = (req.files as Record<string, IntakePhoto | IntakePhoto[]> | undefined)?.photos
  const photos = files ? (Array.isArray(files) ? files : [files]) : []
  return { input: req.data as IntakeInput, photos }
}

/** POST /api/intake: customer (found or new) + device + repair, in one transaction. */
export const intakeEndpoint: Endpoint = {
  path: '/intake',
  method: 'post',
  handler: async (req) => {
    await requirePermission(req, 'repairs', 'create')
    const { input, photos } = await intakeBody(req)
    const { customer, device, repair } = await counterIntake({ req, input, photos })
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
