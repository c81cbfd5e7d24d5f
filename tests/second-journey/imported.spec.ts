import { newJourneyPage, settle, test, expect } from '../e2e/journey-support.ts';
import { IMPORTED_JOURNEY, addressOf } from './place.ts';

/**
 * A journey made by `npm run import` alone: tests/fixtures/timelinejs/history.json with --new, then
 * tests/fixtures/timelinejs/sheet.csv into it, drawn and built with no hand edit. What is expected is
 * read off those two files by hand.
 */
test.use({ baseURL: addressOf(IMPORTED_JOURNEY) });

test('a TimelineJS timeline, imported, is the journey: its title, its years down to 13.8 billion years ago, its groups as tracks', async ({ browser }) => {
  const { page, close } = await newJourneyPage(browser, 'native');
  await page.goto('');
  await settle(page);
  // The title slide's headline, its HTML dropped.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('From the first light to today');
  // Oldest first, every scale TimelineJS takes.
  await expect(page.locator('.year__numeral')).toHaveText(['13,800,000,000 BC', '500 BC', '2012', '2016', '2020']);
  // The JSON's five events and the CSV's one new event (its four others are the same milestones, skipped).
  for (const title of ['The first light', 'A calendar is carved', 'Squads are formed', 'The portal opens']) {
    await expect(page.getByRole('heading', { name: title, exact: true })).toHaveCount(1);
  }
  await expect(page.getByRole('heading', { name: 'Version 1.0', exact: true })).toHaveCount(2);
  // The CSV's group "Community" became a third track, with its lane.
  await expect(page.getByRole('radio', { name: 'Community' })).toHaveCount(1);
  await expect(page.locator('.lane[data-tracks="community"]')).toHaveCount(1);
  // The timeline's one era is the journey's first, so its name heads the journey's first year.
  await expect(page.locator('section[id="13800000000-bc"] .year__era')).toHaveText('Growing up');
  await close();
});
