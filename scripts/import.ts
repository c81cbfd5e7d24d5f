/**
 * `npm run import -- FILE [--new]` reads a TimelineJS timeline (its JSON, or its Google Sheets
 * template saved as CSV) and writes one milestone file per event into content/timeline/, adding
 * its groups as tracks and its eras to content/journey.yaml. With --new it starts a fresh journey
 * from the file: the old story's milestones, their pictures, growth charts, credits and closing
 * words go. A file with any problem is refused whole, each problem named, and nothing is written.
 * `--root DIR` (or JOURNEY_ROOT=DIR) imports into another project folder.
 */
import { enableCompileCache } from 'node:module';
import { resolve } from 'node:path';
import { UsageError, printUsage, readArgs, runCommand } from './lib/cli.ts';

// Later runs start faster: Node keeps the compiled modules (and the stripped TypeScript) on disk,
// so the importer's modules are loaded only once the cache is on.
enableCompileCache();
const { importTimeline } = await import('../src/build-time/import/index.ts');
const { formatImportReport } = await import('../src/build-time/import/report.ts');

const COMMAND = {
  failure: 'The timeline could not be imported',
  usage: 'Usage: npm run import -- <timeline.json or timeline.csv> [--new] [--root <project folder>]',
  failureExit: 1,
};

function main(): number {
  const { values, positionals } = readArgs({
    options: { new: { type: 'boolean' }, root: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
  if (values.help) return printUsage(COMMAND);
  if (positionals.length !== 1) {
    throw new UsageError(positionals.length === 0 ? 'Name the TimelineJS file to import.' : `Import one file at a time, not ${positionals.length}.`);
  }

  const root = resolve(values.root ?? process.env.JOURNEY_ROOT ?? process.cwd());
  const result = importTimeline({ root, file: resolve(positionals[0]!), fresh: Boolean(values.new) });
  if (!result.ok) {
    console.error(
      [`Nothing was imported: ${positionals[0]} has ${result.errors.length === 1 ? 'a problem' : `${result.errors.length} problems`}.`, ...result.errors.map((error) => `  ${error}`)].join('\n'),
    );
    return 1;
  }

  const { files } = result.plan;
  const changed = files.filter((file) => file.status !== 'unchanged').length;
  console.log(`Imported ${files.length} milestone${files.length === 1 ? '' : 's'} from ${positionals[0]}${changed < files.length ? ` (${files.length - changed} unchanged)` : ''}.\n`);
  console.log(formatImportReport(result.report));
  const { errors, warnings } = result.check;
  console.log(
    [
      '',
      errors + warnings === 0
        ? 'The content check finds nothing to fix.'
        : `The content check finds ${errors} error${errors === 1 ? '' : 's'} and ${warnings} warning${warnings === 1 ? '' : 's'}: npm run check:content lists them.`,
      'Next: npm run art draws the new milestones’ pictures; npm run dev shows the journey.',
    ].join('\n'),
  );
  return 0;
}

await runCommand(COMMAND, main);
