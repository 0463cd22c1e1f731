// The minimal HTTP server of bench/api.mjs: each request to /api/* becomes a Fetch `Request`
// handed to Payload's own REST handlers (`@payloadcms/next/routes`, the ones Next serves and that
// tests/helpers/api.ts calls in-process). The same adapter serves Atelier and its vanilla peer,
// so the two differ only by their configurations.
//
//   PORT=… node --conditions=development --import tsx bench/lib/payload-http.mjs <payload.config.ts> [--guarded]
//
// --guarded wraps the handlers with Atelier's request bounds (src/http/guardRequest.ts), as
// src/app/(payload)/api/[...slug]/route.ts does. Payload is initialised (migrations, onInit)
// before the port opens; "BENCH_READY" is printed then.
import http from 'node:http'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

const configPath = path.resolve(process.argv[2] ?? '')
const useGuard = process.argv.includes('--guarded')
const port = Number(process.env.PORT)

const { default: config } = await import(pathToFileURL(configPath).href)
const { REST_DELETE, REST_GET, REST_PATCH, REST_POST, REST_PUT } =
  await import('@payloadcms/next/routes')
const { getPayload } = await import('payload')
const wrap = useGuard
  ? (await import('../../src/http/guardRequest.ts')).guarded
  : (handler) => handler

const handlers = {
  GET: wrap(REST_GET(config), config),
  POST: wrap(REST_POST(config), config),
  PATCH: wrap(REST_PATCH(config), config),
  PUT: wrap(REST_PUT(config), config),
  DELETE: wrap(REST_DELETE(config), config),
}

await getPayload({ config, cron: true })

const readBody = (req) =>
  new Promise((resolve, reject) => {
    const chunks = []
    req.on('data', (c) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })

const server = http.createServer(async (req, res) => {
  try {
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`)
    const handler = handlers[req.method ?? 'GET']
    if (!url.pathname.startsWith('/api/') || !handler) {
      res
        .writeHead(404, { 'content-type': 'application/json' })
        .end('{"errors":[{"message":"Introuvable"}]}')
      return
    }
    const headers = new Headers()
    for (const [key, value] of Object.entries(req.headers)) {
      if (Array.isArray(value)) for (const v of value) headers.append(key, v)
      else if (value !== undefined) headers.set(key, value)
    }
    // As scripts/server.mjs with TRUST_PROXY=0: the client address is the connection's.
    headers.set('x-forwarded-for', req.socket.remoteAddress ?? '127.0.0.1')
    const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : await readBody(req)
    const request = new Request(url, {
      method: req.method,
      headers,
      body: body?.length ? body : undefined,
    })
    const slug = url.pathname.slice('/api/'.length).split('/').filter(Boolean)
    const response = await handler(request, { params: Promise.resolve({ slug }) })
    const out = Buffer.from(await response.arrayBuffer())
    const outHeaders = {}
    response.headers.forEach((value, key) => {
      if (key !== 'set-cookie' && key !== 'content-length' && key !== 'content-encoding')
        outHeaders[key] = value
    })
    const cookies = response.headers.getSetCookie?.() ?? []
    if (cookies.length) outHeaders['set-cookie'] = cookies
    outHeaders['content-length'] = String(out.length)
    res.writeHead(response.status, outHeaders).end(out)
  } catch (error) {
    console.error(error)
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ errors: [{ message: String(error?.message ?? error) }] }))
  }
})
server.keepAliveTimeout = 60_000
server.listen(port, '127.0.0.1', () => console.log(`BENCH_READY ${port}`))

for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => {
    server.close(() => process.exit(0))
    server.closeAllConnections?.()
    setTimeout(() => process.exit(0), 3_000).unref()
  })
}
