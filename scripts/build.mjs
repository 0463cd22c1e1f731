// `npm run build`: builds the Next app. The configuration is evaluated during the build, so a
// database URL must be known; nothing connects to it.
import { spawnSync } from 'node:child_process'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const env = {
  ...process.env,
  NODE_ENV: 'production',
  PAYLOAD_DISABLE_DEPENDENCY_CHECKER: 'true',
  DATABASE_URL: process.env.DATABASE_URL || 'postgres://build@127.0.0.1:1/build',
}
const result = spawnSync(
  process.execPath,
  [path.join(root, 'node_modules/next/dist/bin/next'), 'build'],
  {
    cwd: root,
    env,
    stdio: 'inherit',
  },
)
process.exit(result.status ?? 1)
