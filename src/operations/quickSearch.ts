import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import type { Customer, Device, Repair } from '../payload-types'

import { roleOf } from '../access/roles'
import { describeState, type RepairStatus, type RepairStep } from '../domain/repairStatus'
import { can, type Feature } from '../domain/permissions'
import { displayPhone } from '../domain/phone'

export type SearchHit = { id: number; title: string; detail: string; url: string }
export type SearchResults = {
  query: string
  repairs: SearchHit[]
  devices: SearchHit[]
  customers: SearchHit[]
}

const LIMIT = 6

const nameOf = (value: unknown): string =>
  value && typeof value === 'object' ? String((value as Customer).displayName ?? '') : ''
const labelOf = (value: unknown): string =>
  value && typeof value === 'object' ? String((value as Device).label ?? '') : ''

/** The same fields as the collection's list search, so both boxes find the same things. */
function searchWhere(req: PayloadRequest, slug: CollectionSlug, query: string): Where {
  const fields = req.payload.collections[slug].config.admin.listSearchableFields ?? []
  return { or: fields.map((field) => ({ [field]: { like: query } })) }
}

async function find<T>(
  req: PayloadRequest,
  slug: CollectionSlug,
  feature: Feature,
  query: string,
  depth: number,
): Promise<T[]> {
  if (!can(await roleOf(req), feature, 'read')) return []
  const result = await req.payload.find({
    collection: slug,
    where: searchWhere(req, slug, query),
    limit: LIMIT,
    depth,
    sort: '-updatedAt',
    req,
    user: req.user,
    overrideAccess: false,
  })
  return result.docs as T[]
}

/**
 * The header's quick search: repairs, devices and customers matching what was typed (reference,
 * fault, model, serial, IMEI, customer name or phone in any usual French form), within what the
 * signed-in role may read.
 */
export async function quickSearch(req: PayloadRequest, raw: string): Promise<SearchResults> {
  const query = raw.trim().slice(0, 100)
  const empty = { query, repairs: [], devices: [], customers: [] }
  if (query.length < 2) return empty
  const [repairs, devices, customers] = await Promise.all([
    find<Repair>(req, 'repairs', 'repairs', query, 1),
    find<Device>(req, 'devices', 'devices', query, 1),
    find<Customer>(req, 'customers', 'customers', query, 0),
  ])
  const admin = req.payload.config.routes.admin
  return {
    query,
    repairs: repairs.map((r) => ({
      id: r.id,
      title: r.reference ?? `Réparation ${r.id}`,
      detail: [
        labelOf(r.device),
        nameOf(r.customer),
        describeState({
          status: r.status as RepairStatus,
          step: (r.step ?? null) as RepairStep | null,
        }),
      ]
        .filter(Boolean)
        .join(' · '),
      url: `${admin}/collections/repairs/${r.id}`,
    })),
    devices: devices.map((d) => ({
      id: d.id,
      title: d.label ?? `Appareil ${d.id}`,
      detail: [
        d.imei ? `IMEI ${d.imei}` : '',
        d.serialNumber ? `N° ${d.serialNumber}` : '',
        nameOf(d.customer),
      ]
        .filter(Boolean)
        .join(' · '),
      url: `${admin}/collections/devices/${d.id}`,
    })),
    customers: customers.map((c) => ({
      id: c.id,
      title: c.displayName ?? `Client ${c.id}`,
      detail: [c.phone ? displayPhone(c.phone) : '', c.email ?? ''].filter(Boolean).join(' · '),
      url: `${admin}/collections/customers/${c.id}`,
    })),
  }
}
