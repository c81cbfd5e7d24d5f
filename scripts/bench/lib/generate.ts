import { daysInMonth, serializeJourneyDate, type JourneyDate } from '../../../src/model/journey-date.ts';
import { TIMELINE_DIR } from '../../../src/model/milestone.ts';
import { scaffoldMilestone } from '../../../src/build-time/scaffold.ts';
import type { TrackId } from '../../../src/model/tracks.ts';
import { contentShape } from '../../../src/build-time/content/snapshot.ts';
import { MILESTONE_KINDS, type MilestoneKind } from '../../../src/model/schema/milestone.ts';

/** A milestone file written for a scale test: its path under content/timeline and its text. */
export interface GeneratedFile {
  path: string;
  text: string;
}

/** The years generated milestones span unless told otherwise: the journey's own. */
export const GENERATED_FIRST_YEAR = 2006;
export const GENERATED_LAST_YEAR = 2026;
export const GENERATED_YEARS = GENERATED_LAST_YEAR - GENERATED_FIRST_YEAR + 1;

export interface GenerateOptions {
  firstYear?: number;
  lastYear?: number;
  /** Same seed, same files: runs on different machines measure the same content. */
  seed?: number;
}

/** Every kind an editor can write by date alone (an era needs `precision: era` and a year-only date). */
const KINDS: readonly MilestoneKind[] = MILESTONE_KINDS.filter((kind) => kind !== 'era');

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

/** Adds frontmatter lines before the closing `---` of a scaffolded file. */
function withFields(text: string, fields: readonly string[]): string {
  if (fields.length === 0) return text;
  const close = text.lastIndexOf('\n---\n');
  return `${text.slice(0, close)}\n${fields.join('\n')}${text.slice(close)}`;
}

/**
 * `count` milestone files as `npm run new` writes them (content/timeline/<year>/<MM-DD>-<slug>.mdx),
 * then filled in as an editor would: the occasional subtitle, figure, quote and body text. Spread
 * evenly over the years and both tracks, with every kind that needs no era date.
 */
export function generateMilestones(count: number, options: GenerateOptions = {}): GeneratedFile[] {
  const firstYear = options.firstYear ?? GENERATED_FIRST_YEAR;
  const lastYear = options.lastYear ?? GENERATED_LAST_YEAR;
  const years = lastYear - firstYear + 1;
  const { trackIds } = contentShape();
  const random = seededRandom(options.seed ?? 2006);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const files: GeneratedFile[] = [];
  for (let index = 0; index < count; index++) {
    const year = firstYear + (index % years);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * daysInMonth(year, month));
    const date: JourneyDate = { year, month, day, precision: 'day' };
    const track: TrackId = trackIds[Math.floor(index / years) % trackIds.length]!;
    const kind = pick(KINDS);
    const number = String(index + 1).padStart(4, '0');
    const title = kind === 'quote' ? `Backstage made our day ${number}` : `${pick(SUBJECTS)} ${number} ${VERBS[kind]}`;
    const subtitle = random() < 0.3 ? `A step for squad ${number}.` : undefined;
    const scaffolded = scaffoldMilestone({ title, date: serializeJourneyDate(date), track, kind, subtitle }, trackIds);
    if (!scaffolded.ok) {
      throw new Error(`The scaffolder refused milestone ${number}: ${scaffolded.problems.map((problem) => problem.problem).join('; ')}`);
    }
    const fields: string[] = [];
    if (kind === 'statistic') {
      fields.push('stats:', `  - value: "${(Math.floor(random() * 900) + 100) * 10}+"`, '    label: GitHub stars');
    }
    if (kind === 'quote') fields.push(`attribution: ${yamlString(`Engineer ${number}`)}`);
    let text = withFields(scaffolded.text, fields);
    if (random() < 0.5) {
      text += `Squad ${number} wrote this one down so the year would not forget it. It links the teams that came before to the ones that followed.\n`;
    }
    files.push({ path: scaffolded.path.slice(TIMELINE_DIR.length + 1), text });
  }
  return files;
}
