import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumExecutable } from './scripts/lib/browsers.ts';
import { PREVIEW_SERVER, PREVIEW_URL } from './tests/support/preview.ts';

/**
 * Built under a sub-path (`BASE=/journey/`), the suite runs again without the specs whose subject
 * does not depend on where the site lives: accessibility (axe), byte budgets, the journey's
 * content, the tour (it moves the page it is on) and the growth charts (their links are anchors on
 * the page). Links, assets, embeds, the policy, deep links and pictures are all checked again.
 */
const SAME_UNDER_ANY_BASE = ['journey-a11y.spec.ts', 'budgets.spec.ts', 'journey.spec.ts', 'tour.spec.ts', 'growth.spec.ts'];

export default defineConfig({
  testDir: 'tests/e2e',
  testIgnore: process.env.BASE ? SAME_UNDER_ANY_BASE : [],
  // Apart from the cross-engine run's (tests/engines/playwright.config.ts), which each run clears.
  outputDir: 'test-results/e2e',
  fullyParallel: true,
  // Generous limits: the suite runs on a shared 2-core machine; no test asserts how long anything takes.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['html', { outputFolder: 'playwright-report', open: 'never' }]],
  use: {
    baseURL: PREVIEW_URL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_FLAGS },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 } } }],
  webServer: PREVIEW_SERVER,
});
