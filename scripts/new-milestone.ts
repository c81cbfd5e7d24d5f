/**
 * `npm run new -- "Title" --date 2026-06-04 --track <track id> [--kind launch] [--subtitle "…"]`
 * writes a new milestone file in its year folder, ready to fill in. It never overwrites a file.
 * `--root DIR` (or JOURNEY_ROOT=DIR) writes into another project folder.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { enableCompileCache } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type { ScaffoldProblem } from '../src/build-time/scaffold.ts';
import { UsageError, printUsage, readArgs, runCommand } from './lib/cli.ts';

// Later runs start faster: Node keeps the compiled modules (and the stripped TypeScript) on disk,
// so the checker's modules are loaded only once the cache is on.
enableCompileCache();
const { checkContent } = await import('../src/build-time/content/check.ts');
const { readContent } = await import('../src/build-time/content/files.ts');
const { scaffoldMilestone } = await import('../src/build-time/scaffold.ts');
const { contentShape } = await import('../src/build-time/content/snapshot.ts');

const COMMAND = {
  failure: 'The milestone could not be created',
  usage: `Usage: npm run new -- "Title" --date 2026-06-04 --track <one of the track ids in content/journey.yaml> [--kind launch] [--subtitle "A second line"]`,
  failureExit: 1,
};

function printProblems(heading: string, problems: readonly ScaffoldProblem[]): void {
  const blocks = problems.map((problem) =>
    [`  ${problem.field}`, `    ${problem.problem}`, ...(problem.expected ? [`    Expected: ${problem.expected}`] : [])].join('\n'),
  );
  console.error([heading, ...blocks].join('\n\n'));
}

function main(): number {
  const { values, positionals } = readArgs({
    options: {
      title: { type: 'string' },
      date: { type: 'string' },
      track: { type: 'string' },
      kind: { type: 'string' },
      subtitle: { type: 'string' },
      root: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
  });
  if (values.help) return printUsage(COMMAND);
  if (positionals.length > 1 || (positionals.length > 0 && values.title !== undefined)) {
    throw new UsageError(`Give the title once, in quotes: "${positionals.join(' ')}"`);
  }

  const root = resolve(values.root ?? process.env.JOURNEY_ROOT ?? process.cwd());
  const result = scaffoldMilestone(
    {
      title: values.title ?? positionals[0],
      date: values.date,
      track: values.track,
      kind: values.kind,
      subtitle: values.subtitle,
    },
    contentShape(root).trackIds,
  );
  if (!result.ok) {
    printProblems('The milestone was not created:', result.problems);
    console.error(`\n${COMMAND.usage}`);
    return 1;
  }

  const content = readContent(root);
  if (content.exists(result.path)) {
    console.error(`${result.path} already exists; nothing was written.\nOpen it to edit that milestone, or choose another title.`);
    return 1;
  }

  // The new file must not clash with the others (same milestone, same page address): compare the
  // check of the content with and without it.
  const before = checkContent({ ...content, journey: undefined });
  const after = checkContent({ ...content, journey: undefined, files: [...content.files, { path: result.path, text: result.text }] });
  const known = new Set(before.problems.map((problem) => JSON.stringify(problem)));
  const added = after.problems.filter((problem) => !known.has(JSON.stringify(problem)));
  const clashes = added.filter((problem) => problem.severity === 'error');
  if (clashes.length > 0) {
    printProblems(
      'The milestone was not created:',
      clashes.map((problem) => {
        const other = problem.file === result.path ? problem.related?.[0] : problem.file;
        if (problem.kind === 'duplicate') {
          return { field: 'title', problem: `${other} is already this milestone (same track, title and date)`, expected: 'open that file to edit it' };
        }
        if (problem.kind === 'anchor') {
          return { field: 'title', problem: `${other} already has the page address #${result.anchor}`, expected: 'a title that differs by more than capital letters or punctuation' };
        }
        return { ...problem, field: `${problem.file}${problem.line ? `:${problem.line}` : ''}  ${problem.field}` };
      }),
    );
    return 1;
  }

  mkdirSync(dirname(join(root, result.path)), { recursive: true });
  try {
    writeFileSync(join(root, result.path), result.text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      console.error(`${result.path} already exists; nothing was written.`);
      return 1;
    }
    throw error;
  }

  const warnings = added.filter((problem) => problem.severity === 'warning');
  console.log(`Created ${result.path}`);
  if (warnings.length > 0) printProblems('\nWorth a look:', warnings);
  console.log(
    [
      '',
      'Next:',
      `  1. Open ${result.path} and write the story below the closing --- line.`,
      `  2. Run npm run dev and open http://localhost:4321/#${result.anchor} to see it.`,
      '  3. Run npm run art to draw its picture (the build needs it), and npm run check:content before you commit.',
    ].join('\n'),
  );
  return 0;
}

await runCommand(COMMAND, main);
