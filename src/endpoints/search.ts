import type { Endpoint } from 'payload'

import { quickSearch } from '../operations/quickSearch'
import { RefusedError } from '../http/httpError'

/** GET /api/search?q=…: repairs, devices and customers matching, within the caller's rights. */
export const searchEndpoint: Endpoint = {
  path: '/search',
  method: 'get',
  handler: async (req) => {
    if (!req.user || req.user.collection !== 'users')
      throw new RefusedError('Connectez-vous avec un compte du personnel pour rechercher.', 401)
    return Response.json(await quickSearch(req, req.searchParams.get('q') ?? ''))
  },
}
