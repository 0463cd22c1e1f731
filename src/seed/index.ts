import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { dbFor } from '../db/db'
import { createRng } from './random'
import { planRepairs } from './repairPlan'
import { createRepairs } from './repairs'
import { seedRepairBonuses } from './repairBonuses'
import { seedSettings } from './settings'
import { seedStaff } from './staff'
import { assigneeOf, createCatalogue, createOrders, dateLedger, repairLines } from './stock'
import { planStock } from './stockPlan'
import { createClaims, createWarranties } from './warranties'
import { createCustomersAndDevices, planCustomers, planDevices, seedLists } from './workshop'

/** Same seed, same shop: the demo data only moves with the date it is created on. */
const SEED = 20_261_129
/** Instances starting together take turns; the later ones then find users and skip. */
const SEED_LOCK = 74100003

export type SeedSummary = {
  users: number
  technicianIds: number[]
  lists: number
  customerIds: number[]
  deviceIds: number[]
  repairIds: number[]
  /** Repair-history entries, including the « pièce utilisée » ones. */
  events: number
  supplierIds: number[]
  partIds: number[]
  /** Repairs with parts fitted. */
  repairsWithParts: number
  movements: number
  warranties: number
  purchaseOrderIds: number[]
  claimIds: number[]
  /** Free reworks opened by accepted claims. */
  reworkRepairIds: number[]
  ms: number
  /** Milliseconds per phase, for the log. */
  phases: Record<string, number>
}

/**
 * The whole demo workshop, without the empty-database guard: managed lists, staff accounts
 * (existing e-mails are reused), customers, devices, and a year of repairs with their history.
 * With `req`, everything is written in that request's transaction.
 */
export async function seedWorkshop(
  payload: Payload,
  { now = new Date(), req: given }: { now?: Date; req?: PayloadRequest } = {},
): Promise<SeedSummary> {
  // One request for every call: its context is reset between phases, since the Local API keeps
  // each call's context on the request (the repairs' `importing` must not reach the claims).
  const req = given ?? (await createLocalReq({}, payload))
  const callerContext = req.context
  const started = Date.now()
  const phases: Record<string, number> = {}
  let mark = started
  const lap = (name: string) => {
    phases[name] = Date.now() - mark
    mark = Date.now()
  }
  const rng = createRng(SEED)
  await seedSettings(payload, req)
  const lists = await seedLists(payload, req)
  await seedRepairBonuses(payload, lists.types, req)
  const staff = await seedStaff(payload, lists, now, req)
  lap('comptes')

  const { customers, devicesPerCustomer } = planCustomers(rng)
  const devices = planDevices(rng, devicesPerCustomer)
  const repairs = planRepairs(rng, devices, staff, now)
  const stock = planStock(rng, repairs, devices, now)

  const { customerIds, deviceIds } = await createCustomersAndDevices(
    payload,
    customers,
    devices,
    lists,
    req,
  )
  lap('clients')
  req.context = { auditLog: false }
  const catalogue = await createCatalogue(payload, stock, staff, req)
  lap('pièces')
  const customerIdOfDevice = devices.map((d) => customerIds[d.customer]!)
  const created = await createRepairs(
    payload,
    repairs,
    { deviceIds, customerIdOfDevice },
    staff,
    req,
    (i) => repairLines(stock, catalogue, i),
  )
  const { repairIds } = created
  lap('réparations')

  req.context = { auditLog: false }
  const { orders, dated: orderMovements } = await createOrders(
    payload,
    stock,
    catalogue,
    created.repairs,
    staff,
    req,
  )
  const warranties = await createWarranties(req, created.repairs)
  const claims = await createClaims(payload, rng, created.repairs, staff, now, req)
  const fitted = created.repairs.flatMap((r, i) =>
    stock.usedAt[i] ? [{ repair: r.id, at: stock.usedAt[i]!, by: assigneeOf(r, staff) }] : [],
  )
  const partIds = [...catalogue.parts.values()]
  await dateLedger(req, [...catalogue.dated, ...orderMovements, ...claims.dated], fitted, partIds)
  req.context = callerContext
  const partsFitted = stock.lines.reduce((n, lines) => n + new Set(lines.map((l) => l.sku)).size, 0)
  const movements =
    catalogue.dated.length + orderMovements.length + claims.dated.length + partsFitted
  lap('stock et garanties')

  return {
    users: staff.created,
    technicianIds: staff.technicians.map((t) => t.id),
    lists: lists.created,
    customerIds,
    deviceIds,
    repairIds,
    events: created.events + partsFitted,
    supplierIds: [...catalogue.suppliers.values()],
    partIds,
    repairsWithParts: fitted.length,
    movements,
    warranties,
    purchaseOrderIds: orders.map((o) => o.id),
    claimIds: claims.claims.map((c) => c.id),
    reworkRepairIds: claims.reworkRepairIds,
    ms: Date.now() - started,
    phases,
  }
}

/**
 * Demo data for a French repair shop. Runs once, on an empty database only (no users yet), in
 * one transaction: a start interrupted half-way leaves nothing, and the next start seeds again.
 */
export async function seedDemo(payload: Payload): Promise<boolean> {
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    await (await dbFor(req)).execute(sql`select pg_advisory_xact_lock(${SEED_LOCK})`)
    const { totalDocs } = await payload.count({ collection: 'users', req })
    if (totalDocs > 0) {
      await commitTransaction(req)
      return false
    }
    const summary = await seedWorkshop(payload, { req })
    await commitTransaction(req)
    payload.logger.info(
      `Données de démonstration créées en ${(summary.ms / 1000).toFixed(1)} s : ${summary.users} comptes (dont ${summary.technicianIds.length} techniciens), ` +
        `${summary.lists} entrées de listes (compétences et types d'appareils), ${summary.customerIds.length} clients, ` +
        `${summary.deviceIds.length} appareils, ${summary.repairIds.length} réparations et ${summary.events} événements d'historique.`,
    )
    payload.logger.info(
      `Stock et garanties de démonstration : ${summary.supplierIds.length} fournisseurs, ${summary.partIds.length} pièces et consommables, ` +
        `${summary.movements} mouvements de stock (pièces posées sur ${summary.repairsWithParts} réparations), ` +
        `${summary.purchaseOrderIds.length} commandes fournisseurs, ${summary.warranties} garanties, ` +
        `${summary.claimIds.length} réclamations sous garantie et ${summary.reworkRepairIds.length} reprise gratuite.`,
    )
    return true
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
