/**
 * A card's size, estimated at build time from its words, for the two places that need it before a
 * browser can measure: the horizontal journey (is a card one card wide, or two?) and the compact
 * year of an embed (how tall is the iframe before the host script sizes it?). One model of a card:
 * its text is set in blocks (title, sub-line, attribution, figures, body, links), each a number of
 * lines of a typeface at the width the card gives its text; only those settings differ by layout.
 */
import { ART_ASPECT, ART_SIZE, MILESTONE_EMBED, STRIP, isLongLabel } from './dimensions.ts';

/** What a card's size depends on: its words, its figures, its links and whether it has a picture. */
export interface CardContent {
  title: string;
  subtitle?: string | undefined;
  attribution?: string | undefined;
  /** How many figures it shows large. */
  stats?: number;
  /** How many links it lists under its text. */
  links?: number;
  /** The body as plain words. */
  body?: string;
  /** A quote is set large, in the serif. */
  quote?: boolean;
  hasArt: boolean;
}

/** One kind of line: its height and how many characters of a wide face fit in it. */
interface LineSetting {
  line: number;
  chars: number;
}

/** How a card's text sets at one width, measured on a wide system face (DejaVu Sans). */
interface TextSetting {
  /** Padding, the date line and the gap under it, the border. */
  frame: number;
  /** Between two blocks of text. */
  gap: number;
  title: LineSetting;
  quote: LineSetting;
  /** Sub-line, attribution and body. */
  small: LineSetting;
  /** Figures: a row's height, how many stand in a row, the gap between rows. */
  stats: { row: number; perRow: number; rowGap: number };
  /** One link. */
  link: number;
}

/**
 * The horizontal journey's card (`TRAVEL.cardWidth` wide): a deliberately generous estimate, with
 * few characters a line and a row per figure, so a card is drawn wide before its text is cut.
 */
const TRAVEL_TEXT: TextSetting = {
  frame: 66,
  gap: 8,
  title: { line: 22.5, chars: 22 },
  quote: { line: 29, chars: 20 },
  small: { line: 21, chars: 30 },
  stats: { row: 57, perRow: 1, rowGap: 0 },
  link: 21,
};

/**
 * A card of the compact year at the embed's reference width (`EMBED_REFERENCE_WIDTH`): a best guess
 * of its real height. Only how many characters fit a line differs between a card with its picture
 * beside its text and one without a picture.
 */
function compactText(chars: { title: number; small: number }): TextSetting {
  const title = { line: 23, chars: chars.title };
  return {
    frame: 68,
    gap: 8,
    title,
    quote: title,
    small: { line: 21, chars: chars.small },
    stats: { row: 56, perRow: 4, rowGap: 12 },
    link: 21,
  };
}

const COMPACT_TEXT = {
  besideArt: compactText({ title: 38, small: 52 }),
  fullWidth: compactText({ title: 58, small: 80 }),
};

/**
 * A card read down a phone's screen (the reference phone, 390 px): its picture above its text at
 * the card's full width, fewer characters a line.
 */
const STACKED = {
  text: compactText({ title: 30, small: 42 }),
  /** The picture at the card's width (390 px less the page's gutters and the card's border). */
  art: artHeightFor(390 - 2 * 16 - 2),
} as const;

/** The compact year around its cards: the embed's bar, the year's padding, the numeral, lane labels and gaps. */
const COMPACT_YEAR = {
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
  artCard: ART_SIZE.list.height + 32 + 2,
} as const;

/**
 * The height a card may take in a lane of the horizontal journey at the reference viewport, with
 * two lanes. A card's picture gives way before its text is cut; `travelSpan` makes a card wide
 * before that.
 */
export const TRAVEL_LANE_ROOM = 316;

/**
 * How far a travel card's picture may give way to its words, as a share of its full height: the
 * build plans a card wide when its words would squeeze the picture below `planned`; where a lane is
 * shorter than planned for (a short window), the page widens a card whose picture would fall below
 * `fitted` (`src/browser/journey/card-fit.ts`).
 */
export const ART_MIN_SHARE = { planned: 2 / 3, fitted: 1 / 2 } as const;

