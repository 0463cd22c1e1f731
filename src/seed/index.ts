import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { dbFor } from '../operations/db'
import { createRng } from './random'
import { planRepairs } from './repairPlan'
import { createRepairs } from './repairs'
import { seedStaff } from './staff'
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
  events: number
  ms: number
  /** Milliseconds per phase, for the log. */
  phases: Record<string, number>
}

/**
 * The whole demo workshop, without the empty-database guard: managed lists, staff accounts
 * (existing e-mails are reused), customers, devices, and a year of repairs with their history.
 * With `req`, everything is written in that request's transaction.
 */
export async function seedWorkshop(payload: Payload, { now = new Date(), req }: { now?: Date; req?: PayloadRequest } = {}): Promise<SeedSummary> {
  const started = Date.now()
  const phases: Record<string, number> = {}
  let mark = started
  const lap = (name: string) => {
    phases[name] = Date.now() - mark
    mark = Date.now()
  }
  const rng = createRng(SEED)
  const lists = await seedLists(payload, req)
  const staff = await seedStaff(payload, lists, now, req)
  lap('comptes')

  const { customers, devicesPerCustomer } = planCustomers(rng)
  const devices = planDevices(rng, devicesPerCustomer)
  const repairs = planRepairs(rng, devices, staff, now)

  const { customerIds, deviceIds } = await createCustomersAndDevices(payload, customers, devices, lists, req)
  lap('clients')
  const customerIdOfDevice = devices.map((d) => customerIds[d.customer]!)
  const { repairIds, events } = await createRepairs(payload, repairs, { deviceIds, customerIdOfDevice }, staff, req)
  lap('réparations')

  return {
    users: staff.created,
    technicianIds: staff.technicians.map((t) => t.id),
    lists: lists.created,
    customerIds,
    deviceIds,
    repairIds,
    events,
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
    return true
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
