// Whether the Next build is older than what it was built from (npm start rebuilds, and the
// benches start the app the same way).
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

function newestMtime(target) {
  if (!existsSync(target)) return 0
  const stat = statSync(target)
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(0, ...readdirSync(target).map((name) => newestMtime(path.join(target, name))))
}

export function buildIsStale(root) {
  const buildId = path.join(root, '.next/BUILD_ID')
  if (!existsSync(buildId)) return true
  const built = statSync(buildId).mtimeMs
  const sources = ['src', 'payload.config.ts', 'next.config.mjs', 'package-lock.json']
  return sources.some((s) => newestMtime(path.join(root, s)) > built)
}
