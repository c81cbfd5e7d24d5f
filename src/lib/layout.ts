/**
 * The journey's layout constants: the one source of truth for how large things are drawn. The page's
 * CSS reads them as custom properties (see `layoutStyle`), the build computes the journey's length
 * from them, and the art pipeline sizes its images by them. All sizes are CSS pixels.
 */

/** Every milestone picture has this aspect ratio (16:10), whatever size it is drawn at. */
export const ART_ASPECT = { width: 16, height: 10 } as const;

/**
 * The drawn size of a milestone's art in each layout.
 * - `travel`: cards in the horizontal journey (wide screens, motion allowed). Art fills the card's width.
 * - `list`: beside the text, in the vertical layout when a card is at least `LIST_CARD_MIN_WIDTH` wide
 *   (wide screens with reduced motion or without JavaScript, wide embeds).
 * - `stacked`: above the text on phones and narrow embeds, at the card's full width, never wider than this.
 */
export const ART_SIZE = {
  travel: { width: 288, height: 180 },
  list: { width: 200, height: 125 },
  stacked: { width: 480, height: 300 },
} as const;

/** The `sizes` attribute matching `ART_SIZE` (phones draw art at the card's width, up to 480 px). */
export const ART_SIZES_ATTR = `(min-width: 960px) and (min-height: 600px) and (prefers-reduced-motion: no-preference) ${ART_SIZE.travel.width}px, (min-width: 720px) ${ART_SIZE.list.width}px, min(calc(100vw - 48px), ${ART_SIZE.stacked.width}px)`;

/** A card of the vertical layout at least this wide puts its art beside the text. */
export const LIST_CARD_MIN_WIDTH = 440;

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
  /** The marker between two years that are more than a year apart ("66 million years later"). */
  timeGapWidth: 200,
} as const;

/**
 * Parallax depths of the journey's own layers: the fraction of the travel each lags behind. The
 * scenery's layers carry their own depths (`data-depth` in the art components).
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

/**
 * The height a card may take in a lane of the horizontal journey at the reference viewport, with
 * two lanes. A card's picture gives way (down to two thirds) before its text is cut; `cardSpan`
 * makes a card wide before that.
 */
export const TRAVEL_LANE_ROOM = 316;

/** Line metrics behind `estimateCardText`, measured on a wide system face (DejaVu Sans). */
export const CARD_TEXT = {
  /** Padding, the date line and the gap under it. */
  frame: 66,
  titleLine: 22.5,
  titleChars: 22,
  quoteLine: 29,
  quoteChars: 20,
  smallLine: 21,
  smallChars: 30,
  statRow: 57,
  blockGap: 8,
} as const;

/** Labels longer than this ("66,000,000 BC") need the wider minimum. */
export const SHORT_LABEL_MAX = 4;

/** Where the pinned horizontal travel runs: wide enough, tall enough, and motion is welcome. */
export const TRAVEL_MEDIA =
  '(min-width: 960px) and (min-height: 600px) and (prefers-reduced-motion: no-preference)';

/** The width at which the journey is measured for the page's tagline when no script can measure it. */
export const REFERENCE_VIEWPORT = { width: 1440, height: 900 } as const;

/** The narrowest a year's content may be in the horizontal journey: room for its numeral. */
export function yearMinContent(label: string): number {
  return label.length > SHORT_LABEL_MAX ? TRAVEL.yearMinContentLong : TRAVEL.yearMinContent;
}

/**
 * Width of one lane whose cards take `units` card widths in all (a wide card takes two, and
 * swallows the gap between them).
 */
export function laneWidth(units: number): number {
  if (units <= 0) return 0;
  return units * TRAVEL.cardWidth + (units - 1) * TRAVEL.cardGap;
}

/** What a card's height depends on: its words, its figures and whether it has a picture. */
export interface CardContent {
  title: string;
  subtitle?: string | undefined;
  attribution?: string | undefined;
  stats?: readonly unknown[] | undefined;
  /** The body as plain text (markup removed). */
  body?: string;
  quote?: boolean;
  hasArt: boolean;
}

