import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import type { Device } from '../../../payload-types'

import { lateness } from '../../../domain/lateness'
import { assertPromisedAhead } from '../../../domain/promisedDate'
import { referenceYear } from '../../../domain/parisTime'
import { priorityRank } from '../../../domain/priorities'
import { formatRepairReference } from '../../../domain/repairReference'
import {
  assertTransition,
  type RepairState,
  type RepairStatus,
  type RepairStep,
} from '../../../domain/repairStatus'
import { nextCounterValue } from '../../../db/counters'
import { enforce, RefusedError } from '../../../http/httpError'
import { appendNotes } from '../../../hooks/appendOnlyNotes'
import { idOf } from '../../../domain/ids'
import { assertQuoteAllows } from '../../../operations/quotes'

async function customerOfDevice(req: PayloadRequest, device: unknown): Promise<number> {
  const found = await req.payload.db.findOne<Device>({
    collection: 'devices',
    req,
    where: { id: { equals: idOf(device) } },
  })
  if (!found)
    throw new RefusedError(
      "Le champ « Appareil » ne désigne aucun appareil connu : choisissez l'appareil déposé.",
      400,
      { field: 'device' },
    )
  return idOf(found.customer)!
}

/**
 * Everything a repair must hold before it is written: reference, customer from the device,
 * a legal status change stamped with who and when, the clocks behind lateness and performance,
 * append-only notes, and the late flag.
 */
export const prepareRepair: CollectionBeforeChangeHook = async ({
  context,
  data,
  operation,
  originalDoc,
  req,
}) => {
  // Imports (the demo seed) bring repairs with their past: status, step and clocks are kept as given.
  const importing = context.importing === true
  const now = importing && data.createdAt ? new Date(data.createdAt) : new Date()
  const stamp = now.toISOString()

  if (operation === 'create') {
    const year = referenceYear(now)
    data.reference = formatRepairReference(year, await nextCounterValue(req, `repairs-${year}`))
    if (!importing) {
      data.status = 'en_attente'
      data.step = null
    }
    data.stageStartedAt ??= stamp
  }
  if (
    data.device !== undefined &&
    (operation === 'create' || idOf(data.device) !== idOf(originalDoc?.device))
  ) {
    data.customer = await customerOfDevice(req, data.device)
  }

  // A promise set or moved now lies ahead (imports bring their past).
  if (
    !importing &&
    data.promisedAt &&
    (operation === 'create' ||
      new Date(data.promisedAt).getTime() !== new Date(originalDoc?.promisedAt ?? 0).getTime())
  )
    enforce(() => assertPromisedAhead(data.promisedAt, now))

  const before: RepairState = {
    status: (originalDoc?.status ?? 'en_attente') as RepairStatus,
    step: (originalDoc?.step ?? null) as RepairStep | null,
  }
  // Payload hands the hook the whole document merged with the change: a step only means
  // something « en cours », so leaving that status clears it.
  const status = (data.status ?? before.status) as RepairStatus
  const after: RepairState = {
    status,
    step: status === 'en_cours' ? ((data.step ?? null) as RepairStep | null) : null,
  }
  if (
    !importing &&
    operation === 'update' &&
    (after.status !== before.status || after.step !== before.step)
  ) {
    enforce(() => assertTransition(before, after))
    await assertQuoteAllows(req, { ...originalDoc, ...data, id: originalDoc!.id }, after)
    data.status = after.status
    data.step = after.step
    data.stageStartedAt = stamp
    data.statusChangedAt = stamp
    data.statusChangedBy = req.user?.collection === 'users' ? req.user.id : null
    if (after.status === 'en_cours' && !originalDoc?.startedAt) data.startedAt = stamp
    if (after.status === 'termine') data.finishedAt = stamp
    if (after.status === 'restitue') data.handedBackAt = stamp
    if (after.status !== 'en_cours') data.waitingForParts = false
  }

  const wasWaiting = Boolean(originalDoc?.waitingForParts)
  const waiting = data.waitingForParts ?? wasWaiting
  if (waiting && !wasWaiting && !(importing && data.pauseStartedAt)) data.pauseStartedAt = stamp
  if (!waiting && wasWaiting && originalDoc?.pauseStartedAt) {
    const paused = Math.round(
      (now.getTime() - new Date(originalDoc.pauseStartedAt).getTime()) / 1000,
    )
    data.pausedSeconds = (originalDoc.pausedSeconds ?? 0) + Math.max(0, paused)
    data.pauseStartedAt = null
  }

  const notes = appendNotes(data.notes, originalDoc?.notes, req, now, { keepStamps: importing })
  if (notes !== undefined) data.notes = notes

  data.priorityRank = priorityRank(data.priority ?? originalDoc?.priority)

  const merged = { ...originalDoc, ...data }
  const late = lateness(
    {
      status: merged.status,
      step: merged.step,
      promisedAt: merged.promisedAt,
      stageStartedAt: merged.stageStartedAt,
      waitingForParts: merged.waitingForParts,
    },
    new Date(),
  )
  data.late = late.late
  data.lateReasons = late.reasons.join(' · ') || null
  return data
}
