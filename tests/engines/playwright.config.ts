import { defineConfig } from '@playwright/test';
import { PREVIEW_SERVER, PREVIEW_URL } from '../support/preview.ts';
import type { EngineName } from './drivers/driver.ts';
import { ENGINES, selectedEngines, whyUnavailable } from './engines.ts';

/**
 * The cross-engine checks (`npm run test:engines`): the same checks in Chromium, Firefox ESR and
 * WebKitGTK, one project per engine. `ENGINES=webkit npm run test:engines` runs one engine alone
 * (or `-- --project=webkit`). Screenshots of each engine land in test-results/engines/<engine>/.
 */
const engines = selectedEngines();

// Said once, by the runner (not again by each worker that loads this file).
if (!process.env.TEST_WORKER_INDEX) {
  for (const name of engines) {
    const why = whyUnavailable(ENGINES[name]);
    if (why) console.log(why);
  }
}

export default defineConfig<object, { engine: EngineName }>({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: '../../test-results/engines',
  fullyParallel: true,
  // Generous limits: browsers of three engines on a shared 2-core machine; no check asserts how long anything takes.
  timeout: 180_000,
  expect: { timeout: 15_000 },
  workers: 2,
  // One more try for a test that fails (reported as flaky when it then passes): a shared machine under load can drop a connection.
  retries: 1,
  // The JSON report holds every check's duration: what each costs the suite.
  reporter: [['list'], ['json', { outputFile: '../../test-results/engines.json' }]],
  use: { baseURL: PREVIEW_URL },
  projects: engines.map((name) => ({ name, use: { engine: name } })),
  webServer: PREVIEW_SERVER,
});
