import { describe, expect, test } from 'vitest';
import {
  EMBED_FRAME_ALLOW,
  EMBED_REFERENCE_WIDTH,
  addressOf,
  embedFilters,
  embedPath,
  embedSnippet,
  embedTitle,
  escapeHtml,
  hostScriptPath,
  journeyPath,
  oembedPath,
  oembedResponse,
  withBase,
} from '../../src/build-time/publish/embed.ts';
import { groupByYear, toMilestone, type JourneyYear, type Milestone } from '../../src/model/milestone.ts';
import { parseJourneyDate } from '../../src/model/journey-date.ts';
import type { MilestoneData } from '../../src/model/schema/milestone.ts';
import { oembedResponseSchema } from '../../src/build-time/publish/embed-schema.ts';
import { cardContentOf, embedHeight, milestoneView, yearViews } from '../../src/build-time/journey/views.ts';
import { journeyShape } from '../../src/model/shape.ts';
import { compactHeight, stripCard } from '../../src/layout/card-metrics.ts';
import type { TrackFilter } from '../../src/model/track-filter.ts';
import { EN } from '../support/words.ts';

function milestone(id: string, fields: Partial<Omit<MilestoneData, 'date'>> & { date: string }): Milestone {
  const parsed = parseJourneyDate(fields.date);
  if (!parsed.ok) throw new Error(parsed.error);
  return toMilestone(id, { title: 'Backstage 1.0 released', track: 'open-source', kind: 'release', draft: false, ...fields, date: parsed.date });
}

/** The journey's shape these years are laid out in. */
const SHAPE = journeyShape({
  tracks: [
    { id: 'open-source', name: 'Backstage in open source', short: 'Open source' },
    { id: 'inside-spotify', name: 'Inside Spotify', short: 'Inside Spotify' },
  ],
});

function yearOf(milestones: Milestone[]): JourneyYear {
  const [year] = groupByYear(milestones, SHAPE.trackIds, EN);
  if (!year) throw new Error('no year');
  return year;
}

const year2022 = yearOf([
  milestone('2022/03-17-backstage-1-0', { date: '2022-03-17' }),
  milestone('2022/04-01-hbo-max-adopts', { date: '2022-04-01', title: 'HBO Max adopts.', kind: 'adoption' }),
  milestone('2022/06-01-soundcheck', { date: '2022-06-01', title: 'Soundcheck ships inside Spotify', track: 'inside-spotify', kind: 'launch' }),
]);

describe('addresses', () => {
  test('join the base and a path with exactly one slash, whatever the base looks like', () => {
    expect(withBase('/', 'embed.js')).toBe('/embed.js');
    expect(withBase('/journey/', '/embed.js')).toBe('/journey/embed.js');
    expect(withBase('/journey', 'embed.js')).toBe('/journey/embed.js');
    expect(withBase('/journey/')).toBe('/journey/');
  });

  test('name a year’s embed page, oEmbed file, the journey at an anchor and the host script', () => {
    expect(embedPath('/', '2022')).toBe('/embed/2022/');
    expect(embedPath('/journey/', '66000000-bc')).toBe('/journey/embed/66000000-bc/');
    expect(embedPath('/', '2022', 'open-source')).toBe('/embed/2022/?track=open-source');
    expect(embedPath('/', '2022', 'all')).toBe('/embed/2022/');
    expect(embedPath('/', '2022', 'all', 'list')).toBe('/embed/2022/list/');
    expect(embedPath('/journey/', '2022', 'open-source', 'list')).toBe('/journey/embed/2022/list/?track=open-source');
    expect(oembedPath('/journey/', '2022')).toBe('/journey/oembed/2022.json');
    expect(journeyPath('/journey/', '2022-03-17-backstage-1-0')).toBe('/journey/#2022-03-17-backstage-1-0');
    expect(journeyPath('/')).toBe('/');
    expect(hostScriptPath('/journey/')).toBe('/journey/embed.js');
  });

  test('are absolute with the site’s address and paths without it', () => {
    expect(addressOf('/journey/embed/2022/', { base: '/journey/', site: 'https://example.org' })).toBe(
      'https://example.org/journey/embed/2022/',
    );
    // A site written with its sub-path still resolves a root path to the right place.
    expect(addressOf('/journey/embed.js', { base: '/journey/', site: 'https://example.org/journey' })).toBe(
      'https://example.org/journey/embed.js',
    );
    expect(addressOf('/embed/2022/', { base: '/' })).toBe('/embed/2022/');
  });

  test('title a year, and a year followed on one track', () => {
    expect(embedTitle(EN, 'Spotify’s Backstage Journey', { label: '66,000,000 BC' })).toBe('Spotify’s Backstage Journey: 66,000,000 BC');
    expect(embedTitle(EN, 'Journey', { label: '2022' }, 'Inside Spotify')).toBe('Journey: 2022, Inside Spotify');
  });

  test('offer one track’s embed only for the tracks a year has', () => {
    expect(embedFilters(year2022)).toEqual(['all', 'open-source', 'inside-spotify']);
    const oneTrack = yearOf([milestone('2006/squads', { date: '2006', track: 'inside-spotify' })]);
    expect(embedFilters(oneTrack)).toEqual(['all']);
  });
});

