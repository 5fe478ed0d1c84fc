import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'int',
          include: ['tests/int/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          setupFiles: ['tests/support/setup.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // A real browser against the built portal: pages load and render in seconds.
          testTimeout: 60_000,
          hookTimeout: 120_000,
          setupFiles: ['tests/support/setup.ts'],
          globalSetup: ['tests/e2e/support/buildPortal.ts'],
        },
      },
      {
        // `npm run test:security`: the access matrix, the fuzzed requests, headers and uploads.
        test: {
          name: 'security',
          include: ['tests/security/**/*.test.ts'],
          environment: 'node',
          testTimeout: 10 * 60_000,
          hookTimeout: 120_000,
          setupFiles: ['tests/support/setup.ts'],
        },
      },
      {
        // `npm run test:faults`: Lupa as several processes on PostgreSQL while parts of it
        // fail. One file at a time: each starts processes that need the machine's cores.
        test: {
          name: 'faults',
          include: ['tests/faults/**/*.test.ts'],
          environment: 'node',
          testTimeout: 10 * 60_000,
          hookTimeout: 5 * 60_000,
          fileParallelism: false,
          setupFiles: ['tests/support/setup.ts'],
          globalSetup: ['tests/faults/support/globalSetup.ts'],
        },
      },
    ],
  },
})
