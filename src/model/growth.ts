/**
 * The growth the milestones cite: their figures (`stats`) read as numbers and gathered into the
 * series that `growth` in `content/journey.yaml` names ("GitHub stars", "Adopters"…), so the
 * closing screen can draw each series over time. Editors keep the charts current by editing the
 * milestones' figures; a figure whose label no series collects is simply not charted.
 */
import { daysInMonth, isLeapYear, type JourneyDate } from './journey-date.ts';
import type { Milestone } from './milestone.ts';
import { DEFAULT_LANG } from './ui-words.ts';

/** A series as `content/journey.yaml` names it: its name and the stat labels (or words of them) it collects. */
export interface GrowthSeriesSpec {
  name: string;
  labels: readonly string[];
}

/** A figure read as a number: "3.4k+" is at least 3,400. */
export interface Figure {
  value: number;
  /** Written with a "+": the figure is a floor ("at least"). */
  atLeast: boolean;
}

const SCALE: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9 };
const FIGURE = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*([kmb])?\s*(\+)?$/i;

/**
 * The figure in "31k", "3.4k+", "1,700", "10,000+", "1.8k", "2M"; null when it is not a number
 * ("No. 1"). `lang` is the journey's language: its own grouping and decimal marks are read too, so
 * a French journey's "1 700" and "3,4k" are 1,700 and 3,400.
 */
export function parseFigure(written: string, lang: string = DEFAULT_LANG): Figure | null {
  const match = FIGURE.exec(inEnglishMarks(written.trim(), lang));
  if (!match) return null;
  const number = Number(`${match[1]!.replaceAll(',', '')}${match[2] ? `.${match[2]}` : ''}`);
  const scale = match[3] ? SCALE[match[3].toLowerCase()]! : 1;
  // toPrecision trims the float noise of 3.4 × 1000 without rounding a real fraction away.
  return { value: Number((number * scale).toPrecision(12)), atLeast: match[4] === '+' };
}

/** A figure written with the language's grouping and decimal marks, rewritten with "," and ".". */
function inEnglishMarks(written: string, lang: string): string {
  const parts = new Intl.NumberFormat(lang).formatToParts(12345.6);
  const group = parts.find((part) => part.type === 'group')?.value ?? ',';
  const decimal = parts.find((part) => part.type === 'decimal')?.value ?? '.';
  if (group === ',' && decimal === '.') return written;
  const literal = (mark: string) => (/\s/.test(mark) ? '\\s' : mark.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // The decimal mark first, so a language that groups with "." and marks decimals with "," reads right.
  const [whole = '', fraction] = written.split(new RegExp(`(?<=\\d)${literal(decimal)}(?=\\d)`));
  const grouped = whole.replace(new RegExp(`(?<=\\d)${literal(group)}(?=\\d{3}(?!\\d))`, 'g'), ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** Labels compared as an editor reads them: case, spacing and punctuation aside. */
export function normaliseLabel(label: string): string {
  return label
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The series a stat label belongs to: the one listing that label, or words of it ("adopters"
 * collects "public adopters" and "total adopters, public and private"). When several series
 * match, the longest listed words win, then the series listed first; undefined when none does.
 */
export function seriesForLabel(label: string, series: readonly GrowthSeriesSpec[]): number | undefined {
  const words = ` ${normaliseLabel(label)} `;
  let best: { index: number; length: number } | undefined;
  series.forEach((spec, index) => {
    for (const listed of spec.labels) {
      const wanted = normaliseLabel(listed);
      if (wanted && words.includes(` ${wanted} `) && (!best || wanted.length > best.length)) best = { index, length: wanted.length };
    }
  });
  return best?.index;
}

/**
 * A date as a point on a continuous time line, in years: a day falls within its day, a month in
 * its middle, a year (or an era) in its middle. BC years count back from 1 AD with no year zero.
 */
export function timeOf(date: JourneyDate): number {
  const start = date.year < 0 ? date.year + 1 : date.year;
  if (date.precision === 'day') {
    let day = date.day! - 0.5;
    for (let month = 1; month < date.month!; month++) day += daysInMonth(date.year, month);
    return start + day / (isLeapYear(date.year) ? 366 : 365);
  }
  if (date.precision === 'month') return start + (date.month! - 0.5) / 12;
  return start + 0.5;
}

/** One charted figure: the milestone that cites it and the figure as written and as read. */
export interface GrowthPoint {
  milestone: Pick<Milestone, 'id' | 'anchor' | 'title' | 'date'>;
  /** The stat as the milestone writes it: "3.4k+", "adopters". */
  written: { value: string; label: string };
  figure: Figure;
  /** `timeOf` the milestone's date. */
  time: number;
}

export interface GrowthSeries {
  name: string;
  /** Its points in the milestones' order (chronological). */
  points: GrowthPoint[];
}

/** A stat a series collects whose value reads as no number: the content check warns about it. */
export interface UnreadFigure {
  milestone: Pick<Milestone, 'id'>;
  /** Its place in the milestone's `stats`. */
  index: number;
  series: string;
  value: string;
}

/**
 * The series with their points, from milestones in chronological order. Series without a point
 * are left out; figures that cannot be read are listed in `unread` and not charted.
 */
export function growthSeries(
  milestones: readonly Pick<Milestone, 'id' | 'anchor' | 'title' | 'date' | 'stats'>[],
  specs: readonly GrowthSeriesSpec[],
  lang: string = DEFAULT_LANG,
): { series: GrowthSeries[]; unread: UnreadFigure[] } {
  const series: GrowthSeries[] = specs.map((spec) => ({ name: spec.name, points: [] }));
  const unread: UnreadFigure[] = [];
  for (const milestone of milestones) {
    (milestone.stats ?? []).forEach((stat, index) => {
      const which = seriesForLabel(stat.label, specs);
      if (which === undefined) return;
      const figure = parseFigure(stat.value, lang);
      if (!figure) {
        unread.push({ milestone: { id: milestone.id }, index, series: specs[which]!.name, value: stat.value });
        return;
      }
      const { id, anchor, title, date } = milestone;
      series[which]!.points.push({ milestone: { id, anchor, title, date }, written: { value: stat.value, label: stat.label }, figure, time: timeOf(date) });
    });
  }
  return { series: series.filter((one) => one.points.length > 0), unread };
}
