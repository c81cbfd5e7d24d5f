/**
 * Embedding a year: the addresses of the embed pages, the snippet a blogger pastes, the oEmbed
 * response, and the iframe's default height, worked out from the year's content at build time so a
 * host page without the host script still shows the year at a useful size.
 */
import { artPlanFor } from './art/plan.ts';
import { SHORT_LABEL_MAX } from './layout.ts';
import type { JourneyYear, Milestone } from './milestones.ts';
import { ALL_TRACKS, TRACK_PARAM, showsTrack, trackFilterLabel, type TrackFilter } from './track-filter.ts';
import { FRAME_ATTRIBUTE } from '../embed/protocol.ts';

/** Where the site lives. */
export interface SiteAddress {
  /** The site's base path, `import.meta.env.BASE_URL`: "/" or "/journey/". */
  base: string;
  /**
   * The site's own address (Astro's `site`). Given, addresses are absolute, for other sites' pages;
   * left out, they are paths, for pages of this site.
   */
  site?: string | URL | undefined;
}

/** The width, in CSS pixels, the default height and the oEmbed size are worked out for: a blog's column. */
export const EMBED_REFERENCE_WIDTH = 640;

/** The widest an embed is laid out for; a wider iframe centres it. */
export const EMBED_MAX_WIDTH = 1200;

/** The narrowest width an embed is designed for. */
export const EMBED_MIN_WIDTH = 300;

/** How long oEmbed consumers may cache a response, in seconds: a day. */
export const OEMBED_CACHE_AGE = 86_400;

