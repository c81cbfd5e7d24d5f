/**
 * The interface's own words: every word the pages, share cards and feed say that is not the
 * story's, by key, in English, each with what it is. `ui:` in `content/journey.yaml` gives any of
 * them in the journey's language (`lang:`); a word it leaves out is said as written here. The
 * content check reads this list (`src/model/schema/words.ts`), the pages say the words through
 * `src/model/words.ts`, and docs/editing.md lists them for editors.
 *
 * A word may have placeholders, a name in braces where the page writes a value ("Tour paused at
 * {year}"): a word given in `ui:` keeps them. A counted word has one text per plural form of the
 * language (`Intl.PluralRules`: zero, one, two, few, many, other), `other` always among them; the
 * page picks the form for the count. `{count}` is the number as the language writes it.
 */

/** The language of the words written here, and a journey's language when `lang:` is left out. */
export const DEFAULT_LANG = 'en';

/** The plural forms a counted word may have, as `Intl.PluralRules` names them. */
export const PLURAL_FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
export type PluralForm = (typeof PLURAL_FORMS)[number];

/** A counted word: a text per plural form, `other` for every count without a form of its own. */
export type CountedText = Partial<Record<PluralForm, string>> & { other: string };

/** A word as `ui:` may give it: one text, or (for a counted word) one text per plural form. */
export type UiText = string | CountedText;

interface UiWord {
  /** The word in English. */
  readonly en: string | CountedText;
  /** What it is and where the page says it: the editor's hover and docs/editing.md. */
  readonly about: string;
}

