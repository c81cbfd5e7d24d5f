import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { buildError } from '../build-error.ts';
import type { CheckResult } from '../content/check.ts';
import { rereadContent } from '../content/snapshot.ts';
import { formatReport, summaryLine } from '../content/report.ts';

/**
 * Runs the content check (`npm run check:content`) when `astro build` and `astro dev` start, so
 * every problem is listed first, in the editor's words. A build with errors stops before anything
 * is built (the timeline's loader refuses the same files in the same words, should the check not
 * have run). The dev server prints the problems, shows the first in the browser's error overlay,
 * keeps running, and checks again whenever a content file changes.
 */
export default function contentCheck(): AstroIntegration {
  let root = process.cwd();
  let lastHadProblems = false;
  let latest: CheckResult | undefined;
  const color = () => Boolean(process.stderr.isTTY) && !process.env.NO_COLOR;

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
          const result = rereadContent(root).result;
          if (result.errors > 0) {
            console.error(`${formatReport(result, { color: color() })}\n`);
            // The report above is the whole story.
            throw buildError(
              `The content check found ${result.errors === 1 ? 'an error' : `${result.errors} errors`} (listed above), so nothing was built.`,
              'Fix them and build again. `npm run check:content` lists them in a few seconds, without building.',
            );
          }
          logger.info(summaryLine(result));
          if (result.warnings > 0) console.error(`${formatReport(result, { color: color() })}\n`);
        } else if (command === 'dev') {
          latest = rereadContent(root).result;
          report(latest, logger, color());
          lastHadProblems = latest.problems.length > 0;
        }
      },
      'astro:server:setup': ({ server, logger }) => {
        if (process.env.VITEST) return;
        const hot = server.environments.client.hot;
        // The browser's error overlay shows the first error and the whole report under it, in
        // every page that opens while errors remain; a page reloads once they are fixed.
        const showInBrowser = () => {
          if (latest && latest.errors > 0) hot.send({ type: 'error', err: overlayError(latest, root) });
        };
        server.ws.on('connection', showInBrowser);
        let timer: ReturnType<typeof setTimeout> | undefined;
        const onChange = (file: string) => {
          const path = relative(root, file).split(sep).join('/');
          if (!/^content\/(timeline\/|journey\.yaml$)/.test(path)) return;
          clearTimeout(timer);
          timer = setTimeout(() => {
            const hadErrors = (latest?.errors ?? 0) > 0;
            latest = rereadContent(root).result;
            if (latest.problems.length > 0 || lastHadProblems) report(latest, logger, color());
            lastHadProblems = latest.problems.length > 0;
            if (latest.errors > 0) showInBrowser();
            else if (hadErrors) hot.send({ type: 'full-reload' });
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

/** The first error as the overlay's message and place; the terminal lists them all. */
function overlayError(result: CheckResult, root: string) {
  const first = result.problems.find((problem) => problem.severity === 'error')!;
  return {
    name: 'ContentCheckError',
    message: `${first.file}${first.line ? `:${first.line}` : ''} ${first.field}: ${first.problem}`,
    hint: `${first.expected ? `Expected: ${first.expected}\n\n` : ''}${result.errors === 1 ? 'This is the content check\'s one error' : `The content check found ${result.errors} errors, all listed in the terminal running the dev server (and by \`npm run check:content\`)`}. The build refuses to run until they are fixed; this page reloads once they are.`,
    stack: '',
    plugin: 'journey:content-check',
    id: join(root, first.file),
    loc: { file: join(root, first.file), line: first.line ?? 1, column: 1 },
  };
}
