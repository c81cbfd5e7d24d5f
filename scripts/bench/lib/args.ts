/** The command line of `npm run bench`. */
export interface BenchOptions {
  /** Runs per Lighthouse and scroll measurement; the report quotes their medians. */
  runs: number;
  /** Milestone counts of the scale step; empty skips it. */
  scaleSizes: number[];
  /** Where the report goes. */
  outDir: string;
  /** The longest one scroll end to end may take, in seconds: longer pages are scrolled faster. */
  scrollSeconds: number;
  help: boolean;
}

export const DEFAULT_SCALE_SIZES = [250, 1000, 4000];
export const DEFAULT_SCROLL_SECONDS = 60;

export const USAGE = `Usage: npm run bench -- [options]

Builds the site in a temporary copy, measures it beside a plain-HTML page with the same milestones,
prints a markdown report and saves it (with the raw figures as JSON) in bench-results/.

  --runs N          runs per Lighthouse and scroll measurement, medians reported (default 3)
  --quick           one run and no scale step (about a quarter of the time)
  --scale A,B,C     milestone counts for the scale step (default ${DEFAULT_SCALE_SIZES.join(',')})
  --no-scale        skip the scale step
  --scroll-time S   longest one scroll may take, in seconds (default ${DEFAULT_SCROLL_SECONDS}): longer pages are
                    scrolled faster than 2,000 px/s to fit, so a larger S measures them at that speed
  --out DIR         where to save report.md and report.json (default bench-results)
  --help            this text`;

export class UsageError extends Error {}

function positiveInteger(flag: string, value: string | undefined): number {
  const number = Number(value);
  if (value === undefined || !Number.isInteger(number) || number < 1) {
    throw new UsageError(`${flag} needs a whole number of 1 or more, not "${value ?? ''}"`);
  }
  return number;
}

export function parseArgs(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = {
    runs: 3,
    scaleSizes: [...DEFAULT_SCALE_SIZES],
    outDir: 'bench-results',
    scrollSeconds: DEFAULT_SCROLL_SECONDS,
    help: false,
  };
  let quick = false;
  let runsGiven = false;
  let scaleGiven = false;
  for (let index = 0; index < argv.length; index++) {
    const [flag, inlineValue] = argv[index]!.split(/=(.*)/s, 2) as [string, string | undefined];
    const value = () => inlineValue ?? argv[++index];
    switch (flag) {
      case '--runs':
        options.runs = positiveInteger('--runs', value());
        runsGiven = true;
        break;
      case '--quick':
        quick = true;
        break;
      case '--scale': {
        const list = value();
        options.scaleSizes = (list ?? '').split(',').filter(Boolean).map((size) => positiveInteger('--scale', size.trim()));
        if (options.scaleSizes.length === 0) throw new UsageError('--scale needs a list such as 250,1000,4000');
        options.scaleSizes = [...new Set(options.scaleSizes)].sort((a, b) => a - b);
        scaleGiven = true;
        break;
      }
      case '--no-scale':
        options.scaleSizes = [];
        scaleGiven = true;
        break;
      case '--scroll-time':
        options.scrollSeconds = positiveInteger('--scroll-time', value());
        break;
      case '--out': {
        const dir = value();
        if (!dir) throw new UsageError('--out needs a folder');
        options.outDir = dir;
        break;
      }
      case '--help':
      case '-h':
        options.help = true;
        break;
      default:
        throw new UsageError(`unknown option "${argv[index]}"\n\n${USAGE}`);
    }
  }
  if (quick) {
    if (!runsGiven) options.runs = 1;
    if (!scaleGiven) options.scaleSizes = [];
  }
  return options;
}
