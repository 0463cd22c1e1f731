/**
 * Row rules: which documents of a collection a signed-in person reaches, on top of the
 * permission check. Staff without `repairs.all` reach only what is assigned to them; a customer
 * reaches only their own documents.
 */
import type { Access, PayloadRequest, Where } from 'payload'

import { type Action, can, type Feature, hasCapability } from '../domain/permissions'
import { idOf } from '../domain/ids'
import { isCustomer, roleOf } from './roles'

const NOTHING: Where = { id: { equals: 0 } }

type RowOptions = {
  /** Where for staff limited to their own assignments. */
  assigned: (req: PayloadRequest) => Where | Promise<Where>
  /** Where for the signed-in customer, or false when customers never reach this collection. */
  customer: ((req: PayloadRequest) => Where) | false
}

export const rowsOf =
  (feature: Feature, action: Action, options: RowOptions): Access =>
  async ({ req }) => {
    if (isCustomer(req.user))
      return action === 'read' && options.customer ? options.customer(req) : false
    const role = await roleOf(req)
    if (!can(role, feature, action)) return false
    if (hasCapability(role, 'repairs.all')) return true
    return options.assigned(req)
  }

/** Ids of the devices of the repairs assigned to the signed-in technician (once per request). */
const assignedDeviceIds = new WeakMap<object, Promise<number[]>>()

export function devicesAssignedTo(req: PayloadRequest): Promise<number[]> {
  let pending = assignedDeviceIds.get(req)
  if (!pending) {
    pending = req.payload
      .find({
        collection: 'repairs',
        where: { assignee: { equals: req.user!.id } },
        depth: 0,
        limit: 0,
        pagination: false,
        select: { device: true },
        req,
      })
      .then((r) => [...new Set(r.docs.map((d) => idOf(d.device)))])
    assignedDeviceIds.set(req, pending)
  }
  return pending
}

export const ownByCustomerField = (req: PayloadRequest): Where => ({
  customer: { equals: req.user!.id },
})

export const assignedRepairs = (req: PayloadRequest): Where => ({
  assignee: { equals: req.user!.id },
})

export async function assignedDevices(req: PayloadRequest): Promise<Where> {
  const ids = await devicesAssignedTo(req)
  return ids.length ? { id: { in: ids } } : NOTHING
}
