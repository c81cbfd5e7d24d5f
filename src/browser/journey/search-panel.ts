/**
 * The journey's search, fetched on first use (`search.ts`): Pagefind's script from the site's own
 * index (`data-journey-search` names its address) finds the milestones a query's words match, and
 * the panel lists them as links to their places on the journey, each with its date, track and the
 * matched words marked. Following one travels there as any link to `#<milestone>` does
 * (`deep-links.ts`) and puts the focus on the milestone's title.
 *
 * Keys: ↓ from the field goes to the results, ↑ and ↓ move among them (↑ from the first back to the
 * field), Enter in the field follows the first, Escape closes the list (and in the field, with the
 * list closed, clears it). A polite status line says how many milestones match.
 */
import { HOOKS, hook } from '../../layout/contract.ts';
import { countedWord, fill, wordsOf } from '../words.ts';
import { arrivedTarget, reveal } from './deep-links.ts';
import { SEARCH_WORDS } from './search-words.ts';

/** The most results the list shows at once. */
const SHOWN = 10;
/** How long typing pauses before a search runs, in milliseconds. */
const TYPING_PAUSE = 120;
/** Words of context around the matched words in a result's excerpt. */
const EXCERPT_WORDS = 22;

/** The part of Pagefind's browser API (`pagefind.js`) the search uses. */
interface Pagefind {
  options(options: { basePath?: string; excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(query: string, options?: object, wait?: number): Promise<{ results: PagefindResult[] } | null>;
}
interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string | undefined> }>;
}

interface Found {
  url: string;
  title: string;
  date: string;
  track: string;
  excerpt: string;
}

/** The milestone a result's address names: "/journey/#2022-03-17-…" → "2022-03-17-…". */
function anchorOf(url: string): string {
  const at = url.indexOf('#');
  return at < 0 ? '' : decodeURIComponent(url.slice(at + 1));
}

/**
 * An excerpt as Pagefind writes it (text, its matched words in `<mark>`) as nodes: the text stays
 * text and only the marks become elements, so nothing in a milestone's words is read as markup.
 */
function excerptNodes(excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<body>${excerpt}</body>`, 'text/html').body;
  return [...parsed.childNodes].map((node) => {
    if (node instanceof HTMLElement && node.localName === 'mark') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

/** Letters and digits alone, in lower case: how a title and an excerpt's start are compared. */
const bare = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** The nodes from character `at` of their text on (a text node cut where `at` falls inside it). */
function nodesFrom(nodes: Node[], at: number): Node[] {
  const kept: Node[] = [];
  let seen = 0;
  for (const node of nodes) {
    const text = node.textContent ?? '';
    if (seen + text.length <= at) {
      seen += text.length;
      continue;
    }
    if (seen >= at) kept.push(node);
    else kept.push(document.createTextNode(text.slice(at - seen)));
    seen += text.length;
  }
  return kept;
}

/** Where the excerpt's text goes on past the title it starts with (its words' letters and digits), or 0. */
function pastTitle(text: string, title: string): number {
  const wanted = bare(title);
  if (!wanted || !bare(text).startsWith(wanted)) return 0;
  let matched = 0;
  let at = 0;
  while (at < text.length && matched < wanted.length) {
    if (/[\p{L}\p{N}]/u.test(text[at]!)) matched += text[at]!.toLowerCase().length;
    at++;
  }
  // The punctuation and space that ended the title go with it.
  while (at < text.length && !/[\p{L}\p{N}]/u.test(text[at]!)) at++;
  return at;
}

/** The title as text, each of its words the excerpt marked marked too. */
function markedTitle(title: string, marked: ReadonlySet<string>): Node[] {
  return title.split(/([\p{L}\p{N}]+)/u).filter(Boolean).map((part) => {
    if (!marked.has(part.toLowerCase())) return document.createTextNode(part);
    const mark = document.createElement('mark');
    mark.textContent = part;
    return mark;
  });
}

function resultItem(found: Found): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = found.url;
  const nodes = excerptNodes(found.excerpt);
  const marked = new Set(nodes.filter((node) => node instanceof HTMLElement).map((node) => (node.textContent ?? '').toLowerCase()));
  const title = document.createElement('span');
  title.className = 'search__title';
  title.append(...markedTitle(found.title, marked));
  const meta = document.createElement('span');
  meta.className = 'search__meta';
  meta.textContent = `${found.date} · ${found.track}`;
  link.append(title, meta);
  // The record's words start with its title, which the result already shows: the excerpt is the rest.
  const rest = nodesFrom(nodes, pastTitle(nodes.map((node) => node.textContent).join(''), found.title));
  if (bare(rest.map((node) => node.textContent).join(''))) {
    const excerpt = document.createElement('span');
    excerpt.className = 'search__excerpt';
    excerpt.append(...rest);
    link.append(excerpt);
  }
  item.append(link);
  return item;
}

/** Puts the focus on a milestone's title link, where the journey shows it, once its year has arrived (the travel is there by then). */
async function focusMilestone(anchor: string): Promise<void> {
  await arrivedTarget();
  const milestone = document.getElementById(anchor);
  milestone?.querySelector<HTMLElement>('h1 a, h2 a, h3 a, h4 a, h5 a')?.focus({ preventScroll: true });
}

/** Travels to a milestone as a link to it does, and focuses it; to the one already named in the address, again. */
function travelTo(anchor: string): void {
  const hash = `#${encodeURIComponent(anchor)}`;
  if (location.hash === hash) {
    void arrivedTarget().then((target) => {
      if (target) reveal(target);
      void focusMilestone(anchor);
    });
    return;
  }
  // `deep-links.ts` lands the new address first (its listener was added before this one).
  window.addEventListener('hashchange', () => void focusMilestone(anchor), { once: true });
  location.hash = hash;
}

