import type { Endpoint } from 'payload'

import { RefusedError } from '../http/httpError'
import { returnPartToSupplier } from '../operations/returnPartToSupplier'
import { inTransaction } from '../db/transaction'
import { idParam, jsonBody, requirePermission } from './helpers'

/** POST /api/warranty-claims/:id/return-to-supplier { rmaReference } (src/operations/returnPartToSupplier.ts). */
export const returnToSupplierEndpoint: Omit<Endpoint, 'root'> = {
  path: '/:id/return-to-supplier',
  method: 'post',
  handler: async (req) => {
    await requirePermission(req, 'warranties', 'update')
    const { rmaReference } = await jsonBody<{ rmaReference?: string }>(req)
    if (!rmaReference?.trim())
      throw new RefusedError(
        'Le champ « Référence RMA » est obligatoire : saisissez le numéro de retour donné par le fournisseur.',
        400,
        { field: 'rmaReference' },
      )
    const id = idParam(req)
    const claim = await inTransaction(req, () =>
      returnPartToSupplier({ req, id, rmaReference: rmaReference.trim() }),
    )
    return Response.json({
      message: `Pièce renvoyée au fournisseur (RMA ${rmaReference.trim()}).`,
      claim,
    })
  },
}
