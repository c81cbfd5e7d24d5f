/**
 * The rules that choose a generated picture from a milestone's words ("subjects"): the project's own
 * rows (src/build-time/art/subjects.ts) and a journey's own, written in `content/journey.yaml`
 * (`pictures:`), which are read first.
 */
import type { Landscape } from './landscapes.ts';
import type { MotifId } from './motifs.ts';
import type { MilestoneKind } from './schema/milestone.ts';

/** The ways a row finds the words it sets on its picture, by the names a row picks them with. */
export const LABEL_RULES = {
  adopter: 'the adopter’s name, from a title such as "Zalando adopts." (the row then applies only when a name is found)',
  place: 'a prize’s place, from "third prize": 3rd',
  rank: 'a ranking, from "No. 1 on…": No. 1',
  ring: 'a technology radar’s ring, from "the Trial ring": TRIAL',
  age: 'an age, from "1st birthday" or "turns two": 2',
  city: 'a city, from "…in Detroit", else a conference’s count ("6th")',
  acronym: 'an acronym in brackets, from "(CBA)": CBA',
  version: 'a version number, from "1.0 released": 1.0',
} as const;

export type LabelRule = keyof typeof LABEL_RULES;

export const LABEL_RULE_IDS = Object.keys(LABEL_RULES) as [LabelRule, ...LabelRule[]];

/**
 * What a milestone's picture is about, read from its words. Rows are read top to bottom and the
 * first row whose words appear wins; a row lists its motifs in turn (casting.ts). Words match whole
 * words, case aside; a trailing `*` matches any ending ("template*": template, templates).
 */
