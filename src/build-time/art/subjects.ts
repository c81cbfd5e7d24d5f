import type { MilestoneKind } from '../../model/schema/milestone.ts';
import type { Landscape } from '../../model/landscapes.ts';
import type { MotifId } from '../../model/motifs.ts';

/**
 * What a milestone's picture is about, read from its words. The table is read top to bottom and
 * the first row whose words appear wins; the title is read first, then the sub-line, then the
 * body, so a milestone is pictured by what its headline says. A row lists its motifs in turn: the
 * first milestone of a subject gets the first motif, the next one the second, and within one year
 * a motif another milestone already shows is passed over (casting.ts). Words match whole words,
 * case aside; a trailing `*` matches any ending ("template*": template, templates).
 */
export interface Subject {
  id: string;
  /** The words or phrases that pick this subject. Empty: the kind's own picture (the last rows). */
  words: readonly string[];
  motifs: readonly [MotifId, ...MotifId[]];
  /** Only milestones of these kinds. */
  kinds?: readonly MilestoneKind[];
  /** Only in years drawn with this landscape. */
  scenery?: Landscape;
  /** Words set on the picture, taken from the milestone's text (see LABELS). */
  label?: LabelRule;
  /** The row applies only when its label is found (the adopter's name). */
  needsLabel?: boolean;
}

/** The adopters' signs, in turn: a row of adopters reads as a row of different companies. */
export const ADOPTER_SIGNS = [
  'storefront',
  'billboard',
  'office-tower',
  'name-badge',
  'van',
  'banner',
  'blimp',
  'neon-sign',
  'shipping-container',
  'hot-air-balloon',
  'arch-gate',
  'signpost',
  'flag',
  'sandwich-board',
  'train',
  'tent',
  'mailbox',
  'coffee-cup',
  't-shirt',
  'sailboat',
] as const satisfies readonly MotifId[];

