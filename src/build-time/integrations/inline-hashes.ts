import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { addInlineHashes } from '../csp/inline-hashes.ts';
import { listFiles } from '../dist-files.ts';

/**
 * Astro's CSP hashes the scripts and styles it bundles, but not `is:inline` ones (the pre-paint
 * scripts with `define:vars`, a year's own track CSS, the font faces): after the build, this adds
 * the hash of every inline script and style of a page to that page's policy, so the policy allows
 * exactly what the page carries and nothing injected later.
 */
export default function inlineHashes(): AstroIntegration {
  return {
    name: 'journey:csp-inline-hashes',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = (await listFiles(root)).filter((file) => file.endsWith('.html'));
        let added = 0;
        for (const page of pages) {
          const html = await readFile(page, 'utf8');
          const result = await addInlineHashes(html);
          if (!result) {
            throw new AstroError(`${page.slice(root.length)} has no Content-Security-Policy meta element.`, 'Check `security.csp` in astro.config.mjs.');
          }
          if (result.html !== html) await writeFile(page, result.html);
          added += result.added;
        }
        logger.info(`Content-Security-Policy: ${added} inline script and style hashes added to ${pages.length} pages.`);
      },
    },
  };
}
