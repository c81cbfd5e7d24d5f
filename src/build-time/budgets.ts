/**
 * Byte budgets per page, gzip-compressed, 1 kB = 1,000 bytes. The JavaScript and CSS figures are the
 * brief's quality bars; the brief sets no HTML budget, so the HTML figures are the project's own,
 * sized so the whole no-JS story arrives in the first round trips of a slow mobile connection.
 * The budget tests (tests/e2e/budgets.spec.ts) and `npm run bench` both read them from here.
 */

export const KILOBYTE = 1000;

/** The kinds of page the site publishes, each with its own budget. */
export type PageKind = 'journey' | 'embed' | 'post';

export interface PageBudget {
  /** JavaScript the page loads, inline scripts included. */
  js: number;
  /** CSS the page loads, inline styles included. */
  css: number;
  /** The HTML documents the page loads (frames included). */
  html: number;
}

export const BUDGETS: Readonly<Record<PageKind, Readonly<PageBudget>>> = {
  /** GSAP with ScrollTrigger is about 46 kB of the 60. */
  journey: { js: 60 * KILOBYTE, css: 20 * KILOBYTE, html: 30 * KILOBYTE },
  /** One year, sized to its content inside someone else's page. */
  embed: { js: 15 * KILOBYTE, css: 20 * KILOBYTE, html: 15 * KILOBYTE },
  /** A blog post showing one year: the embed's budget for code, a post's worth of HTML. */
  post: { js: 15 * KILOBYTE, css: 20 * KILOBYTE, html: 25 * KILOBYTE },
};

/**
 * The journey page's first document holds its first milestones and every later year as a held
 * place (`src/build-time/journey/first-document.ts`): at most this many elements as served, before
 * any script runs or any year arrives. Its bytes are the journey's `html` budget.
 */
export const FIRST_DOCUMENT_ELEMENTS = 2500;

export const PAGE_KIND_NAMES: Readonly<Record<PageKind, string>> = {
  journey: 'journey page',
  embed: 'embed page',
  post: 'blog post',
};

export type BudgetedType = keyof PageBudget;

export interface BudgetCheck {
  type: BudgetedType;
  actual: number;
  budget: number;
  within: boolean;
}

/** Each budgeted type of a page against its budget, in a fixed order (JS, CSS, HTML). */
export function checkBudgets(kind: PageKind, gzipBytes: Readonly<Record<BudgetedType, number>>): BudgetCheck[] {
  const budget = BUDGETS[kind];
  return (['js', 'css', 'html'] as const).map((type) => ({
    type,
    actual: gzipBytes[type],
    budget: budget[type],
    within: gzipBytes[type] <= budget[type],
  }));
}

/** The kind of page at a site path (without the base): "/" is the journey, "/embed/2022/" and "/embed/2022/list/" embeds. */
export function pageKindOf(path: string): PageKind | undefined {
  const clean = `/${path.replace(/^\/+/, '')}`;
  if (clean === '/' || clean === '/index.html') return 'journey';
  if (/^\/embed\/[^/]+\/?(list\/?)?(index\.html)?$/.test(clean)) return 'embed';
  if (/^\/blog\/[^/]+\/?(index\.html)?$/.test(clean)) return 'post';
  return undefined;
}

/**
 * Read down a phone's screen (390×844), at most this many milestones are laid out when the journey
 * opens, however many it holds: the rest wait, held at their estimated heights, until they near
 * the view (`readingHoldRules` in src/layout/css.ts). Two are, on the first screen of this journey.
 */
export const FIRST_SCREEN_MILESTONES = 4;

/**
 * The journey's search, outside the page's own budget: what its first use fetches before any
 * result, gzip as served (Pagefind's `.pagefind` and `.pf_*` files are already compressed): its
 * panel's script, Pagefind's script and worker, its WebAssembly for the journey's language, and the
 * index's entry and metadata. The index's word chunks and the results' fragments then come a few
 * hundred bytes at a time, as a query needs them. tests/dist/search-index.test.ts checks it.
 */
export const SEARCH_BUDGET = 100 * KILOBYTE;
