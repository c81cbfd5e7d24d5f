/**
 * The growth charts of the closing screen, drawn at build time: one small chart per series
 * (`src/model/growth.ts`), each with its own y-scale from zero and the whole journey's figures on
 * one shared time axis, as inline SVG whose points link to their milestones, and the same figures
 * as a table. Pure: the journey model computes them once and JourneyGrowth.astro only renders.
 * Every text from content is escaped here.
 */
import { formatJourneyDateLong, formatYear, toDatetimeAttribute } from '../../model/journey-date.ts';
import type { GrowthPoint, GrowthSeries } from '../../model/growth.ts';
import type { Words } from '../../model/words.ts';
import { TRAVEL } from '../../layout/dimensions.ts';
import { escapeHtml } from '../publish/embed.ts';

/** A chart's drawing area in SVG units (drawn at this size in CSS pixels in the horizontal journey). */
export const CHART = {
  width: TRAVEL.growthChartWidth,
  height: 168,
  /** Room for the y labels at the left and the years under the axis. */
  margin: { top: 12, right: 14, bottom: 24, left: 44 },
  /** The visible point, and the round target around it that takes a click or a tap. */
  pointRadius: 4.5,
  targetRadius: 12,
} as const;

/** One row of a chart's table, in the series' order. */
export interface GrowthRow {
  /** "March 18, 2020", and its `datetime` (null for BC). */
  date: string;
  datetime: string | null;
  /** The figure and its label as the milestone writes them: "3.4k+", "adopters". */
  value: string;
  label: string;
  title: string;
  href: string;
}

export interface GrowthChart {
  id: string;
  name: string;
  /** What the chart shows, in words: "GitHub stars: 1,700 (March 18, 2020) to 31k (November 10, 2025)". */
  caption: string;
  /** The chart as SVG markup, every text escaped. */
  svg: string;
  /** Its table's caption, for screen readers: what the rows are. */
  tableCaption: string;
  /** The figures the chart draws (`chartedPoints`), in order. */
  rows: GrowthRow[];
}

/** The smallest "round" number at or above `value`: 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 times a power of ten. */
export function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((candidate) => candidate * power >= value * (1 - 1e-9))!;
  return Number((step * power).toPrecision(12));
}

/**
 * An axis label: 40000 as "40k", 2500000 as "2.5M" ("2,5M" in French), 250 as "250". The number is
 * the language's; the suffixes are the short scales the milestones' own figures write ("31k").
 */
export function compactFigure(value: number, words: Words): string {
  const [scale, suffix] = value >= 1e9 ? [1e9, 'B'] : value >= 1e6 ? [1e6, 'M'] : value >= 1e3 ? [1e3, 'k'] : [1, ''];
  return `${words.number(value / scale, { maximumSignificantDigits: 3 })}${suffix}`;
}

/** The time axis shared by every chart: whole years around the earliest and latest points. */
export function timeDomain(series: readonly GrowthSeries[]): [from: number, to: number] {
  const times = series.flatMap((one) => one.points.map((point) => point.time));
  const from = Math.floor(Math.min(...times));
  return [from, Math.max(from + 1, Math.ceil(Math.max(...times)))];
}

/** Where a figure and a time are drawn in a chart whose y-scale runs from 0 to `top` and x-scale over `domain`. */
export function scales(domain: readonly [number, number], top: number) {
  const { width, height, margin } = CHART;
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  return {
    x: (time: number) => margin.left + ((time - domain[0]) / (domain[1] - domain[0])) * plotWidth,
    y: (value: number) => margin.top + plotHeight - (value / top) * plotHeight,
  };
}

const round = (value: number) => Math.round(value * 10) / 10;

/** Years to mark on the time axis: every year when few, else every second, fifth… so at most six. */
function yearTicks([from, to]: readonly [number, number]): number[] {
  const span = to - from;
  const step = [1, 2, 5, 10, 20, 50, 100].find((candidate) => span / candidate <= 6) ?? Math.ceil(span / 6);
  const ticks: number[] = [];
  for (let year = Math.ceil(from / step) * step; year <= to; year += step) ticks.push(year);
  return ticks;
}

/** A time on the axis as a year: the time 0 is the start of 1 AD, so the year before it is 1 BC. */
const yearLabel = (time: number, words: Words) => formatYear(time <= 0 ? time - 1 : time, words);

/** A point's accessible name: "31k GitHub stars, November 10, 2025: 6th BackstageCon". */
export function pointName(point: GrowthPoint, words: Words): string {
  return words.say('growthPoint', {
    figure: point.written.value,
    label: point.written.label,
    date: formatJourneyDateLong(point.milestone.date, words),
    title: point.milestone.title,
  });
}

