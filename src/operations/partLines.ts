/**
 * « Pièces utilisées »: each line is a repair-parts document. Adding one takes the parts from
 * stock, changing its quantity moves the difference, removing it gives the parts back, all
 * through the ledger and in the request's transaction. The repair row is locked first, so a
 * line never lands on a repair being closed at the same moment.
 */
import type { PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import type { Repair, RepairPart } from '../payload-types'

import { roleOf } from '../access/roles'
import { dbFor } from '../db/db'
import { lockRows } from '../db/locks'
import { type DeviceIdentity, fitsDevice, incompatibilityMessage } from '../domain/compatibility'
import { idOf } from '../domain/ids'
import { hasCapability } from '../domain/permissions'
import { isOpen } from '../domain/repairStatus'
import { RefusedError } from '../http/httpError'
import { recordRepairEvent } from './recordRepairEvent'
import { recordMovement } from './stock'

type LineData = Partial<RepairPart>

/** « 2 × Écran iPhone 12 »: the line's title, and where the history finds the part's name. */
const lineLabel = (quantity: number, partName: string) => `${quantity} × ${partName}`
export const partNameOf = (label?: string | null) =>
  label?.includes(' × ') ? label.slice(label.indexOf(' × ') + 3) : null

type RepairRow = {
  id: number
  reference: string
  status: Repair['status']
  assignee: number | null
}

/** The repair, locked for the rest of the transaction and read by the same statement. */
async function lockedRepair(req: PayloadRequest, repairId: number): Promise<RepairRow> {
  const found = await (
    await dbFor(req)
  ).execute(sql`
    select id, reference, status, assignee_id as assignee from repairs where id = ${repairId} for update`)
  const repair = found.rows[0] as RepairRow | undefined
  if (!repair)
    throw new RefusedError(
      `La réparation n° ${repairId} n'existe pas : choisissez la réparation sur laquelle la pièce a été utilisée.`,
      400,
      { field: 'repair' },
    )
  return repair
}

/** Locks a line's repair, then the line (a missing line is left to Payload's 404). */
export async function lockLineAndRepair(req: PayloadRequest, lineId: number) {
  const db = await dbFor(req)
  const found = await db.execute(sql`select repair_id from repair_parts where id = ${lineId}`)
  const repairId = (found.rows[0] as { repair_id: number } | undefined)?.repair_id
  if (repairId === undefined) return
  await lockRows(req, 'repairs', [repairId])
  await lockRows(req, 'repair_parts', [lineId])
}

/** Open repair, and for a technician one assigned to them; imports (the demo seed) bring their past. */
async function assertCanChangeLines(req: PayloadRequest, repair: RepairRow, importing: boolean) {
  if (importing) return
  if (!isOpen(repair.status)) {
    throw new RefusedError(
      `La réparation ${repair.reference} est close : on ne peut plus y ajouter ni retirer de pièces. Rouvrez-la ou créez une reprise.`,
      409,
      { field: 'repair' },
    )
  }
  if (req.user?.collection !== 'users') return
  if (!hasCapability(await roleOf(req), 'repairs.all') && repair.assignee !== req.user.id) {
    throw new RefusedError(
      `La réparation ${repair.reference} n'est pas assignée à votre nom : seuls son technicien et l'atelier peuvent y ajouter des pièces.`,
      403,
      { field: 'repair' },
    )
  }
}

/**
 * Before a line is written: the repair may take it, a new line gets the part's sale price, VAT
 * and warranty of this moment (kept afterwards), and the label « 2 × Écran … ».
 */
export async function preparePartLine({
  req,
  data,
  original,
  importing,
}: {
  req: PayloadRequest
  data: LineData
  original?: RepairPart
  importing: boolean
}) {
  const repair = await lockedRepair(req, idOf(data.repair ?? original?.repair))
  await assertCanChangeLines(req, repair, importing)
  const partId = idOf(data.part ?? original?.part)
  const found = await (
    await dbFor(req)
  ).execute(sql`
    select name, sale_price, vat_rate, warranty_months,
      (select array_agg(text order by "order") from parts_texts
        where parent_id = parts.id and path = 'compatibleWith') as fits
    from parts where id = ${partId}`)
  const part = found.rows[0] as
    | {
        name: string
        sale_price: number | null
        vat_rate: number | null
        warranty_months: number | null
        fits: string[] | null
      }
    | undefined
  if (!part)
    throw new RefusedError(
      `La pièce n° ${partId} n'existe pas : choisissez une pièce du stock.`,
      400,
      { field: 'part' },
    )
  if (!original) {
    if (!importing && part.fits?.length && !data.acceptIncompatible)
      await assertFits(req, repair.id, part.name, part.fits)
    data.unitPrice = part.sale_price ?? 0
    data.vatRate = part.vat_rate ?? 2000
    data.warrantyMonths = part.warranty_months ?? 3
    // An import (the demo seed) says who fitted the part; otherwise whoever adds the line.
    if (!importing || data.addedBy == null)
      data.addedBy = req.user?.collection === 'users' ? req.user.id : null
  }
  data.label = lineLabel(data.quantity ?? original?.quantity ?? 1, part.name)
  return data
}

/** A part made for other models is fitted only when someone says so (« Poser quand même »). */
async function assertFits(req: PayloadRequest, repairId: number, partName: string, fits: string[]) {
  const found = await (
    await dbFor(req)
  ).execute(sql`
    select d.brand, d.model from repairs r join devices d on d.id = r.device_id where r.id = ${repairId}`)
  const device = found.rows[0] as DeviceIdentity | undefined
  if (!device || fitsDevice(fits, device)) return
  throw new RefusedError(incompatibilityMessage(partName, fits, device), 409, {
    field: 'acceptIncompatible',
  })
}

/** May the line go? Same rule as changing it: an open repair, the technician's own. */
export async function assertPartLineRemovable(req: PayloadRequest, line: RepairPart) {
  await assertCanChangeLines(req, await lockedRepair(req, idOf(line.repair)), false)
}

/**
 * After the write: the history, the repair's total, then the change of quantity through the
 * ledger. The stock comes last: the part's row stays locked from its update to the commit, and
 * every request using that part waits on it.
 */
export async function movePartLineStock(req: PayloadRequest, line: RepairPart, before: number) {
  const delta = line.quantity - before
  if (delta === 0) return
  const repairId = idOf(line.repair)
  const partId = idOf(line.part)
  await recordRepairEvent(req, repairId, {
    type: delta > 0 ? 'part_used' : 'part_returned',
    message: `${lineLabel(Math.abs(delta), partNameOf(line.label) ?? `pièce n° ${partId}`)} ${delta > 0 ? 'utilisée(s)' : 'rendue(s) au stock'}`,
    visibleToCustomer: false,
  })
  await refreshPartsTotal(req, repairId)
  await recordMovement(req, {
    part: partId,
    quantity: -delta,
    reason: delta > 0 ? 'used_on_repair' : 'returned_from_repair',
    repair: repairId,
  })
}

/** The repair's « total des pièces » (TTC, cents), from its lines, without running its hooks. */
export async function refreshPartsTotal(req: PayloadRequest, repairId: number) {
  await (
    await dbFor(req)
  ).execute(sql`
    update repairs set parts_total = coalesce((select sum(quantity * unit_price) from repair_parts where repair_id = ${repairId}), 0)
    where id = ${repairId}`)
}

/** The reference and « total des pièces » a line's author sees after adding it. */
export async function repairTotal(
  req: PayloadRequest,
  repairId: number,
): Promise<{ reference: string; partsTotal: number }> {
  const found = await (
    await dbFor(req)
  ).execute(sql`select reference, parts_total from repairs where id = ${repairId}`)
  const row = found.rows[0] as { reference: string; parts_total: number | string | null }
  return { reference: row.reference, partsTotal: Number(row.parts_total ?? 0) }
}
