import { newJourneyPage, settle, test, expect } from '../e2e/journey-support.ts';
import { hook } from '../../src/layout/contract.ts';

/**
 * Another organisation's journey (tests/fixtures/second-journey/content/journey.yaml): three tracks,
 * two of them with colours of their own, three eras, its own words, told in French. Everything
 * expected here is read off that file by hand, and the French dates off the language's own
 * calendar words ("mars", "sept.").
 */
const TRACKS = [
  // No colour given: the design's first lane colour, --track-1 (#1ed760).
  { id: 'the-language', short: 'Langage', colour: 'rgb(30, 215, 96)' },
  { id: 'tools', short: 'Outils', colour: 'rgb(74, 163, 255)' },
  { id: 'community', short: 'Communauté', colour: 'rgb(255, 138, 61)' },
];

/**
 * What the page would say in English had the journey not given its words in `ui:` (the English of
 * src/model/ui-words.ts for every word the journey page shows, its share and embed controls
 * included): none of it may be left on a French page.
 */
const ENGLISH = [
  'Skip to the journey',
  'Today',
  'Scroll to travel',
  'Follow',
  'All tracks',
  'Play the tour',
  'Pause the tour',
  'years later',
  'a year later',
  'Share',
  'Embed this year',
  'Embed code for',
  'Show',
  'One milestone',
  'Copy',
  'Paste it into any page',
];

for (const mode of ['pinned', 'phone'] as const) {
  test(`tells its own story, in its own tracks, colours, eras and language (${mode})`, async ({ browser }) => {
    const { page, close } = await newJourneyPage(browser, mode);
    await page.goto('');
    await settle(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page).toHaveTitle('Le voyage de Quill');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Le voyage de Quill');
    // Not a word of the story this project was first made for.
    expect(await page.locator('body').innerText()).not.toMatch(/spotify|backstage|homegrown|open-source years|66,000,000/i);

    // Each era's name heads its first year only.
    for (const [year, era] of [['2006', 'Les années passion'], ['2012', 'L’âge de raison'], ['2019', 'Le vaste monde']] as const) {
      await expect(page.locator(`section[id="${year}"] .year__era`)).toHaveText(era);
    }
    for (const year of ['2009', '2015', '2025']) await expect(page.locator(`section[id="${year}"] .year__era`)).toHaveCount(0);

    // Three lanes, each in its track's colour; the filter offers every track and each one, in French.
    for (const track of TRACKS) {
      await expect(page.locator(`.lane[data-tracks="${track.id}"] .lane__label`).first()).toHaveCSS('color', track.colour);
    }
    const filter = page.getByRole('group', { name: 'Suivre' });
    await expect(filter.getByRole('radio')).toHaveCount(4);
    for (const name of ['Toutes les pistes', ...TRACKS.map((track) => track.short)]) await expect(filter.getByRole('radio', { name })).toHaveCount(1);
    await expect(page.getByRole('navigation', { name: 'Années' })).toHaveCount(1);

    // The eras' landscapes: hills, offices, then the third in turn (hills again).
    const tiles = await page.locator('.year__scenery .scenery__layer[data-layer="far"]').evaluateAll((layers) =>
      layers.map((layer) => getComputedStyle(layer).getPropertyValue('--scenery-tile')),
    );
    expect(tiles.map((tile) => /scenery\/(\w+)-far\.svg/.exec(tile)?.[1])).toEqual(['hills', 'hills', 'offices', 'offices', 'hills', 'hills']);
    await close();
  });
}

test('says its dates, its gaps and every word of its interface in French', async ({ browser }) => {
  const { page, close } = await newJourneyPage(browser, 'native');
  await page.goto('');
  await settle(page);

  // The Nib package manager, 2012-03-14: the card shows the day, its title the whole date.
  const date = page.locator('[id="2012-03-14-the-nib-package-manager"] .milestone__date time');
  await expect(date).toHaveText('14 mars');
  await expect(date).toHaveAttribute('title', '14 mars 2012');
  await expect(page.locator('[id="2012-09-20-first-quillcon"] .milestone__date time')).toHaveText('20 sept.');

  // Years 2006, 2009, 2012, 2015, 2019 and 2025 with every track shown: gaps of 3, 3, 3, 4 and 6 years.
  await expect(page.locator('.time-gap[data-filters~="all"]')).toHaveText([
    '3 ans plus tard',
    '3 ans plus tard',
    '3 ans plus tard',
    '4 ans plus tard',
    '6 ans plus tard',
  ]);
  await expect(page.getByRole('link', { name: 'Aller au voyage' })).toHaveCount(1);
  await expect(page.locator('.intro__kicker')).toHaveText('2006Aujourd’hui');

  // Nothing in English: not what shows, and not what waits in a closed panel or for a screen reader.
  const shown = await page.locator('body').innerText();
  const written = (await page.locator('body').textContent()) ?? '';
  for (const english of ENGLISH) {
    expect(shown, `"${english}" is shown`).not.toContain(english);
    expect(written, `"${english}" is in the page`).not.toContain(english);
  }
  await close();
});

test('its scripts speak French too: the tour and the share link', async ({ browser }) => {
  const { page, close } = await newJourneyPage(browser, {
    viewport: { width: 1440, height: 900 },
    reducedMotion: 'no-preference',
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  // No share sheet: the link copies the address, and says so.
  await page.addInitScript(() => {
    delete (Navigator.prototype as { share?: unknown }).share;
  });
  await page.goto('');
  await settle(page);

  const toggle = page.locator(hook('tourToggle'));
  const tour = page.locator(hook('tourStatus'));
  await expect(toggle).toHaveAccessibleName('Lancer la visite');
  await toggle.click();
  await expect(tour).toHaveText('Visite en cours');
  await expect(toggle).toHaveAccessibleName('Mettre la visite en pause');
  await toggle.click();
  await expect(tour).toHaveText(/^Visite en pause/);

  const card = page.locator('[id="2012-03-14-the-nib-package-manager"]');
  const share = card.locator(hook('share'));
  await expect(share).toHaveAccessibleName('Partager « Le gestionnaire de paquets Nib »');
  await card.locator('.milestone__title a').focus();
  await page.keyboard.press('Tab');
  await expect(share).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator(hook('shareStatus'))).toHaveText('Lien vers « Le gestionnaire de paquets Nib » copié');
  await expect(share.locator(hook('shareLabel'))).toHaveText('Copié');
  await close();
});

test('tells feed readers, link previews and search engines it is French', async ({ page, request }) => {
  const feed = await (await request.get('feed.xml')).text();
  expect(feed).toContain('<language>fr</language>');
  expect(feed).toContain('<description>14 mars 2012 · Ses outils.</description>');

  await page.goto('');
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'fr_FR');
  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}') as { inLanguage?: string };
  expect(data.inLanguage).toBe('fr');

  await page.goto('embed/2012/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page).toHaveTitle('Le voyage de Quill : 2012');
  await expect(page.getByRole('link', { name: 'Voir tout le voyage' })).toHaveCount(1);
});

test('following one of three tracks leaves its lane alone', async ({ browser }) => {
  const { page, close } = await newJourneyPage(browser, 'native');
  await page.goto('?track=tools');
  await expect(page.locator('.lane[data-tracks="tools"]').first()).toBeVisible();
  await expect(page.locator('.lane[data-tracks="community"]').first()).toBeHidden();
  await expect(page.getByRole('radio', { name: 'Outils' })).toBeChecked();
  await close();
});
