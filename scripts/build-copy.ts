/**
 * `node scripts/build-copy.ts CONTENT DIR`: builds a copy of the project in DIR with the content
 * folder CONTENT in place of its own (another journey), leaving the checkout and its dist/ as they
 * are. The tests build their second journey so (tests/second-journey/).
 */
import { enableCompileCache } from 'node:module';
import { UsageError, runCommand } from './lib/cli.ts';

enableCompileCache();
const { astroBuild, copyProject } = await import('./lib/project-copy.ts');

const COMMAND = {
  failure: 'The copy could not be built',
  usage: 'Usage: node scripts/build-copy.ts <content folder> <copy folder>',
  failureExit: 1,
};

async function main(): Promise<number> {
  const [content, at, ...rest] = process.argv.slice(2);
  if (!content || !at || rest.length > 0) throw new UsageError('Give the content folder and the folder of the copy.');
  const copy = copyProject(process.cwd(), 'copy', { content, at });
  const built = await astroBuild(copy);
  console.log(built.output);
  console.log(built.ok ? `Built ${copy.dist} in ${(built.ms / 1000).toFixed(1)} s.` : 'The build failed.');
  return built.ok ? 0 : 1;
}

await runCommand(COMMAND, main);