/** The height of a picture `width` pixels wide at the art's aspect ratio. */
export function artHeightFor(width: number): number {
  return (width * ART_ASPECT.height) / ART_ASPECT.width;
}

const lines = (text: string | undefined, setting: LineSetting) => (text ? Math.ceil(text.length / setting.chars) : 0);

/** The height of a card's text in a setting: the frame, the title, then each other block with a gap before it. */
function textHeight(card: CardContent, setting: TextSetting): number {
  const title = card.quote ? setting.quote : setting.title;
  const statRows = Math.ceil((card.stats ?? 0) / setting.stats.perRow);
  const blocks = [
    lines(card.subtitle, setting.small) * setting.small.line,
    lines(card.attribution, setting.small) * setting.small.line,
    statRows > 0 ? statRows * setting.stats.row + (statRows - 1) * setting.stats.rowGap : 0,
    lines(card.body, setting.small) * setting.small.line,
    (card.links ?? 0) * setting.link,
  ].filter((height) => height > 0);
  return setting.frame + lines(card.title, title) * title.line + blocks.reduce((sum, height) => sum + setting.gap + height, 0);
}

/** The estimated height of a travel card's text, in CSS pixels. */
export function travelTextHeight(card: CardContent): number {
  return textHeight(card, TRAVEL_TEXT);
}

/**
 * How many card widths a card takes in the horizontal journey: two when its words would squeeze
 * its picture below `ART_MIN_SHARE.planned` of its height, or would not fit a lane at all. A wide
 * card sets its picture beside its text.
 */
export function travelSpan(card: CardContent): 1 | 2 {
  const art = card.hasArt ? artHeightFor(ART_SIZE.travel.width) * ART_MIN_SHARE.planned : 0;
  return travelTextHeight(card) > TRAVEL_LANE_ROOM - art ? 2 : 1;
}

/** The estimated height of a card in the compact year at the embed's reference width. */
export function compactHeight(card: CardContent): number {
  const text = textHeight(card, card.hasArt ? COMPACT_TEXT.besideArt : COMPACT_TEXT.fullWidth);
  return Math.max(text, card.hasArt ? COMPACT_YEAR.artCard : 0);
}

/** The estimated height of a card read down a phone's screen, its picture above its words. */
export function stackedHeight(card: CardContent): number {
  return textHeight(card, STACKED.text) + (card.hasArt ? STACKED.art : 0);
}

/** A card's, or a year's lanes', estimated height read down the page: pictures above the words, or beside them. */
export interface ReadingHeight {
  stacked: number;
  beside: number;
}

/** A year's lanes read down a narrow screen: a lane's label, the gaps between cards and between lanes. */
const READING_LANES = {
  laneLabel: 30,
  laneGap: 32,
  cardGap: 16,
} as const;

/**
 * How tall a run of cards in one lane is read down the page, with the gaps between them: the room a
 * year held back from the journey page's first document keeps for the cards still to arrive.
 */
export function laneRunHeight(cards: readonly ReadingHeight[]): ReadingHeight {
  const total = (pick: (card: ReadingHeight) => number) =>
    cards.reduce((height, card) => height + pick(card), 0) + Math.max(0, cards.length - 1) * READING_LANES.cardGap;
  return { stacked: Math.ceil(total((card) => card.stacked)), beside: Math.ceil(total((card) => card.beside)) };
}

/**
 * How tall a year's lanes are read down a screen too narrow to set them side by side, one lane
 * under the other, their cards' pictures above their words (`stacked`) or beside them (`beside`).
 * `lanes` holds each lane's cards' estimated heights both ways.
 */
export function verticalLanesHeight(lanes: readonly ReadingHeight[][]): ReadingHeight {
  const shown = lanes.filter((cards) => cards.length > 0);
  const total = (pick: (card: ReadingHeight) => number) =>
    shown.reduce(
      (sum, cards, index) =>
        sum +
        (index > 0 ? READING_LANES.laneGap : 0) +
        READING_LANES.laneLabel +
        cards.reduce((height, card) => height + pick(card), 0) +
        (cards.length - 1) * READING_LANES.cardGap,
      0,
    );
  return { stacked: Math.ceil(total((card) => card.stacked)), beside: Math.ceil(total((card) => card.beside)) };
}

