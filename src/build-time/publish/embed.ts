/**
 * Embedding a year: the addresses of the embed pages, the snippet a blogger pastes and the oEmbed
 * response. The iframe's default height is worked out from the year's content at build time
 * (`embedHeight` in `src/build-time/journey/`), so a host page without the host script still shows the
 * year at a useful size.
 */
import type { JourneyYear } from '../../model/milestone.ts';
import { ALL_TRACKS, TRACK_PARAM, type TrackFilter } from '../../model/track-filter.ts';
import type { Words } from '../../model/words.ts';
import { FRAME_ATTRIBUTE } from '../../browser/embed/protocol.ts';

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

/**
 * How an embedded year lays out its milestones: `strip`, one row in date order moving sideways, as
 * tall as a card (the default); `list`, every milestone down the page, lane by lane.
 */
export type EmbedLayout = 'strip' | 'list';

/** The layouts, the default first. */
export const EMBED_LAYOUTS: readonly EmbedLayout[] = ['strip', 'list'];

/**
 * The journey's own embed, its opening and year index (`/embed/journey/`, `/oembed/journey.json`):
 * the key it goes by where a year's key would, never a year's (those are numbers, or "66000000-bc").
 */
export const JOURNEY_EMBED_KEY = 'journey';

/** The key a milestone embedded alone goes by (`/embed/milestones/<anchor>/`, `/oembed/milestones/<anchor>.json`). */
export function milestoneEmbedKey(anchor: string): string {
  return `milestones/${anchor}`;
}

/** The width, in CSS pixels, the default height and the oEmbed size are worked out for: a blog's column. */
export const EMBED_REFERENCE_WIDTH = 640;

/** The widest an embed is laid out for; a wider iframe centres it. */
export const EMBED_MAX_WIDTH = 1200;

/** The narrowest width an embed is designed for. */
export const EMBED_MIN_WIDTH = 300;

/**
 * What the embed's frame lets the year do (`allow`): share a milestone with the device's share
 * sheet and copy its address (`src/browser/share.ts`). A browser denies both to a frame of another
 * origin without it.
 */
export const EMBED_FRAME_ALLOW = 'web-share; clipboard-write';

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

/** The embed page of a year: "/embed/2022/", "/embed/2022/?track=open-source", "/embed/2022/list/". */
export function embedPath(base: string, yearKey: string, filter: TrackFilter = ALL_TRACKS, layout: EmbedLayout = 'strip'): string {
  return `${withBase(base, `embed/${yearKey}/${layout === 'strip' ? '' : `${layout}/`}`)}${trackQuery(filter)}`;
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

/** "Our journey: 2022", or "Our journey: 2022, Language" when one track is followed (`followed`: its short name). */
export function embedTitle(words: Words, siteName: string, year: Pick<JourneyYear, 'label'>, followed?: string): string {
  return followed === undefined
    ? words.say('embedPageTitle', { siteName, year: year.label })
    : words.say('embedPageTitleTrack', { siteName, year: year.label, track: followed });
}

/** The track filters worth offering for a year: every track, then each track the year has milestones in. */
export function embedFilters(year: JourneyYear): TrackFilter[] {
  const tracks = [...new Set(year.milestones.map((milestone) => milestone.track))];
  return tracks.length > 1 ? [ALL_TRACKS, ...tracks] : [ALL_TRACKS];
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text safe inside a double-quoted HTML attribute or between tags (an apostrophe stays as written). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (character) => escapes[character]!);
}

export interface SnippetOptions extends SiteAddress {
  year: Pick<JourneyYear, 'key' | 'label'>;
  siteName: string;
  /** The journey's words: the frame's title is said in them. */
  words: Words;
  /** The iframe's height before the host script sizes it: `embedHeight`. */
  height: number;
  filter?: TrackFilter;
  /** The strip (the default) or the list. */
  layout?: EmbedLayout;
  /** The followed track's short name, when `filter` follows one: the frame's title says it. */
  followed?: string;
  /** The frame's title, when it is not a year's (the journey's embed: its name). */
  title?: string;
}

/**
 * What a blogger pastes: the year's iframe at its default height, and the host script that keeps
 * its height equal to its content. Loading the script once per page is enough; repeating it with
 * each snippet is harmless. The frame allows sharing and copying a milestone's address
 * (`EMBED_FRAME_ALLOW`). The iframe fills its column by its style alone: HTML allows only whole
 * pixels in its `width` attribute, never a percentage.
 */
export function embedSnippet(options: SnippetOptions): string {
  const { year, siteName, height, filter = ALL_TRACKS, layout = 'strip' } = options;
  const src = addressOf(embedPath(options.base, year.key, filter, layout), options);
  const script = addressOf(hostScriptPath(options.base), options);
  const title = options.title ?? embedTitle(options.words, siteName, year, filter === ALL_TRACKS ? undefined : options.followed);
  return (
    `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" ${FRAME_ATTRIBUTE}="${escapeHtml(year.key)}" ` +
    `height="${height}" loading="lazy" allow="${EMBED_FRAME_ALLOW}" ` +
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
  words: Words;
  height: number;
  /** The site's base path and address; oEmbed addresses are always absolute. */
  base: string;
  site: string | URL;
  /** The year's share picture, when the site has one: its path (or address) and size. */
  thumbnail?: { path: string; width: number; height: number };
  /** The title, when it is not a year's (the journey's embed: its name). */
  title?: string;
}

/** The oEmbed response of a year (or of the journey's embed, `year.key` `JOURNEY_EMBED_KEY`): the snippet, sized for the reference width. */
export function oembedResponse(options: OembedOptions): OembedRichResponse {
  const { year, siteName, words, height, base, site, thumbnail, title } = options;
  const response: OembedRichResponse = {
    type: 'rich',
    version: '1.0',
    title: title ?? embedTitle(words, siteName, year),
    provider_name: siteName,
    provider_url: addressOf(journeyPath(base), { base, site }),
    html: embedSnippet({ year, siteName, words, height, base, site, ...(title === undefined ? {} : { title }) }),
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
