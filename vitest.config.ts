import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Without this Vite loads graphql twice (index.mjs and index.js) and type-graphql's types
    // come "from another module or realm".
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    env: { NODE_ENV: 'test' },
  },
});
