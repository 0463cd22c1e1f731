import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import { api, graphql, testPayload } from '../helpers/api'
import { counterCustomer, device, repair, staff } from '../helpers/fixtures'

let payload: Payload
let admin: string

beforeAll(async () => {
  payload = await testPayloadWithData()
  admin = (await staff(payload, 'admin')).token
})

async function testPayloadWithData() {
  const p = await testPayload()
  // A few customers with devices and repairs, so that every join level has documents to expand.
  for (let c = 0; c < 3; c++) {
    const owner = await counterCustomer(p)
    for (let d = 0; d < 2; d++) {
      const dev = await device(p, owner.id)
      await repair(p, dev.id)
      await repair(p, dev.id)
    }
  }
  return p
}

/** The query that grew the server past its heap: repairs → device → customer → repairs → … */
function nestedQuery(levels: number, limit = 100): string {
  let inner = 'id'
  for (let i = 0; i < levels; i++)
    inner = `id device { id customer { id repairs { docs { ${inner} } } } }`
  return `{ Repairs(limit: ${limit}) { docs { ${inner} } } }`
}

describe('GraphQL cost', () => {
  it('refuses the nested join query in under a second while another request is served', async () => {
    const started = Date.now()
    const [bomb, other] = await Promise.all([
      graphql(nestedQuery(15), { token: admin }).then((r) => ({ ...r, ms: Date.now() - started })),
      api('GET', 'repairs?limit=5&depth=0', { token: admin }),
    ])
    expect(bomb.ms).toBeLessThan(1000)
    expect(bomb.body.data ?? null).toBeNull()
    expect(bomb.body.errors[0].message).toMatch(/trop profonde|trop coûteuse/)
    expect(other.status).toBe(200)
    expect(other.body.docs.length).toBeGreaterThan(0)
  })

  it('refuses a shallow query whose lists multiply past the bound, naming « limit »', async () => {
    const res = await graphql(nestedQuery(2), { token: admin })
    expect(res.body.errors[0].message).toMatch(
      /Requête GraphQL trop coûteuse.*« limit », 100 au plus/,
    )
  })

  it('refuses a query nested deeper than 10 levels, even one document at a time', async () => {
    const res = await graphql(nestedQuery(4, 1), { token: admin })
    expect(res.body.errors[0].message).toMatch(
      /Requête GraphQL trop profonde : \d+ niveaux imbriqués, 10 au plus/,
    )
  })

  it('prices « everything » (limit 0, pagination false) and limits over 100 above the bound', async () => {
    for (const args of ['limit: 0', 'limit: 5000', 'pagination: false']) {
      const res = await graphql(`{ Repairs(${args}) { docs { id } } }`, { token: admin })
      expect(res.body.errors?.[0]?.message, args).toMatch(/trop coûteuse/)
    }
  })

  it('still answers the queries an integration makes', async () => {
    const res = await graphql(
      '{ Repairs(limit: 100) { totalDocs docs { id reference status device { id brand customer { id displayName } } } } }',
      { token: admin },
    )
    expect(res.body.errors).toBeUndefined()
    expect(res.body.data.Repairs.totalDocs).toBeGreaterThanOrEqual(12)
    expect(res.body.data.Repairs.docs[0].device.customer.displayName).toBeTruthy()
  })
})

describe('REST bounds', () => {
  it('lets a page that names its documents be as long as its list (the admin asks 250 labels at once)', async () => {
    const ids = (await payload.find({ collection: 'repairs', limit: 12, depth: 0 })).docs.map(
      (d) => d.id,
    )
    const named = await api('GET', `repairs?depth=0&limit=250&where[id][in]=${ids.join(',')}`, {
      token: admin,
    })
    expect(named.status).toBe(200)
    expect(named.body.docs).toHaveLength(ids.length)
    const tooMany = Array.from({ length: 251 }, (_, i) => i + 1).join(',')
    expect(
      (await api('GET', `repairs?depth=0&limit=251&where[id][in]=${tooMany}`, { token: admin }))
        .status,
    ).toBe(400)
    expect((await api('GET', 'repairs?depth=0&limit=250', { token: admin })).status).toBe(400)
  })

  it('refuses a page over 100 documents, « everything », and pagination=false without a limit', async () => {
    for (const query of ['limit=1000000', 'limit=0', 'limit=-1', 'limit=abc', 'pagination=false']) {
      const res = await api('GET', `repairs?${query}&depth=0`, { token: admin })
      expect(res.status, query).toBe(400)
      expect(res.body.errors[0].message, query).toMatch(/« limit »|limit/)
      expect(res.body.errors[0].data.field).toBe('limit')
    }
    const fine = await api('GET', 'repairs?limit=100&depth=0', { token: admin })
    expect(fine.status).toBe(200)
    expect(fine.body.limit).toBe(100)
  })

  it('refuses a join page over 100 documents', async () => {
    const res = await api('GET', 'customers?limit=5&joins[repairs][limit]=100000', { token: admin })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toBe(
      'Le paramètre « joins[repairs][limit] » vaut « 100000 » : indiquez un nombre de documents liés entre 1 et 100, et parcourez la suite avec « page ».',
    )
    expect(
      (await api('GET', 'customers?limit=5&joins[repairs][limit]=50', { token: admin })).status,
    ).toBe(200)
  })

  it('answers 413 in French to a body over 1 Mo, sized or streamed, before reading it whole', async () => {
    const huge = JSON.stringify({ email: 'x@exemple.fr', password: 'a'.repeat(30 * 1024 * 1024) })
    const started = Date.now()
    const sized = await api('POST', 'customers/login', {
      rawBody: huge,
      headers: { 'content-type': 'application/json', 'content-length': String(huge.length) },
    })
    expect(sized.status).toBe(413)
    expect(sized.body.errors[0].message).toMatch(/^La requête est trop volumineuse : 1 Mo au plus/)
    expect(Date.now() - started).toBeLessThan(1000)

    let sent = 0
    const chunk = new TextEncoder().encode('a'.repeat(64 * 1024))
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += chunk.byteLength
        if (sent > 30 * 1024 * 1024) controller.close()
        else controller.enqueue(chunk)
      },
    })
    const streamed = await api('POST', 'customers/register', {
      rawBody: stream,
      headers: { 'content-type': 'application/json' },
    })
    expect(streamed.status).toBe(413)
    // Reading stopped soon after the bound, not at the end of the 30 Mo.
    expect(sent).toBeLessThan(2 * 1024 * 1024)
  })

  it('lets a normal body through', async () => {
    const res = await api('POST', 'customers/login', {
      body: { email: 'personne@exemple.fr', password: 'pas-le-bon' },
    })
    expect(res.status).toBe(401)
  })
})
