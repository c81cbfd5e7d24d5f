import AxeBuilder from '@axe-core/playwright';
import type { BrowserContextOptions } from '@playwright/test';
import { expect, openJourney, scrollToFraction, test } from './journey-support.ts';

const WIDTHS = [360, 768, 1440] as const;
const HEIGHT = { 360: 740, 768: 1024, 1440: 900 } as const;
const SETTINGS = [
  { name: 'motion', options: { reducedMotion: 'no-preference' } },
  { name: 'reduced motion', options: { reducedMotion: 'reduce' } },
  // axe itself needs scripting: the page is served without its scripts instead.
  { name: 'no JavaScript', options: {}, withoutPageScripts: true },
] satisfies { name: string; options: BrowserContextOptions; withoutPageScripts?: boolean }[];

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test.describe('accessibility (axe, WCAG 2.2 AA)', () => {
  // axe walks every one of the page's elements twice per test.
  test.describe.configure({ timeout: 120_000 });

  for (const width of WIDTHS) {
    for (const setting of SETTINGS) {
      test(`no violations at ${width} px with ${setting.name}`, async ({ browser }) => {
        const { page, close } = await openJourney(
          browser,
          { ...setting.options, viewport: { width, height: HEIGHT[width] } },
          '',
          { withoutPageScripts: 'withoutPageScripts' in setting },
        );
        if ('withoutPageScripts' in setting) {
          expect(await page.evaluate(() => document.documentElement.classList.contains('travel'))).toBe(false);
        }
        const first = await new AxeBuilder({ page }).withTags(WCAG).analyze();
        expect(first.violations.map(({ id, nodes }) => `${id}: ${nodes.slice(0, 3).map((node) => node.target.join(' ')).join(' | ')}`)).toEqual([]);
        // Half-way along the moving journey, other layers (scenery, a lingering numeral) sit behind the text.
        if (setting.name === 'motion') {
          await scrollToFraction(page, 0.5);
          const middle = await new AxeBuilder({ page }).withTags(WCAG).withRules(['color-contrast']).analyze();
          expect(middle.violations.map(({ id, nodes }) => `${id}: ${nodes.slice(0, 3).map((node) => node.target.join(' ')).join(' | ')}`)).toEqual([]);
        }
        await close();
      });
    }
  }
});

test.describe('layout stability', () => {
  test.describe.configure({ timeout: 60_000 });

  for (const mode of [
    { name: 'the horizontal journey', options: { viewport: { width: 1440, height: 900 } } },
    { name: 'a phone', options: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } },
    { name: 'reduced motion', options: { viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce' } },
  ] satisfies { name: string; options: BrowserContextOptions }[]) {
    test(`nothing shifts on load: ${mode.name}`, async ({ browser }) => {
      const context = await browser.newContext(mode.options);
      const page = await context.newPage();
      await page.addInitScript(() => {
        const shifts: number[] = [];
        (window as unknown as { __shifts: number[] }).__shifts = shifts;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) shifts.push(entry.value);
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto('./');
      await page.waitForLoadState('load');
      await page.waitForTimeout(1500);
      const shifts = await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts);
      expect(shifts.reduce((sum, value) => sum + value, 0)).toBe(0);
      await context.close();
    });
  }
});