export const SUBJECTS: readonly Subject[] = [
  { id: 'adopter', words: ['adopts', 'adoption', 'switch', 'joins'], kinds: ['adoption'], label: 'adopter', needsLabel: true, motifs: ADOPTER_SIGNS },
  { id: 'the first spreadsheets', words: ['spreadsheet*'], scenery: 'swamp', motifs: ['spreadsheet-fossil'] },
  { id: 'becoming Backstage', words: ['becomes backstage'], motifs: ['stage'] },
  { id: 'spreadsheets', words: ['spreadsheet*'], motifs: ['spreadsheet-pile'] },
  { id: 'microservices', words: ['microservice*'], motifs: ['service-cloud'] },
  { id: 'a database', words: ['servicedb', 'database*'], motifs: ['database'] },
  { id: 'growth', words: ['growth', 'grows'], motifs: ['sprout'] },
  { id: 'System-Z', words: ['system-z'], motifs: ['crane'] },
  { id: 'the CNCF sandbox', words: ['sandbox'], motifs: ['sandbox'] },
  { id: 'the CNCF incubator', words: ['incubator'], motifs: ['incubator'] },
  { id: 'top project', words: ['top cncf project', 'end user commits'], motifs: ['podium'] },
  { id: 'an award', words: ['award*'], motifs: ['trophy', 'medal'] },
  { id: 'a prize', words: ['prize'], label: 'place', motifs: ['prize-ribbon'] },
  { id: 'Hacker News', words: ['hacker news'], label: 'rank', motifs: ['newspaper'] },
  { id: 'the technology radar', words: ['assess ring', 'trial ring', 'adopt ring', 'hold ring', 'technology radar'], label: 'ring', motifs: ['radar-badge'] },
  { id: 'a birthday', words: ['birthday', 'turns', 'anniversary'], label: 'age', motifs: ['cake', 'balloons', 'gift', 'party-popper'] },
  { id: 'an unconference', words: ['unconference'], motifs: ['sticky-notes'] },
  { id: 'a conference and its city', words: ['backstagecon', 'contribfest', 'kubecon', 'conference'], label: 'city', motifs: ['conference-stage', 'skyline', 'lanyard-badge'] },
  { id: 'a webinar', words: ['webinar*'], motifs: ['webinar-screen', 'roadmap'] },
  { id: 'a certification', words: ['certified', 'certification'], label: 'acronym', motifs: ['certificate'] },
  { id: 'the AI assistant', words: ['aika', 'assistant', 'chatbot'], motifs: ['chatbot', 'globe'] },
  { id: 'general availability', words: ['goes ga', 'general availability'], motifs: ['ribbon-cutting'] },
  { id: 'AI agents', words: ['agent', 'agents', 'agentic'], motifs: ['robot', 'plug'] },
  { id: 'AI-native', words: ['ai-native', 'ai native'], motifs: ['ai-chip'] },
  { id: 'the beaver mascot', words: ['beaver', 'mascot'], motifs: ['beaver'] },
  { id: 'learning', words: ['techu', 'learning', 'training', 'course*'], motifs: ['grad-cap'] },
  { id: 'mentoring', words: ['mentor*', 'pair programming'], motifs: ['mentor-pair'] },
  { id: 'hacking', words: ['hack week', 'hack projects', 'hackathon'], motifs: ['hack-laptop', 'lightbulb'] },
  { id: 'a survey', words: ['survey*', 'engsat'], motifs: ['clipboard'] },
  { id: 'Confidence', words: ['confidence'], motifs: ['ab-test', 'toggles'] },
  { id: 'experiments', words: ['experiment*', 'a/b'], motifs: ['flask'] },
  { id: 'ask me anything', words: ['ama', 'ask me anything', 'reddit'], motifs: ['microphone'] },
  { id: 'Kubernetes', words: ['kubernetes', 'k8s'], motifs: ['helm'] },
  { id: 'cloud native', words: ['cloud native'], motifs: ['container-ship'] },
  { id: 'the cloud', words: ['gcp', 'google cloud', 'the cloud'], motifs: ['cloud-upload'] },
  { id: 'security', words: ['security', 'permissions', 'rbac', 'soc 2'], motifs: ['shield', 'padlock'] },
  { id: 'fleet management', words: ['fleet'], motifs: ['fleet'] },
  { id: 'Autotune', words: ['autotune', 'soundcheck'], motifs: ['tuning-fork'] },
  { id: 'cost', words: ['cost', 'costs'], motifs: ['piggy-bank', 'coin-stack'] },
  { id: 'carbon footprint', words: ['carbon', 'footprint'], motifs: ['footprint-leaf'] },
  { id: 'the design system', words: ['design system'], motifs: ['swatches'] },
  { id: 'the plugin marketplace', words: ['marketplace'], motifs: ['market-stall'] },
  { id: 'the Software Catalog', words: ['catalog', 'catalogue'], motifs: ['card-catalog', 'shelves'] },
  { id: 'templates', words: ['template*'], motifs: ['stencil'] },
  { id: 'the Scaffolder', words: ['scaffolder'], motifs: ['scaffold'] },
  { id: 'TechDocs', words: ['techdocs', 'tech docs', 'documentation'], motifs: ['open-book', 'book-stack'] },
  { id: 'Search', words: ['search'], motifs: ['magnifier', 'binoculars', 'lighthouse'] },
  { id: 'machine learning', words: ['ml platform', 'machine learning'], motifs: ['neural-net'] },
  { id: 'the band', words: ['band manager', 'band'], motifs: ['guitar'] },
  { id: 'data', words: ['datahub', 'data pipeline*'], motifs: ['pipes'] },
  { id: 'a website', words: ['.com', 'website'], motifs: ['browser'] },
  { id: 'the frontend', words: ['frontend', 'front end'], motifs: ['wireframe'] },
  { id: 'the backend', words: ['backend system'], motifs: ['server-rack'] },
  { id: 'version 1.0', words: ['1.0'], label: 'version', motifs: ['parcel'] },
  { id: 'paid plugins', words: ['paid plugin*', 'plugins for backstage', 'plugin bundle'], motifs: ['price-tag', 'shopping-bag'] },
  { id: 'metrics', words: ['metrics'], motifs: ['gauge'] },
  { id: 'goals and dreams', words: ['goals', 'dreams'], motifs: ['telescope'] },
  { id: 'white labelling', words: ['white label*', 'branding'], motifs: ['paint-roller'] },
  { id: 'Portal', words: ['portal'], motifs: ['portal-door'] },
  { id: 'the Mountain Bet', words: ['mountain*'], motifs: ['mountain'] },
  { id: 'a listening tour', words: ['listening tour', 'listening'], motifs: ['headphones', 'tour-bus'] },
  { id: 'community sessions', words: ['community session*'], motifs: ['people', 'speech-bubble'] },
  { id: 'a repository', words: ['repo', 'repository'], motifs: ['git-branches'] },
  { id: 'going open source', words: ['open source launches', 'launches on github'], motifs: ['rocket'] },
  { id: 'a plugin', words: ['plugin*'], motifs: ['puzzle-piece'] },
  // The kinds' own pictures, when nothing above is named.
  { id: 'an era in deep time', words: [], kinds: ['era'], scenery: 'swamp', motifs: ['spreadsheet-fossil'] },
  { id: 'an era', words: [], kinds: ['era'], motifs: ['service-cloud'] },
  { id: 'a launch', words: [], kinds: ['launch'], motifs: ['rocket'] },
  { id: 'a release', words: [], kinds: ['release'], motifs: ['parcel'] },
  { id: 'an adoption', words: [], kinds: ['adoption'], motifs: ['flag'] },
  { id: 'a community', words: [], kinds: ['community'], motifs: ['people'] },
  { id: 'a recognition', words: [], kinds: ['recognition'], motifs: ['radar-badge'] },
  { id: 'an award', words: [], kinds: ['award'], motifs: ['trophy'] },
  { id: 'an anniversary', words: [], kinds: ['anniversary'], motifs: ['cake'] },
  { id: 'a goal', words: [], kinds: ['goal'], motifs: ['compass'] },
  { id: 'figures', words: [], kinds: ['statistic'], motifs: ['bar-chart'] },
  { id: 'words said', words: [], kinds: ['quote'], motifs: ['speech-bubble'] },
  { id: 'a milestone', words: [], kinds: ['milestone'], motifs: ['waymarker'] },
];

