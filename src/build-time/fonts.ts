import { createRequire } from 'node:module';

/**
 * The journey's display face, Figtree (SIL Open Font License), self-hosted from its npm package:
 * the variable file of the latin subset, with the subset's unicode-range as the package defines it.
 */
const require = createRequire(import.meta.url);
const unicode = require('@fontsource-variable/figtree/unicode.json') as Record<'latin' | 'latin-ext', string>;

export const FIGTREE_LATIN = {
  file: '@fontsource-variable/figtree/files/figtree-latin-wght-normal.woff2',
  range: unicode.latin,
} as const;