export const UI_WORDS = {
  // The journey page.
  skipToJourney: { en: 'Skip to the journey', about: 'The link a keyboard meets first on the journey page, past the bar to the years.' },
  today: { en: 'Today', about: "The end of the line over the journey's title, across from its first year (not read aloud)." },
  scrollCue: { en: 'Scroll to travel', about: 'The hint under the opening that scrolling moves the journey (not read aloud).' },
  follow: { en: 'Follow', about: "The track filter's heading in the bar." },
  bothTracks: { en: 'Both tracks', about: "The filter's choice that shows every track, in a journey of two tracks." },
  allTracks: { en: 'All tracks', about: "The filter's choice that shows every track, in a journey of three or four." },
  yearIndex: { en: 'Years', about: "The name screen readers give the index of years: the row in the bar, the list on the journey's embed." },
  tourPlay: { en: 'Play the tour', about: "The tour button's name while the tour stands still." },
  tourPause: { en: 'Pause the tour', about: "The tour button's name while the tour plays." },
  tourPlaying: { en: 'Tour playing', about: 'Said to screen readers when the tour starts.' },
  tourPaused: { en: 'Tour paused', about: 'Said to screen readers when the tour stops before any year.' },
  tourPausedAt: { en: 'Tour paused at {year}', about: 'Said to screen readers when the tour stops; {year} is the year in view.' },
  tourFinished: { en: 'Tour finished', about: 'Said to screen readers when the tour reaches the end.' },
  searchLabel: { en: 'Search the journey', about: "The search field's name in the bar, read by screen readers, and the name of its results." },
  searchPlaceholder: { en: 'Search', about: 'The word shown in the empty search field (press / to reach it).' },
  searchFound: {
    en: { one: '{count} milestone found', other: '{count} milestones found' },
    about: 'Over the search results, and said to screen readers as they change; {count} is how many match.',
  },
  searchFirst: { en: 'The first {shown} are shown: add a word to narrow the search.', about: 'Under the results when more match than the list shows; {shown} is how many it shows.' },
  searchNothing: { en: 'No milestone matches ‘{query}’.', about: 'Shown and said when nothing matches; {query} is what was typed.' },
  searchFailed: { en: 'Search is not available just now: the years in the bar still lead everywhere.', about: "Shown and said when the search's files could not be loaded." },
  yearsLater: {
    en: { one: 'a year later', other: '{count} years later' },
    about: 'The marker between two years far apart; {count} is the years between, "66 million" in deep time.',
  },
  bc: { en: '{year} BC', about: 'A year before the common era, in headings, dates and the year index; {year} is its number.' },
  // A milestone's card and its share link.
  share: { en: 'Share', about: "The share link's word on every card." },
  shareWhich: { en: '‘{title}’', about: 'Read after the share link\'s word by screen readers: which milestone it shares.' },
  linkCopied: { en: 'Link to ‘{title}’ copied', about: "Said to screen readers when a milestone's address was copied." },
  linkShared: { en: 'Link to ‘{title}’ shared', about: "Said to screen readers when a milestone's address was shared." },
  linkNotCopied: { en: 'Could not copy the link to ‘{title}’: {address}', about: 'Said to screen readers when copying failed; {address} is the address to copy by hand.' },
  copied: { en: 'Copied', about: 'Shown for a moment on a share link, and said, once an address or embed code is copied.' },
  notCopied: { en: 'Not copied', about: 'Shown for a moment on a share link when copying failed.' },
  // Embedding a year.
  embedThisYear: { en: 'Embed this year', about: "The button by each year's numeral that opens its embed code." },
  embedShow: { en: 'Show', about: 'The heading over the choice of what the embed code shows: the year, one of its tracks, or one milestone.' },
  embedCode: { en: 'Embed code for {year}', about: 'The name of the box holding the embed code of a year.' },
  embedCodeTrack: { en: 'Embed code for {year}, {track}', about: 'The same, for the embed code of one track; {track} is its short name.' },
  embedOneMilestone: { en: 'One milestone', about: "The choice beside the tracks that gives one of the year's milestones' embed code instead of the year's." },
  embedMilestone: { en: 'Milestone', about: 'The name of the list of the year\'s milestones to embed one of.' },
  embedMilestoneChoice: { en: '{date} · {title}', about: 'A milestone in that list: its date as its card writes it, and its title.' },
  embedCodeMilestone: { en: 'Embed code for ‘{title}’', about: 'The name of the box holding the embed code of one milestone.' },
  copy: { en: 'Copy', about: 'The button that copies the embed code.' },
  selectToCopy: { en: 'Selected: press Ctrl+C (⌘C on a Mac) to copy', about: 'Said when the browser cannot copy: the code is selected instead.' },
  embedHint: {
    en: "Paste it into any page: it sizes itself to fit. Blogs that understand oEmbed take the year's address {address}, or a milestone's own address (what its Share link copies).",
    about: 'The line under the embed code; {address} is the year\'s embed address, as a link.',
  },
  embedPageTitle: { en: '{siteName}: {year}', about: "An embedded year's title: its frame's, its page's and its oEmbed title." },
  embedPageTitleTrack: { en: '{siteName}: {year}, {track}', about: 'The same, for an embed of one track; {track} is its short name.' },
  embedDescription: { en: '{year} on {siteName}: {milestones}.', about: "An embed page's and a year's own page's description; {milestones} is its count of milestones." },
  yearOnSite: { en: '{year} on {siteName}', about: "What an embedded year's share card shows, for those who cannot see it." },
  seeWholeJourney: { en: 'See the whole journey', about: 'The link from an embedded year to its place on the journey.' },
  readOnJourney: { en: 'Read it on the journey', about: "An embedded year's brief card (too many words for its strip): the link to its whole text on the journey." },
  stripEarlier: { en: 'Earlier milestones', about: "The button that moves an embedded year's strip back." },
  stripLater: { en: 'Later milestones', about: "The button that moves an embedded year's strip on." },
  noMilestonesOnTrack: { en: 'No milestones on the {track} track in {year}.', about: 'Said by an embed following one track when the year has none on it.' },
  // Counting, for share cards, descriptions and search engines.
  milestoneCount: {
    en: { one: '{count} milestone', other: '{count} milestones' },
    about: "A number of milestones: on a year's share card and in descriptions.",
  },
  trackCount: { en: { one: '{count} track', other: '{count} tracks' }, about: "A number of tracks, on the journey's share card." },
  journeyCount: { en: '{milestones} on {tracks}', about: "The line under the dates on the journey's share card." },
  yearMilestones: { en: '{year}: {milestones}', about: 'A year as search engines read it: its label and its count of milestones.' },
  yearsOfJourney: { en: 'The years of {siteName}', about: "The journey's list of years as search engines read it." },
  feedTitle: { en: '{siteName}: new milestones', about: "The name browsers and feed readers give the journey's feed." },
  shortName: { en: 'Journey', about: 'The name under the icon on a home screen, when the site name is longer than 12 characters.' },
  // The growth charts on the closing screen.
  growthFigures: { en: 'The figures of {chart}', about: "The button under a growth chart that opens its table; {chart} is the chart's name." },
  growthTableCaption: { en: '{chart}, milestone by milestone', about: "A chart table's caption, read by screen readers." },
  growthTableSome: {
    en: '{chart}: {shown} of its {count} figures, the first and the latest of each stretch of time',
    about: "The same, for a chart of many figures, which draws only some so the closing screen stays light.",
  },
  growthDate: { en: 'Date', about: "The date column's heading in a chart's table." },
  growthFigure: { en: 'Figure', about: "The figure column's heading in a chart's table." },
  growthMilestone: { en: 'Milestone', about: "The milestone column's heading in a chart's table." },
  growthCaption: { en: '{chart}: {first} to {last}', about: "What a chart shows, over it: its first figure and its last." },
  growthCaptionOne: { en: '{chart}: {first}', about: 'The same, for a chart of one figure.' },
  growthFigureOn: { en: '{figure} ({date})', about: 'A figure and its date, in the line over a chart.' },
  growthPoint: { en: '{figure} {label}, {date}: {title}', about: "A chart point's name: the figure, what it counts, its date and milestone." },
  // A milestone's own page, the address people share.
  milestoneSummary: { en: '{date} · {track}.', about: "A milestone in one line, before its sub-line: its page's description, its feed item, the shared text." },
  milestonePageTitle: { en: '{title} – {siteName}', about: "A milestone page's title, in browser tabs and link previews." },
  milestoneCardAlt: { en: '{title}: {date}, {track}', about: "What a milestone's share card shows, for those who cannot see it." },
  seeOnJourney: { en: 'See ‘{title}’ on the journey', about: "The link from a milestone's page to its place on the journey." },
  // A year's own page, readable without a script.
  yearPageTitle: { en: '{year} – {siteName}', about: "A year's own page's title, in browser tabs and link previews." },
  skipToYear: { en: 'Skip to the year', about: "That page's skip link, past the year index." },
  heldYearLink: {
    en: { one: '{count} more milestone in {year}', other: '{count} more milestones in {year}' },
    about: "On the journey, beside a year whose cards are still to arrive: the link to the year's own page, which shows them all (what stays when they cannot arrive).",
  },
  seeYearOnJourney: { en: 'See {year} on the journey', about: "Its link to the year's place on the journey." },
  yearsAround: { en: 'The years before and after', about: 'The name screen readers give its links to the year before and the year after.' },
  earlierYear: { en: 'Earlier: {year}', about: 'Its link to the year before.' },
  laterYear: { en: 'Later: {year}', about: 'Its link to the year after.' },
  // The page of the whole story in words.
  storyPageTitle: { en: '{siteName}: the whole story in words', about: "The title of the page that holds every milestone's words in reading order, for printing and finding." },
  storyPageLink: { en: 'The whole story in words, for reading, finding and printing', about: 'The link to that page, on the journey printed or read without a script.' },
  skipToStory: { en: 'Skip to the story', about: "That page's skip link." },
  // The page for an address the site does not have.
  lostTitle: { en: 'Not on the journey — {siteName}', about: 'The title of the page for an address the site does not have.' },
  lostDescription: {
    en: 'This address is not part of {siteName}. Go back to the journey, or jump to one of its years.',
    about: "That page's description.",
  },
  skipToWayBack: { en: 'Skip to the way back', about: "That page's skip link." },
  lostHeading: { en: 'This moment is not on the journey', about: "That page's heading." },
  lostText: { en: 'The address you followed leads nowhere in {siteName}.', about: 'The line under it.' },
  lostYears: { en: 'The journey itself is still there, from {first} to {last}.', about: "The words after it: the journey's first and last year." },
  backToStart: { en: 'Back to the start of the journey', about: 'Its link to the journey.' },
  jumpToYear: { en: 'Or jump to a year', about: 'The heading over its links to every year.' },
  // A post of the site's blog.
  postTitle: { en: '{title} — {siteName}', about: "A blog post's title, in browser tabs and link previews." },
  skipToPost: { en: 'Skip to the post', about: "A blog post's skip link." },
} as const satisfies Record<string, UiWord>;

