import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumExecutable } from '../../scripts/lib/browsers.ts';
import { SECOND_JOURNEY } from './place.ts';

const url = `http://127.0.0.1:${SECOND_JOURNEY.port}/`;

/** The second journey's browser checks, against its own built copy (`npm test` builds it first). */
export default defineConfig({
  testDir: '.',
  outputDir: '../../test-results/second-journey-results',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  workers: 2,
  retries: 1,
  reporter: [['list'], ['json', { outputFile: '../../test-results/second-journey.json' }]],
  use: {
    baseURL: url,
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_FLAGS },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 } } }],
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${SECOND_JOURNEY.port}`,
    cwd: fileURLToPath(new URL(`../../${SECOND_JOURNEY.copy}`, import.meta.url)),
    url,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
