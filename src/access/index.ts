/**
 * Every collection and field access in Atelier is built from these predicates, all resting on
 * one permission check (`can` / `hasCapability` in src/domain/permissions.ts).
 */
import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'

import {
  type Action,
  can,
  type Capability,
  type Feature,
  hasCapability,
} from '../domain/permissions'
import { isCustomer, isStaff, roleOf } from './roles'

export { isCustomer, isStaff, roleOf }

/** Staff whose role grants `action` on `feature`. */
export const allow =
  (feature: Feature, action: Action): Access =>
  async ({ req }) =>
    can(await roleOf(req), feature, action)

/** For checks that take a plain yes or no (jobs, custom endpoints). */
export const permitted =
  (feature: Feature, action: Action) =>
  async ({ req }: { req: PayloadRequest }): Promise<boolean> =>
    can(await roleOf(req), feature, action)

/** Staff whose role grants the named capability. */
export const allowCapability =
  (capability: Capability): Access =>
  async ({ req }) =>
    hasCapability(await roleOf(req), capability)

/** Field-level: staff whose role grants `action` on `feature`. */
export const fieldAllow =
  (feature: Feature, action: Action): FieldAccess =>
  async ({ req }) =>
    can(await roleOf(req), feature, action)

/** Field-level: staff whose role grants the capability. */
export const fieldCapability =
  (capability: Capability): FieldAccess =>
  async ({ req }) =>
    hasCapability(await roleOf(req), capability)

export const fieldStaffOnly: FieldAccess = ({ req }) => isStaff(req.user)

/** Fields only the workshop's own hooks write (references, clocks, derived links). */
export const systemOnly: { create: FieldAccess; update: FieldAccess } = {
  create: () => false,
  update: () => false,
}

/** Who the customer is: staff allowed to read customers, and the customer themself. */
export const fieldSeeCustomer: FieldAccess = async ({ req }) =>
  isCustomer(req.user) || can(await roleOf(req), 'customers', 'read')

export const nobody: Access = () => false

export const anonymous: Access = ({ req }) => !req.user

/** The signed-in staff member's own user record. */
export const ownUser: Access = ({ req }) =>
  isStaff(req.user) ? { id: { equals: req.user!.id } } : false

/** The signed-in customer's own customer record. */
export const ownCustomerRecord: Access = ({ req }) =>
  isCustomer(req.user) ? { id: { equals: req.user!.id } } : false

/** The first predicate that grants wins; row filters (Where) are combined with OR. */
export const or =
  (...predicates: Access[]): Access =>
  async (args) => {
    const filters: Where[] = []
    for (const predicate of predicates) {
      const result = await predicate(args)
      if (result === true) return true
      if (result && typeof result === 'object') filters.push(result)
    }
    if (filters.length === 0) return false
    return filters.length === 1 ? filters[0] : { or: filters }
  }
