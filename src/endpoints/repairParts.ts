import type { Endpoint } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { dbFor } from '../db/db'
import { RefusedError } from '../http/httpError'
import { inTransaction } from '../db/transaction'
import { idParam, jsonBody } from './helpers'

/**
 * POST /api/repairs/:id/parts { part, quantity }: adds a « parts used » line to a repair and
 * takes the parts from stock, in one transaction. The repair row is locked first so that two
 * technicians adding lines at once both keep theirs.
 */
export const addPartLineEndpoint: Omit<Endpoint, 'root'> = {
  path: '/:id/parts',
  method: 'post',
  handler: async (req) => {
    if (!req.user) throw new RefusedError('Connectez-vous pour continuer.', 401)
    const id = idParam(req)
    const { part, quantity = 1 } = await jsonBody<{ part?: number; quantity?: number }>(req)
    if (!Number.isInteger(Number(part)) || Number(part) <= 0) {
      throw new RefusedError('Le champ « Pièce » est obligatoire : choisissez la pièce utilisée.', 400, { field: 'part' })
    }
    if (!Number.isInteger(quantity) || quantity < 1) {
      throw new RefusedError(`La quantité « ${quantity} » n'est pas valable : saisissez un nombre entier de pièces (1 ou plus).`, 400, { field: 'quantity' })
    }
    const repair = await inTransaction(req, async () => {
      await (await dbFor(req)).execute(sql`select id from repairs where id = ${id} for update`)
      const current = await req.payload.findByID({ collection: 'repairs', id, depth: 0, joins: false, req, overrideAccess: false })
      const lines = (current.parts ?? []).map((l) => ({ ...l }))
      const updated = await req.payload.update({
        collection: 'repairs',
        id,
        depth: 0,
        data: { parts: [...lines, { part: Number(part), quantity }] },
        req,
        overrideAccess: false,
      })
      if ((updated.parts ?? []).length !== lines.length + 1) {
        throw new RefusedError("Votre rôle ne permet pas d'ajouter des pièces à cette réparation.", 403, { field: 'parts' })
      }
      return updated
    })
    const line = repair.parts!.at(-1)!
    return Response.json({ message: 'Pièce ajoutée à la réparation.', line, repair: { id: repair.id, reference: repair.reference } }, { status: 201 })
  },
}
