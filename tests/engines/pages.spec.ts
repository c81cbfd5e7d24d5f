import { FRAME_ATTRIBUTE } from '../../src/browser/embed/protocol.ts';
import { expect, test, type SizeName } from './fixtures.ts';

/**
 * Every kind of page in every engine, at desktop and phone sizes: it loads without a script error,
 * never overflows sideways, and every picture in view is painted. The screenshots are kept.
 */

interface PageCase {
  name: string;
  path: string;
  /** How many pictures the first screen shows at least, by size. */
  pictures: Record<SizeName, number>;
}

const PAGES: PageCase[] = [
  // The desktop journey's first screen ends in the first milestone's card; a phone's is the intro alone.
  { name: 'journey', path: '', pictures: { desktop: 1, phone: 0 } },
  { name: 'embed-2022', path: 'embed/2022/', pictures: { desktop: 2, phone: 1 } },
  { name: 'post', path: 'blog/embedding-a-year/', pictures: { desktop: 0, phone: 0 } },
  { name: 'not-found', path: 'no-such-page/', pictures: { desktop: 0, phone: 0 } },
];

for (const size of ['desktop', 'phone'] as const) {
  for (const page of PAGES) {
    test(`${page.name} (${size}): loads, fits the width, and paints its pictures`, async ({ driver, visit }) => {
      await visit(page.path, size);
      await visit.expectPicturesPainted(`${page.name}-${size}`, page.pictures[size]);
      const width = await driver.evaluate(() => ({ page: document.documentElement.scrollWidth, viewport: document.documentElement.clientWidth }));
      expect(width.page, 'no sideways overflow').toBeLessThanOrEqual(width.viewport);
    });
  }

  test(`post (${size}): the year rendered in the post and the year in its frame are painted`, async ({ driver, visit }) => {
    await visit('blog/embedding-a-year/', size);
    for (const [place, selector] of [
      ['rendered-year', 'section.year .milestone'],
      ['framed-year', `iframe[${FRAME_ATTRIBUTE}]`],
    ] as const) {
      await driver.evaluate((selector) => document.querySelector(selector)!.scrollIntoView({ block: 'start' }), selector);
      await visit.expectPicturesPainted(`post-${place}-${size}`, 1);
    }
  });
}
