import { createRequire } from 'node:module'
import path from 'node:path'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    alias: [
      {
        find: '@payload-config',
        replacement: path.resolve(import.meta.dirname, 'payload.config.ts'),
      },
      // One graphql for everyone: Node loads Payload's as CommonJS, and vite would otherwise give
      // our own files the ESM build, whose errors Payload's handler does not recognise.
      { find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') },
    ],
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
