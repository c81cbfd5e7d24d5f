import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { checkContent, type CheckResult } from '../content-check/check.ts';
import { readContent } from '../content-check/files.ts';
import { formatReport, summaryLine } from '../content-check/report.ts';

/**
 * Runs the content check (`npm run check:content`) when `astro build` and `astro dev` start.
 * Astro's own validation stops at the first bad entry and finds a missing image only late in the
 * build; this lists every problem first, in the editor's words. A build with errors stops before
 * anything is built; the dev server prints the problems, keeps running and checks again whenever a
 * content file changes.
 */
export default function contentCheck(): AstroIntegration {
  let root = process.cwd();
  let lastHadProblems = false;
  const color = () => Boolean(process.stderr.isTTY) && !process.env.NO_COLOR;
  const run = (): CheckResult => checkContent(readContent(root));

  return {
    name: 'journey:content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger, updateConfig }) => {
        // Lets the Astro VS Code extension complete and check frontmatter from the collection schemas.
        updateConfig({ experimental: { contentIntellisense: true } });
        root = fileURLToPath(config.root);
        // Vitest loads this config too; its tests run the checker themselves.
        if (process.env.VITEST) return;

        if (command === 'build') {
          const result = run();
          if (result.errors > 0) {
            console.error(`${formatReport(result, { color: color() })}\n`);
            const error = new AstroError(
              `The content check found ${result.errors === 1 ? 'an error' : `${result.errors} errors`} (listed above), so nothing was built.`,
              'Fix them and build again. `npm run check:content` lists them in a few seconds, without building.',
            );
            // The report is the whole story: no stack trace under it.
            error.stack = '';
            throw error;
          }
          logger.info(summaryLine(result));
          if (result.warnings > 0) console.error(`${formatReport(result, { color: color() })}\n`);
        } else if (command === 'dev') {
          const result = run();
          report(result, logger, color());
          lastHadProblems = result.problems.length > 0;
        }
      },
      'astro:server:setup': ({ server, logger }) => {
        if (process.env.VITEST) return;
        let timer: ReturnType<typeof setTimeout> | undefined;
        const onChange = (file: string) => {
          const path = relative(root, file).split(sep).join('/');
          if (!/^content\/(timeline\/|journey\.yaml$)/.test(path)) return;
          clearTimeout(timer);
          timer = setTimeout(() => {
            const result = run();
            if (result.problems.length > 0 || lastHadProblems) report(result, logger, color());
            lastHadProblems = result.problems.length > 0;
          }, 150);
        };
        server.watcher.add(`${root}/content`);
        server.watcher.on('change', onChange);
        server.watcher.on('add', onChange);
        server.watcher.on('unlink', onChange);
      },
    },
  };
}

function report(result: CheckResult, logger: AstroIntegrationLogger, color: boolean): void {
  if (result.problems.length === 0) {
    logger.info(summaryLine(result));
    return;
  }
  console.error(`\n${formatReport(result, { color })}\n`);
  if (result.errors > 0) logger.error('Fix the content errors above; the build refuses to run until they are fixed.');
}
