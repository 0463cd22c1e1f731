import type { Payload } from 'payload'

import { login } from './api'

let counter = 0
export const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++counter}`

export const PASSWORD = 'mot-de-passe-test-1'

export async function roleId(payload: Payload, code: string): Promise<number> {
  const found = await payload.find({
    collection: 'roles',
    where: { code: { equals: code } },
    limit: 1,
  })
  if (!found.docs[0]) throw new Error(`Rôle ${code} introuvable`)
  return found.docs[0].id as number
}

/** Creates an active staff member with the given role and signs them in. */
export async function staff(
  payload: Payload,
  roleCode: string,
  extra: Record<string, unknown> = {},
) {
  const email = `${unique(roleCode)}@atelier.test`
  const user = await payload.create({
    collection: 'users',
    data: {
      name: `Test ${roleCode}`,
      email,
      password: PASSWORD,
      role: await roleId(payload, roleCode),
      active: true,
      ...extra,
    },
  })
  return { user, email, token: await login('users', email, PASSWORD) }
}

export type Staff = Awaited<ReturnType<typeof staff>>

/** One account of each default staff role, signed in: the admin, the counter, a technician. */
export async function shopStaff(
  payload: Payload,
): Promise<{ admin: Staff; reception: Staff; tech: Staff }> {
  return {
    admin: await staff(payload, 'admin'),
    reception: await staff(payload, 'receptionist'),
    tech: await staff(payload, 'technician', { isTechnician: true }),
  }
}

/** Creates a verified portal customer and signs them in. */
export async function customer(payload: Payload, extra: Record<string, unknown> = {}) {
  const email = `${unique('client')}@exemple.fr`
  const doc = await payload.create({
    collection: 'customers',
    data: {
      firstName: 'Camille',
      lastName: 'Durand',
      email,
      password: PASSWORD,
      _verified: true,
      ...extra,
    },
    disableVerificationEmail: true,
  })
  return { customer: doc, email, token: await login('customers', email, PASSWORD) }
}

/** A customer record as the counter would create it (no portal login). */
export async function counterCustomer(payload: Payload, extra: Record<string, unknown> = {}) {
  return payload.create({
    collection: 'customers',
    data: {
      firstName: 'Marc',
      lastName: unique('Client'),
      email: `${unique('cc')}@exemple.fr`,
      password: PASSWORD,
      _verified: true,
      ...extra,
    },
    disableVerificationEmail: true,
  })
}

export async function device(
  payload: Payload,
  customerId: number,
  extra: Record<string, unknown> = {},
) {
  return payload.create({
    collection: 'devices',
    data: {
      customer: customerId,
      brand: 'Apple',
      model: 'iPhone 13',
      serialNumber: unique('SN'),
      ...extra,
    },
  })
}

export async function repair(
  payload: Payload,
  deviceId: number,
  extra: Record<string, unknown> = {},
) {
  return payload.create({
    collection: 'repairs',
    data: {
      device: deviceId,
      reportedProblem: 'Écran cassé',
      status: 'en_attente' as const,
      ...extra,
    },
  })
}

export { richText } from '../../src/seed/repairs'

/** A part with `stock` units on hand, put there by an inventory adjustment through the ledger. */
export async function part(payload: Payload, stock: number, extra: Record<string, unknown> = {}) {
  const doc = await payload.create({
    collection: 'parts',
    data: {
      sku: unique('SKU'),
      name: unique('Écran'),
      kind: 'piece',
      purchaseCost: 2500,
      salePrice: 8900,
      reorderThreshold: 0,
      reorderQuantity: 5,
      ...extra,
    },
  })
  if (stock > 0) {
    await payload.create({
      collection: 'stock-movements',
      data: { part: doc.id, quantity: stock, reason: 'adjustment', note: 'Inventaire initial' },
    })
  }
  return payload.findByID({ collection: 'parts', id: doc.id })
}
