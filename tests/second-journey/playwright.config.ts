import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumExecutable } from '../../scripts/lib/browsers.ts';
import { IMPORTED_JOURNEY, SECOND_JOURNEY, addressOf } from './place.ts';

/** `astro preview` of a journey's built copy. */
const preview = (journey: { copy: string; port: number }) => ({
  command: `npx astro preview --host 127.0.0.1 --port ${journey.port}`,
  cwd: fileURLToPath(new URL(`../../${journey.copy}`, import.meta.url)),
  url: addressOf(journey),
  reuseExistingServer: !process.env.CI,
  timeout: 60_000,
});

/** The other journeys' browser checks, each against its own built copy (`npm test` builds them first). */
export default defineConfig({
  testDir: '.',
  outputDir: '../../test-results/second-journey-results',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  workers: 2,
  retries: 1,
  reporter: [['list'], ['json', { outputFile: '../../test-results/second-journey.json' }]],
  use: {
    baseURL: addressOf(SECOND_JOURNEY),
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_FLAGS },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 } } }],
  webServer: [preview(SECOND_JOURNEY), preview(IMPORTED_JOURNEY)],
});
