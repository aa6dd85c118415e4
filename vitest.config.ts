import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Without this Vite loads graphql twice (index.mjs and index.js) and type-graphql's types
    // come "from another module or realm".
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    pool: 'forks',
    env: { NODE_ENV: 'test' },
    projects: [
      {
        extends: true,
        test: {
          name: 'api',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**', '**/node_modules/**'],
          globalSetup: ['test/support/global-setup.ts', 'test/support/keep-exit-code.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        // The built admin in headless Chromium against the compiled server: one server and one
        // browser per file, files one after another (the machine has two cores).
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/support/global-setup.ts', 'test/support/keep-exit-code.ts', 'test/e2e/build.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
