/**
 * The layout stylesheet, written from the layout's own numbers so CSS and TypeScript share them:
 * the sizes as custom properties, and the rules that follow one track alone. It is served to every
 * page as one bundled stylesheet (`virtual:journey/layout.css`, see `src/build-time/integrations/layout-css.ts`).
 */
import type { ReadingHeight } from './card-metrics.ts';
import { STATE } from './contract.ts';
import { ART_ASPECT, ART_OVERSCAN, ART_SIZE, CARD_BESIDE_WIDTH, LANES_SIDE_BY_SIDE_WIDTH, SCENERY_FADE, TRAVEL, YEAR_BAND } from './dimensions.ts';
import { hsl, toHsl } from '../model/colour.ts';
import type { Track } from '../model/tracks.ts';
import { ALL_TRACKS, TRACK_PARAM, followableTracks } from '../model/track-filter.ts';

const px = (value: number) => `${value}px`;

/** The layout's sizes as custom properties on the root, for a journey with these tracks. */
export function layoutTokens(tracks: readonly Track[]): Record<string, string> {
  return {
    '--card-width': px(TRAVEL.cardWidth),
    '--card-gap': px(TRAVEL.cardGap),
    '--year-padding': px(TRAVEL.yearPadding),
    '--year-min-content': px(TRAVEL.yearMinContent),
    '--year-min-content-long': px(TRAVEL.yearMinContentLong),
    '--intro-width': px(TRAVEL.introWidth),
    '--outro-width': px(TRAVEL.outroWidth),
    '--growth-chart-width': px(TRAVEL.growthChartWidth),
    '--growth-gap': px(TRAVEL.growthGap),
    '--growth-padding': px(TRAVEL.growthPadding),
    '--time-gap-width': px(TRAVEL.timeGapWidth),
    '--year-band': px(YEAR_BAND),
    '--art-list-width': px(ART_SIZE.list.width),
    '--art-aspect': `${ART_ASPECT.width} / ${ART_ASPECT.height}`,
    '--art-overscan': String(ART_OVERSCAN),
    '--scenery-fade': px(SCENERY_FADE),
    /** How many lanes a year shows side by side (or stacked): one per track, one when a track is followed. */
    '--lane-count': String(tracks.length),
  };
}

/**
 * The colours the journey's editor chose (content/journey.yaml): each track's `colour` over the
 * design's own `--track-<n>`, and the `accent` over the design's accent, with the lighter and darker
 * tones the page draws beside it worked out from it. The design's tokens (src/styles/tokens.css)
 * stay where nothing is chosen.
 */
export function chosenColourRules(tracks: readonly Track[], accent?: string): string[] {
  const chosen = tracks.flatMap((track, index) => (track.colour ? [`--track-${index + 1}:${track.colour}`] : []));
  if (accent) {
    const [hue, saturation, lightness] = toHsl(accent);
    chosen.push(
      `--color-accent:${accent}`,
      `--color-accent-strong:${hsl(hue, saturation, Math.min(lightness + 0.08, 0.9))}`,
      `--color-highlight:${hsl(hue, saturation, Math.min(lightness + 0.2, 0.9))}`,
      `--color-on-accent:${hsl(hue, saturation * 0.8, 0.06)}`,
    );
  }
  // `html:root` outweighs the tokens' `:root`, whichever stylesheet comes first.
  return chosen.length > 0 ? [`html:root{${chosen.join(';')}}`] : [];
}

/** The root when the control's radio for `filter` is checked (no script needed) or the root carries `data-track`. */
function following(filter: string): string {
  return `:root:is([data-track="${filter}"], :has(input[name="${TRACK_PARAM}"][value="${filter}"]:checked))`;
}

/** The root when one track, whichever, is followed. */
const FOLLOWING_ONE = `:root:is([data-track], :has(input[name="${TRACK_PARAM}"]:checked:not([value="${ALL_TRACKS}"])))`;

/**
 * The rules that hide what the chosen track does not need. Elements name their tracks in
 * `data-tracks`; time-gap markers name the filters they belong to in `data-filters`; a notice
 * marked `data-follow-only="<track>"` shows only while that track is followed. Following one
 * track, every lane takes the first slot (`--lane-slot`) of a single-lane layout.
 */
