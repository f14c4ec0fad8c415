import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // test/postgres/ tests what exists only on a PostgreSQL server (the preparing pool, LISTEN/NOTIFY):
    // they run in the PostgreSQL suite (`DATABASE_URL=… npm run test:db`), which CI runs.
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: process.env.DATABASE_URL ? [] : ['test/postgres/**'],
    setupFiles: ['test/fast-check-seed.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