export type LabelRule = keyof typeof LABELS;

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
} satisfies Record<string, (title: string, text: string) => string | undefined>;

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

const PATTERNS = new Map(SUBJECTS.map((subject) => [subject, subject.words.map(wordPattern)]));

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

/** The subject of a milestone: the first row whose words appear in its title, else sub-line, else body. */
export function subjectOf(text: SubjectText): SubjectMatch {
  const whole = [text.title, text.subtitle ?? '', text.body ?? ''].join('\n');
  const applies = (subject: Subject) => (!subject.kinds || subject.kinds.includes(text.kind)) && (!subject.scenery || subject.scenery === text.scenery);
  for (const part of [text.title, text.subtitle, text.body]) {
    if (!part) continue;
    for (const subject of SUBJECTS) {
      if (subject.words.length === 0 || !applies(subject)) continue;
      const index = PATTERNS.get(subject)!.findIndex((pattern) => pattern.test(part));
      if (index < 0) continue;
      const label = subject.label ? LABELS[subject.label](text.title, whole) : undefined;
      if (subject.needsLabel && !label) continue;
      return { subject, word: subject.words[index], label };
    }
  }
  const fallback = SUBJECTS.find((subject) => subject.words.length === 0 && applies(subject));
  if (!fallback) throw new Error(`No picture for a milestone of kind ${text.kind}: add a row for it to SUBJECTS`);
  return { subject: fallback };
}