/** The chart of one series as SVG: a grid, the line, and a link per point to its milestone. */
export function chartSvg(series: GrowthSeries, domain: readonly [number, number], words: Words, hrefOf: (anchor: string) => string): string {
  const top = niceCeiling(Math.max(...series.points.map((point) => point.figure.value)));
  const { x, y } = scales(domain, top);
  const { margin, width } = CHART;
  const bottom = y(0);
  const grid = [0, top / 2, top]
    .map(
      (value) =>
        `<line x1="${margin.left}" x2="${width - margin.right}" y1="${round(y(value))}" y2="${round(y(value))}"/>` +
        `<text x="${margin.left - 6}" y="${round(y(value))}" dy="0.32em" text-anchor="end">${compactFigure(value, words)}</text>`,
    )
    .join('');
  const years = yearTicks(domain)
    .map(
      (year) =>
        `<line class="growth__tick" x1="${round(x(year))}" x2="${round(x(year))}" y1="${round(bottom)}" y2="${round(bottom + 4)}"/>` +
        `<text x="${round(x(year))}" y="${round(bottom + 16)}" text-anchor="middle">${escapeHtml(yearLabel(year, words))}</text>`,
    )
    .join('');
  const line = series.points.map((point) => `${round(x(point.time))},${round(y(point.figure.value))}`).join(' ');
  const points = series.points
    .map((point) => {
      const cx = round(x(point.time));
      const cy = round(y(point.figure.value));
      return (
        // Its title names the link and shows under a pointer resting on the point.
        `<a href="${escapeHtml(hrefOf(point.milestone.anchor))}"><title>${escapeHtml(pointName(point, words))}</title>` +
        `<circle class="growth__target" cx="${cx}" cy="${cy}" r="${CHART.targetRadius}"/>` +
        `<circle class="growth__point" cx="${cx}" cy="${cy}" r="${CHART.pointRadius}"/></a>`
      );
    })
    .join('');
  return (
    `<svg class="growth__svg" viewBox="0 0 ${CHART.width} ${CHART.height}" width="${CHART.width}" height="${CHART.height}">` +
    `<g class="growth__axes" aria-hidden="true">${grid}${years}</g>` +
    `<polyline class="growth__line" aria-hidden="true" points="${line}"/>` +
    `<g class="growth__points">${points}</g></svg>`
  );
}

/**
 * The most figures a chart draws (each a link, so a stop for Tab) and its table lists. A series
 * citing more is drawn by its first figure and the latest of each of the rest's equal stretches of
 * time, so the line keeps its shape and the closing screen's size does not grow with the journey.
 * Every figure stays in its milestone's words (on the journey and the page of the whole story).
 */
export const GROWTH_CHART_POINTS = 24;

/** The points a chart draws: all when they are few, else the first and the latest of each stretch of time. */
export function chartedPoints(points: readonly GrowthPoint[], most: number = GROWTH_CHART_POINTS): GrowthPoint[] {
  if (points.length <= most) return [...points];
  const first = points[0]!;
  const span = points.at(-1)!.time - first.time;
  const stretches = most - 1;
  const latest = new Map<number, GrowthPoint>();
  for (const point of points.slice(1)) {
    const stretch = span > 0 ? Math.min(stretches - 1, Math.floor(((point.time - first.time) / span) * stretches)) : 0;
    latest.set(stretch, point);
  }
  return [first, ...[...latest.keys()].sort((a, b) => a - b).map((stretch) => latest.get(stretch)!)];
}

/** The id of the growth screen's heading. */
export const GROWTH_HEADING_ID = 'growth-title';

/** A name as an id: "Open source plugins" becomes "growth-open-source-plugins". */
function chartId(name: string, taken: Set<string>): string {
  const base = `growth-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'chart'}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** The charts of every series, on one time axis, in the journey's words; `hrefOf` turns a milestone's anchor into its link. */
export function growthCharts(series: readonly GrowthSeries[], words: Words, hrefOf: (anchor: string) => string = (anchor) => `#${anchor}`): GrowthChart[] {
  const drawn = series.filter((one) => one.points.length > 0);
  if (drawn.length === 0) return [];
  const domain = timeDomain(drawn);
  // The screen's heading has its own id (JourneyGrowth.astro): no series may take it.
  const taken = new Set<string>([GROWTH_HEADING_ID]);
  return drawn.map((one) => {
    const first = one.points[0]!;
    const last = one.points.at(-1)!;
    const charted = chartedPoints(one.points);
    const at = (point: GrowthPoint) => words.say('growthFigureOn', { figure: point.written.value, date: formatJourneyDateLong(point.milestone.date, words) });
    return {
      id: chartId(one.name, taken),
      name: one.name,
      caption:
        one.points.length === 1
          ? words.say('growthCaptionOne', { chart: one.name, first: at(first) })
          : words.say('growthCaption', { chart: one.name, first: at(first), last: at(last) }),
      svg: chartSvg({ ...one, points: charted }, domain, words, hrefOf),
      tableCaption:
        charted.length === one.points.length
          ? words.say('growthTableCaption', { chart: one.name })
          : words.say('growthTableSome', { chart: one.name, shown: words.number(charted.length), count: words.number(one.points.length) }),
      rows: charted.map((point) => ({
        date: formatJourneyDateLong(point.milestone.date, words),
        datetime: toDatetimeAttribute(point.milestone.date),
        value: point.written.value,
        label: point.written.label,
        title: point.milestone.title,
        href: hrefOf(point.milestone.anchor),
      })),
    };
  });
}
