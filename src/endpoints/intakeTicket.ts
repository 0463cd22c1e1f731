import type { Endpoint } from 'payload'

import type { Customer, Device, DeviceType, User } from '../payload-types'

import { portalUrl } from '../config/env'
import { readShopSettings } from '../config/shopSettings'
import { RefusedError } from '../http/httpError'
import { renderIntakeTicket } from '../documents/intakeTicket'
import { idParam } from './helpers'

const asObject = <T>(value: unknown): T | null =>
  value && typeof value === 'object' ? (value as T) : null

/** GET /api/repairs/:id/intake-ticket: the printable bon de dépôt (PDF), for whoever may read the repair. */
export const intakeTicketEndpoint: Omit<Endpoint, 'root'> = {
  path: '/:id/intake-ticket',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw new RefusedError('Connectez-vous pour télécharger le bon de dépôt.', 401)
    const repair = await req.payload.findByID({
      collection: 'repairs',
      id: idParam(req),
      depth: 2,
      req,
      overrideAccess: false,
    })
    const device = asObject<Device>(repair.device)
    const customer = asObject<Customer>(repair.customer) ?? asObject<Customer>(device?.customer)
    const createdBy = await req.payload.find({
      collection: 'repair-events',
      where: { repair: { equals: repair.id }, type: { equals: 'created' } },
      limit: 1,
      depth: 0,
      req,
    })
    const settings = await readShopSettings(req)
    const pdf = await renderIntakeTicket({
      shop: settings.identity,
      terms: settings,
      reference: repair.reference!,
      createdAt: repair.createdAt,
      customer: {
        name: customer?.displayName ?? 'Client',
        phone: customer?.phone,
        email: customer?.email,
      },
      device: {
        type: asObject<DeviceType>(device?.type)?.name,
        brand: device?.brand,
        model: device?.model,
        serialNumber: device?.serialNumber,
        imei: device?.imei,
        color: device?.color,
        accessories: device?.accessories ?? [],
        condition: {
          scratches: Boolean(device?.condition?.scratches),
          cracks: Boolean(device?.condition?.cracks),
          missingParts: device?.condition?.missingParts,
          notes: device?.condition?.notes,
        },
      },
      problem: repair.reportedProblem,
      estimatedPrice: repair.estimatedPrice,
      promisedAt: repair.promisedAt,
      portalUrl: `${portalUrl()}/reparations/${encodeURIComponent(repair.reference!)}`,
      receivedBy:
        createdBy.docs[0]?.byLabel ?? asObject<User>(repair.statusChangedBy)?.name ?? null,
    })
    return new Response(new Uint8Array(pdf), {
      headers: {
        'content-type': 'application/pdf',
        'content-disposition': `inline; filename="bon-de-depot-${repair.reference}.pdf"`,
        'cache-control': 'private, no-store',
      },
    })
  },
}
