/**
 * Builds the host script (`host.ts` and what it imports) into one small, minified classic script
 * that any page can load with a plain `<script src>`. Runs at build time (and in the dev server).
 */
import { build } from 'esbuild';
import { join } from 'node:path';

/** Where the host script's source is, relative to the project root. */
export const HOST_SOURCE = 'src/browser/embed/host.ts';

/** Browsers the script is written down to: old enough for every blog reader, new enough to stay small. */
const TARGET = 'es2020';

export async function bundleHostScript(root = process.cwd()): Promise<string> {
  const result = await build({
    entryPoints: [join(root, HOST_SOURCE)],
    absWorkingDir: root,
    bundle: true,
    minify: true,
    format: 'iife',
    target: TARGET,
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error(`Building ${HOST_SOURCE} gave no output.`);
  return output.text;
}
