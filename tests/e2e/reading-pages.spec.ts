import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { WCAG } from '../support/axe.ts';
import { embedSamples, loadJourneyYears } from '../support/content.ts';

/**
 * A year's own page and the whole story in words, in a browser: what only a browser shows (their
 * accessibility as rendered, the keyboard's way past the year index). What each page holds is
 * checked from dist/ in tests/dist/year-pages.test.ts and story-page.test.ts.
 */

const { longYear } = embedSamples(loadJourneyYears());

test(`/years/${longYear.key}/ reads without violations at 390 and 1280 px, and the keyboard skips to the year`, async ({ page }) => {
  test.slow();
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`./years/${longYear.key}/`);
    await expect(page.getByRole('heading', { level: 1, name: longYear.label })).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(results.violations, `${width} px`).toEqual([]);
  }
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the year' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  // The next stop is inside the year, past every link of the year index.
  await expect(page.locator(`[id="${longYear.key}"] :focus`)).toHaveCount(1);
});

test('/read/, the whole story in words, reads without violations at 390 px', async ({ page }) => {
  test.slow();
  await page.setViewportSize({ width: 390, height: 900 });
  await page.goto('./read/');
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(results.violations).toEqual([]);
});
