import AxeBuilder from '@axe-core/playwright';
import { WCAG } from '../support/axe.ts';
import type { BrowserContextOptions } from '@playwright/test';
import { expect, openJourney, scrollToFraction, test } from './journey-support.ts';
import { loadJourneyYears } from '../support/content.ts';

const WIDTHS = [360, 768, 1440] as const;
const HEIGHT = { 360: 740, 768: 1024, 1440: 900 } as const;
/**
 * Where the horizontal travel runs with motion welcome. Where it does not, reduced motion is the
 * same page as motion (nothing travels, nothing drifts), so it is not scanned a second time; the
 * motion scan checks the travel really stays off there.
 */
const TRAVELS = { 360: false, 768: false, 1440: true } as const;
const SETTINGS = [
  { name: 'motion', options: { reducedMotion: 'no-preference' } },
  { name: 'reduced motion', options: { reducedMotion: 'reduce' } },
  // axe itself needs scripting: the page is served without its scripts instead.
  { name: 'no JavaScript', options: {}, withoutPageScripts: true },
] satisfies { name: string; options: BrowserContextOptions; withoutPageScripts?: boolean }[];


test.describe('accessibility (axe, WCAG 2.2 AA)', () => {
  // axe walks every one of the page's elements twice per test.
  test.describe.configure({ timeout: 120_000 });

  for (const width of WIDTHS) {
    for (const setting of SETTINGS.filter((setting) => TRAVELS[width] || setting.name !== 'reduced motion')) {
      test(`no violations at ${width} px with ${setting.name}`, async ({ browser }) => {
        const { page, close } = await openJourney(
          browser,
          { ...setting.options, viewport: { width, height: HEIGHT[width] } },
          '',
          { withoutPageScripts: 'withoutPageScripts' in setting },
        );
        const travels = await page.evaluate(() => document.documentElement.classList.contains('travel'));
        expect(travels, 'the horizontal travel runs').toBe(setting.name === 'motion' && TRAVELS[width]);
        const first = await new AxeBuilder({ page }).withTags(WCAG).analyze();
        expect(first.violations.map(({ id, nodes }) => `${id}: ${nodes.slice(0, 3).map((node) => node.target.join(' ')).join(' | ')}`)).toEqual([]);
        // Half-way along the moving journey, other layers (scenery, a lingering numeral) sit behind the text.
        if (travels) {
          await scrollToFraction(page, 0.5);
          const middle = await new AxeBuilder({ page }).withTags(WCAG).withRules(['color-contrast']).analyze();
          expect(middle.violations.map(({ id, nodes }) => `${id}: ${nodes.slice(0, 3).map((node) => node.target.join(' ')).join(' | ')}`)).toEqual([]);
        }
        await close();
      });
    }
  }

  test('no violations with the search’s results open, in both layouts', async ({ browser }) => {
    // Words of a real milestone, so the results list is full.
    const [word] = loadJourneyYears().flatMap((year) => year.milestones)[0]!.title.split(/\s+/);
    for (const reducedMotion of ['no-preference', 'reduce'] as const) {
      const { page, close } = await openJourney(browser, { reducedMotion, viewport: { width: 1440, height: HEIGHT[1440] } });
      await page.keyboard.press('/');
      await page.keyboard.type(word!);
      await page.locator('[role="search"] li a').first().waitFor();
      const scan = await new AxeBuilder({ page }).include('[role="search"]').withTags(WCAG).analyze();
      expect(scan.violations.map(({ id, nodes }) => `${id}: ${nodes.slice(0, 3).map((node) => node.target.join(' ')).join(' | ')}`)).toEqual([]);
      await close();
    }
  });
});
