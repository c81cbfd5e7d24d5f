import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildError } from '../build-error.ts';
import { describeArtWork, readArtStatus } from '../art/content.ts';
import { forgetDrawings } from '../art/generate.ts';
import { undrawableCardWords } from '../art/og.ts';

/**
 * Checks, when `astro build` starts, that every published milestone's picture is encoded and up to
 * date (`npm run art` encodes them into public/images/art/, committed with the content). A build
 * with a missing picture stops before anything is built, naming each milestone. The dev server only
 * warns: it shows a new picture from its source until it is encoded.
 */
export default function artCheck(): AstroIntegration {
  return {
    name: 'journey:art-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        // Vitest loads this config too; the art tests check the pictures themselves.
        if (process.env.VITEST || (command !== 'build' && command !== 'dev')) return;
        forgetDrawings();
        const root = fileURLToPath(config.root);
        const status = readArtStatus(root, { publishedOnly: command === 'build' });
        const undrawn = undrawableCardWords(root);
        if (undrawn.length > 0) {
          const fix = 'Name a font file that has them in content/journey.yaml (font: fonts/….otf, the file inside content/), or write those words otherwise.';
          if (command === 'dev') logger.warn(`Share cards cannot draw some characters:\n${undrawn.map((line) => `  ${line}`).join('\n')}\n${fix}`);
          else {
            console.error(`\nShare cards: ${undrawn.length} text(s) have characters no font can draw:\n${undrawn.map((line) => `  ${line}`).join('\n')}\n`);
            throw buildError('Some words cannot be drawn on the share cards (listed above), so nothing was built.', fix);
          }
        }
        const lines = [...status.problems, ...describeArtWork(status.work)];
        if (lines.length === 0) {
          logger.info(`${status.sources.length} milestone pictures encoded and up to date.`);
          return;
        }
        const list = lines.map((line) => `  ${line}`).join('\n');
        const fix = 'Run `npm run art` to draw and encode them, then commit public/images/art/ and art/manifest.json.';
        if (command === 'dev') {
          logger.warn(`${lines.length} milestone picture(s) are not encoded yet; the dev server shows them from their source:\n${list}\n${fix}`);
          return;
        }
        console.error(`\nArt: ${lines.length} milestone(s) cannot be published yet:\n${list}\n`);
        // The list above is the whole story.
        throw buildError(`${lines.length === 1 ? 'A milestone has' : `${lines.length} milestones have`} no up-to-date picture (listed above), so nothing was built.`, fix);
      },
    },
  };
}
