// The supervisor of `npm start` around an app that always stops by itself with code 0, and a
// stand-in database that says when it is stopped (tests/e2e/supervisor.test.ts).
import { freePort } from '../../scripts/lib/postgres.mjs'
import { superviseApp } from '../../scripts/lib/runtime.mjs'

superviseApp({
  args: ['-e', 'setTimeout(() => process.exit(0), 200)'],
  options: { stdio: 'inherit' },
  port: await freePort(),
  stopDatabase: async () => console.log('Base de test arrêtée'),
  onReady: () => console.log('Prête (ne devrait pas arriver)'),
})
