import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/src/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Store tests open DuckDB files and PostgreSQL schemas; two workers suit the 2-core CI machine.
    maxWorkers: 2,
    minWorkers: 1,
  },
});
