import type { PayloadRequest } from 'payload'

import { randomBytes } from 'node:crypto'

import { inTransaction } from '../db/transaction'

const everything = { limit: 0, pagination: false, depth: 0 } as const

/** RGPD: every document that concerns one customer, as plain JSON. */
export async function exportCustomerData({ req, id }: { req: PayloadRequest; id: number }) {
  const customer = await req.payload.findByID({
    collection: 'customers',
    id,
    req,
    overrideAccess: false,
    depth: 0,
  })
  const byCustomer = { customer: { equals: id } }
  const [devices, repairs, events] = await Promise.all([
    req.payload.find({ collection: 'devices', where: byCustomer, req, ...everything }),
    req.payload.find({ collection: 'repairs', where: byCustomer, req, ...everything }),
    req.payload.find({ collection: 'repair-events', where: byCustomer, req, ...everything }),
  ])
  return {
    exportedAt: new Date().toISOString(),
    customer,
    devices: devices.docs,
    repairs: repairs.docs,
    repairHistory: events.docs,
  }
}

/**
 * RGPD: replaces the customer's personal data and closes their portal access, keeping the
 * repairs (and later invoices) that accounting must keep for ten years.
 */
export async function anonymiseCustomer({ req, id }: { req: PayloadRequest; id: number }) {
  return inTransaction(req, async () => {
    const current = await req.payload.findByID({
      collection: 'customers',
      id,
      req,
      overrideAccess: false,
      depth: 0,
    })
    if (current.anonymisedAt) return current
    return req.payload.update({
      collection: 'customers',
      id,
      req,
      // anonymisedAt and the credentials are not writable by anyone through the API.
      overrideAccess: true,
      // The address is replaced, not changed by its owner: no confirmation link.
      context: { replaceEmail: true },
      data: {
        civility: null,
        firstName: 'Client',
        lastName: `anonymisé n° ${id}`,
        email: `anonyme-${id}@anonyme.invalid`,
        password: randomBytes(24).toString('base64url'),
        phone: null,
        address: { line1: null, line2: null, postalCode: null, city: null, country: null },
        company: null,
        siret: null,
        marketingConsent: false,
        internalNotes: null,
        pendingEmail: null,
        pendingEmailToken: null,
        pendingEmailExpiresAt: null,
        anonymisedAt: new Date().toISOString(),
      },
    })
  })
}
