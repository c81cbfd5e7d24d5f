import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import sharp from 'sharp';
import { milestoneCard, milestoneOgKey, ogCardSvg, ogImagePath, OG_SIZE, type MilestoneCardInput, type OgCard } from '../../src/build-time/art/og.ts';
import { cachedOgPng, encodeOgCard, ogCacheKey } from '../../src/build-time/art/og-render.ts';
import { tokenValue, trackColour } from '../../src/build-time/design-tokens.ts';
import { milestoneDescription, milestonePageTitle, milestonePath, milestoneUrl, PAGE_TITLE_MAX } from '../../src/build-time/publish/milestone-page.ts';
import { parseJourneyDate } from '../../src/model/journey-date.ts';
import { EN } from '../support/words.ts';

const card: MilestoneCardInput = {
  siteName: 'Journey',
  lang: 'en',
  title: 'Backstage 1.0 released',
  date: 'March 17, 2022',
  track: { name: 'Backstage in open source', colour: '#1ed760' },
  scenery: 'hills',
  art: { id: '2022/03-17-backstage-1-0-released', kind: 'release', track: 'open-source', year: 2022, motif: 'parcel', title: 'Backstage 1.0 released' },
};

/** The whole card as one SVG document, its scenery and its own layer together. */
const milestoneCardSvg = (input: MilestoneCardInput) => ogCardSvg(milestoneCard(input));

/** The words of every line of type of the card (its `data-text`), unescaped. */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<path data-text="([^"]*)"/g)].map((match) =>
    match[1]!.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&amp;', '&'),
  );
}

describe('a milestone’s share card', () => {
  it('shows the milestone’s title, date and track in the track’s colour, and its picture', () => {
    const svg = milestoneCardSvg(card);
    expect(svg).toContain(`viewBox="0 0 ${OG_SIZE.width} ${OG_SIZE.height}"`);
    expect(texts(svg)).toEqual(['JOURNEY', 'March 17, 2022', 'Backstage 1.0', 'released', 'Backstage in open source']);
    expect(svg).toMatch(/<path data-text="March 17, 2022" fill="#1ed760" d="M[^"]+"/);
    // Set as outlines from the shipped faces: nothing is left to the fonts of the machine that renders it.
    expect(svg).not.toMatch(/<text|font-family/);
    expect(svg).toContain('clip-path="url(#card-0)"');
    expect(milestoneCardSvg({ ...card, art: undefined })).not.toContain('clip-path="url(#card-0)"');
  });

  it('escapes hostile text, so a title can neither close an element nor open one', () => {
    const svg = milestoneCardSvg({ ...card, title: '<script>alert(1)</script> & "friends"', track: { ...card.track, name: 'A & B <i>' } });
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<i>');
    expect(svg).toContain('data-text="&lt;script&gt;alert(1)&lt;/s…"');
    expect(svg).toContain('&amp; &quot;friends&quot;');
    expect(texts(svg)).toContain('A & B <i>');
  });

  it('wraps a long title onto at most four lines, cut with an ellipsis', () => {
    const title = 'A milestone whose title goes on and on far longer than any card could ever hold on four lines of large type';
    const lines = texts(milestoneCardSvg({ ...card, title })).slice(2, -1);
    expect(lines).toHaveLength(4);
    expect(lines.every((line) => line.length <= 20)).toBe(true);
    expect(lines.at(-1)).toMatch(/…$/);
    // Without a picture the title has the card's width.
    expect(texts(milestoneCardSvg({ ...card, title, art: undefined })).slice(2, -1).every((line) => line.length <= 34)).toBe(true);
  });

  it('renders as a 1200×630 PNG', async () => {
    const meta = await sharp(await cachedOgPng(milestoneCard(card), { dir: dirs.make() })).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', OG_SIZE.width, OG_SIZE.height]);
  });

  it('looks as the whole card drawn at once in full colour, with or without a picture, on any scenery', async () => {
    for (const input of [card, { ...card, art: undefined, scenery: 'orbits' as const }]) {
      // The card drawn in one piece by the SVG renderer, in full colour: what it must look like.
      const whole = await sharp(Buffer.from(milestoneCardSvg(input))).removeAlpha().raw().toBuffer();
      const encoded = await sharp(await encodeOgCard(milestoneCard(input))).removeAlpha().raw().toBuffer();
      expect(encoded.length).toBe(whole.length);
      let total = 0;
      let far = 0;
      for (let index = 0; index < whole.length; index++) {
        const difference = Math.abs(whole[index]! - encoded[index]!);
        total += difference;
        if (difference > 40) far++;
      }
      // A palette shifts colours by a few levels; a missing word, picture or edge shifts them by far more.
      expect(total / whole.length, input.scenery).toBeLessThan(1.5);
      expect(far / whole.length, input.scenery).toBeLessThan(0.001);
    }
  });

  it('comes back as its own card when many are drawn at once, and a card that cannot be drawn says so', async () => {
    const titles = ['Catalog goes live', 'Search launches', 'TechDocs arrives', 'Scaffolder ships', 'Insights wins an award', 'Soundcheck lands'];
    const inputs = titles.map((title, index) => ({ ...card, title, art: index % 2 ? undefined : card.art }));
    // Drawn one at a time, then all at once: each card must be the one asked for, not its neighbour's.
    const alone: Buffer[] = [];
    for (const input of inputs) alone.push(await sharp(await encodeOgCard(milestoneCard(input))).raw().toBuffer());
    const together = await Promise.all(inputs.map(async (input) => sharp(await encodeOgCard(milestoneCard(input))).raw().toBuffer()));
    together.forEach((pixels, index) => expect(pixels.equals(alone[index]!), titles[index]).toBe(true));
    expect(new Set(alone.map((pixels) => pixels.toString('base64'))).size).toBe(titles.length);
    const broken = { ...milestoneCard(card), body: '<path d="M0 0' };
    await expect(encodeOgCard(broken)).rejects.toThrow(/A share card could not be drawn: .+/);
    // The failure is the card's own: the next card is drawn as before.
    expect((await sharp(await encodeOgCard(milestoneCard(inputs[0]!))).raw().toBuffer()).equals(alone[0]!)).toBe(true);
  });

  it('is published beside the years’ cards, and its colour is the lane’s token', () => {
    expect(ogImagePath(milestoneOgKey('2022-03-17-x'), '/journey/')).toBe('/journey/og/milestones/2022-03-17-x.png');
    const tracks = [
      { id: 'open-source', name: 'Backstage in open source', short: 'Open source' },
      { id: 'third', name: 'Third', short: 'Third', colour: '#4aa3ff' },
    ];
    expect(trackColour(tracks, 'open-source')).toBe(tokenValue('--track-1'));
    // A colour the editor gave the track is its colour on the card too.
    expect(trackColour(tracks, 'third')).toBe('#4aa3ff');
    expect(tokenValue('--track-2', ':root{--track-1: #111;--track-2: #222;}')).toBe('#222');
    expect(() => tokenValue('--no-such-token')).toThrow(/tokens\.css has no --no-such-token/);
  });
});

