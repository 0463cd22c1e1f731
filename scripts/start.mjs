// `npm start`: the whole product on its embedded defaults (or DATABASE_URL), built if needed.
import { spawnSync } from 'node:child_process'
import path from 'node:path'

import { buildIsStale } from './lib/build.mjs'
import { ConfigError, prepareRuntime, printBanner, root, superviseApp } from './lib/runtime.mjs'

const nextBin = path.join(root, 'node_modules/next/dist/bin/next')

async function main() {
  const { env, port, stopDatabase, restart } = await prepareRuntime({ production: true })
  env.NODE_ENV = 'production'
  if (buildIsStale(root)) {
    console.log(
      'Construction de l’application (première fois ou sources modifiées, 1 à 2 minutes)…',
    )
    const build = spawnSync(process.execPath, [nextBin, 'build'], {
      cwd: root,
      env,
      stdio: 'inherit',
    })
    if (build.status !== 0) {
      await stopDatabase()
      throw new ConfigError('La construction a échoué : voir les messages ci-dessus.')
    }
  }
  // Next behind our own HTTP server (scripts/server.mjs): the client address is one we trust.
  const args = [path.join(root, 'scripts/server.mjs')]
  // Restarted with a back-off when it dies; the banner is printed each time it answers.
  superviseApp({
    args,
    options: { cwd: root, env, stdio: 'inherit' },
    port,
    stopDatabase,
    limits: restart,
    onReady: () => printBanner(port, env),
  })
}

main().catch((error) => {
  console.error(
    error instanceof ConfigError ? `\nErreur de configuration : ${error.message}\n` : error,
  )
  process.exit(1)
})
