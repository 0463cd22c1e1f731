// `npm run dev`: the Next development server on the same database as `npm start`.
import { spawn } from 'node:child_process'
import path from 'node:path'

import { ConfigError, prepareRuntime, printBanner, root, superviseChild, waitForHealth } from './lib/runtime.mjs'

async function main() {
  const { env, port, stopDatabase } = await prepareRuntime({ production: false })
  env.NODE_ENV = 'development'
  const nextBin = path.join(root, 'node_modules/next/dist/bin/next')
  const child = spawn(process.execPath, [nextBin, 'dev', '-p', String(port)], { cwd: root, env, stdio: 'inherit' })
  superviseChild(child, stopDatabase)
  if (await waitForHealth(port, child, 300_000)) printBanner(port, env)
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? `\nErreur de configuration : ${error.message}\n` : error)
  process.exit(1)
})
