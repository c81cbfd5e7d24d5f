/**
 * The browsers the tests and the benchmark drive, and how: Debian's own Chromium where it is
 * installed (this machine, CI), with the flags this closed network needs.
 */
import { existsSync } from 'node:fs';

/** Flags for a Chromium that must not reach out to any service: no GPU, no sandbox (root), no background traffic. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** CHROMIUM_PATH, else Debian's Chromium where installed; undefined leaves the choice to Playwright. */
export function chromiumExecutable(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}
