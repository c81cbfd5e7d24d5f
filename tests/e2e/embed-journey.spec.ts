import AxeBuilder from '@axe-core/playwright';
import { WCAG } from '../support/axe.ts';
import { expect, test, type Page } from '@playwright/test';
import { loadJourneyYears, TRACKS } from '../support/content.ts';
import { inTrack } from '../../src/model/milestone.ts';
import { milestoneEmbedKey } from '../../src/build-time/publish/embed.ts';
import { fetchOembed, previewSite, watchConsole } from './fixtures/embed-support.ts';
import { DEPENDS_ON_BASE } from '../support/preview.ts';
import { settle } from './journey-support.ts';
import { hook } from '../../src/layout/contract.ts';

/**
 * What the journey page offers bloggers: "Embed this year" on every year. Its oEmbed discovery
 * links are checked from dist/ in tests/dist/embed-pages.test.ts.
 */

const years = loadJourneyYears();
const year = years.find((candidate) => TRACKS.every((track) => inTrack(candidate, track.id).length > 0))!;

// The journey page is long to load on a busy machine.
test.slow();

async function openJourney(page: Page, mode: 'reduce' | 'no-preference' = 'reduce') {
  await page.emulateMedia({ reducedMotion: mode });
  await page.goto(`./#${year.key}`);
  await settle(page);
}

test('each year offers its snippet, for both tracks or one, or one of its milestones, and copies it', DEPENDS_ON_BASE, async ({ page, baseURL, context }) => {
  const problems = watchConsole(page);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: previewSite(baseURL).origin });
  await openJourney(page);
  // Every year whose cards are in offers it (a year still to arrive brings it with its cards).
  const arrived = page.locator(`section.year:not(${hook('held')})`);
  await expect(arrived.locator('details.embed-this-year')).toHaveCount(await arrived.count());
  expect(await arrived.count()).toBeGreaterThan(1);

  const section = page.locator(`section.year[id="${year.key}"]`);
  const toggle = section.getByText('Embed this year');
  await toggle.click();
  const code = section.getByRole('textbox', { name: `Embed code for ${year.label}`, exact: true });
  await expect(code).toBeVisible();
  const oembed = await fetchOembed(page, baseURL!, year.key);
  // The same snippet the oEmbed response and docs/embedding.md describe.
  await expect(code).toHaveValue((oembed as { html: string }).html);

  await section.getByRole('button', { name: 'Copy' }).click();
  await expect(section.getByRole('status')).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe((oembed as { html: string }).html);

  const [first] = TRACKS;
  await section.getByRole('radio', { name: first.short }).check();
  await expect(section.getByRole('status')).toHaveText('');
  const oneTrack = section.getByRole('textbox', { name: `Embed code for ${year.label}, ${first.short}` });
  await expect(oneTrack).toBeVisible();
  await expect(code).toBeHidden();
  await expect(oneTrack).toHaveValue(new RegExp(`/embed/${year.key}/\\?track=${first.id}"`));
  await section.getByRole('button', { name: 'Copy' }).click();
  await expect(section.getByRole('status')).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(`?track=${first.id}`);

  // One milestone of the year: its snippet alone, as its own oEmbed response gives it.
  const milestone = year.milestones[1]!;
  await section.getByRole('radio', { name: 'One milestone' }).check();
  await expect(oneTrack).toBeHidden();
  await section.getByRole('combobox', { name: 'Milestone' }).selectOption(milestone.anchor);
  const milestoneCode = section.getByRole('textbox', { name: `Embed code for ‘${milestone.title}’` });
  await expect(milestoneCode).toBeVisible();
  await expect(section.getByRole('textbox', { name: `Embed code for ‘${year.milestones[0]!.title}’` })).toBeHidden();
  const milestoneOembed = (await fetchOembed(page, baseURL!, milestoneEmbedKey(milestone.anchor))) as { html: string };
  await expect(milestoneCode).toHaveValue(milestoneOembed.html);
  await section.getByRole('button', { name: 'Copy' }).click();
  await expect(section.getByRole('status')).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(milestoneOembed.html);

  const results = await new AxeBuilder({ page })
    .include(`section.year[id="${year.key}"] .embed-this-year`)
    .withTags(WCAG)
    .analyze();
  expect(results.violations).toEqual([]);

  await milestoneCode.press('Escape');
  await expect(milestoneCode).toBeHidden();
  await expect(section.locator('summary')).toBeFocused();
  expect(problems).toEqual([]);
});

test('the panel opens above the lanes in the horizontal journey', async ({ page }) => {
  const problems = watchConsole(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await openJourney(page, 'no-preference');
  const section = page.locator(`section.year[id="${year.key}"]`);
  await section.locator('summary').click();
  const code = section.getByRole('textbox', { name: `Embed code for ${year.label}`, exact: true });
  await expect(code).toBeVisible();
  // The textarea is what a click at its centre reaches: nothing covers it.
  const covered = await code.evaluate((area) => {
    const box = area.getBoundingClientRect();
    return document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2) !== area;
  });
  expect(covered).toBe(false);
  expect(problems).toEqual([]);
});

test('without JavaScript the snippets are there to select, and no Copy button promises what cannot work', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(new URL(`./#${year.key}`, baseURL).href);
  const section = page.locator(`section.year[id="${year.key}"]`);
  await section.getByText('Embed this year').click();
  const code = section.getByRole('textbox', { name: `Embed code for ${year.label}`, exact: true });
  await expect(code).toBeVisible();
  await expect(code).toHaveValue(new RegExp(`^<iframe src="[^"]+/embed/${year.key}/"`));
  await expect(section.getByRole('button', { name: 'Copy' })).toHaveCount(0);
  // Choosing a track shows its snippet through CSS alone.
  const second = TRACKS[1]!;
  await section.getByRole('radio', { name: second.short }).check();
  await expect(section.getByRole('textbox', { name: `Embed code for ${year.label}, ${second.short}` })).toBeVisible();
  await expect(code).toBeHidden();
  // "One milestone" lists every milestone's snippet under its name; no list to choose from promises a script.
  await section.getByRole('radio', { name: 'One milestone' }).check();
  await expect(section.getByRole('combobox')).toBeHidden();
  for (const milestone of [year.milestones[0]!, year.milestones.at(-1)!]) {
    const milestoneCode = section.getByRole('textbox', { name: `Embed code for ‘${milestone.title}’` });
    await milestoneCode.scrollIntoViewIfNeeded();
    await expect(milestoneCode).toBeVisible();
    await expect(milestoneCode).toHaveValue(new RegExp(`^<iframe src="[^"]+/embed/milestones/${milestone.anchor}/"`));
  }
  await expect(section.getByRole('textbox', { name: `Embed code for ${year.label}, ${second.short}` })).toBeHidden();
  await context.close();
});
