import puppeteer, { type Browser, type BrowserContext, type Page } from 'puppeteer-core';
import { WHEEL_NOTCH, type EngineDriver, type KeyName, type Viewport } from './driver.ts';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Firefox through puppeteer over WebDriver BiDi (no geckodriver), headless, a fresh context per page. */
export async function launchFirefox(): Promise<EngineDriver> {
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    // A closed network: no update checks, telemetry or remote settings.
    extraPrefsFirefox: {
      'app.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'ui.prefersReducedMotion': 0,
    },
  });
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let problems: string[] = [];
  const current = () => {
    if (!page) throw new Error('No page is open.');
    return page;
  };

  return {
    engine: 'firefox',
    async open(url: string, viewport: Viewport) {
      await context?.close();
      problems = [];
      context = await browser.createBrowserContext();
      page = await context.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console: ${message.text()} (${message.location().url ?? ''})`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error instanceof Error ? error.message : String(error)}`));
      await page.setViewport(viewport);
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn, arg) => current().evaluate(fn as (arg: unknown) => never, arg),
    async wheel(notches, at, how = 'vertical') {
      const page = current();
      await page.mouse.move(at.x, at.y);
      // A WebDriver BiDi "wheel" input source's scroll action.
      if (how === 'sideways') return page.mouse.wheel({ deltaX: notches * WHEEL_NOTCH });
      if (how === 'shift') await page.keyboard.down('Shift');
      await page.mouse.wheel({ deltaY: notches * WHEEL_NOTCH });
      if (how === 'shift') await page.keyboard.up('Shift');
    },
    key: (key: KeyName) => current().keyboard.press(key),
    screenshot: async () => Buffer.from(await current().screenshot({ type: 'png' })),
    errors: async () => [...problems],
    async close() {
      await browser.close();
    },
  };
}
