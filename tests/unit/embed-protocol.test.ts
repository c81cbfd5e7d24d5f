import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { createContext, runInContext } from 'node:vm';
import {
  MAX_EMBED_HEIGHT,
  isMeasureRequest,
  isResizeMessage,
  measureRequest,
  resizeMessage,
} from '../../src/browser/embed/protocol.ts';
import { reportHeight } from '../../src/browser/embed/reporter.ts';
import { measureRequestSchema, resizeMessageSchema } from '../../src/build-time/publish/embed-schema.ts';
import { bundleHostScript } from '../../src/build-time/publish/bundle-host.ts';

/** The messages as docs/embedding.md writes them, by hand: version 2, and version 1 that older pages still speak. */
const V2_RESIZE = { type: 'journey-embed:resize', version: 2, year: '2022', track: 'all', height: 1834 };
const V2_MEASURE = { type: 'journey-embed:measure', version: 2 };
const V1_RESIZE = { type: 'backstage-journey:resize', version: 1, year: '2022', track: 'all', height: 1834 };
const V1_MEASURE = { type: 'backstage-journey:measure', version: 1 };
const V2_ATTRIBUTE = 'data-journey-embed';
const V1_ATTRIBUTE = 'data-backstage-journey';

const good = resizeMessage('2022', 'all', 1834);

/** Messages a page may receive: ours in both versions, near misses, and other widgets' traffic. */
const corpus: unknown[] = [
  good,
  resizeMessage('66000000-bc', 'open-source', 0),
  resizeMessage('2022', 'all', MAX_EMBED_HEIGHT),
  { ...good, extra: 'ignored' },
  resizeMessage('2022', 'all', 1834, 1),
  { ...resizeMessage('2022', 'open-source', 0, 1), extra: 'ignored' },
  measureRequest(),
  { ...measureRequest(), extra: true },
  measureRequest(1),
  // Each version's type under the other's number, and versions the site does not speak.
  { ...good, version: 1 },
  { ...V1_RESIZE, version: 2 },
  { ...good, version: 3 },
  { ...good, version: '2' },
  { ...V1_RESIZE, version: '1' },
  { ...good, type: 'journey-embed:resized' },
  { ...good, height: '1834' },
  { ...good, height: 18.5 },
  { ...good, height: -1 },
  { ...good, height: MAX_EMBED_HEIGHT + 1 },
  { ...good, height: Number.NaN },
  { ...good, height: Number.POSITIVE_INFINITY },
  { ...good, year: '' },
  { ...good, year: 2022 },
  { ...good, track: undefined },
  { ...V1_RESIZE, height: -1 },
  { type: 'journey-embed:measure' },
  { type: 'journey-embed:measure', version: 1 },
  { type: 'backstage-journey:measure', version: 2 },
  { type: 'backstage-journey:measure', version: '1' },
  { version: 2 },
  { type: 'resize', height: 500 },
  'journey-embed:resize',
  JSON.stringify(good),
  null,
  undefined,
  42,
  [good],
];

describe('the message shapes', () => {
  test('are version 2’s under its names, and version 1’s under the names its pages still use', () => {
    expect(resizeMessage('2022', 'all', 1834)).toEqual(V2_RESIZE);
    expect(measureRequest()).toEqual(V2_MEASURE);
    expect(resizeMessage('2022', 'all', 1834, 1)).toEqual(V1_RESIZE);
    expect(measureRequest(1)).toEqual(V1_MEASURE);
    for (const message of [V2_RESIZE, V1_RESIZE]) expect(isResizeMessage(message), JSON.stringify(message)).toBe(true);
    for (const message of [V2_MEASURE, V1_MEASURE]) expect(isMeasureRequest(message), JSON.stringify(message)).toBe(true);
  });

  test('the hand checks the browsers run agree with the zod schemas on every message', () => {
    for (const message of corpus) {
      expect(isResizeMessage(message), JSON.stringify(message)).toBe(resizeMessageSchema.safeParse(message).success);
      expect(isMeasureRequest(message), JSON.stringify(message)).toBe(measureRequestSchema.safeParse(message).success);
    }
  });

  test('accept exactly the well-formed messages of versions 2 and 1', () => {
    // The first six are resize messages (four of version 2, two of version 1), the next three requests.
    expect(corpus.filter(isResizeMessage)).toEqual(corpus.slice(0, 6));
    expect(corpus.filter(isMeasureRequest)).toEqual(corpus.slice(6, 9));
  });
});