describe('the snippet', () => {
  const snippet = embedSnippet({
    year: { key: '2022', label: '2022' },
    siteName: 'Spotify\'s "Backstage" <Journey>',
    words: EN,
    height: 1234,
    base: '/journey/',
    site: 'https://example.org',
  });

  test('is an iframe of the year at its default height, then the host script, both absolute', () => {
    expect(snippet).toMatch(/^<iframe src="https:\/\/example\.org\/journey\/embed\/2022\/" /);
    expect(snippet).toContain(' height="1234" ');
    expect(snippet).toContain('height:1234px');
    // It fills the column by its style; a `width` attribute may only hold whole pixels.
    expect(snippet).toContain('style="display:block;width:100%;');
    expect(snippet).not.toMatch(/\swidth=/);
    expect(snippet).toContain('data-journey-embed="2022"');
    expect(snippet).toContain('loading="lazy"');
    // Its milestones' share links may use the share sheet and the clipboard inside the frame.
    expect(snippet).toContain(` allow="${EMBED_FRAME_ALLOW}" `);
    expect(EMBED_FRAME_ALLOW).toBe('web-share; clipboard-write');
    expect(snippet).toMatch(/<\/iframe>\n<script src="https:\/\/example\.org\/journey\/embed\.js" async><\/script>$/);
  });

  test('escapes the title so no name can break out of its attribute', () => {
    expect(snippet).toContain(`title="Spotify's &quot;Backstage&quot; &lt;Journey&gt;: 2022"`);
    expect(escapeHtml('a & b')).toBe('a &amp; b');
  });

  test('uses paths on the site’s own pages and carries the track filter', () => {
    const own = embedSnippet({ year: { key: '2021', label: '2021' }, siteName: 'J', words: EN, height: 900, base: '/', filter: 'open-source', followed: 'Open source' });
    expect(own).toContain('src="/embed/2021/?track=open-source"');
    expect(own).toContain('title="J: 2021, Open source"');
    expect(own).toContain('<script src="/embed.js" async></script>');
  });
});

describe('the oEmbed response', () => {
  const options = { year: { key: '2022', label: '2022' }, siteName: 'Spotify’s Backstage Journey', words: EN, height: 2400, base: '/', site: 'https://example.org' };

  test('is a valid oEmbed 1.0 rich response holding the snippet', () => {
    const response = oembedResponse(options);
    expect(oembedResponseSchema.safeParse(response).success).toBe(true);
    expect(response).toMatchObject({
      type: 'rich',
      version: '1.0',
      title: 'Spotify’s Backstage Journey: 2022',
      provider_name: 'Spotify’s Backstage Journey',
      provider_url: 'https://example.org/',
      width: EMBED_REFERENCE_WIDTH,
      height: 2400,
    });
    expect(response.html).toBe(
      '<iframe src="https://example.org/embed/2022/" title="Spotify’s Backstage Journey: 2022" data-journey-embed="2022" ' +
        'height="2400" loading="lazy" allow="web-share; clipboard-write" ' +
        'style="display:block;width:100%;max-width:1200px;height:2400px;margin:0 auto;border:0"></iframe>\n' +
        '<script src="https://example.org/embed.js" async></script>',
    );
    expect(response).not.toHaveProperty('thumbnail_url');
  });

  test('names the share picture as a thumbnail with its size', () => {
    const response = oembedResponse({ ...options, thumbnail: { path: '/og/2022.png', width: 1200, height: 630 } });
    expect(response).toMatchObject({ thumbnail_url: 'https://example.org/og/2022.png', thumbnail_width: 1200, thumbnail_height: 630 });
    expect(oembedResponseSchema.safeParse(response).success).toBe(true);
  });

  test('schema rejects what the oEmbed spec does not allow', () => {
    const valid = oembedResponse(options);
    const broken = [
      { ...valid, version: '2.0' },
      { ...valid, type: 'embed' },
      { ...valid, html: undefined },
      { ...valid, width: '640' },
      { ...valid, height: 0 },
      { ...valid, provider_url: 'javascript:alert(1)' },
      { ...valid, thumbnail_url: 'https://example.org/og.png' },
    ];
    for (const response of broken) expect(oembedResponseSchema.safeParse(response).success, JSON.stringify(response)).toBe(false);
  });
});

