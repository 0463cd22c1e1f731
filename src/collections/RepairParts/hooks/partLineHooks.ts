import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  CollectionBeforeOperationHook,
} from 'payload'

import type { RepairPart } from '../../../payload-types'

import {
  assertPartLineRemovable,
  lockLineAndRepair,
  movePartLineStock,
  preparePartLine,
} from '../../../operations/partLines'

export const checkAndPriceLine: CollectionBeforeChangeHook<RepairPart> = ({
  context,
  data,
  operation,
  originalDoc,
  req,
}) =>
  preparePartLine({
    req,
    data,
    original: operation === 'update' ? originalDoc : undefined,
    importing: context.importing === true,
  })

export const moveLineStock: CollectionAfterChangeHook<RepairPart> = async ({
  doc,
  operation,
  previousDoc,
  req,
}) => {
  await movePartLineStock(req, doc, operation === 'create' ? 0 : previousDoc.quantity)
  return doc
}

export const refuseRemovingClosedLine: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const line = await req.payload.db.findOne<RepairPart>({
    collection: 'repair-parts',
    where: { id: { equals: id } },
    req,
  })
  if (line) await assertPartLineRemovable(req, line)
}

export const giveLineBack: CollectionAfterDeleteHook<RepairPart> = async ({ doc, req }) => {
  await movePartLineStock(req, { ...doc, quantity: 0 }, doc.quantity)
  return doc
}

/**
 * Before a line is changed or removed: its repair's row, then its own, locked in that order (the
 * order adding a line takes too), so concurrent changes of one repair's lines queue instead of
 * deadlocking, and each reads the quantity the previous one left.
 */
export const lockRepairThenLine: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  const id = (args as { id?: number | string }).id
  if (
    (operation !== 'update' && operation !== 'delete') ||
    id === undefined ||
    !(await req.transactionID)
  )
    return args
  await lockLineAndRepair(req, Number(id))
  return args
}
