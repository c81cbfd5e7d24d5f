import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumExecutable } from '../../../scripts/lib/browsers.ts';
import { WHEEL_NOTCH, type EngineDriver, type KeyName, type Viewport } from './driver.ts';

/** Chromium through Playwright: a fresh context for every page opened. */
export async function launchChromium(): Promise<EngineDriver> {
  const browser: Browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_FLAGS });
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let problems: string[] = [];
  const current = () => {
    if (!page) throw new Error('No page is open.');
    return page;
  };

  return {
    engine: 'chromium',
    async open(url: string, viewport: Viewport) {
      await context?.close();
      problems = [];
      context = await browser.newContext({ viewport, reducedMotion: 'no-preference' });
      page = await context.newPage();
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        // The status of the document itself (the 404 page's 404) is not an error of the page.
        if (message.location().url === url && message.text().startsWith('Failed to load resource')) return;
        problems.push(`console: ${message.text()} (${message.location().url})`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn, arg) => current().evaluate(fn, arg as never),
    async wheel(notches, at, how = 'vertical') {
      const page = current();
      await page.mouse.move(at.x, at.y);
      if (how === 'sideways') return page.mouse.wheel(notches * WHEEL_NOTCH, 0);
      if (how === 'shift') await page.keyboard.down('Shift');
      await page.mouse.wheel(0, notches * WHEEL_NOTCH);
      if (how === 'shift') await page.keyboard.up('Shift');
    },
    key: (key: KeyName) => current().keyboard.press(key),
    screenshot: () => current().screenshot(),
    errors: async () => [...problems],
    async close() {
      await browser.close();
    },
  };
}