const dirs = {
  made: [] as string[],
  make(): string {
    const dir = mkdtempSync(join(tmpdir(), 'journey-og-test-'));
    this.made.push(dir);
    return dir;
  },
};
afterEach(() => {
  for (const dir of dirs.made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the share cards’ cache', () => {
  const png = (card: OgCard) => Promise.resolve(Buffer.from(`png of ${card.body}`));
  const a: OgCard = { scenery: 'hills', body: '<rect width="1" height="1"/>' };
  const b: OgCard = { ...a, body: '<rect width="2" height="1"/>' };

  it('encodes an unchanged card once, and reads it back after that', async () => {
    const dir = dirs.make();
    const encode = vi.fn(png);
    const first = await cachedOgPng(a, { dir, encode });
    const again = await cachedOgPng(a, { dir, encode });
    expect(encode).toHaveBeenCalledTimes(1);
    expect(again.equals(first)).toBe(true);
    expect(readdirSync(dir)).toEqual([`${ogCacheKey(a)}.png`]);
  });

  it('encodes a changed card again, under a key of its own', async () => {
    const dir = dirs.make();
    const encode = vi.fn(png);
    await cachedOgPng(a, { dir, encode });
    const changed = await cachedOgPng(b, { dir, encode });
    expect(encode).toHaveBeenCalledTimes(2);
    expect(changed.toString()).toBe(`png of ${b.body}`);
    expect(ogCacheKey(a)).not.toBe(ogCacheKey(b));
    // The scenery is part of the card, and of its key.
    expect(ogCacheKey({ ...a, scenery: 'orbits' })).not.toBe(ogCacheKey(a));
    expect(readdirSync(dir)).toHaveLength(2);
  });
});

describe('a milestone’s page', () => {
  it('lives under /milestones/ below the base, as a path and as an address', () => {
    expect(milestonePath('/journey/', '2022-03-17-x')).toBe('/journey/milestones/2022-03-17-x/');
    expect(milestoneUrl('https://example.org/journey/', '2022-03-17-x')).toBe('https://example.org/journey/milestones/2022-03-17-x/');
  });

  it('has a title a search result shows whole, counted as the page writes it', () => {
    expect(milestonePageTitle('Backstage 1.0 released', "Spotify's Backstage Journey", EN)).toBe("Backstage 1.0 released – Spotify's Backstage Journey");
    const long = 'Backstage open source launches on GitHub and Backstage.io';
    expect(milestonePageTitle(long, "Spotify's Backstage Journey", EN)).toBe(long);
    const cut = milestonePageTitle(`${'word '.repeat(40)}end`, 'J', EN);
    expect(cut).toMatch(/…$/);
    expect(cut.length).toBeLessThanOrEqual(PAGE_TITLE_MAX);
    // Cut between characters, never inside one: no half of an emoji is left before the ellipsis.
    const emoji = milestonePageTitle('🚀'.repeat(60), 'J', EN);
    expect(emoji).toBe(`${'🚀'.repeat((PAGE_TITLE_MAX - 1) / 2 | 0)}…`);
    expect(emoji.isWellFormed()).toBe(true);
  });

  it('is described by its date, track, sub-line and as much of its words as fits', () => {
    const parsed = parseJourneyDate('2022-03-17');
    if (!parsed.ok) throw new Error(parsed.error);
    const milestone = { date: parsed.date, track: 'open-source' as const, subtitle: 'A stable core.' };
    const tracks = [{ id: 'open-source', name: 'Backstage in open source', short: 'Open source' }];
    expect(milestoneDescription({ ...milestone, text: '' }, tracks, EN)).toBe('March 17, 2022 · Backstage in open source. A stable core.');
    const long = milestoneDescription({ ...milestone, text: 'words '.repeat(60) }, tracks, EN);
    expect(long.length).toBeLessThanOrEqual(200);
    expect(long).toMatch(/^March 17, 2022 · Backstage in open source\. A stable core\. words words .*words…$/);
  });
});
