import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { embedSamples, loadJourneyYears, loadWords } from '../support/content.ts';
import { embedSnippet } from '../../src/build-time/publish/embed.ts';
import type { JourneyYear } from '../../src/model/milestone.ts';
import { FRAME_ATTRIBUTE, resizeMessage } from '../../src/browser/embed/protocol.ts';
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
 * A blog on another origin embeds the fullest year's strip and the first year's list with the
 * snippet: each iframe keeps its height equal to its content at every width, refuses forged
 * messages, lets the page scroll past it, and its links open the journey.
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
  const snippets = [await snippetFor(page, baseURL!, longYear), await snippetFor(page, baseURL!, eraYear, 'list')];
  await page.goto(host.pageWith(snippets));
  return problems;
}

const journeyFrames = (page: Page) => page.locator(`iframe[${FRAME_ATTRIBUTE}]`);

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
      // The strip stays as tall as a card row at both widths; the list's height differs enough between them for a stale height to show.
      for (const fit of [fits[0]!, fits[2]!]) expect(fit.frame).toBeLessThanOrEqual(720);
      expect(Math.abs(fits[1]!.frame - fits[3]!.frame)).toBeGreaterThan(100);
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
    await page.evaluate(({ src, attribute }) => {
      const forger = document.createElement('iframe');
      forger.src = src;
      forger.title = 'Another widget';
      forger.setAttribute(attribute, '2022');
      document.querySelector('main')!.append(forger);
    }, { src: `${host.otherOrigin}/forger.html`, attribute: FRAME_ATTRIBUTE });
    const forger = page.locator('iframe[title="Another widget"]');
    await forger.scrollIntoViewIfNeeded();
    const forgerFrame = await (await forger.elementHandle())!.contentFrame();
    await forgerFrame!.waitForLoadState('load');
    const forgerHeight = await forger.evaluate((element) => element.getBoundingClientRect().height);
    await forgerFrame!.evaluate(() => postMessage('forge', '*'));

    // The page itself posts well-formed messages of both versions, from its own origin.
    await page.evaluate(
      (messages) => {
        for (const message of messages) postMessage(message, '*');
      },
      [resizeMessage('2022', 'all', 7), resizeMessage('2022', 'all', 7, 1)],
    );

    // The journey's own frame, from the site's origin, sends messages of the wrong shape.
    const journeyFrame = await (await frames.nth(0).elementHandle())!.contentFrame();
    await journeyFrame!.evaluate(
      ({ current, previous }) => {
        const wrong = [
          { ...current, version: 1 },
          { ...previous, version: 2 },
          { ...current, version: 3 },
          { ...current, height: '9' },
          { ...previous, height: -9 },
          { ...current, year: undefined },
          { ...current, type: `${current.type}d` },
          JSON.stringify(current),
          9,
        ];
        for (const message of wrong) parent.postMessage(message, '*');
      },
      { current: resizeMessage('2022', 'all', 9), previous: resizeMessage('2022', 'all', 9, 1) },
    );

    await expect.poll(seen, { message: 'every forged message has reached the page' }).toBeGreaterThanOrEqual(4 + 2 + 9);
    for (const index of [0, 1]) await expectFramesFit(frames.nth(index), `embed ${index + 1} after the forgeries`);
    expect(await forger.evaluate((element) => element.getBoundingClientRect().height)).toBe(forgerHeight);
    expect(problems).toEqual([]);
  });

  test('a vertical wheel over the strip scrolls the page; a sideways wheel, shift + wheel and its buttons move the strip', async ({ page, baseURL }) => {
    const problems = await openBlogPost(page, baseURL, 1024);
    const iframe = journeyFrames(page).first();
    await expectFramesFit(iframe, longYear.label);
    const frame = (await (await iframe.elementHandle())!.contentFrame())!;
    const row = () => frame.evaluate(() => document.querySelector('[data-journey-strip]')!.scrollLeft);
    const pageScroll = () => page.evaluate(() => scrollY);
    // The pointer over a card of the strip, the frame in the middle of the window.
    await iframe.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    const box = (await iframe.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.6);
    const before = { page: await pageScroll(), row: await row() };
    await page.mouse.wheel(0, 200);
    await expect.poll(pageScroll, { message: 'a vertical wheel over the frame scrolls the host page' }).toBeGreaterThan(before.page + 100);
    expect(await row()).toBe(before.row);

    const top = await pageScroll();
    await page.mouse.wheel(300, 0);
    await expect.poll(row, { message: 'a sideways wheel (a trackpad) moves the strip' }).toBeGreaterThan(before.row);
    const sideways = await row();
    await page.keyboard.down('Shift');
    await page.mouse.wheel(0, 300);
    await page.keyboard.up('Shift');
    await expect.poll(row, { message: 'shift + wheel moves the strip' }).toBeGreaterThan(sideways);
    expect(await pageScroll()).toBe(top);

    const moved = await row();
    await frame.getByRole('button', { name: 'Later milestones' }).click();
    await expect.poll(row, { message: 'the next button moves the strip' }).toBeGreaterThan(moved);
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

/** The host script as published with version 1 of the protocol: what a page may still run from a cache. */
const VERSION_1_HOST_SCRIPT = readFileSync(new URL('./fixtures/embed-host-v1.js', import.meta.url), 'utf8');

/** A year's snippet as version 1 gave it, written out by hand, at a default height far from the year's own. */
function version1Snippet(siteUrl: string, year: JourneyYear): string {
  const site = previewSite(siteUrl);
  return (
    `<iframe src="${site.origin}${site.base}embed/${year.key}/" title="The journey: ${year.label}" data-backstage-journey="${year.key}" ` +
    `height="300" loading="lazy" allow="web-share; clipboard-write" ` +
    `style="display:block;width:100%;max-width:1200px;height:300px;margin:0 auto;border:0"></iframe>\n` +
    `<script src="${site.origin}${site.base}embed.js" async></script>`
  );
}

test.describe('pages that still carry version 1 of the embed protocol', () => {
  test('a year pasted with a version 1 snippet shows the strip, sized by today’s host script, at 1024 px and again at 360 px', async ({ page, baseURL }) => {
    const problems = watchConsole(page);
    await page.setViewportSize({ width: 1024, height: 800 });
    await page.goto(host.pageWith([version1Snippet(baseURL!, longYear)]));
    const frame = page.locator('iframe[data-backstage-journey]');
    const wide = await expectFramesFit(frame, `${longYear.label} from a version 1 snippet at 1024 px`);
    await page.setViewportSize({ width: 360, height: 800 });
    const narrow = await expectFramesFit(frame, `${longYear.label} from a version 1 snippet at 360 px`);
    // Pasted at 300 px, the frame now holds the strip: as tall as a card row, no taller.
    for (const fit of [wide, narrow]) expect(fit.frame).toBeGreaterThan(400);
    for (const fit of [wide, narrow]) expect(fit.frame).toBeLessThanOrEqual(720);
    await expect(frame.contentFrame().locator('[data-journey-strip] > li')).toHaveCount(longYear.milestones.length);
    expect(problems).toEqual([]);
  });

  test('a host page running the version 1 host script sizes today’s embeds, from old and new snippets alike', async ({ page, baseURL }) => {
    const problems = watchConsole(page);
    const site = previewSite(baseURL);
    await page.route(`${site.origin}${site.base}embed.js`, (route) =>
      route.fulfill({ contentType: 'text/javascript; charset=utf-8', body: VERSION_1_HOST_SCRIPT }),
    );
    await page.setViewportSize({ width: 1024, height: 800 });
    await page.goto(host.pageWith([version1Snippet(baseURL!, longYear), await snippetFor(page, baseURL!, eraYear)]));
    const frames = page.locator('iframe');
    await expect(frames).toHaveCount(2);
    const fits = [];
    for (const width of [1024, 360]) {
      await page.setViewportSize({ width, height: 800 });
      for (const [index, year] of [longYear, eraYear].entries()) {
        fits.push(await expectFramesFit(frames.nth(index), `${year.label} under the version 1 host script at ${width} px`));
      }
    }
    // The page ran the version 1 script, not today's.
    expect(await page.evaluate(() => ({ version1: '__backstageJourney' in window, today: '__journeyEmbed' in window }))).toEqual({ version1: true, today: false });
    // The version 1 snippet, pasted at 300 px, grew to the strip's height.
    expect(fits[0]!.frame).toBeGreaterThan(400);
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
  // As docs/embedding.md writes them: version 2, then the same report for hosts that speak version 1.
  const reports = [
    { type: 'journey-embed:resize', version: 2, year: eraYear.key, track: 'all', height },
    { type: 'backstage-journey:resize', version: 1, year: eraYear.key, track: 'all', height },
  ];
  await expect.poll(async () => (await received()).slice(-2), { message: 'the embed has reported its height by itself' }).toEqual(reports);
  expect(height).toBeGreaterThan(200);

  const ask = (request: unknown) => page.evaluate((message) => document.querySelector('iframe')!.contentWindow!.postMessage(message, '*'), request);
  for (const [request, answer] of [
    [{ type: 'journey-embed:measure', version: 2 }, reports[0]],
    [{ type: 'backstage-journey:measure', version: 1 }, reports[1]],
  ] as const) {
    const before = (await received()).length;
    await ask(request);
    await expect
      .poll(async () => (await received()).slice(before), { message: `the embed answers ${JSON.stringify(request)} with its height, in that version` })
      .toEqual([answer]);
  }
});
