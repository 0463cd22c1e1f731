import type { CollectionBeforeChangeHook } from 'payload'

import type { Customer, Quote, Repair } from '../../../payload-types'

import { idOf } from '../../../domain/ids'
import { RefusedError } from '../../../http/httpError'

/** A draft's customer, reference and name come from its repair. */
export const prepareQuote: CollectionBeforeChangeHook<Quote> = async ({
  data,
  originalDoc,
  req,
  context,
}) => {
  if (context.quoting) return data
  const repairId = idOf(data.repair ?? originalDoc?.repair)
  if (!repairId || (originalDoc && repairId === idOf(originalDoc.repair) && originalDoc.customer))
    return data
  const repair = (await req.payload.db.findOne({
    collection: 'repairs',
    where: { id: { equals: repairId } },
    req,
  })) as Repair | null
  if (!repair)
    throw new RefusedError(
      'Le champ « Réparation » ne désigne aucune réparation connue : choisissez la réparation à chiffrer.',
      400,
      { field: 'repair' },
    )
  const customer = (await req.payload.db.findOne({
    collection: 'customers',
    where: { id: { equals: idOf(repair.customer) } },
    req,
  })) as Customer | null
  return {
    ...data,
    customer: idOf(repair.customer),
    repairReference: repair.reference,
    customerName: customer?.displayName ?? null,
  }
}
