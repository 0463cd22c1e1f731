// A loopback stand-in for the Stripe API (Checkout Sessions only), reached by the real `stripe`
// SDK through STRIPE_API_URL (its host/port/protocol options). Records what it was sent.
import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'

export type StandInSession = {
  id: string
  object: 'checkout.session'
  mode: string
  status: 'open' | 'complete' | 'expired'
  payment_status: 'paid' | 'unpaid' | 'no_payment_required'
  amount_total: number
  currency: string
  client_reference_id: string | null
  metadata: Record<string, string>
  url: string | null
  expires_at: number
  success_url: string | null
  cancel_url: string | null
  customer_email: string | null
  payment_intent: string | null
  livemode: false
  created: number
}

export type Recorded = {
  method: string
  path: string
  authorization: string | undefined
  body: Record<string, any>
}

/** `a[b][0][c]=1` form fields (how the SDK encodes) → nested objects and arrays. */
export function parseForm(text: string): Record<string, any> {
  const root: Record<string, any> = {}
  for (const [key, value] of new URLSearchParams(text)) {
    const path = key.replace(/\]/g, '').split('[')
    let at: any = root
    path.forEach((part, i) => {
      if (i === path.length - 1) at[part] = value
      else at = at[part] ??= /^\d+$/.test(path[i + 1]) ? [] : {}
    })
  }
  return root
}

const read = (req: IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    let data = ''
    req.setEncoding('utf8')
    req.on('data', (chunk) => (data += chunk))
    req.on('end', () => resolve(data))
    req.on('error', reject)
  })

export async function startStripeStandIn() {
  const sessions = new Map<string, StandInSession>()
  const requests: Recorded[] = []
  let counter = 0
  const now = () => Math.floor(Date.now() / 1000)

  const server = createServer(async (req, res) => {
    const body = parseForm(await read(req))
    const path = (req.url ?? '').split('?')[0]
    requests.push({
      method: req.method ?? '',
      path,
      authorization: req.headers.authorization,
      body,
    })
    const send = (status: number, json: unknown) => {
      res.writeHead(status, {
        'content-type': 'application/json',
        'request-id': `req_${++counter}`,
      })
      res.end(JSON.stringify(json))
    }
    const missing = () =>
      send(404, { error: { type: 'invalid_request_error', message: 'No such checkout.session' } })

    if (req.method === 'POST' && path === '/v1/checkout/sessions') {
      const id = `cs_test_${++counter}_${Math.random().toString(36).slice(2, 10)}`
      const items = (body.line_items ?? []) as any[]
      const session: StandInSession = {
        id,
        object: 'checkout.session',
        mode: body.mode,
        status: 'open',
        payment_status: 'unpaid',
        amount_total: items.reduce(
          (sum, l) => sum + Number(l.price_data.unit_amount) * Number(l.quantity),
          0,
        ),
        currency: items[0]?.price_data?.currency ?? 'eur',
        client_reference_id: body.client_reference_id ?? null,
        metadata: body.metadata ?? {},
        url: `https://checkout.stripe.test/c/pay/${id}`,
        expires_at: body.expires_at ? Number(body.expires_at) : now() + 86_400,
        success_url: body.success_url ?? null,
        cancel_url: body.cancel_url ?? null,
        customer_email: body.customer_email ?? null,
        payment_intent: null,
        livemode: false,
        created: now(),
      }
      sessions.set(id, session)
      return send(200, session)
    }
    const expire = /^\/v1\/checkout\/sessions\/([^/]+)\/expire$/.exec(path)
    if (req.method === 'POST' && expire) {
      const session = sessions.get(expire[1])
      if (!session) return missing()
      if (session.status !== 'open')
        return send(400, {
          error: { type: 'invalid_request_error', message: 'Only open sessions can be expired.' },
        })
      session.status = 'expired'
      return send(200, session)
    }
    const one = /^\/v1\/checkout\/sessions\/([^/]+)$/.exec(path)
    if (req.method === 'GET' && one) {
      const session = sessions.get(one[1])
      return session ? send(200, session) : missing()
    }
    send(404, { error: { type: 'invalid_request_error', message: `Unrecognized ${path}` } })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}`,
    sessions,
    requests,
    /** What the SDK asked to create, oldest first. */
    created: () =>
      requests.filter((r) => r.method === 'POST' && r.path === '/v1/checkout/sessions'),
    /** The customer paid on Stripe's page (`unpaid` for a deferred method still pending). */
    pay(id: string, patch: Partial<StandInSession> = {}) {
      const session = sessions.get(id)!
      Object.assign(session, {
        status: 'complete',
        payment_status: 'paid',
        payment_intent: `pi_${id.slice(3)}`,
        ...patch,
      })
      return session
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

export type StripeStandIn = Awaited<ReturnType<typeof startStripeStandIn>>
