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