/** "/journey/" + "embed/2022/" = "/journey/embed/2022/", whatever slashes either side has. */
export function withBase(base: string, path = ''): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}${path.replace(/^\/+/, '')}`;
}

/** A path of the site as an address for `address.site`, or the path itself when there is no site. */
export function addressOf(path: string, address: SiteAddress): string {
  return address.site ? new URL(path, address.site).href : path;
}

/** The query string of a track filter: "?track=open-source", or "" for every track. */
function trackQuery(filter: TrackFilter): string {
  return filter === ALL_TRACKS ? '' : `?${TRACK_PARAM}=${encodeURIComponent(filter)}`;
}

/** The embed page of a year: "/embed/2022/", "/embed/2022/?track=open-source". */
export function embedPath(base: string, yearKey: string, filter: TrackFilter = ALL_TRACKS): string {
  return `${withBase(base, `embed/${yearKey}/`)}${trackQuery(filter)}`;
}

/** The journey page, at a year or milestone when `anchor` is given: "/#2022". */
export function journeyPath(base: string, anchor?: string): string {
  return `${withBase(base)}${anchor ? `#${anchor}` : ''}`;
}

/** The oEmbed response of a year: "/oembed/2022.json". */
export function oembedPath(base: string, yearKey: string): string {
  return withBase(base, `oembed/${yearKey}.json`);
}

/** The host script that sizes journey iframes: "/embed.js". */
export function hostScriptPath(base: string): string {
  return withBase(base, 'embed.js');
}

/** "Spotify's Backstage Journey: 2022", "…: 2022, Open source". */
export function embedTitle(siteName: string, year: Pick<JourneyYear, 'label'>, filter: TrackFilter = ALL_TRACKS): string {
  const title = `${siteName}: ${year.label}`;
  return filter === ALL_TRACKS ? title : `${title}, ${trackFilterLabel(filter)}`;
}

/** The milestones an embed shows under a filter. */
export function visibleMilestones(year: JourneyYear, filter: TrackFilter): Milestone[] {
  return year.milestones.filter((milestone) => showsTrack(filter, milestone.track));
}

/** The track filters worth offering for a year: every track, then each track the year has milestones in. */
export function embedFilters(year: JourneyYear): TrackFilter[] {
  const tracks = [...new Set(year.milestones.map((milestone) => milestone.track))];
  return tracks.length > 1 ? [ALL_TRACKS, ...tracks] : [ALL_TRACKS];
}

/*
 * The compact year at the reference width, in CSS pixels, as YearSection and MilestoneCard draw it
 * (one column: the embed's bar, the numeral, then each lane's label and cards). Cards at this width
 * put their art beside the text.
 */
const COMPACT = {
  /** The embed's bar with "See the whole journey", and the year's padding above and below. */
  chrome: 61 + 24 + 24,
  /** The numeral (smaller for long labels such as "66,000,000 BC"), and the gap between it and the lanes. */
  head: 78 + 24,
  headLong: 48 + 24,
  /** A lane's label and the space under it. */
  laneLabel: 30,
  /** Between two lanes. */
  laneGap: 32,
  /** Between two cards of a lane. */
  cardGap: 16,
  /** A card's art beside its text, with its margins and the card's border. */
  artCard: 125 + 32 + 2,
  /** A card's padding, its date line and the gap under it, and its border. */
  textCard: 16 + 24 + 18 + 8 + 2,
  /** One line of a title, and how many characters fit in it beside the art and without it. */
  titleLine: 23,
  titleChars: { withArt: 38, withoutArt: 58 },
  /** One line of a sub-line or body, and how many characters fit in it. */
  textLine: 21,
  textChars: { withArt: 52, withoutArt: 80 },
  /** A row of a statistic's figures, how many fit in a row, and the gap between rows. */
  statsRow: 56,
  statsPerRow: 4,
  statsGap: 12,
  /** One link under a card's text. */
  link: 21,
  /** The gap between the parts of a card's text. */
  textGap: 8,
} as const;

/** The parts of a milestone that decide its card's height. */
export type CardContent = Pick<Milestone, 'title' | 'subtitle' | 'attribution' | 'stats' | 'links' | 'kind' | 'art'> & {
  /** Characters of its MDX body, when it has one. */
  bodyLength?: number;
};

function statsHeight(count: number): number {
  const rows = Math.ceil(count / COMPACT.statsPerRow);
  return rows > 0 ? rows * COMPACT.statsRow + (rows - 1) * COMPACT.statsGap : 0;
}

const lines = (text: string | undefined, perLine: number) => (text ? Math.ceil(text.length / perLine) : 0);

/** The estimated height of a milestone's card in the compact year at the reference width. */
export function estimateCardHeight(card: CardContent): number {
  const hasArt = artPlanFor(card).type !== 'none';
  const width = hasArt ? 'withArt' : 'withoutArt';
  const textParts = [
    lines(card.title, COMPACT.titleChars[width]) * COMPACT.titleLine,
    lines(card.subtitle, COMPACT.textChars[width]) * COMPACT.textLine,
    lines(card.attribution, COMPACT.textChars[width]) * COMPACT.textLine,
    statsHeight(card.stats?.length ?? 0),
    card.bodyLength ? Math.ceil(card.bodyLength / COMPACT.textChars[width]) * COMPACT.textLine : 0,
    (card.links?.length ?? 0) * COMPACT.link,
  ].filter((height) => height > 0);
  const text = COMPACT.textCard + textParts.reduce((sum, height) => sum + height, 0) + (textParts.length - 1) * COMPACT.textGap;
  return Math.max(text, hasArt ? COMPACT.artCard : 0);
}

/**
 * The iframe's default height for a year: its content's estimated height at the reference width,
 * in whole pixels. `bodyLength` gives the length of a milestone's MDX body by its id.
 */
export function defaultEmbedHeight(
  year: JourneyYear,
  filter: TrackFilter = ALL_TRACKS,
  bodyLength: (id: string) => number = () => 0,
): number {
  const lanes = new Map<string, Milestone[]>();
  for (const milestone of visibleMilestones(year, filter)) {
    lanes.set(milestone.track, [...(lanes.get(milestone.track) ?? []), milestone]);
  }
  let height = COMPACT.chrome + (year.label.length > SHORT_LABEL_MAX ? COMPACT.headLong : COMPACT.head);
  [...lanes.values()].forEach((milestones, index) => {
    if (index > 0) height += COMPACT.laneGap;
    height += COMPACT.laneLabel + (milestones.length - 1) * COMPACT.cardGap;
    for (const milestone of milestones) height += estimateCardHeight({ ...milestone, bodyLength: bodyLength(milestone.id) });
  });
  return Math.ceil(height);
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text safe inside a double-quoted HTML attribute or between tags (an apostrophe stays as written). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (character) => escapes[character]!);
}

export interface SnippetOptions extends SiteAddress {
  year: Pick<JourneyYear, 'key' | 'label'>;
  siteName: string;
  /** The iframe's height before the host script sizes it: `defaultEmbedHeight`. */
  height: number;
  filter?: TrackFilter;
}

/**
 * What a blogger pastes: the year's iframe at its default height, and the host script that keeps
 * its height equal to its content. Loading the script once per page is enough; repeating it with
 * each snippet is harmless. The iframe fills its column by its style alone: HTML allows only whole
 * pixels in its `width` attribute, never a percentage.
 */
export function embedSnippet(options: SnippetOptions): string {
  const { year, siteName, height, filter = ALL_TRACKS } = options;
  const src = addressOf(embedPath(options.base, year.key, filter), options);
  const script = addressOf(hostScriptPath(options.base), options);
  const title = embedTitle(siteName, year, filter);
  return (
    `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" ${FRAME_ATTRIBUTE}="${escapeHtml(year.key)}" ` +
    `height="${height}" loading="lazy" ` +
    `style="display:block;width:100%;max-width:${EMBED_MAX_WIDTH}px;height:${height}px;margin:0 auto;border:0"></iframe>\n` +
    `<script src="${escapeHtml(script)}" async></script>`
  );
}

/** An oEmbed 1.0 "rich" response (https://oembed.com/). */
export interface OembedRichResponse {
  type: 'rich';
  version: '1.0';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  cache_age: number;
  thumbnail_url?: string;
  thumbnail_width?: number;
  thumbnail_height?: number;
}

export interface OembedOptions {
  year: Pick<JourneyYear, 'key' | 'label'>;
  siteName: string;
  height: number;
  /** The site's base path and address; oEmbed addresses are always absolute. */
  base: string;
  site: string | URL;
  /** The year's share picture, when the site has one: its path (or address) and size. */
  thumbnail?: { path: string; width: number; height: number };
}

/** The oEmbed response of a year: the snippet, sized for the reference width. */
export function oembedResponse(options: OembedOptions): OembedRichResponse {
  const { year, siteName, height, base, site, thumbnail } = options;
  const response: OembedRichResponse = {
    type: 'rich',
    version: '1.0',
    title: embedTitle(siteName, year),
    provider_name: siteName,
    provider_url: addressOf(journeyPath(base), { base, site }),
    html: embedSnippet({ year, siteName, height, base, site }),
    width: EMBED_REFERENCE_WIDTH,
    height,
    cache_age: OEMBED_CACHE_AGE,
  };
  if (thumbnail) {
    response.thumbnail_url = addressOf(thumbnail.path, { base, site });
    response.thumbnail_width = thumbnail.width;
    response.thumbnail_height = thumbnail.height;
  }
  return response;
}
