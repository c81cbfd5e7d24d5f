import { beforeAll, describe, expect, test } from 'vitest';
import { createContext, runInContext } from 'node:vm';
import {
  FRAME_ATTRIBUTE,
  MAX_EMBED_HEIGHT,
  isMeasureRequest,
  isResizeMessage,
  measureRequest,
  resizeMessage,
} from '../../src/browser/embed/protocol.ts';
import { measureRequestSchema, resizeMessageSchema } from '../../src/build-time/publish/embed-schema.ts';
import { bundleHostScript } from '../../src/build-time/publish/bundle-host.ts';

const good = resizeMessage('2022', 'all', 1834);

/** Messages a page may receive: ours, near misses, and other widgets' traffic. */
const corpus: unknown[] = [
  good,
  resizeMessage('66000000-bc', 'open-source', 0),
  resizeMessage('2022', 'all', MAX_EMBED_HEIGHT),
  { ...good, extra: 'ignored' },
  measureRequest(),
  { ...measureRequest(), extra: true },
  { ...good, version: 2 },
  { ...good, version: '1' },
  { ...good, type: 'backstage-journey:resized' },
  { ...good, height: '1834' },
  { ...good, height: 18.5 },
  { ...good, height: -1 },
  { ...good, height: MAX_EMBED_HEIGHT + 1 },
  { ...good, height: Number.NaN },
  { ...good, height: Number.POSITIVE_INFINITY },
  { ...good, year: '' },
  { ...good, year: 2022 },
  { ...good, track: undefined },
  { type: 'backstage-journey:measure' },
  { type: 'backstage-journey:measure', version: 2 },
  { type: 'resize', height: 500 },
  'backstage-journey:resize',
  JSON.stringify(good),
  null,
  undefined,
  42,
  [good],
];

describe('the message shapes', () => {
  test('the hand checks the browsers run agree with the zod schemas on every message', () => {
    for (const message of corpus) {
      expect(isResizeMessage(message), JSON.stringify(message)).toBe(resizeMessageSchema.safeParse(message).success);
      expect(isMeasureRequest(message), JSON.stringify(message)).toBe(measureRequestSchema.safeParse(message).success);
    }
  });

  test('accept exactly the well-formed messages of version 1', () => {
    expect(corpus.filter(isResizeMessage)).toHaveLength(4);
    expect(corpus.filter(isMeasureRequest)).toHaveLength(2);
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

function frame(src: string, options: { marked?: boolean; computed?: Record<string, string> } = {}): FakeFrame {
  const posted: unknown[] = [];
  const result: FakeFrame = {
    src,
    attributes: new Map(options.marked ? [[FRAME_ATTRIBUTE, '']] : []),
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
    page.send({ ...resizeMessage('2022', 'all', 10), version: 2 }, 'https://journey.example', journey.contentWindow);
    page.send({ type: 'backstage-journey:resize', height: 10 }, 'https://journey.example', journey.contentWindow);
    page.send(resizeMessage('2022', 'all', 10), 'https://journey.example', video.contentWindow);
    page.send(resizeMessage('2022', 'all', 10), 'https://journey.example', { postMessage() {} });
    expect(journey.style.height).toBe('');
    expect(video.style.height).toBe('');
  });

  test('asks the iframes already on the page for their height when it loads', () => {
    const journey = frame('https://journey.example/embed/2022/');
    const marked = frame('https://mirror.example/embed/2021/', { marked: true });
    const other = frame('https://video.example/player/1');
    hostPage([journey, marked, other]).load('https://journey.example/embed.js');
    expect(journey.posted).toEqual([{ message: measureRequest(), target: '*' }]);
    expect(marked.posted).toHaveLength(1);
    expect(other.posted).toEqual([]);
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
