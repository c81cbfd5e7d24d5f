import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { CONTENT_DIR, TIMELINE_DIR } from '../../src/model/milestone.ts';
import type { GeneratedFile } from '../bench/lib/generate.ts';

/**
 * Copies of the project, built without touching the checkout: its dist/ and caches stay untouched,
 * every copy starts cold like a fresh clone. The benchmark's scale copies swap the milestones; the
 * tests' second journey swaps the whole content folder for another story's.
 */

/** Folders a fresh clone does not have, and caches the copy must not share. */
const LEFT_OUT = new Set(['node_modules', 'dist', '.astro', '.git', 'bench-results', 'test-results', 'playwright-report']);
/** Caches inside node_modules: each copy gets its own, empty. */
const CACHES = new Set(['.astro', '.vite', '.cache']);

export interface ProjectCopy {
  dir: string;
  dist: string;
  remove(): void;
}

export interface CopyOptions {
  /** Milestone files that replace the timeline. */
  timeline?: readonly GeneratedFile[];
  /** A folder that replaces the content folder: another journey. */
  content?: string;
  /** Where the copy goes (emptied first); a new folder under the system's temporary folder otherwise. */
  at?: string;
}

export function copyProject(root: string, name: string, options: CopyOptions = {}): ProjectCopy {
  const { timeline, content, at } = options;
  if (at) rmSync(at, { recursive: true, force: true });
  const dir = at ? (mkdirSync(at, { recursive: true }), resolve(at)) : mkdtempSync(join(tmpdir(), `bench-${name}-`));
  const source = resolve(root);
  // Entry by entry, so the copy may live in a folder that is left out (test-results/…).
  for (const entry of readdirSync(source)) {
    if (!LEFT_OUT.has(entry)) cpSync(join(source, entry), join(dir, entry), { recursive: true });
  }
  // Installed packages are shared through links, one per package, so the copy's own caches stay its own.
  const modules = join(source, 'node_modules');
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(modules)) {
    if (!CACHES.has(entry)) symlinkSync(join(modules, entry), join(dir, 'node_modules', entry));
  }
  if (content) {
    rmSync(join(dir, CONTENT_DIR), { recursive: true, force: true });
    cpSync(resolve(content), join(dir, CONTENT_DIR), { recursive: true });
  }
  if (timeline) {
    const timelineDir = join(dir, TIMELINE_DIR);
    rmSync(timelineDir, { recursive: true, force: true });
    for (const file of timeline) {
      const path = join(timelineDir, file.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.text);
    }
  }
  return { dir, dist: join(dir, 'dist'), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface Timed {
  ok: boolean;
  ms: number;
  /** CPU time of the process, all its threads, when asked for (`astroBuild`'s `cpu`). */
  cpuMs?: number;
  /** The end of the output, to explain a failure. */
  output: string;
}

/** Runs a command in `cwd` with the project's Node first on the PATH, and times it. */
export function timeCommand(cwd: string, command: string, args: readonly string[], timeoutMs = 30 * 60_000): Promise<Timed> {
  return new Promise((resolvePromise) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd,
      env: {
        ...process.env,
        PATH: `${join(cwd, 'node_modules', '.bin')}:${dirname(process.execPath)}:${process.env.PATH ?? ''}`,
        ASTRO_TELEMETRY_DISABLED: '1',
        FORCE_COLOR: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const timer = setTimeout(() => {
      output += `\n(stopped after ${Math.round(timeoutMs / 1000)} s)`;
      child.kill('SIGTERM');
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      const cpu = output.lastIndexOf(CPU_MARK);
      const cpuMs = cpu >= 0 ? Number.parseInt(output.slice(cpu + CPU_MARK.length), 10) : Number.NaN;
      const kept = (cpu >= 0 ? output.slice(0, cpu) : output).trim().split('\n').slice(-25).join('\n');
      resolvePromise({ ok: code === 0, ms: performance.now() - started, ...(Number.isFinite(cpuMs) ? { cpuMs } : {}), output: kept });
    });
  });
}

/** What `cpu-usage.ts` writes before the CPU time a process used, in ms. */
export const CPU_MARK = 'journey-bench-cpu-ms:';

/** `astro build` in a copy, with the Node that runs the benchmark; with `cpu`, its CPU time too. */
export function astroBuild(copy: ProjectCopy, timeoutMs?: number, options: { cpu?: boolean } = {}): Promise<Timed> {
  const preload = options.cpu ? ['--import', pathToFileURL(join(import.meta.dirname, 'cpu-usage.ts')).href] : [];
  return timeCommand(copy.dir, process.execPath, [...preload, join(copy.dir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], timeoutMs);
}

/** The content check (`npm run check:content`), when the project has one. */
export function contentCheck(copy: ProjectCopy): Promise<Timed> | undefined {
  const pkg = JSON.parse(readFileSync(join(copy.dir, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  const script = pkg.scripts?.['check:content'];
  if (!script) return undefined;
  const file = /\bnode\s+(\S+\.ts)\b/.exec(script)?.[1];
  if (file && !existsSync(join(copy.dir, file))) return undefined;
  return timeCommand(copy.dir, 'npm', ['run', '--silent', 'check:content']);
}