/** An embed page inside a host page, as the reporter sees it: its parent window, its year's box, its events. */
function embedPage(track = 'all') {
  const posted: unknown[] = [];
  const host = { postMessage: (message: unknown) => void posted.push(message) };
  const listeners = new Map<string, Array<(event: unknown) => void>>();
  let observed: () => void = () => {};
  let height = 0;
  vi.stubGlobal('window', { parent: host });
  vi.stubGlobal('document', { documentElement: { dataset: { track } } });
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(callback: () => void) {
        observed = callback;
      }
      observe() {}
    },
  );
  vi.stubGlobal('addEventListener', (type: string, listener: (event: unknown) => void) => {
    listeners.set(type, [...(listeners.get(type) ?? []), listener]);
  });
  const root = { dataset: { embed: '2022' }, getBoundingClientRect: () => ({ height }) };
  const fire = (type: string, event: unknown = {}) => listeners.get(type)?.forEach((listener) => listener(event));
  return {
    posted,
    host,
    start(first: number) {
      height = first;
      reportHeight(root as unknown as HTMLElement);
      fire('load');
    },
    /** The year's box takes a new height, and the observer says so. */
    grow(next: number) {
      height = next;
      observed();
    },
    receive(data: unknown, source: unknown = host) {
      fire('message', { data, source });
    },
  };
}

describe('the embed', () => {
  afterEach(() => vi.unstubAllGlobals());

  test('reports its height in version 2, then in version 1, once for each new height', () => {
    const page = embedPage();
    page.start(1834);
    expect(page.posted).toEqual([V2_RESIZE, V1_RESIZE]);
    page.grow(1834);
    expect(page.posted).toHaveLength(2);
    // 1900.2 px of content need a frame of 1901 whole pixels.
    page.grow(1900.2);
    expect(page.posted.slice(2)).toEqual([
      { ...V2_RESIZE, height: 1901 },
      { ...V1_RESIZE, height: 1901 },
    ]);
  });

  test('answers its host’s request in the version it was asked in, though nothing changed', () => {
    const page = embedPage('open-source');
    page.start(700);
    page.posted.length = 0;
    page.receive(V1_MEASURE);
    expect(page.posted).toEqual([{ ...V1_RESIZE, track: 'open-source', height: 700 }]);
    page.receive(V2_MEASURE);
    expect(page.posted.slice(1)).toEqual([{ ...V2_RESIZE, track: 'open-source', height: 700 }]);
  });

  test('answers no request from another window, nor one of another shape', () => {
    const page = embedPage();
    page.start(700);
    page.posted.length = 0;
    page.receive(V2_MEASURE, { postMessage() {} });
    page.receive({ type: 'journey-embed:measure', version: 1 });
    page.receive('journey-embed:measure');
    expect(page.posted).toEqual([]);
  });
});

/** A page with journey iframes, as the host script sees it, in a sandbox of its own. */
interface FakeFrame {
  src: string;
  attributes: Map<string, string>;
  style: { height: string };
  computed: Record<string, string>;
  posted: unknown[];
  contentWindow: { postMessage: (message: unknown, target: string) => void };
  hasAttribute: (name: string) => boolean;
  getAttribute: (name: string) => string | null;
  setAttribute: (name: string, value: string) => void;
}

/** An iframe of the host page; `marked` is the attribute a snippet marked it with. */
function frame(src: string, options: { marked?: string; computed?: Record<string, string> } = {}): FakeFrame {
  const posted: unknown[] = [];
  const result: FakeFrame = {
    src,
    attributes: new Map(options.marked ? [[options.marked, '2021']] : []),
    style: { height: '' },
    computed: { boxSizing: 'content-box', ...options.computed },
    posted,
    contentWindow: { postMessage: (message, target) => posted.push({ message, target }) },
    hasAttribute: (name) => result.attributes.has(name),
    getAttribute: (name) => result.attributes.get(name) ?? null,
    setAttribute: (name, value) => void result.attributes.set(name, value),
  };
  return result;
}

class FakeScript {
  readonly src: string;
  constructor(src: string) {
    this.src = src;
  }
}

let hostCode = '';

function hostPage(frames: FakeFrame[]) {
  const listeners: Array<(event: unknown) => void> = [];
  const context = createContext({
    URL,
    HTMLScriptElement: FakeScript,
    document: { currentScript: null as FakeScript | null, querySelectorAll: (selector: string) => (selector === 'iframe' ? frames : []) },
    addEventListener: (type: string, listener: (event: unknown) => void) => {
      if (type === 'message') listeners.push(listener);
    },
    getComputedStyle: (element: FakeFrame) => element.computed,
    parseFloat,
  });
  context.window = context;
  return {
    listeners,
    /** Runs the host script as loaded from `src`. */
    load(src: string) {
      context.document.currentScript = new FakeScript(src);
      runInContext(hostCode, context);
      context.document.currentScript = null;
    },
    send(data: unknown, origin: string, source: unknown) {
      for (const listener of listeners) listener({ data, origin, source });
    },
  };
}

