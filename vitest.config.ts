import { defineConfig } from 'vitest/config';

const THRESHOLD = { lines: 80, functions: 80, branches: 80, statements: 80 };

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    coverage: {
      provider: 'v8',
      include: ['packages/*/src/**/*.ts'],
      exclude: ['**/*.test.ts', '**/test-helpers/**'],
      reporter: ['text-summary', 'json-summary'],
      thresholds: {
        'packages/core/src/**': THRESHOLD,
        'packages/storage/src/**': THRESHOLD,
        'packages/analysis/src/**': THRESHOLD,
      },
    },
  },
});
