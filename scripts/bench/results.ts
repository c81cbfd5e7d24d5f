import type { BudgetCheck } from '../../src/build-time/budgets.ts';
import type { ViewportName } from './bytes.ts';
import type { FormFactor, LighthouseFigures } from './lighthouse.ts';
import type { BenchPage, MissingPage } from './lib/pages.ts';
import type { PageTotals, TypeTotals } from './lib/sizes.ts';
import type { ScaleSize } from './lib/scale-size.ts';
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

/** A generated journey: its build, and what it weighs. */
export interface ScaleResult extends ScaleSize {
  /** Milestones with a picture (stood in from the project's encoded art). */
  pictures?: number;
  contentCheck?: StepTime;
  build: StepTime;
  /** dist/index.html: the journey page's first document. */
  html?: { raw: number; gzip: number };
  /** Elements in that document as served, before any script runs. */
  elements?: number;
  /** Only built and weighed: not measured in a browser. */
  buildOnly?: boolean;
  error?: string;
}

/** A 1-minute load average before and after a measurement. */
export type LoadAround = [number, number];

export type LighthouseRun = LighthouseFigures & { load: LoadAround };
export type ScrollRun = ScrollFigures & { load: LoadAround };

/**
 * A page of the comparison at scale, measured alternately with the others in one run: this
 * checkout's journey, the plain-HTML page with its milestones, the baseline commit's journey, and
 * each generated journey.
 */
export interface ComparedPage {
  kind: 'journey' | 'plain' | 'previous' | 'generated';
  milestones: number;
  /** Generated journeys: the years their milestones span. */
  years?: number;
  /** The baseline commit's journey: its commit. */
  commit?: string;
  html?: { raw: number; gzip: number };
  elements?: number;
  /** Lighthouse mobile, performance only. */
  lighthouse: LighthouseRun[];
  /** End to end at 1440×900 (the journey and the generated journey the scroll target names). */
  scroll: ScrollRun[];
}

export interface ScaleComparison {
  pages: ComparedPage[];
  /** The baseline commit (`--page-baseline`) and its cold build, when it was measured. */
  previous?: { commit: string; build: StepTime };
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
  /** Point by point beside the journey: the baseline commit's journey and the generated ones. */
  comparison?: ScaleComparison;
  notes: string[];
}
