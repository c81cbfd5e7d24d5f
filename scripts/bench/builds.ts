import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ogCacheDir } from '../../src/build-time/art/og-render.ts';
import { astroBuild, copyProject, type ProjectCopy } from '../lib/project-copy.ts';
import { standInArt } from './art.ts';
import { generateMilestones } from './lib/generate.ts';
import type { BuildComparison, BuildRun } from './results.ts';

/**
 * Cold builds beside a baseline commit, in one run: the journey itself and copies with generated
 * milestones (stand-in pictures, as in the scale step), each built from empty caches by this
 * checkout and by the baseline in turn, `runs` times, with the CPU time each took and the load
 * average around it.
 * Then this checkout builds its copy once more, unchanged: the warm build's time, and how many
 * share cards it encoded (none, when the cache does its job).
 */

const BUILD_TIMEOUT_MS = 30 * 60_000;

/** The baseline commit's files, to be copied like the checkout: its own tree, this checkout's installed packages. */
export interface BaselineTree {
  dir: string;
  commit: string;
  remove(): void;
}

/** Writes the files of commit `ref` to a temporary folder (`git archive`), or says why it cannot. */
export function baselineTree(root: string, ref: string): BaselineTree | string {
  let commit: string;
  try {
    commit = execFileSync('git', ['rev-parse', '--short', `${ref}^{commit}`], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return `the baseline ${ref} is not in this clone's history (a shallow clone?)`;
  }
  const dir = mkdtempSync(join(tmpdir(), `bench-baseline-${commit}-`));
  try {
    execFileSync('sh', ['-c', `git archive --format=tar ${commit} | tar -x -C "${dir}"`], { cwd: root, stdio: 'ignore' });
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    return `the baseline ${ref} could not be written out: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
  }
  return { dir, commit, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The copy to build: the project's own journey (`size` undefined), or `size` generated milestones. */
function copyFor(source: string, size: number | undefined, name: string): ProjectCopy {
  if (size === undefined) return copyProject(source, name);
  const copy = copyProject(source, name, { timeline: generateMilestones(size) });
  standInArt(copy.dir);
  return copy;
}

const load = () => Number(loadavg()[0]!.toFixed(2));

async function build(copy: ProjectCopy): Promise<BuildRun> {
  const before = load();
  const timed = await astroBuild(copy, BUILD_TIMEOUT_MS, { cpu: true });
  return {
    ok: timed.ok,
    ms: timed.ms,
    ...(timed.cpuMs !== undefined ? { cpuMs: timed.cpuMs } : {}),
    load: [before, load()],
    ...(timed.ok ? {} : { error: timed.output }),
  };
}

/** The cards the build encoded since `since`: written to the cache then (a card read back is not written again). */
function cardsWrittenSince(root: string, since: number): number {
  const dir = ogCacheDir(root);
  if (!existsSync(dir)) return 0;
  return readdirSync(dir).filter((name) => statSync(join(dir, name)).mtimeMs >= since).length;
}

export interface BuildOptions {
  /** Generated milestone counts; the journey itself is always built first. */
  sizes: readonly number[];
  runs: number;
  baseline?: BaselineTree;
  /** Milestones of the project's own journey, for the report. */
  journeyMilestones: number;
}

export async function compareBuilds(root: string, options: BuildOptions, log: (message: string) => void): Promise<BuildComparison[]> {
  const results: BuildComparison[] = [];
  for (const size of [undefined, ...options.sizes]) {
    const name = size === undefined ? 'the journey' : `${size.toLocaleString('en-US')} milestones`;
    const result: BuildComparison = { size: size ?? options.journeyMilestones, generated: size !== undefined, current: [], baseline: [] };
    for (let run = 1; run <= options.runs; run++) {
      // Alternating the two spreads the machine's noise over both alike.
      for (const which of ['current', 'baseline'] as const) {
        const source = which === 'current' ? root : options.baseline?.dir;
        if (!source) continue;
        log(`cold build of ${name}, ${which === 'current' ? 'this checkout' : `baseline ${options.baseline!.commit}`}, run ${run} of ${options.runs}`);
        const copy = copyFor(source, size, `build-${which}-${size ?? 'journey'}`);
        try {
          const timed = await build(copy);
          result[which].push(timed);
          log(`  ${(timed.ms / 1000).toFixed(1)} s (CPU ${((timed.cpuMs ?? Number.NaN) / 1000).toFixed(1)} s), load average ${timed.load.join(' → ')}`);
          if (which === 'current' && run === options.runs && timed.ok) {
            log(`warm build of ${name}, unchanged`);
            const started = Date.now();
            const warm = await build(copy);
            result.warm = { ...warm, cardsEncoded: cardsWrittenSince(copy.dir, started) };
            log(`  ${(warm.ms / 1000).toFixed(1)} s, ${result.warm.cardsEncoded} share cards encoded`);
          }
        } finally {
          copy.remove();
        }
      }
    }
    results.push(result);
  }
  return results;
}
