import type { Endpoint } from 'payload'

import { anonymiseCustomer, exportCustomerData } from '../operations/privacy'
import { idParam, requireCapability } from './helpers'

/** GET /api/customers/:id/export: the customer's data (RGPD access and portability). */
export const exportCustomerEndpoint: Omit<Endpoint, 'root'> = {
  path: '/:id/export',
  method: 'get',
  handler: async (req) => {
    await requireCapability(req, 'customers.privacy', 'exporter les données d’un client')
    const id = idParam(req)
    const data = await exportCustomerData({ req, id })
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'content-disposition': `attachment; filename="client-${id}-donnees.json"`,
      },
    })
  },
}

/** POST /api/customers/:id/anonymise: personal data erased, accounting records kept. */
export const anonymiseCustomerEndpoint: Omit<Endpoint, 'root'> = {
  path: '/:id/anonymise',
  method: 'post',
  handler: async (req) => {
    await requireCapability(req, 'customers.privacy', 'anonymiser un client')
    const customer = await anonymiseCustomer({ req, id: idParam(req) })
    return Response.json({
      message:
        'Client anonymisé : ses données personnelles ont été effacées, ses réparations conservées.',
      customer,
    })
  },
}