/**
 * A deliberately generous estimate of a card's text height at the travel card's width, in CSS
 * pixels, for a wide typeface (lines are counted at few characters each).
 */
export function estimateCardText(card: CardContent): number {
  const lines = (text: string | undefined, perLine: number) => (text ? Math.ceil(text.length / perLine) : 0);
  const block = (height: number) => (height > 0 ? CARD_TEXT.blockGap + height : 0);
  const title = card.quote ? lines(card.title, CARD_TEXT.quoteChars) * CARD_TEXT.quoteLine : lines(card.title, CARD_TEXT.titleChars) * CARD_TEXT.titleLine;
  return (
    CARD_TEXT.frame +
    title +
    block(lines(card.subtitle, CARD_TEXT.smallChars) * CARD_TEXT.smallLine) +
    block(card.attribution ? CARD_TEXT.smallLine : 0) +
    block((card.stats?.length ?? 0) * CARD_TEXT.statRow) +
    block(lines(card.body, CARD_TEXT.smallChars) * CARD_TEXT.smallLine)
  );
}

/**
 * How many card widths a card takes in the horizontal journey: two when its words would squeeze
 * its picture below two thirds of its height, or would not fit a lane at all. A wide card sets its
 * picture beside its text.
 */
export function cardSpan(card: CardContent): 1 | 2 {
  const text = estimateCardText(card);
  const room = card.hasArt ? TRAVEL_LANE_ROOM - (ART_SIZE.travel.height * 2) / 3 : TRAVEL_LANE_ROOM;
  return text > room ? 2 : 1;
}

/**
 * Width of a year section in the horizontal journey: its widest lane (or the room its numeral
 * needs), padded on both sides. `laneUnits` holds, for each visible lane, the card widths its visible milestones take.
 */
export function yearWidth(label: string, laneUnits: readonly number[]): number {
  const widest = Math.max(yearMinContent(label), ...laneUnits.map(laneWidth));
  return TRAVEL.yearPadding + widest + TRAVEL.yearPadding;
}

/** A year as the layout sees it: its label, its year number and the card widths each lane holds. */
export interface YearFootprint {
  year: number;
  label: string;
  laneUnits: readonly number[];
}

/** Years between two journey years, with no year zero between 1 BC and 1 AD. */
export function yearsBetween(from: number, to: number): number {
  return to - from - (from < 0 && to > 0 ? 1 : 0);
}

/** Whether two consecutive journey years are far enough apart to show a time-gap marker. */
export function hasTimeGap(from: number, to: number): boolean {
  return yearsBetween(from, to) > 1;
}

/**
 * The length of the whole horizontal journey in CSS pixels: intro, every year with its time-gap
 * markers, outro. Years without visible milestones take no room. This is the figure the page's
 * tagline shows; in the browser the same length is measured as the track's `scrollWidth`.
 */
export function travelLength(years: readonly YearFootprint[]): number {
  const visible = years.filter((year) => year.laneUnits.some((units) => units > 0));
  let length = TRAVEL.introWidth + TRAVEL.outroWidth;
  visible.forEach((year, index) => {
    length += yearWidth(year.label, year.laneUnits);
    const previous = visible[index - 1];
    if (previous && hasTimeGap(previous.year, year.year)) length += TRAVEL.timeGapWidth;
  });
  return length;
}

/** The layout constants as CSS custom properties, for a `style` attribute. */
export function layoutStyle(): string {
  return [
    `--card-width:${TRAVEL.cardWidth}px`,
    `--card-gap:${TRAVEL.cardGap}px`,
    `--year-padding:${TRAVEL.yearPadding}px`,
    `--year-min-content:${TRAVEL.yearMinContent}px`,
    `--year-min-content-long:${TRAVEL.yearMinContentLong}px`,
    `--intro-width:${TRAVEL.introWidth}px`,
    `--outro-width:${TRAVEL.outroWidth}px`,
    `--time-gap-width:${TRAVEL.timeGapWidth}px`,
    `--art-list-width:${ART_SIZE.list.width}px`,
    `--art-stacked-width:${ART_SIZE.stacked.width}px`,
    `--list-card-min-width:${LIST_CARD_MIN_WIDTH}px`,
  ].join(';');
}
