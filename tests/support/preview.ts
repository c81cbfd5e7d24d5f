import { fileURLToPath } from 'node:url';

/**
 * The preview server the browser tests run against: `astro preview` of dist/ on PREVIEW_PORT, under
 * the base path the site was built for (BASE).
 */
const port = Number(process.env.PREVIEW_PORT ?? 4329);

/** The base path the site was built for (BASE, as `astro.config.mjs` reads it): "/" or "/journey/", always ending in "/". */
export const BASE_PATH = (process.env.BASE ?? '/').replace(/\/?$/, '/');

/** The site's address on the preview server, with the base path. */
export const PREVIEW_URL = `http://127.0.0.1:${port}${BASE_PATH}`;

/** Playwright's `webServer` entry that starts it (or reuses one already running, outside CI). */
export const PREVIEW_SERVER = {
  command: `npx astro preview --host 127.0.0.1 --port ${port}`,
  cwd: fileURLToPath(new URL('../..', import.meta.url)),
  url: PREVIEW_URL,
  reuseExistingServer: !process.env.CI,
  timeout: 60_000,
};

/**
 * The tag of a browser test whose subject depends on where the site lives (what a page requests,
 * where its links and frames lead): `test('…', DEPENDS_ON_BASE, async …)`. Only these run again
 * under the sub-path build.
 */
export const DEPENDS_ON_BASE = { tag: '@base' };
