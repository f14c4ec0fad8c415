import { defineConfig } from 'vitest/config';

// Browser journeys: each file starts the real server with demo data and drives Chromium.
// Run with `npm run test:e2e`, which builds the staff app first.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    testTimeout: 90_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
