import type { Browser, BrowserContextOptions, Page } from '@playwright/test';
import { classifyResource, isOtherOrigin, measureBody, type LoadedResource } from './lib/sizes.ts';

/** The two screens every figure is taken at: a laptop and a phone. */
export const VIEWPORTS = {
  desktop: { label: '1440×900', options: { viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 } },
  mobile: {
    label: '390×844',
    options: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true },
  },
} satisfies Record<string, { label: string; options: BrowserContextOptions }>;
export type ViewportName = keyof typeof VIEWPORTS;

export interface PageBytes {
  /** Everything loaded once the page has loaded and the network is quiet. */
  onLoad: LoadedResource[];
  /** Everything loaded by the time the page has been scrolled to its end. */
  afterScroll: LoadedResource[];
  /** Requests to other origins (blocked; none are allowed). */
  otherOrigins: string[];
}

/** Inline scripts and styles of every frame, counted as JS and CSS. */
export async function inlineCode(page: Page): Promise<LoadedResource[]> {
  const resources: LoadedResource[] = [];
  for (const frame of page.frames()) {
    const found = await frame
      .evaluate(() => ({
        scripts: [...document.querySelectorAll('script:not([src])')]
          .filter((script) => {
            const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
            return type === '' || type === 'module' || type === 'text/javascript' || type === 'application/javascript';
          })
          .map((script) => script.textContent ?? ''),
        styles: [...document.querySelectorAll('style')].map((style) => style.textContent ?? ''),
      }))
      .catch(() => ({ scripts: [] as string[], styles: [] as string[] }));
    found.scripts.forEach((text, index) => resources.push(measureBody(`${frame.url()}#inline-script-${index + 1}`, 'js', text, true)));
    found.styles.forEach((text, index) => resources.push(measureBody(`${frame.url()}#inline-style-${index + 1}`, 'css', text, true)));
  }
  return resources;
}

export interface ResponseRecorder {
  resources: LoadedResource[];
  otherOrigins: string[];
  /** Resolves once no request has been in flight for `quietMs` and every body has been measured. */
  quiet(quietMs?: number): Promise<void>;
}

/**
 * Records every same-origin response of a page's context with its decoded body size and gzip size,
 * and blocks (and lists) every request to another origin.
 */
export async function recordResponses(page: Page, origin: string): Promise<ResponseRecorder> {
  const context = page.context();
  const resources: LoadedResource[] = [];
  const otherOrigins: string[] = [];
  const pending = new Set<Promise<void>>();
  let inFlight = 0;
  let lastActivity = Date.now();
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (isOtherOrigin(url, origin)) {
      otherOrigins.push(url);
      await route.abort('blockedbyclient');
    } else {
      await route.continue();
    }
  });
  context.on('request', () => {
    inFlight += 1;
    lastActivity = Date.now();
  });
  const done = () => {
    inFlight = Math.max(0, inFlight - 1);
    lastActivity = Date.now();
  };
  context.on('requestfinished', done);
  context.on('requestfailed', done);
  context.on('response', (response) => {
    const status = response.status();
    if (status >= 300 && status < 400) return;
    const task = response
      .body()
      .then((body) => {
        const type = classifyResource(response.url(), response.headers()['content-type']);
        resources.push(measureBody(response.url(), type, body));
      })
      .catch(() => {
        // A response whose body the browser dropped (an aborted request) carries no bytes.
      });
    pending.add(task);
    void task.finally(() => pending.delete(task));
  });
  return {
    resources,
    otherOrigins,
    async quiet(quietMs = 500) {
      const deadline = Date.now() + 30_000;
      while (Date.now() < deadline && (inFlight > 0 || Date.now() - lastActivity < quietMs)) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      while (pending.size > 0) await Promise.all([...pending]);
    },
  };
}

/** Scrolls to the end of the page in half-screen steps, giving lazy images time to be asked for. */
export async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const step = Math.max(200, Math.floor(window.innerHeight / 2));
    const pause = () => new Promise((resolve) => setTimeout(resolve, 60));
    const end = () => document.documentElement.scrollHeight - window.innerHeight;
    for (let y = 0; y < end(); y += step) {
      window.scrollTo(0, y);
      await pause();
    }
    window.scrollTo(0, end());
    await pause();
  });
}

/** What a page loads in Chromium at one screen size, on load and after scrolling to its end. */
export async function measurePageBytes(browser: Browser, url: string, viewport: ViewportName): Promise<PageBytes> {
  const context = await browser.newContext(VIEWPORTS[viewport].options);
  try {
    const page = await context.newPage();
    const origin = new URL(url).origin;
    const recorder = await recordResponses(page, origin);
    await page.goto(url, { waitUntil: 'load' });
    await recorder.quiet();
    const inline = await inlineCode(page);
    const onLoad = [...recorder.resources, ...inline];
    await scrollThrough(page);
    await recorder.quiet();
    return { onLoad, afterScroll: [...recorder.resources, ...inline], otherOrigins: [...recorder.otherOrigins] };
  } finally {
    await context.close();
  }
}