export function trackFilterRules(tracks: readonly Track[]): string[] {
  const ids = followableTracks(tracks.map((track) => track.id));
  return [
    `:root:not(${FOLLOWING_ONE}) .time-gap:not([data-filters~="${ALL_TRACKS}"]){display:none}`,
    `${FOLLOWING_ONE}{--lane-count:1;--lane-slot:1}`,
    '[data-follow-only]{display:none}',
    ...ids.map(
      (id) =>
        `${following(id)} :is([data-tracks]:not([data-tracks~="${id}"]),.time-gap:not([data-filters~="${id}"])){display:none}`,
    ),
    ...ids.map((id) => `${following(id)} [data-follow-only="${id}"]{display:block}`),
  ];
}

/** The custom properties that carry a card's estimated height read down the page, its picture above or beside its words. */
const READING_HEIGHT = { stacked: '--reading-height-stacked', beside: '--reading-height-beside' } as const;

/** The `style` that gives a card's list item, or a year's lanes, its estimated heights read down the page (`readingHoldRules`). */
export function readingHeightStyle(height: ReadingHeight): string {
  return `${READING_HEIGHT.stacked}:${height.stacked}px;${READING_HEIGHT.beside}:${height.beside}px`;
}

/** The custom property that carries the width a lane's cards held back take in the horizontal journey. */
const HELD_WIDTH = '--held-width';

/** The `style` of the room a lane keeps for its cards held back from the journey page's first document (`src/build-time/journey/first-document.ts`). */
export function heldRunStyle(run: { width: number; height: ReadingHeight }): string {
  return `${HELD_WIDTH}:${run.width}px;${readingHeightStyle(run.height)}`;
}

/**
 * Read down the page (no travel), each card far from the view is held as a box of its estimated
 * height (src/layout/card-metrics.ts) and drawn only as it nears the view; on a narrow screen, where
 * a year's lanes stand one under the other, so is each year's whole list of lanes. Opening the
 * journey then styles, lays out and paints the first screen's cards, not thousands. Which estimate
 * holds follows the width the cards get, as their own layout does. The words stay in the page:
 * find-in-page, links into them and screen readers reach them as before, and printing draws
 * everything.
 */
export function readingHoldRules(): string[] {
  const year = `:root:not(.${STATE.travel}) .year--journey`;
  const hold = (selector: string, container: string) =>
    `${selector}{content-visibility:auto;contain-intrinsic-block-size:auto var(${READING_HEIGHT.stacked})}` +
    `@container ${container} (min-width:${CARD_BESIDE_WIDTH}px){${selector}{contain-intrinsic-block-size:auto var(${READING_HEIGHT.beside})}}`;
  const held = `${year} .lane__held`;
  return [
    `@media screen{${year} .lane{container:lane/inline-size}${hold(`${year} .lane__item`, 'lane')}}`,
    // The room of cards still to arrive: their estimated height, whichever way the lane sets them.
    `@media screen{${held}{display:block;block-size:var(${READING_HEIGHT.stacked})}` +
      `@container lane (min-width:${CARD_BESIDE_WIDTH}px){${held}{block-size:var(${READING_HEIGHT.beside})}}}`,
    `:root.${STATE.travel} .year--journey .lane__held{flex:0 0 auto;inline-size:var(${HELD_WIDTH})}`,
    `@media screen and (width < ${LANES_SIDE_BY_SIDE_WIDTH}px){${year}{container:year/inline-size}${hold(`${year} .year__lanes`, 'year')}}`,
  ];
}

/** The whole layout stylesheet, for a journey with these tracks and this accent. */
export function layoutCss(tracks: readonly Track[], accent?: string): string {
  const tokens = Object.entries(layoutTokens(tracks))
    .map(([name, value]) => `${name}:${value}`)
    .join(';');
  return [`:root{${tokens}}`, ...chosenColourRules(tracks, accent), ...trackFilterRules(tracks), ...readingHoldRules()].join('\n');
}
