import type { MilestoneKind } from '../../model/schema/milestone.ts';
import type { Landscape } from '../../model/landscapes.ts';
import { SUBJECTS, type LabelRule, type Subject } from '../../model/pictures.ts';


const NUMBER_WORDS: Readonly<Record<string, string>> = {
  first: '1', one: '1', second: '2', two: '2', third: '3', three: '3', fourth: '4', four: '4',
  fifth: '5', five: '5', sixth: '6', six: '6', seventh: '7', seven: '7', eighth: '8', eight: '8',
  ninth: '9', nine: '9', tenth: '10', ten: '10',
};
const NUMBER = `(\\d+|${Object.keys(NUMBER_WORDS).join('|')})`;
const toNumber = (word: string) => NUMBER_WORDS[word] ?? word;

/**
 * How a row finds the words it sets on its picture. Each reads the milestone's title first, then the
 * rest of its text; undefined when the text does not say.
 */
export const LABELS = {
  /** "Zalando adopts.", "Unity adopts / Epic Games adopts.", "2K Games announces adoption of…": the names. */
  adopter: (title: string) => {
    const names = title
      .split(' / ')
      .map((part) => /^(.+?)\s+(?:adopts|announces (?:their )?(?:adoption|switch)|joins the [\w\s]*community)\b/i.exec(part.trim())?.[1])
      .filter((name): name is string => Boolean(name));
    // "Spotify adopts GCP" names what was adopted, not who: only "<name> adopts." stands alone.
    const standsAlone = title.split(' / ').every((part) => !/\badopts\s+\w/i.test(part));
    return names.length > 0 && standsAlone ? names.join(' & ') : undefined;
  },
  /** "third prize": the place, "3RD". */
  place: (_title: string, text: string) => {
    const match = new RegExp(`\\b${NUMBER}(?:st|nd|rd|th)?\\s+(?:prize|place)\\b`, 'i').exec(text);
    return match ? ordinal(toNumber(match[1]!.toLowerCase())) : undefined;
  },
  /** "No. 1 on Hacker News": "NO. 1". */
  rank: (_title: string, text: string) => {
    const match = /\bno\.\s*(\d+)\b/i.exec(text);
    return match ? `No. ${match[1]}` : undefined;
  },
  /** "Added to the Trial ring": "TRIAL". */
  ring: (_title: string, text: string) => /\b(adopt|trial|assess|hold) ring\b/i.exec(text)?.[1]?.toUpperCase(),
  /** "1st Birthday", "turns two", "turns 5!": the age. */
  age: (_title: string, text: string) => {
    const match = new RegExp(`\\b${NUMBER}(?:st|nd|rd|th)?\\s+(?:birthday|anniversary)\\b|\\bturns\\s+${NUMBER}\\b`, 'i').exec(text);
    return match ? toNumber((match[1] ?? match[2]!).toLowerCase()) : undefined;
  },
  /** "…in Detroit.", "…in Salt Lake City.": the city, else the conference's own count ("6th"). */
  city: (_title: string, text: string) => {
    const city = /\bin ((?:[A-Z][a-z]+\s?){1,3})/.exec(text.replace(/\s+/g, ' '))?.[1]?.trim();
    if (city) return city;
    const count = /\b(\d+)(st|nd|rd|th)\s+\w+con\b/i.exec(text);
    return count ? `${count[1]}${count[2]}` : undefined;
  },
  /** "Certified Backstage Associate (CBA)": "CBA". */
  acronym: (_title: string, text: string) => /\(([A-Z0-9]{2,6})\)/.exec(text)?.[1],
  /** "Backstage 1.0 released": "1.0". */
  version: (_title: string, text: string) => /\b(\d+\.\d+)\b/.exec(text)?.[1],
} satisfies Record<LabelRule, (title: string, text: string) => string | undefined>;

function ordinal(number: string): string {
  const n = Number(number);
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** A whole-word pattern for one of a row's words. */
function wordPattern(word: string): RegExp {
  const stem = word.endsWith('*');
  const body = (stem ? word.slice(0, -1) : word).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const start = /^[a-z0-9]/i.test(word) ? '(?<![a-z0-9])' : '';
  const end = stem ? '[a-z]*' : /[a-z0-9]$/i.test(word) ? '(?![a-z0-9])' : '';
  return new RegExp(`${start}${body}${end}`, 'i');
}

const PATTERNS = new WeakMap<Subject, RegExp[]>();
const patternsOf = (subject: Subject) => {
  let patterns = PATTERNS.get(subject);
  if (!patterns) PATTERNS.set(subject, (patterns = subject.words.map(wordPattern)));
  return patterns;
};

export interface SubjectText {
  kind: MilestoneKind;
  /** The landscape behind the milestone's year. */
  scenery: Landscape;
  title: string;
  subtitle?: string;
  /** The body as plain words (words.ts). */
  body?: string;
}

export interface SubjectMatch {
  subject: Subject;
  /** The words that picked it, as written in the table: "kubernetes". Empty for a kind's own picture. */
  word?: string;
  label?: string;
}

/**
 * The subject of a milestone: the first row of `table` (the journey's, `subjectTable`) whose words
 * appear in its title, else sub-line, else body.
 */
export function subjectOf(text: SubjectText, table: readonly Subject[] = SUBJECTS): SubjectMatch {
  const whole = [text.title, text.subtitle ?? '', text.body ?? ''].join('\n');
  const applies = (subject: Subject) => (!subject.kinds || subject.kinds.includes(text.kind)) && (!subject.scenery || subject.scenery === text.scenery);
  for (const part of [text.title, text.subtitle, text.body]) {
    if (!part) continue;
    for (const subject of table) {
      if (subject.words.length === 0 || !applies(subject)) continue;
      const index = patternsOf(subject).findIndex((pattern) => pattern.test(part));
      if (index < 0) continue;
      const label = subject.label ? LABELS[subject.label](text.title, whole) : undefined;
      if (subject.needsLabel && !label) continue;
      return { subject, word: subject.words[index], label };
    }
  }
  const fallback = table.find((subject) => subject.words.length === 0 && applies(subject));
  if (!fallback) throw new Error(`No picture for a milestone of kind ${text.kind}: add a row for it to SUBJECTS`);
  return { subject: fallback };
}
