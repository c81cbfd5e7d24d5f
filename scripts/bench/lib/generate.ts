import { daysInMonth, serializeJourneyDate, yearKey, type JourneyDate } from '../../../src/lib/journey-date.ts';
import { fileStemFor } from '../../../src/lib/milestones.ts';
import { TRACK_IDS, type TrackId } from '../../../src/lib/tracks.ts';
import type { MilestoneKind } from '../../../src/schemas/milestone.ts';

/** A milestone file written for a scale test: its path under content/timeline and its text. */
export interface GeneratedFile {
  path: string;
  text: string;
}

export interface GenerateOptions {
  firstYear?: number;
  lastYear?: number;
  /** Same seed, same files: runs on different machines measure the same content. */
  seed?: number;
}

/** Every kind an editor can write by date alone (an era needs `precision: era` and a year-only date). */
const KINDS: readonly MilestoneKind[] = [
  'launch',
  'release',
  'adoption',
  'community',
  'recognition',
  'award',
  'anniversary',
  'statistic',
  'quote',
  'goal',
  'milestone',
];

const SUBJECTS = ['Search', 'TechDocs', 'Scaffolder', 'Catalog', 'Insights', 'Soundcheck', 'Skill Exchange', 'Portal'];
const VERBS: Readonly<Record<MilestoneKind, string>> = {
  era: 'begins',
  launch: 'launches',
  release: 'is released',
  adoption: 'is adopted by another squad',
  community: 'hosts a community session',
  recognition: 'is recognised',
  award: 'wins an award',
  anniversary: 'celebrates an anniversary',
  statistic: 'passes a new mark',
  quote: 'in the words of its users',
  goal: 'sets a goal',
  milestone: 'reaches a milestone',
};

/** A small seeded generator (mulberry32): the same seed gives the same sequence everywhere. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function yamlString(text: string): string {
  return JSON.stringify(text);
}

/**
 * `count` milestone files in the form `npm run new` writes them
 * (content/timeline/<year>/<MM-DD>-<slug>.mdx with title, date, track and kind), spread evenly over
 * the years and both tracks, with the occasional subtitle, figure, quote and body text that real
 * milestones have.
 */
export function generateMilestones(count: number, options: GenerateOptions = {}): GeneratedFile[] {
  const firstYear = options.firstYear ?? 2006;
  const lastYear = options.lastYear ?? 2026;
  const years = lastYear - firstYear + 1;
  const random = seededRandom(options.seed ?? 2006);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const files: GeneratedFile[] = [];
  for (let index = 0; index < count; index++) {
    const year = firstYear + (index % years);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * daysInMonth(year, month));
    const date: JourneyDate = { year, month, day, precision: 'day' };
    const track: TrackId = TRACK_IDS[Math.floor(index / years) % TRACK_IDS.length]!;
    const kind = pick(KINDS);
    const number = String(index + 1).padStart(4, '0');
    const title = kind === 'quote' ? `Backstage made our day ${number}` : `${pick(SUBJECTS)} ${number} ${VERBS[kind]}`;
    const lines = ['---', `title: ${yamlString(title)}`, `date: "${serializeJourneyDate(date)}"`, `track: ${track}`, `kind: ${kind}`];
    if (random() < 0.3) lines.push(`subtitle: ${yamlString(`A step for squad ${number}.`)}`);
    if (kind === 'statistic') {
      lines.push('stats:', `  - value: "${(Math.floor(random() * 900) + 100) * 10}+"`, '    label: GitHub stars');
    }
    if (kind === 'quote') lines.push(`attribution: ${yamlString(`Engineer ${number}`)}`);
    lines.push('---', '');
    if (random() < 0.5) {
      lines.push(`Squad ${number} wrote this one down so the year would not forget it. It links the teams that came before to the ones that followed.`, '');
    }
    files.push({ path: `${yearKey(year)}/${fileStemFor(date, title)}.mdx`, text: lines.join('\n') });
  }
  return files;
}
