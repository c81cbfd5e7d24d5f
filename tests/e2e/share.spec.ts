import type { BrowserContext, Page } from '@playwright/test';
import { deepLinkTargets, loadJourneyYears } from '../support/content.ts';
import { hook, HOOKS } from '../../src/layout/contract.ts';
import { expect, expectStartInView, expectWhollyInView, MODES, newJourneyPage, revealed, settle, test, type ModeName } from './journey-support.ts';

/**
 * Sharing a moment: every milestone's own page (/milestones/<anchor>/) opens the journey at the
 * milestone with or without a script; and the share link on every card, on the journey and in an
 * embed, by keyboard. The page's link preview and share card are checked from dist/ in
 * tests/dist/link-previews.test.ts.
 */

test.describe.configure({ timeout: 90_000 });

const years = loadJourneyYears();
const { milestone } = deepLinkTargets(years);
const year = years.find((candidate) => candidate.milestones.some((each) => each.anchor === milestone.anchor))!;
const pagePath = `milestones/${milestone.anchor}/`;

/** What sharing says on this English journey: announced, and shown on the link for a moment. */
const SAID = {
  copied: (title: string) => `Link to ‘${title}’ copied`,
  shared: (title: string) => `Link to ‘${title}’ shared`,
  failed: (title: string, url: string) => `Could not copy the link to ‘${title}’: ${url}`,
  copiedShort: 'Copied',
  failedShort: 'Not copied',
};

for (const mode of ['noScript', 'pinned', 'phone'] as ModeName[]) {
  test(`a milestone’s page opens the journey with that milestone in view (${mode})`, async ({ browser, baseURL }) => {
    // A page of the journey's own, so that settling knows when the page runs no script.
    const journey = await newJourneyPage(browser, mode);
    const { page } = journey;
    await page.goto(`./${pagePath}`);
    await page.waitForURL(new URL(`#${milestone.anchor}`, baseURL).href);
    await revealed(page);
    const held = await page.locator(`${hook('held')} [id="${milestone.anchor}"]`).count();
    if (mode === 'noScript' && held > 0) {
      // Held back from the journey's first document, its year has the place it will take, beside the link to the year's page.
      await expectStartInView(page, `[id="${milestone.anchor}"]`, `${milestone.title}'s place in ${year.label}`);
      await expect(page.locator(`[id="${year.key}"] a[href$="/years/${year.key}/"]`)).toHaveCount(1);
    } else {
      await expectWhollyInView(page, `[id="${milestone.anchor}"] .milestone__title`, milestone.title);
    }
    await journey.close();
  });
}

/** Without a share sheet: `navigator.share` removed before the page's scripts run. */
async function withoutShareSheet(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    delete (Navigator.prototype as { share?: unknown }).share;
    delete (Navigator.prototype as { canShare?: unknown }).canShare;
  });
}

/** With a share sheet that records what it was given. */
async function withRecordingShareSheet(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const shared: ShareData[] = [];
    Object.assign(window, { __shared: shared });
    Object.defineProperty(Navigator.prototype, 'share', { configurable: true, value: async (data: ShareData) => void shared.push(data) });
    Object.defineProperty(Navigator.prototype, 'canShare', { configurable: true, value: () => true });
  });
}

/** Focuses the milestone's title link, then Tab moves to its share link, shown focused; Enter activates it. */
async function shareByKeyboard(page: Page, anchor: string): Promise<void> {
  const card = page.locator(`[id="${anchor}"]`);
  await card.locator('.milestone__title a').focus();
  await page.keyboard.press('Tab');
  const share = card.locator(hook('share'));
  await expect(share).toBeFocused();
  await expect(share).toHaveAccessibleName(`Share ‘${milestone.title}’`);
  expect(await share.evaluate((link) => getComputedStyle(link).outlineStyle)).toBe('solid');
  await page.keyboard.press('Enter');
}

/** Where a card's share link is: each opened at the milestone, as a link to it would (on the journey, its year arrives for it). */
const places = [
  { name: 'on the journey', path: '', mode: 'pinned' as ModeName },
  { name: 'in an embed', path: `embed/${year.key}/`, mode: 'native' as ModeName },
];

