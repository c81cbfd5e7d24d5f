import { readArgs, UsageError } from '../../lib/cli.ts';
import { BUILD_BASELINE, PAGE_BASELINE } from '../targets.ts';
import { GENERATED_LAST_YEAR, GENERATED_YEARS } from './generate.ts';
import { byScaleSize, parseScaleSize, sameScaleSize, scaleSizeArg, type ScaleSize } from './scale-size.ts';

export { UsageError };

/** The command line of `npm run bench`. */
export interface BenchOptions {
  /** Runs per Lighthouse and scroll measurement; the report quotes their medians. */
  runs: number;
  /** Generated journeys measured beside the project's own; empty skips them. */
  scaleSizes: ScaleSize[];
  /** Generated journeys only built and weighed (build time and HTML bytes). */
  buildOnlySizes: ScaleSize[];
  /** The commit whose journey page is measured beside this checkout's; undefined skips it. */
  pageBaseline?: string;
  /** Whether to compare cold builds with the baseline commit's. */
  builds: boolean;
  /** Generated milestone counts built cold beside the baseline commit (the journey itself always is); empty skips the step. */
  buildSizes: number[];
  /** The commit the cold builds are compared with. */
  buildBaseline: string;
  /** Where the report goes. */
  outDir: string;
  /** The longest one scroll end to end may take, in seconds: longer pages are scrolled faster. */
  scrollSeconds: number;
  help: boolean;
}

export const DEFAULT_SCALE_SIZES: readonly ScaleSize[] = [
  { milestones: 1000, years: GENERATED_YEARS },
  { milestones: 4000, years: GENERATED_YEARS },
  { milestones: 4000, years: 400 },
];
export const DEFAULT_BUILD_ONLY_SIZES: readonly ScaleSize[] = [{ milestones: 10_000, years: GENERATED_YEARS }];
export const DEFAULT_BUILD_SIZES = [1000];
export const DEFAULT_SCROLL_SECONDS = 60;

export const USAGE = `Usage: npm run bench -- [options]

Builds the site in a temporary copy, measures it beside a plain-HTML page with the same milestones,
prints a markdown report and saves it (with the raw figures as JSON) in bench-results/.

  --runs N          runs per Lighthouse, scroll and cold-build measurement, medians reported (default 3)
  --quick           one run, no scale step, no baseline commit's page and no build comparison
                    (a few minutes)
  --scale A,B,C     generated journeys measured beside the journey, as milestones or milestones/years
                    (default ${DEFAULT_SCALE_SIZES.map(scaleSizeArg).join(',')}; without /years, the ${GENERATED_YEARS} years ending ${GENERATED_LAST_YEAR})
  --build-only A,B  generated journeys only built and weighed (default ${DEFAULT_BUILD_ONLY_SIZES.map(scaleSizeArg).join(',')})
  --no-scale        skip the scale step, built-only counts too
  --page-baseline REF  the commit whose journey page is built and measured beside this checkout's
                    (default ${PAGE_BASELINE}; in a quick run only when given)
  --no-page-baseline   skip it
  --builds A,B      generated milestone counts built cold by this checkout and by the baseline commit,
                    alternately, after the journey itself (default ${DEFAULT_BUILD_SIZES.join(',')})
  --build-baseline REF  the commit those builds are compared with (default ${BUILD_BASELINE})
  --no-builds       skip the build comparison
  --scroll-time S   longest one scroll may take, in seconds (default ${DEFAULT_SCROLL_SECONDS}): longer pages are
                    scrolled faster than 2,000 px/s to fit, so a larger S measures them at that speed
  --out DIR         where to save report.md and report.json (default bench-results)
  --help            this text`;

function positiveInteger(flag: string, value: string | undefined): number {
  const number = Number(value);
  if (value === undefined || !Number.isInteger(number) || number < 1) {
    throw new UsageError(`${flag} needs a whole number of 1 or more, not "${value ?? ''}"`);
  }
  return number;
}

