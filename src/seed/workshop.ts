import type { Payload, PayloadRequest } from 'payload'

import { randomBytes } from 'node:crypto'

import type { Customer } from '../payload-types'

import {
  ACCESSORIES,
  ADDRESS_EXTRAS,
  COMPANIES,
  CONDITION_NOTES,
  CUSTOMER_NOTES,
  DEVICE_TYPES,
  FAULTS,
  FIRST_NAMES_F,
  FIRST_NAMES_M,
  LAST_NAMES,
  MISSING_PARTS,
  MODELS,
  SKILLS,
  TOWNS,
  type Fault,
  type Model,
  type TypeCode,
} from './catalog'
import { asciiSlug, makeImei, makeSerial, makeSiret, type Rng } from './random'

export type Lists = { skills: Map<string, number>; types: Map<TypeCode, number> }

const SEED_CONTEXT = { auditLog: false }

/** Skills and device types: the managed lists, created when missing (matched by code). */
export async function seedLists(
  payload: Payload,
  req?: PayloadRequest,
): Promise<Lists & { created: number }> {
  let created = 0
  const found = await payload.find({
    collection: 'skills',
    depth: 0,
    limit: 0,
    pagination: false,
    req,
  })
  const skills = new Map(found.docs.map((s) => [s.code, s.id]))
  for (const skill of SKILLS) {
    if (skills.has(skill.code)) continue
    skills.set(
      skill.code,
      (
        await payload.create({
          collection: 'skills',
          data: { ...skill },
          depth: 0,
          context: SEED_CONTEXT,
          req,
        })
      ).id,
    )
    created++
  }
  const foundTypes = await payload.find({
    collection: 'device-types',
    depth: 0,
    limit: 0,
    pagination: false,
    req,
  })
  const types = new Map(foundTypes.docs.map((t) => [t.code as TypeCode, t.id]))
  for (const type of DEVICE_TYPES) {
    if (types.has(type.code)) continue
    const data = {
      name: type.name,
      code: type.code,
      skill: type.skill ? skills.get(type.skill) : null,
    }
    types.set(
      type.code,
      (
        await payload.create({
          collection: 'device-types',
          data,
          depth: 0,
          context: SEED_CONTEXT,
          req,
        })
      ).id,
    )
    created++
  }
  return { skills, types, created }
}

export type CustomerPlan = Omit<
  Customer,
  'id' | 'createdAt' | 'updatedAt' | 'collection' | 'devices' | 'repairs'
>

// 25 customers with one device, 10 with two, 5 with three: 40 customers, 60 devices.
const DEVICES_PER_CUSTOMER = [
  ...Array<number>(25).fill(1),
  ...Array<number>(10).fill(2),
  ...Array<number>(5).fill(3),
]

const TYPE_MIX: [TypeCode, number][] = [
  ['smartphone', 22],
  ['tablet', 6],
  ['laptop', 12],
  ['desktop', 3],
  ['console', 7],
  ['tv', 3],
  ['audio', 5],
  ['other', 2],
]

/** '0612345678' → '06 12 34 56 78', the way people write it. */
const spaced = (digits: string) => digits.replace(/(\d{2})(?=\d)/g, '$1 ')

function landline(rng: Rng, postalCode: string): string {
  const dept = postalCode.slice(0, 2)
  const area =
    dept === '42'
      ? '77'
      : dept === '38'
        ? rng.pick(['76', '74'])
        : dept === '01'
          ? '74'
          : dept === '71'
            ? '85'
            : `7${rng.pick(['2', '8', '8'])}`
  return spaced(`0${dept === '71' ? '3' : '4'}${area}${rng.digits(6)}`)
}

export function planCustomers(rng: Rng): {
  customers: CustomerPlan[]
  devicesPerCustomer: number[]
} {
  const customers: CustomerPlan[] = []
  const usedNames = new Set<string>()
  const usedEmails = new Set<string>()
  const companyAt = new Set(rng.shuffle([...Array(40).keys()]).slice(0, 5))
  let companies = rng.shuffle(COMPANIES)

  for (let i = 0; i < DEVICES_PER_CUSTOMER.length; i++) {
    const female = rng.chance(0.5)
    let firstName: string
    let lastName: string
    do {
      firstName = rng.pick(female ? FIRST_NAMES_F : FIRST_NAMES_M)
      lastName = rng.pick(LAST_NAMES)
    } while (usedNames.has(`${firstName} ${lastName}`))
    usedNames.add(`${firstName} ${lastName}`)

    const company = companyAt.has(i) ? companies[0]! : null
    if (company) companies = companies.slice(1)
    const first = asciiSlug(firstName)
    const last = asciiSlug(lastName).replace(/-/g, '')
    let local = company
      ? asciiSlug(company)
      : rng.weighted([
          [`${first}.${last}`, 5],
          [`${first[0]}${last}`, 2],
          [`${last}.${first}`, 1],
          [`${first}${last}${rng.int(1, 99)}`, 2],
        ])
    while (usedEmails.has(local)) local += rng.int(1, 9)
    usedEmails.add(local)

    const town = rng.weighted(TOWNS.map((t) => [t, t.weight] as const))
    const mobile = spaced(
      `0${rng.weighted([
        ['6', 3],
        ['7', 1],
      ])}${rng.digits(8)}`,
    )
    customers.push({
      civility: female ? 'mme' : 'm',
      firstName,
      lastName,
      email: `${local}@exemple.fr`,
      phone: company || rng.chance(0.15) ? landline(rng, town.postalCode) : mobile,
      address: {
        line1: `${rng.int(1, 120)}${rng.chance(0.1) ? ' bis' : ''} ${rng.pick(town.streets)}`,
        line2: rng.chance(0.2) ? rng.pick(ADDRESS_EXTRAS) : null,
        postalCode: town.postalCode,
        city: town.city,
        country: 'FR',
      },
      company,
      siret: company ? makeSiret(rng) : null,
      preferredChannel: rng.weighted([
        ['email', 45],
        ['sms', 40],
        ['phone', 15],
      ] as const),
      marketingConsent: rng.chance(0.35),
      internalNotes: company
        ? CUSTOMER_NOTES[3]
        : rng.chance(0.1)
          ? rng.pick(CUSTOMER_NOTES.slice(0, 3))
          : null,
    })
  }
  return { customers, devicesPerCustomer: rng.shuffle(DEVICES_PER_CUSTOMER) }
}