/**
 * The estimated height of a compact year at the reference width, in whole pixels: its chrome and
 * numeral, then each visible lane's label and its cards' heights (`lanes`, in lane order).
 */
export function compactYearHeight(label: string, lanes: readonly (readonly number[])[]): number {
  let height = COMPACT_YEAR.chrome + (isLongLabel(label) ? COMPACT_YEAR.headLong : COMPACT_YEAR.head);
  lanes
    .filter((cards) => cards.length > 0)
    .forEach((cards, index) => {
      if (index > 0) height += COMPACT_YEAR.laneGap;
      height += COMPACT_YEAR.laneLabel + (cards.length - 1) * COMPACT_YEAR.cardGap;
      for (const card of cards) height += card;
    });
  return Math.ceil(height);
}

/**
 * A card in the strip of an embedded year (`YearStrip.astro`), or embedded alone (`room`
 * `MILESTONE_EMBED.cardRoom`), at most `STRIP.cardWidth` wide: its whole text when the travel
 * card's generous estimate of it, with its picture, fits `room`;
 * otherwise `brief`, its date, title and picture with a link to its whole text on the journey. The
 * rule is the build's, from the card's words, so the strip is never taller than its room and no text
 * is ever cut.
 */
export interface StripCard {
  brief: boolean;
  /** Its estimated height in the strip, picture included. */
  height: number;
}

export function stripCard(card: CardContent, room: number = STRIP.cardRoom): StripCard {
  const art = card.hasArt ? artHeightFor(STRIP.cardWidth) : 0;
  const whole = travelTextHeight(card) + art;
  if (whole <= room) return { brief: false, height: whole };
  const title = card.quote ? TRAVEL_TEXT.quote : TRAVEL_TEXT.title;
  return { brief: true, height: TRAVEL_TEXT.frame + lines(card.title, title) * title.line + TRAVEL_TEXT.gap + TRAVEL_TEXT.link + art };
}

/**
 * The estimated height of an embedded year's strip, in whole pixels: its chrome (the embed's bar,
 * the year's heading row, the row's padding, track labels and scroll bar) and its tallest card
 * (`cards`: the estimated heights of the cards shown). A year with no card shown keeps room for
 * its notice.
 */
export function stripYearHeight(cards: readonly number[]): number {
  return Math.ceil(STRIP.chrome + Math.max(STRIP.emptyRoom, ...cards));
}

/**
 * The journey's own embed (`/embed/journey/`) at the reference width: the embed's bar and padding,
 * the title and sub-line in lines of their type, the line with the years and count, and the year
 * index in rows of `perRow` links. Measured in Chromium.
 */
const OPENING = {
  chrome: 61 + 24 + 24,
  title: { line: 40, chars: 30 },
  subtitle: { line: 24, chars: 72 },
  span: 21,
  gap: 12,
  index: { row: 42, perRow: 6, rowGap: 8, top: 8 },
} as const;

/**
 * The estimated height of the journey's own embed at the reference width, in whole pixels; `places`
 * is how many places its year index takes (a long label such as "66,000,000 BC" takes two).
 */
export function openingHeight(title: string, subtitle: string, places: number): number {
  const rows = Math.ceil(places / OPENING.index.perRow);
  return Math.ceil(
    OPENING.chrome +
      lines(title, OPENING.title) * OPENING.title.line +
      OPENING.gap +
      lines(subtitle, OPENING.subtitle) * OPENING.subtitle.line +
      OPENING.gap +
      OPENING.span +
      OPENING.gap +
      OPENING.index.top +
      rows * OPENING.index.row +
      (rows - 1) * OPENING.index.rowGap,
  );
}

/** The estimated height of a milestone embedded alone, in whole pixels, from its card's (`stripCard` with `MILESTONE_EMBED.cardRoom`). */
export function milestoneEmbedHeight(card: StripCard): number {
  return Math.ceil(MILESTONE_EMBED.chrome + card.height);
}
