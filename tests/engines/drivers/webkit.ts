import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { globSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Builder, Key, type WebDriver } from 'selenium-webdriver';
import { ERRORS_GLOBAL } from '../site-proxy.ts';
import { callExpression, type EngineDriver, type KeyName, type Viewport } from './driver.ts';

export const WEBKIT_DRIVER_PATH = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
/** Debian's MiniBrowser, wherever the machine's architecture puts it. */
export const MINIBROWSER_PATH =
  process.env.MINIBROWSER_PATH ?? globSync('/usr/lib/*/webkit2gtk-4.*/MiniBrowser').sort().at(-1) ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

const run = promisify(execFile);

/**
 * WebKitGTK's MiniBrowser (Safari's engine) through WebKitWebDriver and selenium-webdriver, on a
 * virtual display of its own. WebKitWebDriver reports no script errors, so `errors()` reads what
 * the site proxy's recorder collected in the page; WebDriver wheel actions are unreliable in
 * WebKitGTK, so the wheel (sideways and with Shift too) is real X input from xdotool.
 */
export async function launchWebkit(): Promise<EngineDriver> {
  const processes: ChildProcess[] = [];
  // A GTK stylesheet that shrinks MiniBrowser's toolbar, so the window can be as narrow as a phone.
  const config = mkdtempSync(join(tmpdir(), 'journey-webkit-'));
  mkdirSync(join(config, 'gtk-3.0'));
  writeFileSync(
    join(config, 'gtk-3.0', 'gtk.css'),
    '* { min-width: 0; min-height: 0; padding: 0; margin: 0; font-size: 4px; }\nentry { min-width: 8px; }\n',
  );
  let driver: WebDriver | undefined;
  try {
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1920x1200x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    processes.push(xvfb);
    const display = `:${await firstLine(xvfb, 3)}`;
    const env = { ...process.env, DISPLAY: display, XDG_CONFIG_HOME: config, GDK_BACKEND: 'x11' };
    const port = await freePort();
    const webDriver = spawn(WEBKIT_DRIVER_PATH, ['--host=127.0.0.1', `--port=${port}`], { env, stdio: 'ignore' });
    processes.push(webDriver);
    await waitForServer(`http://127.0.0.1:${port}/status`);
    driver = await new Builder()
      .usingServer(`http://127.0.0.1:${port}`)
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: MINIBROWSER_PATH, args: ['--automation'] },
      })
      .build();
    const session = driver;
    await session.manage().setTimeouts({ script: 60_000, pageLoad: 60_000 });
    const { stdout } = await run('xdotool', ['search', '--sync', '--onlyvisible', '--class', 'MiniBrowser'], { env });
    const windowId = stdout.trim().split('\n').at(-1)!;

    const evaluate = async <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> => {
      const result = (await session.executeAsyncScript(
        `const done = arguments[arguments.length - 1];
         Promise.resolve().then(() => ${callExpression(fn as (arg: never) => unknown, arg)})
           .then((value) => done({ value }), (error) => done({ error: String(error && error.stack || error) }));`,
      )) as { value?: R; error?: string };
      if (result.error !== undefined) throw new Error(`In WebKit: ${result.error}`);
      return result.value as R;
    };
    const inner = () => evaluate(() => ({ width: innerWidth, height: innerHeight }));

    const size = async (viewport: Viewport) => {
      for (let attempt = 0; attempt < 5; attempt++) {
        const now = await inner();
        if (now.width === viewport.width && now.height === viewport.height) return;
        const rect = await session.manage().window().getRect();
        await session.manage().window().setRect({
          x: 0,
          y: 0,
          width: rect.width + viewport.width - now.width,
          height: rect.height + viewport.height - now.height,
        });
      }
      const now = await inner();
      throw new Error(`MiniBrowser's page cannot be made ${viewport.width}×${viewport.height}: it stays ${now.width}×${now.height}.`);
    };

    const keys: Record<KeyName, string> = {
      Tab: Key.TAB,
      End: Key.END,
      Home: Key.HOME,
      PageDown: Key.PAGE_DOWN,
      ArrowRight: Key.ARROW_RIGHT,
    };

    return {
      engine: 'webkit',
      async open(url: string, viewport: Viewport) {
        // A new document every time, even where only the fragment changes.
        await session.get('about:blank');
        await size(viewport);
        await session.get(url);
        await evaluate(() => new Promise<void>((resolve) => (document.readyState === 'complete' ? resolve() : addEventListener('load', () => resolve(), { once: true }))));
      },
      evaluate,
      async wheel(notches, at, how = 'vertical') {
        const geometry = await run('xdotool', ['getwindowgeometry', '--shell', windowId], { env });
        const windowHeight = Number(/HEIGHT=(\d+)/.exec(geometry.stdout)![1]);
        // The page sits at the bottom of the window, below the toolbar.
        const top = windowHeight - (await inner()).height;
        await run('xdotool', ['mousemove', '--window', windowId, String(Math.round(at.x)), String(Math.round(top + at.y))], { env });
        // X's wheel buttons: 4 up, 5 down, 6 left, 7 right.
        const button = how === 'sideways' ? (notches > 0 ? '7' : '6') : notches > 0 ? '5' : '4';
        const click = ['click', '--repeat', String(Math.abs(notches)), '--delay', '40', button];
        await run('xdotool', how === 'shift' ? ['keydown', 'shift', ...click, 'keyup', 'shift'] : click, { env });
      },
      key: (key: KeyName) => session.actions().sendKeys(keys[key]).perform(),
      screenshot: async () => Buffer.from(await session.takeScreenshot(), 'base64'),
      errors: () =>
        evaluate(
          (name) => (window as unknown as Record<string, string[] | undefined>)[name] ?? [`the error recorder did not run (${name})`],
          ERRORS_GLOBAL,
        ),
      async close() {
        await session.quit().catch(() => undefined);
        stop(processes, config);
      },
    };
  } catch (error) {
    await driver?.quit().catch(() => undefined);
    stop(processes, config);
    throw error;
  }
}

function stop(processes: ChildProcess[], config: string) {
  for (const child of processes.reverse()) child.kill();
  rmSync(config, { recursive: true, force: true });
}

function firstLine(child: ChildProcess, fd: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    const stream = child.stdio[fd] as NodeJS.ReadableStream;
    stream.on('data', (chunk) => {
      text += String(chunk);
      if (text.includes('\n')) resolve(text.trim());
    });
    child.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it opened a display.`)));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitForServer(url: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer.`);
}