export type DevicePlan = {
  customer: number
  type: TypeCode
  model: Model
  serialNumber: string
  imei: string | null
  color: string
  accessories: string[]
  /** The fault of the latest intake; earlier repairs of the device take other faults. */
  fault: Fault
  scratches: boolean
  missingParts: string | null
  conditionNotes: string | null
  /** Set once the repairs are planned: the first intake. */
  firstIntake?: Date
}

export function planDevices(rng: Rng, devicesPerCustomer: number[]): DevicePlan[] {
  const types = rng.shuffle(TYPE_MIX.flatMap(([code, n]) => Array<TypeCode>(n).fill(code)))
  const devices: DevicePlan[] = []
  devicesPerCustomer.forEach((count, customer) => {
    for (let k = 0; k < count; k++) {
      const type = types[devices.length]!
      const model = rng.pick(MODELS[type])
      devices.push({
        customer,
        type,
        model,
        serialNumber: makeSerial(rng, model.serial[0], model.serial[1]),
        imei: model.tac ? makeImei(rng, model.tac) : null,
        color: rng.pick(model.colors),
        accessories: rng.shuffle(ACCESSORIES[type]).slice(
          0,
          rng.weighted([
            [0, 4],
            [1, 4],
            [2, 2],
          ]),
        ),
        fault: rng.pick(FAULTS[type]),
        scratches: rng.chance(0.4),
        missingParts: rng.chance(0.1) ? rng.pick(MISSING_PARTS) : null,
        conditionNotes: rng.chance(0.3) ? rng.pick(CONDITION_NOTES) : null,
      })
    }
  })
  return devices
}

const MINUTE_MS = 60_000

/** Customers first (each registered a few minutes before their first device), then devices. */
export async function createCustomersAndDevices(
  payload: Payload,
  customers: CustomerPlan[],
  devices: DevicePlan[],
  lists: Lists,
  req?: PayloadRequest,
): Promise<{ customerIds: number[]; deviceIds: number[] }> {
  const firstVisit = customers.map((_, i) =>
    Math.min(...devices.filter((d) => d.customer === i).map((d) => d.firstIntake!.getTime())),
  )
  // Ids follow the order people came into the shop.
  const customerOrder = [...customers.keys()].sort((a, b) => firstVisit[a]! - firstVisit[b]!)
  const customerIds: number[] = []
  // One at a time: the seed runs in one transaction, on one connection. Most of the time goes
  // into hashing each account's password (PBKDF2, ~150 ms).
  for (const i of customerOrder) {
    const at = new Date(firstVisit[i]! - 5 * MINUTE_MS).toISOString()
    const doc = await payload.create({
      collection: 'customers',
      data: {
        ...customers[i]!,
        password: randomBytes(18).toString('base64url'),
        _verified: true,
        createdAt: at,
        updatedAt: at,
      },
      disableVerificationEmail: true,
      depth: 0,
      context: SEED_CONTEXT,
      req,
    })
    customerIds[i] = doc.id
  }

  const deviceOrder = [...devices.keys()].sort(
    (a, b) => devices[a]!.firstIntake!.getTime() - devices[b]!.firstIntake!.getTime(),
  )
  const deviceIds: number[] = []
  for (const i of deviceOrder) {
    const d = devices[i]!
    const at = new Date(d.firstIntake!.getTime() - 2 * MINUTE_MS).toISOString()
    const doc = await payload.create({
      collection: 'devices',
      data: {
        customer: customerIds[d.customer]!,
        type: lists.types.get(d.type),
        brand: d.model.brand,
        model: d.model.model,
        serialNumber: d.serialNumber,
        imei: d.imei,
        color: d.color,
        accessories: d.accessories,
        problemDescription: d.fault.text,
        condition: {
          scratches: d.scratches,
          cracks: Boolean(d.fault.cracks),
          missingParts: d.missingParts,
          notes: d.conditionNotes,
        },
        createdAt: at,
        updatedAt: at,
      },
      depth: 0,
      context: SEED_CONTEXT,
      req,
    })
    deviceIds[i] = doc.id
  }
  return { customerIds, deviceIds }
}
