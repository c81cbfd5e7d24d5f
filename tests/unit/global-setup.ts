import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';

/**
 * `getCollection()` reads `.astro/data-store.json` under vitest; `astro sync` writes it to
 * `node_modules/.astro/`, so sync once and copy it where the tests look.
 */
export default function setup(): void {
  execFileSync('npx', ['astro', 'sync'], { stdio: 'inherit' });
  const store = 'node_modules/.astro/data-store.json';
  if (existsSync(store)) {
    mkdirSync('.astro', { recursive: true });
    copyFileSync(store, '.astro/data-store.json');
  }
}
