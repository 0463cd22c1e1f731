// The production server `npm start` supervises: Next's request handler behind a plain Node
// HTTP server, so that X-Forwarded-For holds the client address we trust (TRUST_PROXY) and
// not whatever the client wrote in it. Next itself only fills that header when it is absent.
import http from 'node:http'
import next from 'next'

import { clientAddress, trustedProxies } from './lib/clientAddress.mjs'
import { root } from './lib/runtime.mjs'

const port = Number(process.env.PORT || 3000)
const hostname = process.env.HOST || undefined
const hops = trustedProxies(process.env.TRUST_PROXY)

const app = next({ dev: false, dir: root, port, hostname: hostname || 'localhost' })
const handle = app.getRequestHandler()
await app.prepare()

const server = http.createServer((req, res) => {
  req.headers['x-forwarded-for'] = clientAddress(
    req.socket.remoteAddress,
    req.headers['x-forwarded-for'],
    hops,
  )
  handle(req, res)
})
server.listen(port, hostname, () => console.log(`Serveur à l'écoute sur le port ${port}.`))

for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => {
    server.close(() => process.exit(0))
    setTimeout(() => process.exit(0), 5_000).unref()
  })
}
