import { existsSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parsePolicy } from '../../src/build-time/csp/policy.ts';
import { headersFor, parseHeadersFile } from '../../src/build-time/csp/headers-file.ts';
import { loadJourneyYears } from '../support/content.ts';
import { expectFramesFit, previewSite } from './fixtures/embed-support.ts';
import { DEPENDS_ON_BASE } from '../support/preview.ts';
import { FRAME_ATTRIBUTE } from '../../src/browser/embed/protocol.ts';

/**
 * Every kind of page under the Content-Security-Policy as a host serves it: the policy each page
 * carries in its own <meta>, plus the HTTP headers the build wrote to dist/_headers for its address.
 * No violation anywhere, and the pages still do their work: the pre-paint scripts, the journey's
 * script, the self-hosted font, an embedded year reporting its height, and a milestone's page
 * sending visitors on to the journey.
 */

const HEADERS_FILE = new URL('../../dist/_headers', import.meta.url);
if (!existsSync(HEADERS_FILE)) throw new Error('No dist/_headers: run `npx astro build` first.');
const rules = parseHeadersFile(readFileSync(HEADERS_FILE, 'utf8'));
const years = loadJourneyYears();
const EMBED = years.find((year) => year.key === '2022') ?? years.at(-1)!;
const POST = './blog/embedding-a-year/';
const MILESTONE = EMBED.milestones[0]!;

interface Watch {
  violations: string[];
  /** The site's documents served, in order: the page's and its frames' addresses. */
  documents: string[];
}

/**
 * Serves the site's documents (the page and its frames) with the headers a host sends for their
 * address; the 404 page, which a host serves at any address, with those of its own (404.html under
 * the base). Collects every CSP violation the browser reports, as events and on the console.
 */
async function underHostPolicy(page: Page, baseURL: string | undefined): Promise<Watch> {
  const site = previewSite(baseURL);
  const watch: Watch = { violations: [], documents: [] };
  await page.route(
    (url) => url.origin === site.origin,
    async (route) => {
      if (route.request().resourceType() !== 'document') return route.continue();
      watch.documents.push(route.request().url());
      const response = await route.fetch();
      const { pathname } = new URL(route.request().url());
      const path = response.status() === 404 ? `${site.base}404.html` : pathname;
      await route.fulfill({ response, headers: { ...response.headers(), ...Object.fromEntries(headersFor(rules, path)) } });
    },
  );
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} in ${event.documentURI} (${event.sourceFile}:${event.lineNumber})`;
      console.error(`CSP violation: ${report}`);
    });
  });
  page.on('console', (message) => {
    const text = message.text();
    if (/content security policy|CSP violation|Refused to/i.test(text)) watch.violations.push(`${text} (${message.location().url})`);
  });
  page.on('pageerror', (error) => watch.violations.push(`page error: ${error.message}`));
  return watch;
}

/** The policies the document was served under: its response header and its own meta element. */
async function policiesOf(page: Page, response: Awaited<ReturnType<Page['goto']>>) {
  const header = response?.headers()['content-security-policy'];
  const meta = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  return { header: parsePolicy(header ?? ''), meta: parsePolicy(meta ?? '') };
}

/** The policy is enforced, not just present: a script injected at run time does not run. */
async function expectInjectedScriptBlocked(page: Page, watch: Watch): Promise<void> {
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true;';
    document.head.append(script);
    await new Promise((resolve) => setTimeout(resolve, 0));
    return (window as { __injected?: boolean }).__injected === true;
  });
  expect(ran, 'an injected inline script runs').toBe(false);
  await expect.poll(() => watch.violations.some((violation) => violation.includes('script-src'))).toBe(true);
  watch.violations.length = 0;
}

test('the journey runs under the policy: pre-paint script, journey script and font, and no site may frame it', DEPENDS_ON_BASE, async ({ page, baseURL }) => {
  const watch = await underHostPolicy(page, baseURL);
  await page.setViewportSize({ width: 1440, height: 900 });
  const response = await page.goto('./?track=open-source');

  const { header, meta } = await policiesOf(page, response);
  expect(header.get('frame-ancestors')).toEqual(["'none'"]);
  expect(meta.get('default-src')).toEqual(["'self'"]);
  expect(meta.get('script-src')).not.toContain("'unsafe-inline'");
  expect(meta.get('script-src')?.some((source) => source.startsWith("'sha256-"))).toBe(true);

  // The hashed inline script in the head ran before first paint…
  await expect(page.locator('html')).toHaveClass(/\btravel\b/);
  await expect(page.locator('html')).toHaveAttribute('data-track', 'open-source');
  // …the bundled journey script measured the page…
  await expect(page.locator('html')).toHaveClass(/\btravel-pinned\b/);
  const length = await page.locator('[data-journey-track]').evaluate((track) => track.scrollWidth.toLocaleString('en-US'));
  await expect(page.locator('[data-journey-length]')).toHaveText(length);
  // …and the display face came from this site.
  const fonts = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].filter((face) => face.status === 'loaded').map((face) => face.family);
  });
  expect(fonts.length, 'a self-hosted face loaded').toBeGreaterThan(0);

  expect(watch.violations).toEqual([]);
  await expectInjectedScriptBlocked(page, watch);
});

test(`an embed page runs under the policy and any site may frame it: /embed/${EMBED.key}/`, DEPENDS_ON_BASE, async ({ page, baseURL }) => {
  const watch = await underHostPolicy(page, baseURL);
  const response = await page.goto(`./embed/${EMBED.key}/?track=inside-spotify`);
  const { header } = await policiesOf(page, response);
  expect(header.get('frame-ancestors')).toEqual(['*']);
  expect(response?.headers()['x-frame-options']).toBeUndefined();
  // The hashed pre-paint script read the track, and the year's own hashed style hides the other lane.
  await expect(page.locator('html')).toHaveAttribute('data-track', 'inside-spotify');
  await expect(page.locator('.lane[data-tracks="open-source"]')).toBeHidden();
  expect(watch.violations).toEqual([]);
  await expectInjectedScriptBlocked(page, watch);
});

test('the example post runs under the policy, and its framed year reports its height', DEPENDS_ON_BASE, async ({ page, baseURL }) => {
  const watch = await underHostPolicy(page, baseURL);
  const response = await page.goto(POST);
  expect((await policiesOf(page, response)).header.get('frame-ancestors')).toEqual(["'none'"]);
  // The host script (/embed.js) sized the frame to the year inside it.
  await expectFramesFit(page.locator(`iframe[${FRAME_ATTRIBUTE}]`).first(), 'the framed year');
  expect(watch.violations).toEqual([]);
  await expectInjectedScriptBlocked(page, watch);
});

test('the 404 page runs under the policy and leads back to the journey', DEPENDS_ON_BASE, async ({ page, baseURL }) => {
  const watch = await underHostPolicy(page, baseURL);
  const response = await page.goto('./no-such-moment/');
  expect(response?.status()).toBe(404);
  expect((await policiesOf(page, response)).header.get('frame-ancestors')).toEqual(["'none'"]);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This moment is not on the journey');
  await page.getByRole('link', { name: EMBED.label, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${previewSite(baseURL).base}#${EMBED.key}$`));
  expect(watch.violations).toEqual([]);
});