export function parseArgs(argv: readonly string[]): BenchOptions {
  let values;
  try {
    ({ values } = readArgs({
      args: [...argv],
      options: {
        runs: { type: 'string' },
        quick: { type: 'boolean' },
        scale: { type: 'string' },
        'build-only': { type: 'string' },
        'no-scale': { type: 'boolean' },
        'page-baseline': { type: 'string' },
        'no-page-baseline': { type: 'boolean' },
        builds: { type: 'string' },
        'build-baseline': { type: 'string' },
        'no-builds': { type: 'boolean' },
        'scroll-time': { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    const unknown = /Unknown option '([^']+)'/.exec(message);
    if (unknown) throw new UsageError(`unknown option "${unknown[1]}"\n\n${USAGE}`);
    // A value starting with a dash ("--runs -1") is not a count of runs.
    const dashed = /Option '(--[\w-]+)[^']*' argument is ambiguous/.exec(message)?.[1];
    if (dashed) positiveInteger(dashed, argv[argv.indexOf(dashed) + 1]);
    throw error;
  }
  const quick = values.quick ?? false;
  const sizes = (flag: string, list: string | undefined, fallback: readonly number[]) => {
    if (list === undefined) return quick ? [] : [...fallback];
    const counts = list.split(',').filter(Boolean).map((size) => positiveInteger(flag, size.trim()));
    if (counts.length === 0) throw new UsageError(`${flag} needs a list such as ${fallback.join(',')}`);
    return [...new Set(counts)].sort((a, b) => a - b);
  };
  const generatedSizes = (flag: string, list: string | undefined, fallback: readonly ScaleSize[]): ScaleSize[] => {
    if (list === undefined) return quick ? [] : [...fallback];
    const parsed: ScaleSize[] = [];
    for (const text of list.split(',').filter((item) => item.trim())) {
      const size = parseScaleSize(text);
      if (!size) throw new UsageError(`${flag} needs milestone counts such as 1000 or 4000/400 (milestones/years), not "${text.trim()}"`);
      if (!parsed.some((other) => sameScaleSize(other, size))) parsed.push(size);
    }
    if (parsed.length === 0) throw new UsageError(`${flag} needs a list such as ${fallback.map(scaleSizeArg).join(',')}`);
    return parsed.sort(byScaleSize);
  };
  let scaleSizes = generatedSizes('--scale', values.scale, DEFAULT_SCALE_SIZES);
  let buildOnlySizes = generatedSizes('--build-only', values['build-only'], DEFAULT_BUILD_ONLY_SIZES);
  if (values['no-scale']) [scaleSizes, buildOnlySizes] = [[], []];
  if (values['page-baseline'] === '') throw new UsageError('--page-baseline needs a commit');
  // --quick leaves the baseline commit's page out unless it is asked for.
  const pageBaseline = values['no-page-baseline'] ? undefined : (values['page-baseline'] ?? (quick ? undefined : PAGE_BASELINE));
  const buildSizes = sizes('--builds', values.builds, DEFAULT_BUILD_SIZES);
  // --quick leaves the comparison out unless it is asked for (a baseline alone: the journey itself only).
  const builds = !values['no-builds'] && (!quick || values.builds !== undefined || values['build-baseline'] !== undefined);
  if (values.out === '') throw new UsageError('--out needs a folder');
  if (values['build-baseline'] === '') throw new UsageError('--build-baseline needs a commit');
  return {
    runs: values.runs !== undefined ? positiveInteger('--runs', values.runs) : quick ? 1 : 3,
    scaleSizes,
    buildOnlySizes,
    ...(pageBaseline ? { pageBaseline } : {}),
    builds,
    buildSizes,
    buildBaseline: values['build-baseline'] ?? BUILD_BASELINE,
    outDir: values.out ?? 'bench-results',
    scrollSeconds: values['scroll-time'] !== undefined ? positiveInteger('--scroll-time', values['scroll-time']) : DEFAULT_SCROLL_SECONDS,
    help: values.help ?? false,
  };
}
