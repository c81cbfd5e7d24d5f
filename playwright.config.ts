import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumExecutable } from './scripts/lib/browsers.ts';
import { DEPENDS_ON_BASE, PREVIEW_SERVER, PREVIEW_URL } from './tests/support/preview.ts';

export default defineConfig({
  testDir: 'tests/e2e',
  /**
   * Built under a sub-path (`BASE=/journey/`), only the tests tagged `@base` run again: those whose
   * subject depends on where the site lives (what a page requests, where its links and frames lead).
   * Every address in every built file is resolved against the base by the link check and the unit
   * tests over dist/, so the rest would only repeat themselves.
   */
  grep: process.env.BASE ? new RegExp(DEPENDS_ON_BASE.tag) : undefined,
  // Apart from the cross-engine run's (tests/engines/playwright.config.ts), which each run clears.
  outputDir: 'test-results/e2e',
  fullyParallel: true,
  // Generous limits: the suite runs on a shared 2-core machine; no test asserts how long anything takes.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  workers: 2,
  // One more try for a test that fails (reported as flaky when it then passes): a shared machine under load can drop a connection.
  retries: 1,
  // The JSON report holds every test's duration: what each test costs the suite.
  reporter: [['list'], ['html', { outputFolder: 'playwright-report', open: 'never' }], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: PREVIEW_URL,
    // A trace only where a test failed once and is tried again (CI): recording one for every test
    // slowed the whole suite.
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_FLAGS },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 } } }],
  webServer: PREVIEW_SERVER,
});
