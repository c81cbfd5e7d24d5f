/**
 * `node scripts/build-copy.ts CONTENT DIR [--import FILE]…`: builds a copy of the project in DIR
 * with the content folder CONTENT in place of its own (another journey), leaving the checkout and its
 * dist/ as they are. Each `--import` then goes through `npm run import` in the copy, the first with
 * `--new` (a fresh journey from that file), the next ones into it, and the copy's pictures are drawn
 * (`npm run art`) before it is built. The tests build their other journeys so (tests/second-journey/).
 */
import { enableCompileCache } from 'node:module';
import { resolve } from 'node:path';
import { UsageError, readArgs, runCommand } from './lib/cli.ts';

enableCompileCache();
const { astroBuild, copyProject, timeCommand } = await import('./lib/project-copy.ts');

const COMMAND = {
  failure: 'The copy could not be built',
  usage: 'Usage: node scripts/build-copy.ts <content folder> <copy folder> [--import <timeline.json or .csv>]…',
  failureExit: 1,
};

async function main(): Promise<number> {
  const { values, positionals } = readArgs({ options: { import: { type: 'string', multiple: true } }, allowPositionals: true });
  const [content, at, ...rest] = positionals;
  if (!content || !at || rest.length > 0) throw new UsageError('Give the content folder and the folder of the copy.');
  const copy = copyProject(process.cwd(), 'copy', { content, at });
  const steps = [
    ...(values.import ?? []).map((file, index) => ['scripts/import.ts', resolve(file), ...(index === 0 ? ['--new'] : [])]),
    ...(values.import?.length ? [['scripts/art/index.ts']] : []),
  ];
  for (const args of steps) {
    const run = await timeCommand(copy.dir, process.execPath, args);
    console.log(run.output);
    if (!run.ok) return 1;
  }
  const built = await astroBuild(copy);
  console.log(built.output);
  console.log(built.ok ? `Built ${copy.dist} in ${(built.ms / 1000).toFixed(1)} s.` : 'The build failed.');
  return built.ok ? 0 : 1;
}

await runCommand(COMMAND, main);
