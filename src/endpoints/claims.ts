import type { Endpoint } from 'payload'

import type { Warranty, WarrantyClaim } from '../payload-types'

import { RefusedError } from '../http/httpError'
import { recordMovement } from '../operations/stock'
import { inTransaction } from '../db/transaction'
import { idParam, jsonBody, requirePermission } from './helpers'
import { idOf } from '../domain/ids'


/**
 * POST /api/warranty-claims/:id/return-to-supplier { rmaReference }
 * The faulty part comes out of the device (back into the shop) and goes to the supplier under an
 * RMA: two ledger movements, so the stock of good parts is unchanged and the path is recorded.
 */
export const returnToSupplierEndpoint: Omit<Endpoint, 'root'> = {
  path: '/:id/return-to-supplier',
  method: 'post',
  handler: async (req) => {
    await requirePermission(req, 'warranties', 'update')
    const { rmaReference } = await jsonBody<{ rmaReference?: string }>(req)
    if (!rmaReference?.trim()) throw new RefusedError('Le champ « Référence RMA » est obligatoire : saisissez le numéro de retour donné par le fournisseur.', 400, { field: 'rmaReference' })
    const id = idParam(req)
    const claim = await inTransaction(req, async () => {
      const current = (await req.payload.findByID({ collection: 'warranty-claims', id, depth: 0, req, overrideAccess: false })) as WarrantyClaim
      if (current.status !== 'acceptee' && current.status !== 'cloturee') {
        throw new RefusedError('Seule une réclamation acceptée permet de renvoyer la pièce au fournisseur.', 409, { field: 'status' })
      }
      if (current.supplierReturn?.rmaReference) {
        throw new RefusedError(`La pièce a déjà été renvoyée (RMA ${current.supplierReturn.rmaReference}).`, 409, { field: 'rmaReference' })
      }
      const warranty = (await req.payload.findByID({ collection: 'warranties', id: idOf(current.warranty), depth: 0, req })) as Warranty
      if (warranty.kind !== 'piece' || !warranty.part) {
        throw new RefusedError("Cette garantie couvre la main-d'œuvre : il n'y a pas de pièce à renvoyer.", 409, { field: 'warranty' })
      }
      const part = idOf(warranty.part)
      const repair = idOf(current.repair)
      await recordMovement(req, { part, quantity: 1, reason: 'returned_from_repair', repair, note: `Pièce défectueuse, réclamation n° ${id}` })
      await recordMovement(req, { part, quantity: -1, reason: 'return_to_supplier', repair, rmaReference: rmaReference.trim(), note: `Réclamation n° ${id}` })
      return req.payload.update({
        collection: 'warranty-claims',
        id,
        depth: 0,
        data: { supplierReturn: { rmaReference: rmaReference.trim(), returnedAt: new Date().toISOString() } },
        req,
        // supplierReturn is written by this workflow only.
        overrideAccess: true,
        context: { claimFollowUp: true },
      })
    })
    return Response.json({ message: `Pièce renvoyée au fournisseur (RMA ${rmaReference.trim()}).`, claim })
  },
}
