import { defineConfig } from 'vitest/config';

// Two projects: `unit` needs nothing built; `site` reads `dist/` (built by `npm test` first)
// and drives a real Chromium.
// .ci/run sets VITEST_JSON_DIR to count passed and failed tests across both runs of `npm test`.
const jsonDir = process.env.VITEST_JSON_DIR;

export default defineConfig({
  test: {
    reporters: jsonDir ? ['default', ['json', { outputFile: `${jsonDir}/vitest-${process.pid}.json` }]] : ['default'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/lib/**/*.test.ts', 'tests/data/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/support/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
