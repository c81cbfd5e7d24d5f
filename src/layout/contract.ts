/**
 * The contract between the journey's HTML, its CSS and its scripts, written once: where the
 * horizontal travel runs, the attributes scripts find their elements by, and the state the
 * scripts put on the page for the CSS to style. Components set these attributes from here;
 * scripts query them from here; no script finds an element by a styling class.
 */

/** Where the pinned horizontal travel runs: wide enough, tall enough, and motion is welcome. */
export const TRAVEL_MEDIA =
  '(min-width: 960px) and (min-height: 600px) and (prefers-reduced-motion: no-preference)';

/** The attributes scripts find the journey's parts by. */
export const HOOKS = {
  /** The pinned box the track moves inside. */
  viewport: 'data-journey-viewport',
  /** The horizontal track: intro, years, outro. */
  track: 'data-journey-track',
  /** The bar with the track filter and the year navigator; keys pressed inside it are the controls'. */
  bar: 'data-journey-bar',
  /** The year navigator, its links (valued with a year's key) and its progress line. */
  navigator: 'data-journey-navigator',
  yearLink: 'data-journey-year-link',
  progress: 'data-journey-progress',
  /** The tour's control (shown only where the travel runs), its play/pause button and its spoken status. */
  tour: 'data-journey-tour',
  tourToggle: 'data-journey-tour-toggle',
  tourStatus: 'data-journey-tour-status',
  /**
   * The search form in the bar, valued with its index's address (`SEARCH_INDEX` under the base);
   * its field, its results (a list of links), the line over them and its spoken status.
   */
  search: 'data-journey-search',
  searchField: 'data-journey-search-field',
  searchPanel: 'data-journey-search-panel',
  searchSummary: 'data-journey-search-summary',
  searchResults: 'data-journey-search-results',
  searchStatus: 'data-journey-search-status',
  /** Where the journey's measured length in pixels is written. */
  length: 'data-journey-length',
  /** A year's section, valued with the year's key; `era` names its scenery era. */
  year: 'data-journey-year',
  /**
   * A year of the journey page whose milestones are not all in its first document, valued with the
   * address of the fragment its lanes arrive from; in it, each part the fragment brings is marked
   * `arrives`, valued with its name (`lanes`, `tools`), in the page and in the fragment alike.
   */
  held: 'data-journey-held',
  arrives: 'data-journey-arrives',
  era: 'data-journey-era',
  /** A milestone's card, the frame holding its text and picture, and its picture's frame. */
  milestone: 'data-journey-milestone',
  milestoneFrame: 'data-journey-milestone-frame',
  artFrame: 'data-journey-art-frame',
  /** A milestone's picture that may wait to load until the travel nears it. */
  picture: 'data-journey-picture',
  /** A layer that lags behind the travel by its value (0 moves with the track, 1 stays put). */
  depth: 'data-journey-depth',
  /** On a depth layer: it rests until its year reaches the viewport's edge, and never leaves its year. */
  depthWithinYear: 'data-journey-depth-within-year',
  /** The scenery's strips behind the track. */
  scenery: 'data-journey-scenery',
  /** A milestone's width in card widths in the horizontal journey, when it is more than one. */
  span: 'data-journey-span',
  /** A milestone's share link (to its own page), the words it shows, and the live region that says what sharing did. */
  share: 'data-journey-share',
  shareLabel: 'data-journey-share-label',
  shareStatus: 'data-journey-share-status',
  /** An embedded year's strip: its row of cards (the scroll box), one item each, its previous/next buttons (valued -1 and 1). */
  strip: 'data-journey-strip',
  stripItem: 'data-journey-strip-item',
  stripStep: 'data-journey-strip-step',
  /**
   * The interface's words a script says, on the element it enhances: a JSON object of words by key
   * (`src/model/ui-words.ts`), in the journey's language, their placeholders unfilled.
   */
  words: 'data-journey-words',
} as const;

export type Hook = keyof typeof HOOKS;

/** `[data-journey-track]`, or `[data-journey-year="2022"]` with a value. */
export function hook(name: Hook, value?: string): string {
  return value === undefined ? `[${HOOKS[name]}]` : `[${HOOKS[name]}="${value}"]`;
}

/** A hook as an attribute for a component to spread: `<div {...hookAttribute('track')}>`. */
export function hookAttribute(name: Hook, value: string | number = ''): Record<string, string> {
  return { [HOOKS[name]]: String(value) };
}

/**
 * The state the scripts give the page, styled by the CSS (`src/styles/travel.css`, `journey.css`).
 * `travel` is on the root wherever TRAVEL_MEDIA matches (the pre-paint script keeps it there);
 * `pinned` once the travel script is in charge; a milestone is `pending` a screen before it
 * arrives, then `arrived`; the tour's control is `touring` while the tour plays.
 */
export const STATE = {
  travel: 'travel',
  pinned: 'travel-pinned',
  pending: 'is-pending',
  arrived: 'is-arrived',
  touring: 'is-touring',
} as const;