/** The year's view, its milestones' bodies `body` (empty by default). */
const viewOf = (year: JourneyYear, body = '') =>
  yearViews([{ ...year, milestones: year.milestones.map((item) => milestoneView(item, { text: body, html: body }, undefined, EN)) }], SHAPE, EN)[0]!;

describe('the strip’s default height', () => {
  /** The strip's card, from a milestone's fields and the length of its body. */
  const cardOf = ({ bodyLength = 0, ...fields }: Partial<Milestone> & { bodyLength?: number }) =>
    stripCard(cardContentOf({ ...year2022.milestones[0]!, ...fields }, 'x'.repeat(bodyLength)));

  test('is as tall as the tallest card, however many there are', () => {
    const three = embedHeight(viewOf(year2022));
    // The same three cards, twelve times over.
    const many = yearOf(Array.from({ length: 12 }, (_, round) => year2022.milestones.map((item) => ({ ...item, id: `${item.id}-${round}`, anchor: `${item.anchor}-${round}` }))).flat());
    expect(many.milestones).toHaveLength(36);
    expect(embedHeight(viewOf(many))).toBe(three);
    expect(Number.isInteger(three)).toBe(true);
    expect(embedHeight(viewOf(year2022, 'x'.repeat(200)))).toBeGreaterThan(three);
  });

  test('stays within 720 px: a card whose words need more room is brief, and no taller for more words', () => {
    const short = cardOf({ bodyLength: 0 });
    expect(short.brief).toBe(false);
    const long = cardOf({ bodyLength: 1200 });
    const longer = cardOf({ bodyLength: 5000 });
    expect(long.brief).toBe(true);
    expect(longer).toEqual(long);
    expect(long.height).toBeLessThan(cardOf({ bodyLength: 150 }).height + 100);
    expect(embedHeight(viewOf(year2022, 'x'.repeat(5000)))).toBeLessThanOrEqual(720);
    // A longer title takes more lines in a brief card too.
    expect(cardOf({ bodyLength: 1200, title: 'x'.repeat(120) }).height).toBeGreaterThan(long.height);
  });
});

describe('the list’s default height', () => {
  /** The year's default height as a list, its milestones' bodies empty. */
  const defaultEmbedHeight = (year: JourneyYear, filter?: TrackFilter) => embedHeight(viewOf(year), filter, 'list');
  /** A card's compact height, from a milestone's fields and the length of its body. */
  const estimateCardHeight = ({ bodyLength = 0, ...fields }: Partial<Milestone> & { bodyLength?: number }) =>
    compactHeight(cardContentOf({ ...year2022.milestones[0]!, ...fields }, 'x'.repeat(bodyLength)));

  test('grows with the milestones shown and shrinks when one track is followed', () => {
    const all = defaultEmbedHeight(year2022);
    const openSource = defaultEmbedHeight(year2022, 'open-source');
    const insideSpotify = defaultEmbedHeight(year2022, 'inside-spotify');
    expect(openSource).toBeLessThan(all);
    expect(insideSpotify).toBeLessThan(openSource);
    const bigger = yearOf([...year2022.milestones, milestone('2022/09-01-more', { date: '2022-09-01' })]);
    expect(defaultEmbedHeight(bigger)).toBeGreaterThan(all);
  });

  test('counts a card’s text: long titles, bodies and figures make it taller', () => {
    const short = estimateCardHeight({ title: 'HBO Max adopts.', kind: 'adoption' });
    expect(estimateCardHeight({ title: 'x'.repeat(400), kind: 'adoption' })).toBeGreaterThan(short);
    expect(estimateCardHeight({ title: 'HBO Max adopts.', kind: 'adoption', bodyLength: 900 })).toBeGreaterThan(short);
    const figures = estimateCardHeight({ title: 'Growth', kind: 'statistic', stats: [{ value: '2,000+', label: 'forks' }] });
    expect(estimateCardHeight({ title: 'Growth', kind: 'statistic' })).toBeLessThan(figures);
  });

  test('is a whole number of pixels that leaves room for the bar, the numeral and every card', () => {
    const height = defaultEmbedHeight(year2022);
    expect(Number.isInteger(height)).toBe(true);
    const cards = year2022.milestones.reduce((sum, item) => sum + estimateCardHeight(item), 0);
    expect(height).toBeGreaterThan(cards + 150);
  });
});
