import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { policyFirst, unlistedInline } from '../csp/meta.ts';
import { relative } from 'node:path';
import { isFragment, listFiles } from '../dist-files.ts';

/**
 * After the build, puts each page's Content-Security-Policy first in its head, where it governs
 * everything after it, and names any inline script or style the policy does not list. The policy
 * itself is Astro's: the hashes of what the build made, and of the inline script the project's own
 * component registers (`PrePaint.astro`). Nothing found in a page is trusted for being there.
 */
export default function cspMeta(): AstroIntegration {
  return {
    name: 'journey:csp-meta',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = (await listFiles(root)).filter((file) => file.endsWith('.html') && !isFragment(relative(root, file)));
        for (const page of pages) {
          const html = await readFile(page, 'utf8');
          const moved = policyFirst(html);
          if (!moved) {
            throw new AstroError(`${page.slice(root.length)} has no Content-Security-Policy meta element.`, 'Check `security.csp` in astro.config.mjs.');
          }
          if (moved !== html) await writeFile(page, moved);
          const unlisted = await unlistedInline(moved);
          for (const code of [...unlisted.scripts, ...unlisted.styles]) {
            logger.warn(`${page.slice(root.length)}: an inline script or style its policy does not list will not run: ${code.trim().slice(0, 60)}…`);
          }
        }
        logger.info(`Content-Security-Policy first in the head of ${pages.length} pages.`);
      },
    },
  };
}
