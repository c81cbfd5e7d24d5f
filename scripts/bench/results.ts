import type { BudgetCheck } from '../../src/build-time/budgets.ts';
import type { ViewportName } from './bytes.ts';
import type { FormFactor, LighthouseFigures } from './lighthouse.ts';
import type { BenchPage, MissingPage } from './lib/pages.ts';
import type { PageTotals, TypeTotals } from './lib/sizes.ts';
import type { ScrollFigures } from './scroll.ts';

/** Everything one `npm run bench` measured: saved as report.json, rendered as report.md. */

export interface StepTime {
  ok: boolean;
  ms: number;
  /** Why the step failed, when it did. */
  error?: string;
}

export interface BytesResult {
  page: BenchPage;
  viewport: ViewportName;
  onLoad: PageTotals;
  afterScroll: PageTotals;
  /** Bytes over the wire (gzip) and number of requests. */
  onLoadTransfer: TypeTotals;
  afterScrollTransfer: TypeTotals;
  otherOrigins: string[];
  budgets: BudgetCheck[];
}

export interface ScaleResult {
  size: number;
  /** Milestones with a picture (stood in from the project's encoded art). */
  pictures?: number;
  contentCheck?: StepTime;
  build: StepTime;
  /** dist/index.html: the journey page itself. */
  html?: { raw: number; gzip: number };
  /** Only built and weighed: no Lighthouse, no scroll. */
  buildOnly?: boolean;
  /** Lighthouse mobile (performance), the journey and the plain-HTML page with the same milestones, run alternately. */
  lighthouse?: { journey: LighthouseFigures[]; baseline: LighthouseFigures[] };
  scroll?: ScrollFigures;
  error?: string;
}

/** One timed build, with the 1-minute load average before and after it. */
export interface BuildRun extends StepTime {
  /** The build process's CPU time, all its threads together. */
  cpuMs?: number;
  load: [number, number];
}

/** Cold builds of one size by this checkout and by the baseline commit, alternately; then one warm build by this checkout. */
export interface BuildComparison {
  size: number;
  /** Generated milestones (with stand-in pictures); otherwise the project's own journey. */
  generated: boolean;
  current: BuildRun[];
  baseline: BuildRun[];
  /** This checkout's copy built again unchanged: its time and the share cards it encoded. */
  warm?: BuildRun & { cardsEncoded: number };
}

export interface BenchResult {
  meta: {
    date: string;
    machine: { cpu: string; cores: number; memoryGiB: number; os: string; loadAverage: number[]; loadAverageEnd?: number[] };
    node: string;
    chromium: string;
    lighthouse: string;
    astro: string;
    commit?: string;
    runs: number;
    /** The longest one scroll end to end was allowed to take (older reports: 60 s). */
    maxScrollMs?: number;
    milestones: number;
    totalMs?: number;
  };
  build: { contentCheck?: StepTime; cold: StepTime; warm?: StepTime };
  /** Cold builds beside the baseline commit (`--build-baseline`), and warm builds. */
  builds?: { baseline?: string; comparisons: BuildComparison[] };
  pages: { found: BenchPage[]; missing: MissingPage[] };
  bytes: BytesResult[];
  lighthouse: Partial<Record<FormFactor, { journey: LighthouseFigures[]; baseline: LighthouseFigures[] }>>;
  scroll?: { journey: ScrollFigures[]; baseline: ScrollFigures[] };
  scale: ScaleResult[];
  notes: string[];
}
