import { writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildError } from '../build-error.ts';
import { HostHeadersError, hostHeadersFile } from '../csp/host-headers.ts';
import { listFiles } from '../dist-files.ts';

/** How many problems the build's message lists. */
const SHOWN = 10;

/**
 * After the build, writes dist/_headers, the HTTP headers hosts send (docs/deploying.md: Content-Security-Policy),
 * for the base the site was built for; stops the build, naming the page, if a page it published is
 * matched by no rule that says who may frame it.
 */
export default function hostHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'journey:host-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = (await listFiles(root)).map((file) => relative(root, file).split(sep).join('/'));
        if (files.includes('_headers')) {
          throw buildError('A _headers file came from public/, but the build writes dist/_headers itself.', 'Remove public/_headers; the headers are in src/build-time/csp/host-headers.ts.');
        }
        let text: string;
        try {
          text = hostHeadersFile(base, files);
        } catch (error) {
          if (!(error instanceof HostHeadersError)) throw error;
          const shown = error.problems.slice(0, SHOWN);
          const more = error.problems.length - shown.length;
          throw buildError(
            `The host headers (dist/_headers) cannot be written:\n${shown.join('\n')}${more > 0 ? `\n…and ${more} more` : ''}`,
            'Give every kind of page a rule in PAGE_KINDS (src/build-time/csp/host-headers.ts), and no address one header from two rules.',
          );
        }
        await writeFile(join(root, '_headers'), text);
        logger.info(`_headers written for ${files.filter((file) => file.endsWith('.html')).length} pages under ${base}.`);
      },
    },
  };
}