test('a milestone’s page runs under the policy, no site may frame it, and it sends visitors on to the journey', DEPENDS_ON_BASE, async ({ page, baseURL }) => {
  const watch = await underHostPolicy(page, baseURL);
  const response = await page.goto(`./milestones/${MILESTONE.anchor}/`, { waitUntil: 'commit' });
  // Its own headers, read before the refresh leaves it.
  expect(parsePolicy(response?.headers()['content-security-policy'] ?? '').get('frame-ancestors')).toEqual(["'none'"]);
  expect(response?.headers()['x-frame-options']).toBe('DENY');
  await page.waitForURL(`${previewSite(baseURL).url}#${MILESTONE.anchor}`);
  await expect(page.locator(`[id="${MILESTONE.anchor}"]`)).toBeAttached();
  expect(watch.violations).toEqual([]);
});

test('another site can frame a year but not the journey, nor a milestone’s page', DEPENDS_ON_BASE, async ({ page, baseURL }) => {
  const watch = await underHostPolicy(page, baseURL);
  const site = previewSite(baseURL);
  const host = 'http://blog.test/post.html';
  const journey = site.url;
  const milestone = `${site.url}milestones/${MILESTONE.anchor}/`;
  await page.route(host, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>A blog</title><iframe id="year" src="${site.url}embed/${EMBED.key}/"></iframe><iframe id="journey" src="${journey}"></iframe><iframe id="milestone" src="${milestone}"></iframe>`,
    }),
  );
  // The browser names only the refused frame's origin, so the refusals are counted: one per frame.
  let refusals = 0;
  page.on('console', (message) => {
    if (/frame-ancestors 'none'/.test(message.text())) refusals += 1;
  });
  await page.goto(host);
  await expect(page.frameLocator('#year').locator('[data-embed]')).toBeVisible();
  await expect.poll(() => refusals).toBe(2);
  await expect(page.frameLocator('#journey').locator('#journey')).toHaveCount(0);
  // Refused at its own address: a milestone's page that loaded would have sent its frame on to the journey.
  expect(watch.documents.sort()).toEqual([journey, `${site.url}embed/${EMBED.key}/`, milestone].sort());
  expect(watch.violations.filter((violation) => !/frame-ancestors 'none'/.test(violation))).toEqual([]);
});
