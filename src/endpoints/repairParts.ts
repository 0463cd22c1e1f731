import type { Endpoint } from 'payload'

import { RefusedError } from '../http/httpError'
import { inTransaction } from '../db/transaction'
import { repairTotal } from '../operations/partLines'
import { idParam, jsonBody } from './helpers'

/**
 * POST /api/repairs/:id/parts { part, quantity, acceptIncompatible? }: a shortcut for creating a repair-parts line
 * (POST /api/repair-parts does the same): the line, the stock taken and the history, in one
 * transaction (src/operations/partLines.ts).
 */
export const addPartLineEndpoint: Omit<Endpoint, 'root'> = {
  path: '/:id/parts',
  method: 'post',
  handler: async (req) => {
    if (!req.user) throw new RefusedError('Connectez-vous pour continuer.', 401)
    const id = idParam(req)
    const {
      part,
      quantity = 1,
      acceptIncompatible = false,
    } = await jsonBody<{ part?: number; quantity?: number; acceptIncompatible?: boolean }>(req)
    if (!Number.isInteger(Number(part)) || Number(part) <= 0) {
      throw new RefusedError(
        'Le champ « Pièce » est obligatoire : choisissez la pièce utilisée.',
        400,
        { field: 'part' },
      )
    }
    if (!Number.isInteger(quantity) || quantity < 1) {
      throw new RefusedError(
        `La quantité « ${quantity} » n'est pas valable : saisissez un nombre entier de pièces (1 ou plus).`,
        400,
        { field: 'quantity' },
      )
    }
    const line = await inTransaction(req, () =>
      req.payload.create({
        collection: 'repair-parts',
        data: {
          repair: id,
          part: Number(part),
          quantity,
          acceptIncompatible: acceptIncompatible === true,
        },
        depth: 0,
        req,
        overrideAccess: false,
      }),
    )
    // The line's author may change the repair, so may read these two figures of it.
    const repair = await repairTotal(req, id)
    return Response.json(
      { message: 'Pièce ajoutée à la réparation.', line, repair: { id, ...repair } },
      { status: 201 },
    )
  },
}
