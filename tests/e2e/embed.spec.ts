import { expect, test, type Page } from '@playwright/test';
import { embedSamples, loadJourneyYears, loadWords } from '../support/content.ts';
import { embedSnippet } from '../../src/build-time/publish/embed.ts';
import { MEASURE_MESSAGE, RESIZE_MESSAGE } from '../../src/browser/embed/protocol.ts';
import { startHostSite, type HostSite } from './fixtures/embed-host.ts';
import {
  expectFramesFit,
  fetchOembed,
  previewSite,
  serveSiteFromPreview,
  snippetFor,
  watchConsole,
} from './fixtures/embed-support.ts';

/**
 * A blog on another origin embeds two years with the snippet: each iframe keeps its height equal
 * to its content at every width, refuses forged messages, and its links open the journey.
 */

const years = loadJourneyYears();
const { longYear, eraYear } = embedSamples(years);

let host: HostSite;

test.beforeAll(async () => {
  host = await startHostSite();
});

test.afterAll(async () => {
  await host.close();
});

async function openBlogPost(page: Page, baseURL: string | undefined, width: number): Promise<string[]> {
  const problems = watchConsole(page);
  await page.setViewportSize({ width, height: 800 });
  const snippets = [await snippetFor(page, baseURL!, longYear), await snippetFor(page, baseURL!, eraYear)];
  await page.goto(host.pageWith(snippets));
  return problems;
}

const journeyFrames = (page: Page) => page.locator('iframe[data-backstage-journey]');

test.describe('a year embedded in another site’s page', () => {
  for (const [first, second] of [
    [360, 1024],
    [1024, 360],
  ] as const) {
    test(`is as tall as its content at ${first} px wide, and again at ${second} px`, async ({ page, baseURL }) => {
      const problems = await openBlogPost(page, baseURL, first);
      const frames = journeyFrames(page);
      await expect(frames).toHaveCount(2);
      const fits = [];
      for (const [index, year] of [longYear, eraYear].entries()) {
        fits.push(await expectFramesFit(frames.nth(index), `${year.label} at ${first} px`));
      }
      await page.setViewportSize({ width: second, height: 800 });
      for (const [index, year] of [longYear, eraYear].entries()) {
        fits.push(await expectFramesFit(frames.nth(index), `${year.label} resized to ${second} px`));
      }
      // The layouts differ enough between the widths for a stale height to show.
      expect(Math.abs(fits[0]!.frame - fits[2]!.frame)).toBeGreaterThan(100);
      test.info().annotations.push({
        type: 'fit',
        description: fits.map((fit) => `${Math.round(fit.frame)}/${fit.content.toFixed(1)}`).join(', '),
      });
      expect(problems).toEqual([]);
    });
  }

  test('keeps its size when messages are forged from another origin or have the wrong shape', async ({ page, baseURL }) => {
    const problems = await openBlogPost(page, baseURL, 1024);
    const frames = journeyFrames(page);
    for (const index of [0, 1]) await expectFramesFit(frames.nth(index), `embed ${index + 1}`);

    // Every message the page receives, to know when the forgeries have been delivered.
    await page.evaluate(() => {
      const seen: unknown[] = [];
      (window as unknown as { seen: unknown[] }).seen = seen;
      addEventListener('message', (event) => seen.push(event.data));
    });
    const seen = () => page.evaluate(() => (window as unknown as { seen: unknown[] }).seen.length);

    // A frame from another origin that claims to be a journey embed sends well-formed messages.
    await page.evaluate((src) => {
      const forger = document.createElement('iframe');
      forger.src = src;
      forger.title = 'Another widget';
      forger.setAttribute('data-backstage-journey', '2022');
      document.querySelector('main')!.append(forger);
    }, `${host.otherOrigin}/forger.html`);
    const forger = page.locator('iframe[title="Another widget"]');
    await forger.scrollIntoViewIfNeeded();
    const forgerFrame = await (await forger.elementHandle())!.contentFrame();
    await forgerFrame!.waitForLoadState('load');
    const forgerHeight = await forger.evaluate((element) => element.getBoundingClientRect().height);
    await forgerFrame!.evaluate(() => postMessage('forge', '*'));

    // The page itself posts a well-formed message, from its own origin.
    await page.evaluate(
      (type) => postMessage({ type, version: 1, year: '2022', track: 'all', height: 7 }, '*'),
      RESIZE_MESSAGE,
    );

    // The journey's own frame, from the site's origin, sends messages of the wrong shape.
    const journeyFrame = await (await frames.nth(0).elementHandle())!.contentFrame();
    await journeyFrame!.evaluate(
      ({ type }) => {
        const wrong = [
          { type, version: 2, year: '2022', track: 'all', height: 9 },
          { type, version: 1, year: '2022', track: 'all', height: '9' },
          { type, version: 1, year: '2022', track: 'all', height: -9 },
          { type, version: 1, track: 'all', height: 9 },
          { type: `${type}d`, version: 1, year: '2022', track: 'all', height: 9 },
          JSON.stringify({ type, version: 1, year: '2022', track: 'all', height: 9 }),
          9,
        ];
        for (const message of wrong) parent.postMessage(message, '*');
      },
      { type: RESIZE_MESSAGE },
    );

    await expect.poll(seen, { message: 'every forged message has reached the page' }).toBeGreaterThanOrEqual(2 + 1 + 7);
    for (const index of [0, 1]) await expectFramesFit(frames.nth(index), `embed ${index + 1} after the forgeries`);
    expect(await forger.evaluate((element) => element.getBoundingClientRect().height)).toBe(forgerHeight);
    expect(problems).toEqual([]);
  });

  test('opens the journey in the top window, at the year and at a milestone', async ({ page, baseURL }) => {
    // The journey page is long to load on a busy machine, and it is loaded twice.
    test.slow();
    const problems = await openBlogPost(page, baseURL, 1024);
    const site = previewSite(baseURL);
    const frame = journeyFrames(page).first().contentFrame();
    const milestone = longYear.milestones[3]!;

    await frame.getByRole('link', { name: milestone.title, exact: true }).click();
    await page.waitForURL(`${site.url}#${milestone.anchor}`);
    await expect(page.locator(`[id="${milestone.anchor}"]`)).toHaveCount(1);
    await expect(page.locator(`[id="${milestone.anchor}"]`).getByRole('heading', { name: milestone.title })).toBeVisible();

    await page.goBack();
    await journeyFrames(page).first().contentFrame().getByRole('link', { name: 'See the whole journey' }).click();
    await page.waitForURL(`${site.url}#${longYear.key}`);
    await expect(page.locator(`section[id="${longYear.key}"]`)).toHaveCount(1);
    expect(problems).toEqual([]);
  });
});

