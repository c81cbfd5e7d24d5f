/**
 * How large the journey's parts are drawn: the one source of truth for sizes. The page's CSS reads
 * them as custom properties (`src/layout/css.ts` writes them into the layout stylesheet), the build
 * computes the journey's length from them, and the art pipeline sizes its images by them. All
 * sizes are CSS pixels.
 */
import { TRAVEL_MEDIA } from './contract.ts';

/** Every milestone picture has this aspect ratio (16:10), whatever size it is drawn at. */
export const ART_ASPECT = { width: 16, height: 10 } as const;

/**
 * The drawn size of a milestone's art in each layout.
 * - `travel`: cards in the horizontal journey (wide screens, motion allowed). Art fills the card's width.
 * - `list`: beside the text, in the vertical layout when a card is wide enough (wide screens with
 *   reduced motion or without JavaScript, wide embeds; the card's container query decides).
 * - `stacked`: above the text on phones and narrow embeds, at the card's full width, never wider than this.
 */
export const ART_SIZE = {
  travel: { width: 288, height: 180 },
  list: { width: 200, height: 125 },
  stacked: { width: 480, height: 300 },
} as const;

/**
 * Read down the page, from this viewport width a year's lanes stand side by side; below it, one
 * under the other (the `@media (min-width: 720px)` rules in YearSection.astro say the same).
 */
export const LANES_SIDE_BY_SIDE_WIDTH = 720;

/** The `sizes` attribute matching `ART_SIZE` (phones draw art at the card's width, up to 480 px). */
export const ART_SIZES_ATTR = `${TRAVEL_MEDIA} ${ART_SIZE.travel.width}px, (min-width: ${LANES_SIDE_BY_SIDE_WIDTH}px) ${ART_SIZE.list.width}px, min(calc(100vw - 48px), ${ART_SIZE.stacked.width}px)`;

/**
 * Read down the page, a card at least this wide draws its picture beside its words, a narrower one
 * above them (the `@container milestone` query in MilestoneCard.astro says the same).
 */
export const CARD_BESIDE_WIDTH = 440;

/** The horizontal journey: a milestone card, and the spaces around it. */
export const TRAVEL = {
  /** Width of a milestone card (its art spans the full width). */
  cardWidth: ART_SIZE.travel.width,
  /** Space between two cards of a lane. */
  cardGap: 40,
  /** Space at each side of a year's lanes. */
  yearPadding: 56,
  /** The narrowest a year's content may be, so its numeral fits above a single card. */
  yearMinContent: 360,
  /** The same for long labels such as "66,000,000 BC". */
  yearMinContentLong: 480,
  /** The intro panel, first on the journey. */
  introWidth: 1120,
  /** The outro and credits panel, last on the journey. */
  outroWidth: 1040,
  /** One growth chart (JourneyGrowth.astro), the space between two, and the padding at each side of their row. */
  growthChartWidth: 280,
  growthGap: 32,
  growthPadding: 72,
  /** The marker between two years that are more than a year apart ("66 million years later"). */
  timeGapWidth: 200,
} as const;

/**
 * An embedded year's strip (`YearStrip.astro`): one row of cards, moving sideways, as tall as its
 * tallest card. `chrome` and `emptyRoom` are measured in Chromium at the embed's reference width.
 */
export const STRIP = {
  /** A card is at most this wide: the travel card's width, so its text sets as the travel's estimate expects. */
  cardWidth: TRAVEL.cardWidth,
  /** The tallest a card may be, picture included, by its estimate; a card whose words need more is shown brief. */
  cardRoom: 470,
  /** Around the cards: the embed's bar, the year's heading row and the row's padding, a track label, the scroll bar. */
  chrome: 180,
  /** The row's height when no card is shown (one track followed in a year without it): its notice. */
  emptyRoom: 60,
} as const;

/**
 * A milestone embedded alone (`/embed/milestones/<anchor>/`): the strip's card, under one line with
 * its track and the journey's name, at most `height` tall from 300 to 700 px wide.
 */
export const MILESTONE_EMBED = {
  height: 480,
  /** The tallest its card may be by its estimate (`STRIP.cardRoom`'s rule): `height` less the line above it and the padding. */
  cardRoom: 400,
  /** Around the card. */
  chrome: 80,
  /** The widest frame it is laid out for. */
  maxWidth: 700,
} as const;

/**
 * Parallax depths of the journey's own layers: the fraction of the travel each lags behind. The
 * scenery's layers carry their own depths (`SCENERY_LAYERS` in the art pipeline).
 */
export const DEPTH = {
  /** The year's numeral and era: once its year has arrived, it lingers behind as the year's cards pass. */
  numeral: 0.45,
  /** A milestone's art drifts inside its frame, which is overscaled by `ART_OVERSCAN` to hide its edges. */
  art: 0.03,
} as const;

/**
 * How far the moving journey's scenery fades in and out where an era starts and ends: two eras
 * that meet cross-fade over this width.
 */
export const SCENERY_FADE = 240;

/** Height of the band above the lanes where a year's numeral stands, in the horizontal journey. */
export const YEAR_BAND = 108;

/** How much larger than its frame the art is drawn in the horizontal journey, so its drift never shows an edge. */
export const ART_OVERSCAN = 1.2;

/** Labels longer than this ("66,000,000 BC") are set smaller and need the wider minimum. */
export const SHORT_LABEL_MAX = 4;

/** Whether a year's label is a long one, such as "66,000,000 BC". */
export function isLongLabel(label: string): boolean {
  return label.length > SHORT_LABEL_MAX;
}

/** The width at which the journey is measured for the page's tagline when no script can measure it. */
export const REFERENCE_VIEWPORT = { width: 1440, height: 900 } as const;

/** The narrowest a year's content may be in the horizontal journey: room for its numeral. */
export function yearMinContent(label: string): number {
  return isLongLabel(label) ? TRAVEL.yearMinContentLong : TRAVEL.yearMinContent;
}