export async function startSearchPanel(form: HTMLFormElement, field: HTMLInputElement): Promise<void> {
  const panel = form.querySelector<HTMLElement>(hook('searchPanel'))!;
  const summary = form.querySelector<HTMLElement>(hook('searchSummary'))!;
  const list = form.querySelector<HTMLOListElement>(hook('searchResults'))!;
  const status = form.querySelector<HTMLElement>(hook('searchStatus'))!;
  const words = wordsOf(form, SEARCH_WORDS);
  const found = countedWord(form, 'searchFound');
  const indexUrl = form.getAttribute(HOOKS.search) ?? '';

  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a')];
  const open = () => {
    panel.hidden = false;
  };
  const close = () => {
    panel.hidden = true;
  };
  const say = (line: string) => {
    summary.textContent = line;
    status.textContent = line;
  };

  let pagefind: Promise<Pagefind> | null = null;
  const load = () => {
    pagefind ??= (async () => {
      const module = (await import(/* @vite-ignore */ `${indexUrl}pagefind.js`)) as Pagefind;
      await module.options({ basePath: indexUrl, excerptLength: EXCERPT_WORDS });
      await module.init();
      return module;
    })();
    return pagefind;
  };

  /**
   * An answer that arrives after the visitor has left the search (followed a result, tabbed away)
   * fills the list without showing it: it waits for the field's next focus.
   */
  const openWhileInUse = () => {
    if (form.contains(document.activeElement)) open();
  };
  /** The query the list shows, so a slower earlier search never replaces a later one's results. */
  let latest = '';
  const search = async () => {
    const query = field.value.trim();
    latest = query;
    if (!query) {
      list.replaceChildren();
      say('');
      close();
      return;
    }
    let results: Found[];
    let total: number;
    try {
      const engine = await load();
      const response = await engine.debouncedSearch(query, {}, TYPING_PAUSE);
      if (!response || latest !== query) return;
      total = response.results.length;
      const data = await Promise.all(response.results.slice(0, SHOWN).map((result) => result.data()));
      if (latest !== query) return;
      results = data.map((item) => ({
        url: item.url,
        title: item.meta.title ?? '',
        date: item.meta.date ?? '',
        track: item.meta.track ?? '',
        excerpt: item.excerpt,
      }));
    } catch (error) {
      console.error('The search could not load:', error);
      pagefind = null;
      list.replaceChildren();
      say(words.searchFailed);
      openWhileInUse();
      return;
    }
    // A later answer replaces the list under a visitor already in it: the focus stays on the same result, or goes back to the field.
    const focused = list.contains(document.activeElement) ? document.activeElement?.getAttribute('href') : undefined;
    list.replaceChildren(...results.map(resultItem));
    if (focused !== undefined) (links().find((link) => link.getAttribute('href') === focused) ?? field).focus();
    const counted = total === 0 ? fill(words.searchNothing, { query }) : found(total);
    summary.textContent = total > SHOWN ? `${counted}. ${fill(words.searchFirst, { shown: String(SHOWN) })}` : counted;
    status.textContent = counted;
    openWhileInUse();
  };

  field.addEventListener('input', () => void search());
  field.addEventListener('focus', () => {
    if (field.value.trim() && (list.childElementCount > 0 || summary.textContent)) open();
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const first = links()[0];
    if (first) follow(first);
  });

  const follow = (link: HTMLAnchorElement) => {
    close();
    travelTo(anchorOf(link.getAttribute('href') ?? ''));
  };

  list.addEventListener('click', (event) => {
    const link = (event.target as Element).closest('a');
    if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    follow(link);
  });

  form.addEventListener('keydown', (event) => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'Escape') {
      if (panel.hidden) return;
      event.preventDefault();
      close();
      field.focus();
    } else if (event.key === 'ArrowDown' && !panel.hidden && all.length > 0) {
      event.preventDefault();
      all[Math.min(at + 1, all.length - 1)]!.focus();
    } else if (event.key === 'ArrowUp' && at >= 0) {
      event.preventDefault();
      if (at === 0) field.focus();
      else all[at - 1]!.focus();
    }
  });

  // Leaving the search (Tab out of it, a press elsewhere) closes the list; its results wait for the field's next focus.
  form.addEventListener('focusout', (event) => {
    if (event.relatedTarget instanceof Node && !form.contains(event.relatedTarget)) close();
  });
  document.addEventListener('pointerdown', (event) => {
    if (!(event.target instanceof Node) || !form.contains(event.target)) close();
  });

  if (field.value.trim()) await search();
}
