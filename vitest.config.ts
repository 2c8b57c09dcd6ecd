import { defineConfig } from 'vitest/config';

/**
 * One `npm test`, several projects:
 * - unit: everything under test/ except browser and e2e, host time zone UTC;
 * - core-tz-dst: the calendar and SLA suites again under a host zone with DST, so no result
 *   depends on the machine's zone;
 * - browser / e2e: real Chromium and real servers, run one file at a time.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
          exclude: ['test/browser/**', 'test/e2e/**', '**/node_modules/**'],
          env: { TZ: 'UTC' },
        },
      },
      {
        test: {
          name: 'core-tz-dst',
          include: ['test/core/calendar/**/*.test.ts', 'test/core/sla/**/*.test.ts', 'test/core/holidays/**/*.test.ts'],
          env: { TZ: 'America/New_York' },
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