describe('the host script', () => {
  beforeAll(async () => {
    hostCode = await bundleHostScript();
  });

  test('is one small classic script', () => {
    expect(hostCode.length).toBeLessThan(2000);
    expect(hostCode).not.toMatch(/\bimport\b|\bexport\b/);
  });

  test('sizes the iframe that sent a well-formed message from the site’s origin, and only that one', () => {
    const first = frame('https://journey.example/embed/2022/');
    const second = frame('https://journey.example/embed/2021/?track=open-source');
    const page = hostPage([first, second]);
    page.load('https://journey.example/embed.js');
    page.send(resizeMessage('2022', 'all', 1834), 'https://journey.example', first.contentWindow);
    expect(first.style.height).toBe('1834px');
    expect(second.style.height).toBe('');
    // As tall as its content, the sized frame shows no scrollbars of its own; the other keeps them.
    expect(first.getAttribute('scrolling')).toBe('no');
    expect(second.getAttribute('scrolling')).toBeNull();
  });

  test('ignores messages from other origins, of other shapes, or from windows that are not journey iframes', () => {
    const journey = frame('https://journey.example/embed/2022/');
    const video = frame('https://video.example/player/1');
    const page = hostPage([journey, video]);
    page.load('https://journey.example/embed.js');
    page.send(resizeMessage('2022', 'all', 10), 'https://evil.example', journey.contentWindow);
    page.send({ ...V2_RESIZE, version: 1 }, 'https://journey.example', journey.contentWindow);
    page.send({ ...V1_RESIZE, version: 2 }, 'https://journey.example', journey.contentWindow);
    page.send({ ...V2_RESIZE, version: 3 }, 'https://journey.example', journey.contentWindow);
    page.send({ type: 'journey-embed:resize', height: 10 }, 'https://journey.example', journey.contentWindow);
    page.send(resizeMessage('2022', 'all', 10), 'https://journey.example', video.contentWindow);
    page.send(resizeMessage('2022', 'all', 10), 'https://journey.example', { postMessage() {} });
    expect(journey.style.height).toBe('');
    expect(video.style.height).toBe('');
  });

  test('asks the iframes already on the page for their height when it loads, in version 2 and in version 1', () => {
    const journey = frame('https://journey.example/embed/2022/');
    const marked = frame('https://mirror.example/embed/2021/', { marked: V2_ATTRIBUTE });
    const markedInVersion1 = frame('https://mirror.example/embed/2020/', { marked: V1_ATTRIBUTE });
    const other = frame('https://video.example/player/1');
    hostPage([journey, marked, markedInVersion1, other]).load('https://journey.example/embed.js');
    const asked = [
      { message: V2_MEASURE, target: '*' },
      { message: V1_MEASURE, target: '*' },
    ];
    expect(journey.posted).toEqual(asked);
    expect(marked.posted).toEqual(asked);
    expect(markedInVersion1.posted).toEqual(asked);
    expect(other.posted).toEqual([]);
  });

  test('sizes an iframe from a version 1 report, and one marked by a version 1 snippet', () => {
    // A version 1 snippet marks its frame with the old attribute; this one shows an address the
    // script would not recognise by itself, so only the attribute makes it a journey frame.
    const old = frame('https://journey.example/other-path/embed/2020/', { marked: V1_ATTRIBUTE });
    const journey = frame('https://journey.example/embed/2022/');
    const page = hostPage([old, journey]);
    page.load('https://journey.example/embed.js');
    page.send({ ...V1_RESIZE, year: '2020', height: 640 }, 'https://journey.example', old.contentWindow);
    page.send(V1_RESIZE, 'https://journey.example', journey.contentWindow);
    expect(old.style.height).toBe('640px');
    expect(journey.style.height).toBe('1834px');
  });

  test('adds the iframe’s border and padding when the host page sizes boxes by their border', () => {
    const journey = frame('https://journey.example/embed/2022/', {
      computed: { boxSizing: 'border-box', borderTopWidth: '2px', borderBottomWidth: '2px', paddingTop: '4px', paddingBottom: '0px' },
    });
    const page = hostPage([journey]);
    page.load('https://journey.example/embed.js');
    page.send(resizeMessage('2022', 'all', 1000), 'https://journey.example', journey.contentWindow);
    expect(journey.style.height).toBe('1008px');
  });

  test('listens once however many snippets repeat the script, and once per site', () => {
    const page = hostPage([]);
    page.load('https://journey.example/embed.js');
    page.load('https://journey.example/embed.js');
    expect(page.listeners).toHaveLength(1);
    page.load('https://other-journey.example/embed.js');
    expect(page.listeners).toHaveLength(2);
  });

  test('finds its embeds under the site’s sub-path', () => {
    const underBase = frame('https://example.org/journey/embed/2022/');
    const elsewhere = frame('https://example.org/embed/2022/');
    const page = hostPage([underBase, elsewhere]);
    page.load('https://example.org/journey/embed.js');
    page.send(resizeMessage('2022', 'all', 700), 'https://example.org', underBase.contentWindow);
    page.send(resizeMessage('2022', 'all', 700), 'https://example.org', elsewhere.contentWindow);
    expect(underBase.style.height).toBe('700px');
    expect(elsewhere.style.height).toBe('');
  });
});
