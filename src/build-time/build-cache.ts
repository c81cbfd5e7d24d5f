/**
 * The folder a build keeps for the next one, relative to the project root: Astro's own cache (its
 * `cacheDir`: the content store, the fonts) with the share cards' PNGs in it (`art/og-render.ts`),
 * so a host keeps everything reusable by keeping this one folder. The deploy configurations name it
 * (docs/deploying.md); Cloudflare Pages keeps this folder of an Astro project by itself. `npm ci`
 * empties it with the rest of node_modules, and a fresh clone starts without it.
 */
export const BUILD_CACHE_DIR = 'node_modules/.astro';
