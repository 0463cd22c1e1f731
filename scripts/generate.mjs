// `npm run generate [-- migration-name]`: regenerates payload-types.ts, the admin import map and,
// when the schema changed, a new migration. `--check` (CI) fails when any of them was stale.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const check = process.argv.includes('--check')
const name = process.argv.slice(2).find((a) => !a.startsWith('--')) || 'schema'
const env = {
  ...process.env,
  // lexical's top-level await can leave the CLI exiting 0 having done nothing; this condition
  // resolves it to files without one (see PAYLOAD-NOTES.md).
  NODE_OPTIONS: `${process.env.NODE_OPTIONS || ''} --conditions=development`.trim(),
  PAYLOAD_DISABLE_DEPENDENCY_CHECKER: 'true',
  // Nothing connects: the CLI only reads the configuration.
  DATABASE_URL: process.env.DATABASE_URL || 'postgres://generate@127.0.0.1:1/generate',
}
const payloadBin = path.join(root, 'node_modules/payload/bin.js')

function payload(args, mustSay, extraEnv = {}) {
  const result = spawnSync(process.execPath, [payloadBin, ...args], {
    cwd: root,
    env: { ...env, ...extraEnv },
    encoding: 'utf8',
  })
  const output = `${result.stdout}${result.stderr}`
  process.stdout.write(output)
  if (result.status !== 0 || !mustSay.some((m) => output.toLowerCase().includes(m.toLowerCase()))) {
    console.error(`\n« payload ${args.join(' ')} » n'a pas abouti (code ${result.status}).`)
    process.exit(1)
  }
}

// Types go to a fresh file first: the CLI writes nothing when they are unchanged, which would
// look the same as a silent failure.
const typesFile = path.join(root, 'src/payload-types.ts')
const freshTypes = path.join(
  mkdtempSync(path.join(os.tmpdir(), 'atelier-types-')),
  'payload-types.ts',
)
payload(['generate:types'], ['Types written'], { PAYLOAD_TS_OUTPUT_PATH: freshTypes })
if (!existsSync(freshTypes)) {
  console.error("« payload generate:types » n'a rien écrit.")
  process.exit(1)
}
const fresh = readFileSync(freshTypes, 'utf8')
if (!existsSync(typesFile) || readFileSync(typesFile, 'utf8') !== fresh)
  writeFileSync(typesFile, fresh)
payload(['generate:importmap'], ['import map'])
payload(
  ['migrate:create', name, '--skip-empty'],
  ['Migration DOWN statements generation complete', 'No schema changes'],
)

if (check) {
  const generated = [
    'src/payload-types.ts',
    'src/app/(payload)/admin/importMap.js',
    'src/migrations',
  ]
  const status = spawnSync('git', ['status', '--porcelain', '--', ...generated], {
    cwd: root,
    encoding: 'utf8',
  })
  if (status.stdout.trim()) {
    console.error(
      `\nFichiers générés périmés ou migration manquante :\n${status.stdout}\nLancez « npm run generate -- nom-de-la-migration » et committez le résultat.`,
    )
    process.exit(1)
  }
  console.log('Types, import map et migrations à jour.')
}
