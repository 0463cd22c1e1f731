// `npm run dev`: the Next development server on the same database as `npm start`.
import path from 'node:path'

import { ConfigError, prepareRuntime, printBanner, root, superviseApp } from './lib/runtime.mjs'

async function main() {
  const { env, port, stopDatabase, restart } = await prepareRuntime({ production: false })
  env.NODE_ENV = 'development'
  const nextBin = path.join(root, 'node_modules/next/dist/bin/next')
  superviseApp({
    args: [nextBin, 'dev', '-p', String(port)],
    options: { cwd: root, env, stdio: 'inherit' },
    port,
    stopDatabase,
    limits: restart,
    healthTimeoutMs: 300_000,
    onReady: () => printBanner(port, env),
  })
}

main().catch((error) => {
  console.error(
    error instanceof ConfigError ? `\nErreur de configuration : ${error.message}\n` : error,
  )
  process.exit(1)
})
