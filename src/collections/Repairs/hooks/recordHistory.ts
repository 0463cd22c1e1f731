import type { CollectionAfterChangeHook } from 'payload'

import type { Repair, User } from '../../../payload-types'

import { describeState, type RepairStatus, type RepairStep } from '../../../domain/repairStatus'
import { newNotes } from '../../../hooks/appendOnlyNotes'
import { idOf } from '../../../domain/ids'
import { recordRepairEvent } from '../../../operations/recordRepairEvent'

/** Appends the repair's history timeline in the same transaction as the change. */
export const recordHistory: CollectionAfterChangeHook<Repair> = async ({
  doc: visible,
  previousDoc,
  operation,
  req,
  context,
}) => {
  if (context.skipHistory) return visible
  // `doc` is what the author may read (a technician does not see the customer); the history
  // needs the whole repair, and fields hidden from the author are fields they could not change.
  const doc = { ...previousDoc, ...visible } as Repair
  if (operation === 'create') {
    await recordRepairEvent(req, doc.id, {
      type: 'created',
      toStatus: doc.status,
      message: `Appareil déposé, réparation ${doc.reference} ouverte`,
      visibleToCustomer: true,
    })
  } else if (doc.status !== previousDoc.status || doc.step !== previousDoc.step) {
    const from = describeState({
      status: previousDoc.status as RepairStatus,
      step: (previousDoc.step ?? null) as RepairStep | null,
    })
    const to = describeState({
      status: doc.status as RepairStatus,
      step: (doc.step ?? null) as RepairStep | null,
    })
    await recordRepairEvent(req, doc.id, {
      type: 'status',
      fromStatus: previousDoc.status,
      fromStep: previousDoc.step ?? null,
      toStatus: doc.status,
      toStep: doc.step ?? null,
      message: `${from} → ${to}`,
      visibleToCustomer: true,
    })
  }
  if (operation === 'update' && idOf(doc.assignee) !== idOf(previousDoc.assignee)) {
    const assignee = idOf(doc.assignee)
    const name = assignee
      ? ((
          await req.payload.db.findOne<User>({
            collection: 'users',
            req,
            where: { id: { equals: assignee } },
          })
        )?.name ?? `#${assignee}`)
      : null
    await recordRepairEvent(req, doc.id, {
      type: 'assignment',
      message: name ? `Assignée à ${name}` : 'Assignation retirée',
      visibleToCustomer: false,
    })
  }
  if (
    operation === 'update' &&
    Boolean(doc.waitingForParts) !== Boolean(previousDoc.waitingForParts)
  ) {
    await recordRepairEvent(
      req,
      doc.id,
      doc.waitingForParts
        ? { type: 'parts_wait', message: 'En attente de pièces', visibleToCustomer: true }
        : {
            type: 'parts_resume',
            message: 'Pièces reçues, réparation reprise',
            visibleToCustomer: true,
          },
    )
  }
  for (const note of newNotes(doc.notes, operation === 'create' ? [] : previousDoc.notes)) {
    const forCustomer = note.visibility === 'client'
    await recordRepairEvent(req, doc.id, {
      type: 'note',
      message: forCustomer ? 'Message au client ajouté' : 'Note interne ajoutée',
      visibleToCustomer: forCustomer,
    })
  }
  return visible
}
