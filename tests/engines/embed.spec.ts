import { embedSamples, loadJourneyYears, loadWords } from '../support/content.ts';
import { oembedResponseSchema } from '../../src/build-time/publish/embed-schema.ts';
import { embedSnippet } from '../../src/build-time/publish/embed.ts';
import type { JourneyYear } from '../../src/model/milestone.ts';
import { expect, test } from './fixtures.ts';
import type { SiteProxy } from './site-proxy.ts';

/**
 * A blog post holding two years with the snippet, in every engine: the host script makes each
 * iframe as tall as the year inside it, and the pictures in the frames are painted.
 */

const { longYear, eraYear } = embedSamples(loadJourneyYears());

/** The snippet "Embed this year" gives for a year, for the site as the proxy serves it. */
async function snippetFor(site: SiteProxy, year: JourneyYear): Promise<string> {
  const oembed = oembedResponseSchema.parse(await (await fetch(site.url(`oembed/${year.key}.json`))).json());
  if (oembed.type !== 'rich') throw new Error(`oembed/${year.key}.json is not a rich response`);
  const base = new URL(site.url('')).pathname;
  return embedSnippet({ year, siteName: oembed.provider_name!, words: loadWords(), height: oembed.height, base, site: site.origin });
}

for (const size of ['desktop', 'phone'] as const) {
  test(`the host script sizes each embedded year to its content (${size})`, async ({ driver, visit, site }) => {
    await visit(site.postWith([await snippetFor(site, longYear), await snippetFor(site, eraYear)]), size);
    for (const [index, year] of [longYear, eraYear].entries()) {
      await expect
        .poll(
          () =>
            driver.evaluate((index) => {
              const iframe = document.querySelectorAll('iframe')[index]!;
              iframe.scrollIntoView({ block: 'start' });
              const inner = iframe.contentDocument;
              const content = inner?.querySelector('[data-embed]');
              if (!inner || !content) return Infinity;
              const gap = Math.abs(iframe.getBoundingClientRect().height - content.getBoundingClientRect().height);
              return Math.max(gap, inner.documentElement.scrollHeight - inner.documentElement.clientHeight);
            }, index),
          { message: `${year.label}: the iframe is as tall as its content and nothing inside it scrolls`, timeout: 30_000 },
        )
        .toBeLessThanOrEqual(2);
    }
    await driver.evaluate(() => document.querySelector('iframe')!.scrollIntoView({ block: 'start' }));
    await visit.expectPicturesPainted(`embedded-in-a-post-${size}`, 1);
  });
}

test('over the strip, the wheel scrolls the host page and leaves the strip; →, a sideways wheel and shift + wheel move along the strip (desktop)', async ({ driver, visit, site }) => {
  await visit(site.postWith([await snippetFor(site, longYear)]), 'desktop');
  // The frame sized and in the middle of the window, its first card's title focused.
  await expect
    .poll(() =>
      driver.evaluate(() => {
        const iframe = document.querySelector('iframe')!;
        const content = iframe.contentDocument?.querySelector('[data-embed]');
        return content ? Math.abs(iframe.getBoundingClientRect().height - content.getBoundingClientRect().height) : Infinity;
      }),
    )
    .toBeLessThanOrEqual(2);
  const at = await driver.evaluate(() => {
    const iframe = document.querySelector('iframe')!;
    iframe.scrollIntoView({ block: 'center' });
    const box = iframe.getBoundingClientRect();
    return { x: Math.round(box.left + box.width / 2), y: Math.round(box.top + box.height * 0.6), page: scrollY };
  });
  const row = () => driver.evaluate(() => document.querySelector('iframe')!.contentDocument!.querySelector('[data-journey-strip]')!.scrollLeft);
  expect(await row()).toBe(0);
  await driver.wheel(2, at);
  await visit.settle();
  expect(await driver.evaluate(() => scrollY), 'the wheel over the frame scrolled the host page').toBeGreaterThan(at.page + 50);
  expect(await row(), 'the strip stayed where it was').toBe(0);

  await driver.evaluate(() => {
    const inner = document.querySelector('iframe')!.contentDocument!;
    inner.querySelector<HTMLElement>('[data-journey-strip] h3 a')!.focus();
  });
  for (let press = 0; press < 6; press++) await driver.key('ArrowRight');
  await expect.poll(row, { message: '→ moved along the strip' }).toBeGreaterThan(0);
  const focused = () => driver.evaluate(() => {
    const inner = document.querySelector('iframe')!.contentDocument!;
    const row = inner.querySelector('[data-journey-strip]')!;
    const item = inner.activeElement?.closest('li');
    if (!item) return 'nothing in the strip';
    const view = row.getBoundingClientRect();
    const box = item.getBoundingClientRect();
    return box.left >= view.left - 1 && box.right <= view.right + 1 ? [...row.children].indexOf(item) : 'out of view';
  });
  // The row glides where motion is welcome: wait for it to arrive.
  await expect.poll(focused, { message: 'the seventh card has the focus, wholly in view' }).toBe(6);

  // Sideways input over the row: a sideways wheel (a trackpad, a tilting wheel), then shift + wheel.
  const overRow = await driver.evaluate(() => {
    const iframe = document.querySelector('iframe')!;
    const frame = iframe.getBoundingClientRect();
    const box = iframe.contentDocument!.querySelector('[data-journey-strip]')!.getBoundingClientRect();
    return { x: Math.round(frame.left + box.left + box.width / 2), y: Math.round(frame.top + box.top + box.height / 2) };
  });
  const host = () => driver.evaluate(() => ({ x: scrollX, y: scrollY }));
  const still = await host();
  for (const how of ['sideways', 'shift'] as const) {
    const from = await row();
    await driver.wheel(2, overRow, how);
    await expect.poll(row, { message: `${how === 'shift' ? 'shift + wheel' : 'a sideways wheel'} moved along the strip` }).toBeGreaterThan(from + 50);
    await visit.settle();
    expect(await host(), `${how === 'shift' ? 'shift + wheel' : 'a sideways wheel'} over the strip left the host page where it was`).toEqual(still);
  }
  expect(await driver.errors()).toEqual([]);
});
