import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_CACHE_DIR } from '../../src/build-time/build-cache.ts';

/**
 * `getCollection()` reads `.astro/data-store.json` under vitest; `astro sync` writes it to
 * Astro's cache folder (`BUILD_CACHE_DIR`), so sync once and copy it where the tests look.
 */
export default function setup(): void {
  execFileSync('npx', ['astro', 'sync'], { stdio: 'inherit' });
  const store = join(BUILD_CACHE_DIR, 'data-store.json');
  if (existsSync(store)) {
    mkdirSync('.astro', { recursive: true });
    copyFileSync(store, '.astro/data-store.json');
  }
}
