/**
 * `npm run check:content`: checks every milestone and the journey copy without building the site,
 * and lists every problem at once. Exits 1 when there is an error; warnings alone pass.
 *
 *   npm run check:content               the report, for people
 *   npm run check:content -- --json     the same problems as JSON
 *   npm run check:content -- --root DIR check another project folder (also JOURNEY_ROOT=DIR)
 */
import { enableCompileCache } from 'node:module';
import { resolve } from 'node:path';
import { printUsage, readArgs, runCommand } from './lib/cli.ts';

// Later runs start faster: Node keeps the compiled modules (and the stripped TypeScript) on disk,
// so the checker's modules are loaded only once the cache is on.
enableCompileCache();
const { checkContent } = await import('../src/build-time/content/check.ts');
const { readContent } = await import('../src/build-time/content/files.ts');
const { formatReport, reportJson } = await import('../src/build-time/content/report.ts');

const COMMAND = { failure: 'The content check could not run', usage: 'Usage: npm run check:content [-- --json] [-- --root <project folder>]' };

function main(): number {
  const { values: options } = readArgs({
    options: { json: { type: 'boolean' }, root: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (options.help) return printUsage(COMMAND);

  const root = resolve(options.root ?? process.env.JOURNEY_ROOT ?? process.cwd());
  const result = checkContent(readContent(root));
  if (options.json) {
    console.log(reportJson(result));
  } else {
    const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
    console.log(formatReport(result, { color: color || Boolean(process.env.FORCE_COLOR && process.env.FORCE_COLOR !== '0') }));
  }
  return result.errors > 0 ? 1 : 0;
}

await runCommand(COMMAND, main);
