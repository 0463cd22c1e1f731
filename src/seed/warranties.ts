/**
 * Warranties of the finished demo repairs and a few claims against the ones still running:
 * one open, one refused, one accepted (free rework opened by the claim's own hook, faulty
 * part sent back to the supplier under an RMA when it is a part warranty).
 */
import type { Payload, PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import type { Part, Repair, Warranty, WarrantyClaim } from '../payload-types'

import { dbFor } from '../db/db'
import { recordMovement } from '../operations/stock'
import { createWarrantiesForRepair } from '../operations/warranties'
import type { Rng } from './random'
import type { Staff } from './staff'
import type { Dated } from './stock'
import { CLAIM_STORIES } from './stockCatalog'
import { DAY, HOUR, MINUTE, snapBack } from './timeline'
import { idOf } from '../domain/ids'

const SEED_CONTEXT = { auditLog: false }

/**
 * One warranty per replaced part and one for the labour, from the day each repair was finished.
 * Repairs handed back after a cancellation were never worked on: no warranty.
 */
export async function createWarranties(req: PayloadRequest, repairs: Repair[]): Promise<number> {
  req.context = { ...SEED_CONTEXT }
  const finished = repairs.filter(
    (r) => (r.status === 'termine' || r.status === 'restitue') && r.finishedAt,
  )
  let created = 0
  for (const repair of finished) created += await createWarrantiesForRepair(req, repair)
  if (finished.length) {
    // Granted when the repair was finished, not when the seed ran.
    const ids = sql.join(
      finished.map((r) => sql`${r.id}`),
      sql`, `,
    )
    await (
      await dbFor(req)
    ).execute(
      sql`update warranties set created_at = starts_at, updated_at = starts_at where repair_id in (${ids})`,
    )
  }
  return created
}

export type SeededClaims = { claims: WarrantyClaim[]; reworkRepairIds: number[]; dated: Dated[] }

const REFUSAL = {
  description: 'L’appareil ne s’allume plus depuis une chute dans l’escalier la semaine dernière.',
  reason:
    'Choc visible sur l’angle inférieur (châssis enfoncé, nappe arrachée) : la panne vient de la chute, pas de notre intervention. ' +
    'La casse accidentelle n’est pas couverte par la garantie ; un devis de réparation a été remis au client.',
}
const OPEN_STORY =
  'Le défaut réparé est revenu depuis quelques jours : le client demande un contrôle sous garantie.'

/**
 * Three claims on warranties still running, on devices already handed back: the accepted one on
 * a replaced part when there is one. Opened and decided through the claim hooks.
 */
export async function createClaims(
  payload: Payload,
  rng: Rng,
  repairs: Repair[],
  staff: Staff,
  now: Date,
  req: PayloadRequest,
): Promise<SeededClaims> {
  req.context = { ...SEED_CONTEXT }
  const byId = new Map(repairs.map((r) => [r.id, r]))
  const { docs } = await payload.find({
    collection: 'warranties',
    where: {
      and: [
        { repair: { in: repairs.map((r) => r.id) } },
        { endsAt: { greater_than: new Date(now.getTime() + 14 * DAY).toISOString() } },
      ],
    },
    depth: 0,
    limit: 0,
    pagination: false,
    sort: 'id',
    req,
  })
  const partIds = [
    ...new Set(
      docs
        .map((w) => w.part)
        .filter((p) => p != null)
        .map(idOf),
    ),
  ]
  const parts = new Map(
    partIds.length
      ? (
          await payload.find({
            collection: 'parts',
            where: { id: { in: partIds } },
            depth: 0,
            limit: 0,
            pagination: false,
            req,
          })
        ).docs.map((p) => [p.id, p])
      : [],
  )
  const partOf = (w: Warranty): Part | undefined =>
    w.part == null ? undefined : parts.get(idOf(w.part))
  const running = docs.filter((w) => byId.get(idOf(w.repair))?.status === 'restitue')
  const used = new Set<number>()
  const take = (candidates: Warranty[]) => {
    const free = candidates.filter((w) => !used.has(idOf(w.repair)))
    if (!free.length) return undefined
    const w = rng.pick(free)
    used.add(idOf(w.repair))
    return w
  }
  const partWarranty = (w: Warranty) =>
    w.kind === 'piece' && partOf(w)?.kind === 'piece' && (w.months ?? 0) > 0
  const accepted = take(running.filter(partWarranty)) ?? take(running)
  const refused = take(running.filter((w) => w.kind === 'main_oeuvre'))
  const open = take(running)

  /** Opened a few days after the device came back, and before today. */
  const openedAt = (w: Warranty, daysAgo: [number, number]) => {
    const back = new Date(byId.get(idOf(w.repair))!.handedBackAt ?? w.startsAt).getTime()
    const at = Math.max(back + DAY, now.getTime() - rng.between(...daysAgo) * DAY)
    return snapBack(Math.min(at, now.getTime() - HOUR), rng).toISOString()
  }
  const open_ = async (w: Warranty, description: string, createdAt: string) => {
    req.context = { ...SEED_CONTEXT }
    return payload.create({
      collection: 'warranty-claims',
      data: { warranty: w.id, description, status: 'ouverte', createdAt, updatedAt: createdAt },
      depth: 0,
      context: SEED_CONTEXT,
      req,
    })
  }
  const decide = async (claim: WarrantyClaim, data: Partial<WarrantyClaim>) => {
    req.context = { ...SEED_CONTEXT }
    return payload.update({
      collection: 'warranty-claims',
      id: claim.id,
      data,
      depth: 0,
      context: SEED_CONTEXT,
      req,
    })
  }

  const claims: WarrantyClaim[] = []
  const reworkRepairIds: number[] = []
  const dated: Dated[] = []
  const decisions: { id: number; at: Date }[] = []

  if (refused) {
    const createdAt = openedAt(refused, [10, 20])
    let claim = await open_(refused, REFUSAL.description, createdAt)
    claim = await decide(claim, { status: 'en_examen' })
    claim = await decide(claim, { status: 'refusee', refusalReason: REFUSAL.reason })
    const opened = new Date(createdAt).getTime()
    const decided = Math.max(
      opened + HOUR,
      snapBack(opened + rng.between(20, 48) * HOUR, rng).getTime(),
    )
    decisions.push({ id: claim.id, at: new Date(Math.min(decided, now.getTime() - 10 * MINUTE)) })
    claims.push(claim)
  }
  if (open) {
    const part = partOf(open)
    const story =
      open.kind === 'piece' && part
        ? (CLAIM_STORIES[part.category ?? ''] ?? OPEN_STORY)
        : OPEN_STORY
    claims.push(await open_(open, story, openedAt(open, [0.2, 2])))
  }
  if (accepted) {
    const part = partOf(accepted)
    const story =
      accepted.kind === 'piece' && part
        ? (CLAIM_STORIES[part.category ?? ''] ?? OPEN_STORY)
        : OPEN_STORY
    let claim = await open_(accepted, story, openedAt(accepted, [3, 6]))
    claim = await decide(claim, { status: 'en_examen' })
    // Accepted today: the claim's hook opens the free rework in this transaction.
    claim = await decide(claim, { status: 'acceptee' })
    if (claim.reworkRepair) reworkRepairIds.push(idOf(claim.reworkRepair))
    if (accepted.kind === 'piece' && part) {
      // What the « Renvoyer au fournisseur » endpoint does: the faulty part comes out of the
      // device, then leaves for the supplier under the RMA number.
      const rmaReference = `RMA-${now.getUTCFullYear()}-${rng.digits(5)}`
      const repair = idOf(claim.repair)
      req.context = { ...SEED_CONTEXT }
      const back = await recordMovement(req, {
        part: part.id,
        quantity: 1,
        reason: 'returned_from_repair',
        repair,
        note: `Pièce défectueuse, réclamation n° ${claim.id}`,
      })
      const out = await recordMovement(req, {
        part: part.id,
        quantity: -1,
        reason: 'return_to_supplier',
        repair,
        rmaReference,
        note: `Réclamation n° ${claim.id}`,
      })
      dated.push(
        { id: back.id, at: now, by: staff.admin },
        { id: out.id, at: now, by: staff.admin },
      )
      claim = await payload.update({
        collection: 'warranty-claims',
        id: claim.id,
        data: { supplierReturn: { rmaReference, returnedAt: now.toISOString() } },
        depth: 0,
        overrideAccess: true,
        context: { ...SEED_CONTEXT, claimFollowUp: true },
        req,
      })
    }
    claims.push(claim)
  }
  req.context = { ...SEED_CONTEXT }

  if (decisions.length) {
    const values = sql.join(
      decisions.map((d) => sql`(${d.id}::int, ${d.at.toISOString()}::timestamptz)`),
      sql`, `,
    )
    await (
      await dbFor(req)
    ).execute(sql`
      update warranty_claims c set decided_at = v.at, updated_at = v.at from (values ${values}) as v(id, at) where c.id = v.id`)
  }
  return { claims, reworkRepairIds, dated }
}
