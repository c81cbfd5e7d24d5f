// @ts-check
import { availableParallelism } from 'node:os';
import { defineConfig, fontProviders } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import contentCheck from './src/build-time/integrations/content-check.ts';
import artCheck from './src/build-time/integrations/art.ts';
import cspMeta from './src/build-time/integrations/csp-meta.ts';
import hostHeaders from './src/build-time/integrations/host-headers.ts';
import layoutStylesheet from './src/build-time/integrations/layout-css.ts';
import { FETCH_DIRECTIVES } from './src/build-time/csp/policy.ts';
import { FIGTREE_LATIN } from './src/build-time/fonts.ts';
import { isMilestonePage } from './src/build-time/publish/milestone-page.ts';
import { BUILD_CACHE_DIR } from './src/build-time/build-cache.ts';

const base = process.env.BASE ?? '/';

export default defineConfig({
  site: process.env.SITE ?? 'http://localhost:4321',
  base,
  trailingSlash: 'ignore',
  // Astro's cache, with the share cards in it: the one folder hosts keep between builds (docs/deploying.md).
  cacheDir: `./${BUILD_CACHE_DIR}/`,
  integrations: [
    contentCheck(),
    artCheck(),
    layoutStylesheet(),
    mdx(),
    // Embed pages are for other sites' frames (noindex), not for search results; a milestone's page has the journey as its canonical address.
    sitemap({
      filter: (page) => {
        const path = new URL(page).pathname;
        return !path.includes('/embed/') && !isMilestonePage(path, base);
      },
    }),
    cspMeta(),
    // The HTTP headers hosts send, dist/_headers, for the base the site is built for (docs/deploying.md: Content-Security-Policy).
    hostHeaders(),
  ],
  // Content-Security-Policy in every page's <meta>, with the hashes of its scripts and styles (docs/deploying.md: Content-Security-Policy).
  security: {
    csp: {
      directives: [...FETCH_DIRECTIVES],
      // Layout values (--lane, --year-band…) are set in style attributes; scripts stay hash-only.
      styleDirective: { resources: [{ resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
  // The display face, self-hosted from the npm package with metric-matched fallbacks (no layout shift on swap).
  fonts: [
    {
      provider: fontProviders.local(),
      name: 'Figtree',
      cssVariable: '--font-figtree',
      fallbacks: ['sans-serif'],
      options: {
        // The latin subset only: the journey's text needs nothing else, and one small file is all a page loads.
        variants: [{ src: [FIGTREE_LATIN.file], weight: '300 900', style: 'normal', unicodeRange: [FIGTREE_LATIN.range] }],
      },
    },
  ],
  // Pages are built as many at once as the machine has cores: the share cards' encoding (sharp, off
  // the main thread) is most of a build, and one card at a time would leave every other core idle.
  build: { concurrency: availableParallelism() },
  devToolbar: { enabled: false },
});
