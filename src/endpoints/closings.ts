import type { Endpoint } from 'payload'

import { describePeriod } from '../domain/closings'
import { RefusedError } from '../http/httpError'
import { closePeriod } from '../operations/closing'
import { jsonBody, requireCapability } from './helpers'

/**
 * POST /api/closings/close { level: 'jour' | 'mois' | 'annee', key? }: closes the period (default
 * yesterday, last month, last year in Paris) and the earlier unclosed ones, and returns the
 * closing. 409 for a period already closed or not over yet, 400 for a malformed level or key.
 */
export const closeEndpoint: Omit<Endpoint, 'root'> = {
  path: '/close',
  method: 'post',
  handler: async (req) => {
    await requireCapability(req, 'invoices.issue', 'clôturer la caisse')
    const body = await jsonBody<{ level?: unknown; key?: unknown }>(req)
    if (!body || typeof body !== 'object' || Array.isArray(body))
      throw new RefusedError('Le corps de la requête doit être un objet JSON valide.', 400)
    if (body.key !== undefined && body.key !== null && typeof body.key !== 'string')
      throw new RefusedError(
        'La période (champ « key ») doit être écrite AAAA-MM-JJ, AAAA-MM ou AAAA.',
        400,
        { field: 'key' },
      )
    const { closing, alsoClosed } = await closePeriod({
      req,
      level: body.level,
      key: body.key as string | null | undefined,
    })
    const names = describePeriod({ level: closing.level, key: closing.periodKey })
    const before = alsoClosed.length
      ? ` (${alsoClosed.length} période(s) antérieure(s) clôturée(s) d'abord)`
      : ''
    return Response.json(
      {
        message: `${names.subject} est clôturé${names.feminine ? 'e' : ''}${before}.`,
        closing,
        alsoClosed: alsoClosed.map((c) => c.key),
      },
      { status: 201 },
    )
  },
}