for (const place of places) {
  test.describe(`the share link ${place.name}`, () => {
    test('without a share sheet, copies the milestone page’s address and says so', async ({ browser, baseURL }) => {
      const context = await browser.newContext({ ...MODES[place.mode], permissions: ['clipboard-read', 'clipboard-write'] });
      await withoutShareSheet(context);
      const page = await context.newPage();
      await page.goto(`./${place.path}#${milestone.anchor}`);
      await settle(page);
      await shareByKeyboard(page, milestone.anchor);

      const status = page.locator(hook('shareStatus'));
      await expect(status).toHaveText(SAID.copied(milestone.title));
      await expect(status).toHaveAttribute('role', 'status');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(pagePath, baseURL).href);
      await expect(page.locator(`[id="${milestone.anchor}"] ${hook('shareLabel')}`)).toHaveText(SAID.copiedShort);
      // The page stayed where it was.
      expect(new URL(page.url()).pathname).toBe(new URL(place.path, baseURL).pathname);
      await context.close();
    });

    test('with a share sheet, hands it the milestone’s title and page address', async ({ browser, baseURL }) => {
      const context = await browser.newContext(MODES[place.mode]);
      await withRecordingShareSheet(context);
      const page = await context.newPage();
      await page.goto(`./${place.path}#${milestone.anchor}`);
      await settle(page);
      await shareByKeyboard(page, milestone.anchor);

      await expect.poll(() => page.evaluate(() => (window as unknown as { __shared: ShareData[] }).__shared)).toEqual([
        // The text starts with the title too: many apps a share sheet offers send only the text and the address.
        expect.objectContaining({ title: milestone.title, text: expect.stringContaining(`${milestone.title} — `), url: new URL(pagePath, baseURL).href }),
      ]);
      await expect(page.locator(hook('shareStatus'))).toHaveText(SAID.shared(milestone.title));
      await context.close();
    });

    test('where the clipboard is refused, falls back to the copy command, keeps the focus on the link, and shows when nothing was copied', async ({ browser, baseURL }) => {
      const context = await browser.newContext(MODES[place.mode]);
      await withoutShareSheet(context);
      await context.addInitScript(() => {
        Object.defineProperty(Clipboard.prototype, 'writeText', { configurable: true, value: () => Promise.reject(new DOMException('Refused', 'NotAllowedError')) });
        const copied: string[] = [];
        let works = true;
        Object.assign(window, { __copied: copied, __breakCopy: () => (works = false) });
        Document.prototype.execCommand = function (this: Document) {
          copied.push((this.activeElement as HTMLTextAreaElement | null)?.value ?? '');
          return works;
        };
      });
      const page = await context.newPage();
      await page.goto(`./${place.path}#${milestone.anchor}`);
      await settle(page);
      await shareByKeyboard(page, milestone.anchor);

      const status = page.locator(hook('shareStatus'));
      const share = page.locator(`[id="${milestone.anchor}"] ${hook('share')}`);
      await expect(status).toHaveText(SAID.copied(milestone.title));
      expect(await page.evaluate(() => (window as unknown as { __copied: string[] }).__copied)).toEqual([new URL(pagePath, baseURL).href]);
      await expect(share).toBeFocused();

      await page.evaluate(() => (window as unknown as { __breakCopy: () => void }).__breakCopy());
      await page.keyboard.press('Enter');
      await expect(status).toHaveText(SAID.failed(milestone.title, new URL(pagePath, baseURL).href));
      await expect(share.locator(hook('shareLabel'))).toHaveText(SAID.failedShort);
      await expect(share).toBeFocused();
      await context.close();
    });

    test('without JavaScript, is a plain link to the milestone’s page', async ({ browser, baseURL }) => {
      const context = await browser.newContext(MODES.noScript);
      const page = await context.newPage();
      // Without a script the journey shows its later years' cards on their own pages: the card is there.
      await page.goto(`./${place.path || `years/${year.key}/`}#${milestone.anchor}`);
      const share = page.locator(`[id="${milestone.anchor}"] ${hook('share')}`);
      expect(await share.evaluate((link) => (link as HTMLAnchorElement).href)).toBe(new URL(pagePath, baseURL).href);
      expect(await share.getAttribute(HOOKS.share)).toBe(milestone.title);
      // It sits on the date's line and makes it no taller, so the cards' estimated heights (src/layout/card-metrics.ts) hold.
      const heights = await page.locator(`[id="${milestone.anchor}"] .milestone__meta`).evaluate((row) => ({
        row: row.getBoundingClientRect().height,
        date: row.querySelector('.milestone__date')!.getBoundingClientRect().height,
      }));
      expect(heights.row).toBeCloseTo(heights.date, 1);
      await context.close();
    });
  });
}
