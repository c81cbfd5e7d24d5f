import { newJourneyPage, settle, test, expect } from '../e2e/journey-support.ts';

/**
 * Another organisation's journey (tests/fixtures/second-journey/content/journey.yaml): three tracks,
 * two of them with colours of their own, three eras, its own words. Everything expected here is
 * read off that file by hand.
 */
const TRACKS = [
  // No colour given: the design's first lane colour, --track-1 (#1ed760).
  { id: 'the-language', short: 'Language', colour: 'rgb(30, 215, 96)' },
  { id: 'tools', short: 'Tools', colour: 'rgb(74, 163, 255)' },
  { id: 'community', short: 'Community', colour: 'rgb(255, 138, 61)' },
];

for (const mode of ['pinned', 'phone'] as const) {
  test(`tells its own story, in its own tracks, colours and eras (${mode})`, async ({ browser }) => {
    const { page, close } = await newJourneyPage(browser, mode);
    await page.goto('');
    await settle(page);
    await expect(page).toHaveTitle('The Quill Journey');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The Quill Journey');
    // Not a word of the story this project was first made for.
    expect(await page.locator('body').innerText()).not.toMatch(/spotify|backstage|homegrown|open-source years/i);

    // Each era's name heads its first year only.
    for (const [year, era] of [['2006', 'The hobby years'], ['2012', 'Growing up'], ['2019', 'The wide world']] as const) {
      await expect(page.locator(`section[id="${year}"] .year__era`)).toHaveText(era);
    }
    for (const year of ['2009', '2015', '2025']) await expect(page.locator(`section[id="${year}"] .year__era`)).toHaveCount(0);

    // Three lanes, each in its track's colour; the filter offers every track and each one.
    for (const track of TRACKS) {
      await expect(page.locator(`.lane[data-tracks="${track.id}"] .lane__label`).first()).toHaveCSS('color', track.colour);
    }
    const filter = page.getByRole('group', { name: 'Follow' });
    await expect(filter.getByRole('radio')).toHaveCount(4);
    for (const name of ['All tracks', ...TRACKS.map((track) => track.short)]) await expect(filter.getByRole('radio', { name })).toHaveCount(1);

    // The eras' landscapes: hills, offices, then the third in turn (hills again).
    const tiles = await page.locator('.year__scenery .scenery__layer[data-layer="far"]').evaluateAll((layers) =>
      layers.map((layer) => getComputedStyle(layer).getPropertyValue('--scenery-tile')),
    );
    expect(tiles.map((tile) => /scenery\/(\w+)-far\.svg/.exec(tile)?.[1])).toEqual(['hills', 'hills', 'offices', 'offices', 'hills', 'hills']);
    await close();
  });
}

test('following one of three tracks leaves its lane alone', async ({ browser }) => {
  const { page, close } = await newJourneyPage(browser, 'native');
  await page.goto('?track=tools');
  await expect(page.locator('.lane[data-tracks="tools"]').first()).toBeVisible();
  await expect(page.locator('.lane[data-tracks="community"]').first()).toBeHidden();
  await expect(page.getByRole('radio', { name: 'Tools' })).toBeChecked();
  await close();
});