export interface Subject {
  id: string;
  /** The words or phrases that pick this subject. Empty: the kind's own picture. */
  words: readonly string[];
  motifs: readonly [MotifId, ...MotifId[]];
  /** Only milestones of these kinds. */
  kinds?: readonly MilestoneKind[];
  /** Only in years drawn with this landscape. */
  scenery?: Landscape;
  /** Words set on the picture, taken from the milestone's text. */
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

/**
 * The project's own subject rows (the model's `Subject` says how a row reads), after the journey's
 * own (`pictures:` in content/journey.yaml): the words any journey may use, and each kind's own
 * picture in the last rows.
 */
export const SUBJECTS: readonly Subject[] = [
  { id: 'adopter', words: ['adopts', 'adoption', 'switch', 'joins'], kinds: ['adoption'], label: 'adopter', needsLabel: true, motifs: ADOPTER_SIGNS },
  { id: 'spreadsheets', words: ['spreadsheet*'], motifs: ['spreadsheet-pile'] },
  { id: 'microservices', words: ['microservice*'], motifs: ['service-cloud'] },
  { id: 'a database', words: ['database*'], motifs: ['database'] },
  { id: 'growth', words: ['growth', 'grows'], motifs: ['sprout'] },
  { id: 'the CNCF sandbox', words: ['sandbox'], motifs: ['sandbox'] },
  { id: 'the CNCF incubator', words: ['incubator'], motifs: ['incubator'] },
  { id: 'top project', words: ['top cncf project', 'end user commits'], motifs: ['podium'] },
  { id: 'an award', words: ['award*'], motifs: ['trophy', 'medal'] },
  { id: 'a prize', words: ['prize'], label: 'place', motifs: ['prize-ribbon'] },
  { id: 'Hacker News', words: ['hacker news'], label: 'rank', motifs: ['newspaper'] },
  { id: 'the technology radar', words: ['assess ring', 'trial ring', 'adopt ring', 'hold ring', 'technology radar'], label: 'ring', motifs: ['radar-badge'] },
  { id: 'a birthday', words: ['birthday', 'turns', 'anniversary'], label: 'age', motifs: ['cake', 'balloons', 'gift', 'party-popper'] },
  { id: 'an unconference', words: ['unconference'], motifs: ['sticky-notes'] },
  { id: 'a conference and its city', words: ['kubecon', 'conference'], label: 'city', motifs: ['conference-stage', 'skyline', 'lanyard-badge'] },
  { id: 'a webinar', words: ['webinar*'], motifs: ['webinar-screen', 'roadmap'] },
  { id: 'a certification', words: ['certified', 'certification'], label: 'acronym', motifs: ['certificate'] },
  { id: 'the AI assistant', words: ['assistant', 'chatbot'], motifs: ['chatbot', 'globe'] },
  { id: 'general availability', words: ['goes ga', 'general availability'], motifs: ['ribbon-cutting'] },
  { id: 'AI agents', words: ['agent', 'agents', 'agentic'], motifs: ['robot', 'plug'] },
  { id: 'AI-native', words: ['ai-native', 'ai native'], motifs: ['ai-chip'] },
  { id: 'learning', words: ['learning', 'training', 'course*'], motifs: ['grad-cap'] },
  { id: 'mentoring', words: ['mentor*', 'pair programming'], motifs: ['mentor-pair'] },
  { id: 'hacking', words: ['hack week', 'hack projects', 'hackathon'], motifs: ['hack-laptop', 'lightbulb'] },
  { id: 'a survey', words: ['survey*'], motifs: ['clipboard'] },
  { id: 'experiments', words: ['experiment*', 'a/b'], motifs: ['flask'] },
  { id: 'ask me anything', words: ['ama', 'ask me anything', 'reddit'], motifs: ['microphone'] },
  { id: 'Kubernetes', words: ['kubernetes', 'k8s'], motifs: ['helm'] },
  { id: 'cloud native', words: ['cloud native'], motifs: ['container-ship'] },
  { id: 'the cloud', words: ['gcp', 'google cloud', 'the cloud'], motifs: ['cloud-upload'] },
  { id: 'security', words: ['security', 'permissions', 'rbac', 'soc 2'], motifs: ['shield', 'padlock'] },
  { id: 'cost', words: ['cost', 'costs'], motifs: ['piggy-bank', 'coin-stack'] },
  { id: 'carbon footprint', words: ['carbon', 'footprint'], motifs: ['footprint-leaf'] },
  { id: 'the design system', words: ['design system'], motifs: ['swatches'] },
  { id: 'the plugin marketplace', words: ['marketplace'], motifs: ['market-stall'] },
  { id: 'the Software Catalog', words: ['catalog', 'catalogue'], motifs: ['card-catalog', 'shelves'] },
  { id: 'templates', words: ['template*'], motifs: ['stencil'] },
  { id: 'documentation', words: ['documentation'], motifs: ['open-book', 'book-stack'] },
  { id: 'Search', words: ['search'], motifs: ['magnifier', 'binoculars', 'lighthouse'] },
  { id: 'machine learning', words: ['ml platform', 'machine learning'], motifs: ['neural-net'] },
  { id: 'data', words: ['data pipeline*'], motifs: ['pipes'] },
  { id: 'a website', words: ['.com', 'website'], motifs: ['browser'] },
  { id: 'the frontend', words: ['frontend', 'front end'], motifs: ['wireframe'] },
  { id: 'the backend', words: ['backend system'], motifs: ['server-rack'] },
  { id: 'version 1.0', words: ['1.0'], label: 'version', motifs: ['parcel'] },
  { id: 'paid plugins', words: ['paid plugin*', 'plugin bundle'], motifs: ['price-tag', 'shopping-bag'] },
  { id: 'metrics', words: ['metrics'], motifs: ['gauge'] },
  { id: 'goals and dreams', words: ['goals', 'dreams'], motifs: ['telescope'] },
  { id: 'white labelling', words: ['white label*', 'branding'], motifs: ['paint-roller'] },
  { id: 'Portal', words: ['portal'], motifs: ['portal-door'] },
  { id: 'a listening tour', words: ['listening tour', 'listening'], motifs: ['headphones', 'tour-bus'] },
  { id: 'community sessions', words: ['community session*'], motifs: ['people', 'speech-bubble'] },
  { id: 'a repository', words: ['repo', 'repository'], motifs: ['git-branches'] },
  { id: 'going open source', words: ['open source launches', 'launches on github'], motifs: ['rocket'] },
  { id: 'a plugin', words: ['plugin*'], motifs: ['puzzle-piece'] },
  // The kinds' own pictures, when nothing above is named.
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

/** A row of a journey's own `pictures:`, as content/journey.yaml writes it. */
export interface PictureRow {
  about: string;
  words?: readonly string[];
  motifs?: readonly MotifId[];
  kinds?: readonly MilestoneKind[];
  scenery?: Landscape;
  label?: LabelRule;
  after?: string;
}

/** The project's row a journey's row is about, if any: the journey's row then adds to it. */
export const projectSubject = (about: string) => SUBJECTS.find((subject) => subject.id === about);

/**
 * The whole table a journey's pictures are chosen by: its own rows, then the project's. A row about
 * the same thing as a project's row adds its words to that row where it stands (and its motifs,
 * kinds, landscape or label, when given, replace the row's); a row with `after` is read right after
 * the row it names; every other row is read before the project's. The content schema has checked
 * that each row has motifs or adds to a project's row, and that `after` names a row above or the
 * project's.
 */
export function subjectTable(rows: readonly PictureRow[] = []): Subject[] {
  const first: Subject[] = [];
  const rest: Subject[] = [...SUBJECTS];
  for (const { about, words = [], motifs, kinds, scenery, label, after } of rows) {
    const given = {
      ...(motifs ? { motifs: motifs as Subject['motifs'] } : {}),
      ...(kinds ? { kinds } : {}),
      ...(scenery ? { scenery } : {}),
      ...(label ? { label, needsLabel: label === 'adopter' } : {}),
    };
    const own = rest.findIndex((subject) => subject.id === about && SUBJECTS.includes(subject));
    if (own >= 0) {
      const project = rest[own]!;
      rest[own] = { ...project, ...given, words: [...project.words, ...words] };
      continue;
    }
    const subject: Subject = { id: about, words, motifs: given.motifs!, ...given };
    if (after === undefined) {
      first.push(subject);
      continue;
    }
    for (const list of [first, rest]) {
      const at = list.findIndex((one) => one.id === after);
      if (at >= 0) {
        list.splice(at + 1, 0, subject);
        break;
      }
    }
  }
  return [...first, ...rest];
}
