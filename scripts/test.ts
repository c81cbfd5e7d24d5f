/**
 * `npm test`: every test, in the order that lets each step use what the one before made, and at its
 * end (whether it passed or not) the time each step took and the machine's load, so every change
 * sees what it costs the suite.
 *
 *   npm test                                every step
 *   npm test -- --only unit,browser         some steps (their names are in the table below)
 *   npm test -- --from browser              from one step on, over a build that is already there
 *
 * The steps: the tools from Debian (`scripts/ensure-test-tools.sh`), the type check, the build,
 * the unit tests (those over dist/ read the build just made), the HTML and link checks of the
 * build, the browser tests in Chromium, the cross-engine checks, and last the sub-path build with
 * its link check, the facts of the built files (tests/dist) and the browser tests that depend on
 * where the site lives; then another organisation's journey, built in a copy of the project with its
 * own content and checked in the browser (tests/second-journey/).
 */
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { printUsage, readArgs, runCommand, UsageError } from './lib/cli.ts';
import { IMPORTED_JOURNEY, SECOND_JOURNEY } from '../tests/second-journey/place.ts';

interface Step {
  name: string;
  /** What it does, in the summary. */
  what: string;
  command: string[];
  env?: Record<string, string>;
}

/** The sub-path every address is checked under in the last steps. */
const SUB_PATH = { BASE: '/journey/' };

const STEPS: Step[] = [
  { name: 'tools', what: 'browsers and Java from Debian', command: ['bash', 'scripts/ensure-test-tools.sh'] },
  { name: 'types', what: 'type check (astro check)', command: ['npx', 'astro', 'check'] },
  { name: 'build', what: 'build (astro build)', command: ['npx', 'astro', 'build'] },
  { name: 'unit', what: 'unit tests and facts of the build (vitest)', command: ['npx', 'vitest', 'run'] },
  { name: 'html', what: 'HTML checks (Nu Html Checker, html-validate)', command: ['npm', 'run', '--silent', 'check:html'] },
  { name: 'links', what: 'link check', command: ['npm', 'run', '--silent', 'check:links'] },
  { name: 'browser', what: 'browser tests (Chromium)', command: ['npx', 'playwright', 'test'] },
  { name: 'engines', what: 'cross-engine checks (Chromium, Firefox ESR, WebKitGTK)', command: ['npx', 'playwright', 'test', '-c', 'tests/engines/playwright.config.ts'] },
  { name: 'subpath-build', what: `build under ${SUB_PATH.BASE}`, command: ['npx', 'astro', 'build'], env: SUB_PATH },
  { name: 'subpath-links', what: `link check under ${SUB_PATH.BASE}`, command: ['npm', 'run', '--silent', 'check:links'], env: SUB_PATH },
  { name: 'subpath-facts', what: `facts of the build under ${SUB_PATH.BASE} (vitest, tests/dist)`, command: ['npx', 'vitest', 'run', 'tests/dist'], env: SUB_PATH },
  { name: 'subpath-browser', what: `browser tests that depend on the base path, under ${SUB_PATH.BASE}`, command: ['npx', 'playwright', 'test'], env: SUB_PATH },
  { name: 'second-build', what: 'another journey built with no change to src/', command: ['node', 'scripts/build-copy.ts', SECOND_JOURNEY.content, SECOND_JOURNEY.copy] },
  {
    name: 'import-build',
    what: 'a journey imported from TimelineJS (JSON, then CSV), drawn and built',
    command: ['node', 'scripts/build-copy.ts', IMPORTED_JOURNEY.content, IMPORTED_JOURNEY.copy, ...IMPORTED_JOURNEY.imports.flatMap((file) => ['--import', file])],
  },
  { name: 'second-browser', what: 'the other journeys in the browser (Chromium)', command: ['npx', 'playwright', 'test', '-c', 'tests/second-journey/playwright.config.ts'] },
];

const COMMAND = {
  failure: 'The tests could not run',
  usage: `Usage: npm test [-- --only <step>[,<step>…]] [-- --from <step>]\nSteps: ${STEPS.map((step) => step.name).join(', ')}`,
};

interface Timed {
  step: Step;
  seconds: number;
  status: 'passed' | 'failed';
}

function run(step: Step): Promise<number> {
  return new Promise((resolve) => {
    const [command, ...args] = step.command as [string, ...string[]];
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...step.env } });
    child.on('error', () => resolve(127));
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

function chosen(only: string | undefined, from: string | undefined): Step[] {
  const known = (name: string) => {
    if (!STEPS.some((step) => step.name === name)) throw new UsageError(`There is no step "${name}".`);
    return name;
  };
  if (only) {
    const names = new Set(only.split(',').map((name) => known(name.trim())));
    return STEPS.filter((step) => names.has(step.name));
  }
  if (from) return STEPS.slice(STEPS.findIndex((step) => step.name === known(from)));
  return STEPS;
}

const load = () => loadavg().map((value) => value.toFixed(2)).join(' ');

function summary(timed: readonly Timed[], skipped: readonly Step[]): string {
  const total = timed.reduce((sum, entry) => sum + entry.seconds, 0);
  const minutes = (seconds: number) => {
    // Rounded once, so 179.6 s reads 3:00, never 2:60.
    const whole = Math.round(seconds);
    return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
  };
  const rows = timed.map(({ step, seconds, status }) => `  ${minutes(seconds).padStart(6)}  ${status === 'failed' ? 'FAILED ' : '       '}${step.name.padEnd(16)}${step.what}`);
  const notRun = skipped.map((step) => `       –  not run ${step.name.padEnd(16)}${step.what}`);
  return [`\nnpm test, step by step (minutes:seconds):`, ...rows, ...notRun, `  ${minutes(total).padStart(6)}  in all; load average ${load()} (1, 5, 15 min) on ${navigator.hardwareConcurrency} cores`].join('\n');
}

async function main(): Promise<number> {
  const { values } = readArgs({ options: { only: { type: 'string' }, from: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) return printUsage(COMMAND);
  const steps = chosen(values.only, values.from);
  const timed: Timed[] = [];
  let failed = 0;
  for (const step of steps) {
    console.log(`\n▶ ${step.name}: ${step.what}`);
    const started = performance.now();
    const code = await run(step);
    timed.push({ step, seconds: (performance.now() - started) / 1000, status: code === 0 ? 'passed' : 'failed' });
    if (code !== 0) {
      failed = code;
      break;
    }
  }
  console.log(summary(timed, steps.slice(timed.length)));
  return failed;
}

await runCommand(COMMAND, main);
