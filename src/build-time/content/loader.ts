import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { AstroError } from 'astro/errors';
import { buildError } from '../build-error.ts';
import { TIMELINE_DIR } from '../../model/milestone.ts';
import { readJourneyCopy, type CheckResult } from './check.ts';
import { JOURNEY_FILE } from './files.ts';
import { contentSnapshot, rereadContent } from './snapshot.ts';
import { renderBody } from './render.ts';
import { formatReport } from './report.ts';

/**
 * The timeline collection: every milestone file read and checked by the content check, never
 * compiled or run. The body is written out as HTML by the project's own renderer (`render.ts`);
 * the frontmatter's fields are the entry's data. A build refuses content that fails the check,
 * with the check's own report, whether or not the check ran first; the dev server leaves the
 * failing milestones out, reports them, and reads the files again whenever one changes.
 */
export function milestoneLoader(): Loader {
  return {
    name: 'journey:milestones',
    load: async ({ config, store, parseData, generateDigest, logger, watcher }) => {
      const root = fileURLToPath(config.root);

      // A build takes the content as the content check read it; the dev server reads it again on every change.
      const sync = async (again: boolean) => {
        const { result } = again ? rereadContent(root) : contentSnapshot(root);
        if (result.errors > 0 && !watcher) throw refusal(result);
        const failing = new Set(result.problems.filter((problem) => problem.severity === 'error').map((problem) => problem.file));
        if (failing.size > 0) logger.warn(`${failing.size} milestone file(s) left out until their errors are fixed (npm run check:content lists them).`);
        store.clear();
        for (const file of result.files) {
          if (failing.has(file.file.path) || !file.frontmatter || !file.body) continue;
          const filePath = file.file.path;
          const data = await parseData({ id: file.id, data: file.frontmatter.data, filePath });
          store.set({
            id: file.id,
            data,
            body: file.body.text,
            filePath,
            digest: generateDigest(file.file.text),
            rendered: { html: renderBody(file.body.root), metadata: { words: file.body.words } },
          });
        }
      };

      await sync(false);
      if (!watcher) return;
      const timeline = join(root, TIMELINE_DIR);
      watcher.add(timeline);
      let pending: Promise<void> | undefined;
      watcher.on('all', (_event, path) => {
        const inside = relative(timeline, path);
        if (inside.startsWith('..') || inside.split(sep).includes('node_modules')) return;
        pending = (pending ?? Promise.resolve()).then(() => sync(true)).catch((error: unknown) => logger.error(String(error)));
      });
    },
  };
}

/**
 * The journey collection: `content/journey.yaml` as the content check read it, one entry ("journey")
 * whose data are the page's own words. The dev server reads it again whenever it changes.
 */
export function journeyCopyLoader(): Loader {
  return {
    name: 'journey:copy',
    load: async ({ config, store, parseData, generateDigest, logger, watcher }) => {
      const root = fileURLToPath(config.root);
      const sync = async (again: boolean) => {
        const { input } = again ? rereadContent(root) : contentSnapshot(root);
        store.clear();
        if (!input.journey) return;
        const data = readJourneyCopy(input.journey.text);
        if (typeof data !== 'object' || data === null) return;
        const id = 'journey';
        store.set({ id, data: await parseData({ id, data: data as Record<string, unknown>, filePath: JOURNEY_FILE }), filePath: JOURNEY_FILE, digest: generateDigest(input.journey.text) });
      };
      await sync(false);
      if (!watcher) return;
      const file = join(root, JOURNEY_FILE);
      watcher.add(file);
      watcher.on('change', (path) => {
        if (path === file) sync(true).catch((error: unknown) => logger.error(String(error)));
      });
    },
  };
}

/** The build's refusal: the check's report, no stack trace under it. */
function refusal(result: CheckResult): AstroError {
  return buildError(
    `The content check found ${result.errors === 1 ? 'an error' : `${result.errors} errors`}, so nothing was built:\n\n${formatReport(result)}`,
    'Fix them and build again. `npm run check:content` lists them in a few seconds, without building.',
  );
}

/** The plain words of a milestone's body, as the loader stored them beside its HTML. */
export function bodyWords(rendered: { metadata?: Record<string, unknown> } | undefined): string {
  const words = rendered?.metadata?.words;
  return typeof words === 'string' ? words : '';
}
