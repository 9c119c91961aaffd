import { defineConfig } from 'vitest/config';

// `npm test` runs both projects: unit (shared, server: pure logic, rooms, HTTP) and e2e (real
// Chromium against the real built client and server; needs `npm run build` first).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['shared/**/*.test.ts', 'server/**/*.test.ts', 'client/**/*.test.ts'],
          environment: 'node',
          testTimeout: 20_000,
          // Set-up hooks start servers and hash passwords (scrypt): with every worker busy on a
          // 2-core machine they can outlast vitest's default 10 s.
          hookTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          testTimeout: 90_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
