import type { PayloadRequest } from 'payload'

import type { Customer, Device, Repair } from '../payload-types'

import { assertIntakePhotos } from '../domain/intakePhotos'
import { RefusedError, enforce } from '../http/httpError'
import { inTransaction } from '../db/transaction'

type NewCustomer = Partial<
  Pick<
    Customer,
    | 'civility'
    | 'firstName'
    | 'lastName'
    | 'email'
    | 'phone'
    | 'company'
    | 'preferredChannel'
    | 'address'
  >
>
type NewDevice = Partial<
  Pick<
    Device,
    | 'type'
    | 'brand'
    | 'model'
    | 'serialNumber'
    | 'imei'
    | 'color'
    | 'problemDescription'
    | 'accessories'
    | 'condition'
  >
>
type NewRepair = Partial<
  Pick<
    Repair,
    'reportedProblem' | 'priority' | 'promisedAt' | 'assignee' | 'estimatedPrice' | 'unlockCode'
  >
>

/** A photo of the device as it was left, as the multipart parser hands it over. */
export type IntakePhoto = { data: Buffer; mimetype: string; name: string; size: number }

export type IntakeInput = {
  customerId?: number | null
  customer?: NewCustomer | null
  device: NewDevice
  repair: NewRepair
}

/**
 * The counter intake: find or create the customer, register the device with its photos, open the
 * repair, in one transaction and with the caller's own permissions. Returns the three documents.
 * A refused intake leaves no document; a photo file already written stays on disk unreferenced.
 */
export async function counterIntake({
  req,
  input,
  photos = [],
}: {
  req: PayloadRequest
  input: IntakeInput
  photos?: IntakePhoto[]
}) {
  if (!input.customerId && !input.customer) {
    throw new RefusedError(
      'Client manquant : choisissez un client existant ou remplissez la fiche du nouveau client.',
      400,
      { field: 'customer' },
    )
  }
  if (!input.device || !input.repair) {
    throw new RefusedError(
      "Appareil ou réparation manquant : remplissez l'appareil déposé et la panne signalée.",
      400,
      { field: 'device' },
    )
  }
  enforce(() => assertIntakePhotos(photos))
  return inTransaction(req, async () => {
    const customer = input.customerId
      ? await req.payload.findByID({
          collection: 'customers',
          id: input.customerId,
          req,
          overrideAccess: false,
          depth: 0,
        })
      : await req.payload.create({
          collection: 'customers',
          data: input.customer as Customer,
          req,
          overrideAccess: false,
        })
    const what = [input.device.brand, input.device.model].filter(Boolean).join(' ')
    const photoIds: number[] = []
    for (const [index, file] of photos.entries()) {
      const media = await req.payload.create({
        collection: 'media',
        data: { alt: `Dépôt ${what} — photo ${index + 1}` },
        file,
        req,
        overrideAccess: false,
      })
      photoIds.push(media.id)
    }
    const device = await req.payload.create({
      collection: 'devices',
      data: {
        ...input.device,
        ...(photoIds.length ? { photos: photoIds } : {}),
        customer: customer.id,
        problemDescription: input.device.problemDescription ?? input.repair.reportedProblem,
      } as Device,
      req,
      overrideAccess: false,
    })
    const repair = await req.payload.create({
      collection: 'repairs',
      data: { ...input.repair, device: device.id } as Repair,
      req,
      overrideAccess: false,
    })
    return { customer, device, repair }
  })
}