test.describe('the oEmbed responses', () => {
  test('every year’s validates against the oEmbed 1.0 schema and holds the year’s snippet', async ({ page, baseURL }) => {
    for (const year of years) {
      const oembed = await fetchOembed(page, baseURL!, year.key);
      expect(oembed.type).toBe('rich');
      if (oembed.type !== 'rich') continue;
      expect(oembed.title).toContain(year.label);
      const site = new URL(oembed.provider_url!);
      // The html is the same snippet "Embed this year" offers, with the height published beside it.
      expect(oembed.html).toBe(
        embedSnippet({ year, siteName: oembed.provider_name!, words: loadWords(), height: oembed.height, base: site.pathname, site: site.href }),
      );
      expect(oembed.html).toContain(new URL(`embed/${year.key}/`, site).href);
      if (oembed.thumbnail_url) {
        const thumbnail = await page.request.get(`${previewSite(baseURL).origin}${new URL(oembed.thumbnail_url).pathname}`);
        expect(thumbnail.headers()['content-type']).toBe('image/png');
      }
    }
  });

  test('every year’s html renders the year, sized to its content', async ({ page, baseURL }) => {
    test.slow();
    const problems = watchConsole(page);
    const site = previewSite(baseURL);
    const responses = [];
    for (const year of years) responses.push(await fetchOembed(page, baseURL!, year.key));
    await serveSiteFromPreview(page.context(), responses[0]!.provider_url!, site.origin);
    await page.setViewportSize({ width: 720, height: 800 });
    await page.goto(host.pageWith([responses.map((response) => (response as { html: string }).html).join('\n')]));

    const frames = journeyFrames(page);
    await expect(frames).toHaveCount(years.length);
    for (const [index, year] of years.entries()) {
      await expectFramesFit(frames.nth(index), year.label);
      const frame = journeyFrames(page).nth(index).contentFrame();
      await expect(frame.getByRole('heading', { level: 2 })).toHaveText(year.label);
      await expect(frame.locator('article.milestone')).toHaveCount(year.milestones.length);
    }
    expect(problems).toEqual([]);
  });
});

test('an embed tells its host page its height again when asked, in the protocol’s shape, though nothing changed', async ({ page, baseURL }) => {
  // The embed side of the protocol, seen from a host page without the host script. The embed reports
  // its height by itself only when it changes; a second report of the same height is the answer.
  const site = previewSite(baseURL);
  await page.addInitScript(() => {
    if (window !== window.top) return;
    const messages: unknown[] = [];
    Object.assign(window, { __messages: messages });
    addEventListener('message', (event) => messages.push(event.data));
  });
  await page.goto(
    host.pageWith([`<iframe src="${site.origin}${site.base}embed/${eraYear.key}/" title="Journey" width="600" height="300"></iframe>`]),
  );
  const received = () => page.evaluate(() => (window as unknown as { __messages: unknown[] }).__messages);
  const frame = await (await page.locator('iframe').elementHandle())!.contentFrame();
  await frame!.waitForLoadState('load');
  // The embed has settled: its pictures and fonts are in, and the layout after them has been observed.
  const height = await frame!.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return Math.ceil(document.querySelector('[data-embed]')!.getBoundingClientRect().height);
  });
  const report = { type: RESIZE_MESSAGE, version: 1, year: eraYear.key, track: 'all', height };
  await expect.poll(async () => (await received()).at(-1), { message: 'the embed has reported its height by itself' }).toEqual(report);
  expect(height).toBeGreaterThan(200);
  const before = (await received()).length;

  await page.evaluate((measure) => document.querySelector('iframe')!.contentWindow!.postMessage({ type: measure, version: 1 }, '*'), MEASURE_MESSAGE);
  await expect.poll(async () => (await received()).slice(before), { message: 'the embed answers the request with its height' }).toEqual([report]);
});