export type UiKey = keyof typeof UI_WORDS;

/** The words counted by a number: their English has a text per plural form. */
export type CountedKey = { [K in UiKey]: (typeof UI_WORDS)[K]['en'] extends string ? never : K }[UiKey];
export type PlainKey = Exclude<UiKey, CountedKey>;

type Holes<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Holes<Rest> : never;
type Texts<T> = T extends string ? T : T[keyof T] & string;

/** The placeholders of a word, as its English writes them (`count` is filled by the page for a counted word). */
export type PlaceholderOf<K extends UiKey> = Holes<Texts<(typeof UI_WORDS)[K]['en']>>;

export const UI_KEYS = Object.keys(UI_WORDS) as UiKey[];

export function isCounted(key: UiKey): boolean {
  return typeof UI_WORDS[key].en !== 'string';
}

/** The text of a word for `count`: its plural form in the language `plural` selects, or `other`. */
export function formFor(text: UiText, count: number, plural: Intl.PluralRules): string {
  return typeof text === 'string' ? text : (text[plural.select(count)] ?? text.other);
}

/** Every text of a word: the one, or one per plural form. */
export function textsOf(text: UiText): string[] {
  return typeof text === 'string' ? [text] : Object.values(text).filter((value): value is string => typeof value === 'string');
}
