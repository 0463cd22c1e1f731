import path from 'node:path'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    alias: { '@payload-config': path.resolve(import.meta.dirname, 'payload.config.ts') },
  },
  test: {
    globalSetup: ['tests/helpers/globalSetup.ts'],
    setupFiles: ['tests/helpers/setupEnv.ts'],
    include: ['tests/**/*.test.ts'],
    pool: 'forks',
    // Files share one database; some rules (the last admin) depend on the whole table.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
    reporters: ['default'],
  },
})
