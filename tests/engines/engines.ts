import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumExecutable } from '../../scripts/lib/browsers.ts';
import { launchChromium } from './drivers/chromium.ts';
import { ENGINE_NAMES, type EngineDriver, type EngineName } from './drivers/driver.ts';
import { FIREFOX_PATH, launchFirefox } from './drivers/firefox.ts';
import { launchWebkit, MINIBROWSER_PATH, WEBKIT_DRIVER_PATH } from './drivers/webkit.ts';

/**
 * The engines the cross-engine checks run in, how each is launched, and what it needs from the
 * machine. `npm test` installs the Debian packages when it runs as root on Debian
 * (scripts/ensure-test-tools.sh); where one cannot be had, that engine's checks fail, saying what to install.
 */
export interface Engine {
  name: EngineName;
  /** What a reader knows it as. */
  label: string;
  /** The Debian packages that provide it. */
  packages: string[];
  /** Programs it needs: absolute paths, or names looked up on the PATH. */
  programs(): string[];
  launch(): Promise<EngineDriver>;
}

export const ENGINES: Record<EngineName, Engine> = {
  chromium: {
    name: 'chromium',
    label: 'Chromium',
    packages: ['chromium'],
    programs: () => [chromiumExecutable() ?? chromium.executablePath()],
    launch: launchChromium,
  },
  firefox: {
    name: 'firefox',
    label: 'Firefox ESR',
    packages: ['firefox-esr'],
    programs: () => [FIREFOX_PATH],
    launch: launchFirefox,
  },
  webkit: {
    name: 'webkit',
    label: 'WebKitGTK (Safari’s engine)',
    packages: ['webkit2gtk-driver', 'xvfb', 'xdotool'],
    programs: () => [WEBKIT_DRIVER_PATH, MINIBROWSER_PATH, 'Xvfb', 'xdotool'],
    launch: launchWebkit,
  },
};

/** The engines asked for: ENGINES=firefox,webkit, or all of them. */
export function selectedEngines(): EngineName[] {
  const asked = (process.env.ENGINES ?? '').split(',').map((name) => name.trim().toLowerCase()).filter(Boolean);
  const unknown = asked.filter((name) => !(ENGINE_NAMES as readonly string[]).includes(name));
  if (unknown.length) throw new Error(`ENGINES names ${unknown.join(', ')}; the engines are ${ENGINE_NAMES.join(', ')}.`);
  return asked.length ? (asked as EngineName[]) : [...ENGINE_NAMES];
}

/** Why an engine cannot run here, or undefined when it can. */
export function whyUnavailable(engine: Engine): string | undefined {
  const missing = engine.programs().filter((program) => !runnable(program));
  if (!missing.length) return undefined;
  return (
    `${engine.label} cannot run here: ${missing.join(', ')} not found. ` +
    `Install ${engine.packages.join(' ')} (Debian: sudo apt-get install -y ${engine.packages.join(' ')}; npm test does it when run as root).`
  );
}

function runnable(program: string): boolean {
  const candidates = program.includes('/') ? [program] : (process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, program));
  return candidates.some((candidate) => {
    try {
      accessSync(candidate, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}
