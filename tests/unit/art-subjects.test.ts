import { describe, expect, it } from 'vitest';
import { castJourney, type CastMilestone } from '../../src/build-time/art/casting.ts';
import { loadMilestones } from '../../src/build-time/art/content.ts';
import { contentShape } from '../../src/build-time/content/snapshot.ts';
import { MOTIF_IDS } from '../../src/model/motifs.ts';
import { LABELS, subjectOf, type SubjectText } from '../../src/build-time/art/subjects.ts';
import { ADOPTER_SIGNS, SUBJECTS, subjectTable } from '../../src/model/pictures.ts';

/** The journey's own eras and picture rules (content/journey.yaml). */
const SHAPE = contentShape();
const castOver = (milestones: readonly CastMilestone[]) => castJourney(milestones, SHAPE.eras, SHAPE.pictures);

const text = (title: string, extra: Partial<SubjectText> = {}): SubjectText => ({ kind: 'launch', scenery: 'hills', title, ...extra });
const pick = (title: string, extra: Partial<SubjectText> = {}) => subjectOf(text(title, extra), SHAPE.pictures);

let counter = 0;
const milestone = (year: number, title: string, extra: Partial<CastMilestone> = {}): CastMilestone => ({
  id: `${year}/${String(++counter).padStart(2, '0')}-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
  year,
  kind: 'launch',
  title,
  ...extra,
});

describe('the subject table', () => {
  it('pictures what a milestone is about, as a reader would name it', () => {
    const cases: Array<[string, string, Partial<SubjectText>?]> = [
      ['Kubernetes plugin launches.', 'Kubernetes'],
      ['Software Catalog launches.', 'the Software Catalog'],
      ['TechDocs launches.', 'documentation'],
      ['Search plugin launches.', 'Search'],
      ['No. 1 on Hacker News / Top trending on GitHub / 1,700 GitHub stars.', 'Hacker News', { kind: 'recognition' }],
      ['Accepted into CNCF Sandbox', 'the CNCF sandbox', { kind: 'recognition' }],
      ['Backstage joins CNCF Incubator', 'the CNCF incubator', { kind: 'recognition' }],
      ['1st Birthday', 'a birthday', { kind: 'anniversary' }],
      ['First-ever BackstageCon', 'a conference and its city', { kind: 'community' }],
      ['Spotify hosts its first Backstage roadmap webinar.', 'a webinar', { kind: 'community' }],
      ['Certified Backstage Associate (CBA) launches', 'a certification'],
      ['AiKA goes live', 'the AI assistant'],
      ['Cost Insights plugin launches.', 'cost'],
      ['Autotune adds Security Tiers.', 'security', { kind: 'milestone' }],
      ['DevEx and AI productivity metrics in the Insights plugin.', 'metrics', { kind: 'goal' }],
      ['Software Templates launches.', 'templates'],
      ['First open source plugin launches.', 'a plugin'],
    ];
    for (const [title, subject, extra] of cases) expect(pick(title, extra).subject.id, title).toBe(subject);
  });

  it('reads the title first, then the sub-line, then the body', () => {
    expect(pick('Backstage Learn launches', { subtitle: 'And the world is introduced to Bowie the Backstage Beaver.' }).subject.id).toBe('the beaver mascot');
    // The body speaks of cost, the title of Kubernetes: the title wins.
    expect(pick('Kubernetes plugin launches.', { body: 'It shows what each cluster costs.' }).subject.id).toBe('Kubernetes');
    expect(pick('A quiet launch', { body: 'It shows what each cluster costs.' }).subject.id).toBe('cost');
  });

  it('falls back to the kind’s own picture when the words name nothing it knows', () => {
    const match = pick('Something new', { kind: 'goal' });
    expect(match.subject).toMatchObject({ id: 'a goal', motifs: ['compass'] });
    expect(match.word).toBeUndefined();
    expect(pick('The beginning', { kind: 'era', scenery: 'swamp' }).subject.motifs).toEqual(['spreadsheet-fossil']);
  });

  it('keeps the opening joke: spreadsheets are fossils in deep time and pile up after', () => {
    expect(pick('Spreadsheets are born', { kind: 'era', scenery: 'swamp' }).subject.motifs).toEqual(['spreadsheet-fossil']);
    expect(pick('Squads are born', { kind: 'milestone', scenery: 'offices', subtitle: 'Squads keep building, spreadsheets keep multiplying.' }).subject.motifs).toEqual([
      'spreadsheet-pile',
    ]);
  });

  it('names who adopted, and only from "<name> adopts"', () => {
    const adopter = (title: string) => LABELS.adopter(title);
    expect(adopter('Zalando adopts.')).toBe('Zalando');
    expect(adopter('Unity adopts / Epic Games adopts.')).toBe('Unity & Epic Games');
    expect(adopter('2K Games announces adoption of Spotify Portal.')).toBe('2K Games');
    expect(adopter('PagerDuty announces their switch to Portal.')).toBe('PagerDuty');
    expect(adopter('Red Hat joins the Backstage community.')).toBe('Red Hat');
    // Spotify adopting a tool is about the tool.
    expect(adopter('Spotify adopts GCP')).toBeUndefined();
    expect(pick('Spotify adopts the open source TechDocs plugin', { kind: 'adoption' }).subject.id).toBe('documentation');
    expect(pick('Marks & Spencer adopts.', { kind: 'adoption' })).toMatchObject({ subject: { id: 'adopter' }, label: 'Marks & Spencer' });
  });

  it('finds the words to set on the picture', () => {
    expect(pick('1st Birthday', { kind: 'anniversary' }).label).toBe('1');
    expect(pick('EngSat turns two: eight quarters of data', { kind: 'anniversary' }).label).toBe('2');
    expect(pick('Backstage open source proof-of-concept wins third prize at Hack Week', { kind: 'award' }).label).toBe('3rd');
    expect(pick('First-ever BackstageCon', { kind: 'community', subtitle: 'Hosted at KubeCon + CloudNativeCon in Detroit.' }).label).toBe('Detroit');
    expect(pick('Added to the Trial ring on Thoughtworks’ Technology.', { kind: 'recognition' }).label).toBe('TRIAL');
    expect(pick('Backstage 1.0 released', { kind: 'release' }).label).toBe('1.0');
  });

  it('lists only motifs the art can draw, under names that are told apart', () => {
    for (const subject of SUBJECTS) for (const motif of subject.motifs) expect(MOTIF_IDS).toContain(motif);
    expect(new Set(SUBJECTS.filter((subject) => subject.words.length > 0).map((subject) => subject.id)).size).toBe(SUBJECTS.filter((subject) => subject.words.length > 0).length);
    expect(new Set(ADOPTER_SIGNS).size).toBe(ADOPTER_SIGNS.length);
  });
});

describe('a journey’s own picture rules', () => {
  const table = subjectTable([
    { about: 'our compiler', words: ['quillc'], motifs: ['crane'], after: 'growth' },
    { about: 'our mascot', words: ['owl*'], motifs: ['beaver'] },
    { about: 'a survey', words: ['pulse check'] },
    { about: 'the first drafts', kinds: ['era'], motifs: ['telescope'] },
  ]);
  const own = (title: string, extra: Partial<SubjectText> = {}) => subjectOf(text(title, extra), table);

  it('are read before the project’s rows', () => {
    // "birthday" is a project's row; the journey's mascot is read first.
    expect(own('The owls’ birthday', { kind: 'anniversary' }).subject).toMatchObject({ id: 'our mascot', motifs: ['beaver'] });
    expect(own('The beginning', { kind: 'era', scenery: 'swamp' }).subject.motifs).toEqual(['telescope']);
  });

  it('add their words to a project’s row about the same thing, which keeps its motifs', () => {
    expect(own('Pulse check results are in').subject).toMatchObject({ id: 'a survey', motifs: ['clipboard'] });
    expect(subjectOf(text('Pulse check results are in')).subject.id).toBe('a launch');
  });

  it('stand right after the row their after names, whose words then win', () => {
    expect(own('Quillc grows').subject.id).toBe('growth');
    expect(own('Quillc ships').subject.id).toBe('our compiler');
  });

  it('are where this story’s own names live: the project’s rows name none of them', () => {
    const projectWords = new Set(SUBJECTS.flatMap((subject) => subject.words));
    const storyWords = ['system-z', 'aika', 'backstagecon', 'becomes backstage', 'plugins for backstage', 'servicedb', 'techdocs', 'soundcheck'];
    for (const word of storyWords) {
      expect(projectWords.has(word), word).toBe(false);
      expect(SHAPE.pictures.some((subject) => subject.words.includes(word)), word).toBe(true);
    }
  });
});

describe('casting the journey', () => {
  it('never shows one motif twice in a year while a subject has another', () => {
    const cast = castOver([
      milestone(2022, 'Spotify begins adopting open source Search.', { kind: 'adoption' }),
      milestone(2022, 'Search 1.0 released.', { kind: 'release' }),
      milestone(2022, 'Search gets faster.', { kind: 'release' }),
    ]);
    expect(new Set([...cast.values()].map((c) => c.motif))).toEqual(new Set(['magnifier', 'binoculars', 'lighthouse']));
  });

  it('gives a row of adopters a row of different signs, each with its name', () => {
    const names = ['HBO Max', 'HP', 'VMware', 'IKEA', 'Snyk', 'Marks & Spencer'];
    const cast = castOver(names.map((name) => milestone(2022, `${name} adopts.`, { kind: 'adoption' })));
    const castings = [...cast.values()];
    expect(castings.map((c) => c.label)).toEqual(names);
    expect(new Set(castings.map((c) => c.motif)).size).toBe(names.length);
    for (const c of castings) expect(ADOPTER_SIGNS).toContain(c.motif);
  });

  it('lets repeats of a subject in later years take its motifs in turn', () => {
    const cast = [...castOver([milestone(2021, '1st Birthday', { kind: 'anniversary' }), milestone(2022, '2nd Birthday', { kind: 'anniversary' }), milestone(2025, 'Backstage turns 5!', { kind: 'anniversary' })]).values()];
    expect(cast.map((c) => [c.motif, c.label])).toEqual([
      ['cake', '1'],
      ['balloons', '2'],
      ['gift', '5'],
    ]);
  });

  it('follows the editor’s choice over the rules, and keeps the rules’ label unless given one', () => {
    const cast = [
      ...castOver([
        milestone(2026, 'Upcoming goals and dreams', { kind: 'goal', art: { motif: 'compass' } }),
        milestone(2022, 'IKEA adopts.', { kind: 'adoption', art: { motif: 'storefront' } }),
        milestone(2022, 'HP adopts.', { kind: 'adoption', art: { motif: 'billboard', label: 'Hewlett Packard' } }),
      ]).values(),
    ];
    expect(cast.map((c) => [c.motif, c.label ?? null, c.because.startsWith('chosen')])).toEqual([
      ['storefront', 'IKEA', true],
      ['billboard', 'Hewlett Packard', true],
      ['compass', null, true],
    ]);
  });

  it('casts no statistic, quote, drawn picture or art: none', () => {
    const cast = castOver([
      milestone(2021, '10,000 GitHub stars.', { kind: 'statistic' }),
      milestone(2025, '“The business is healthy.”', { kind: 'quote' }),
      milestone(2022, 'Drawn', { art: { src: './x.svg', alt: 'x' } }),
      milestone(2022, 'Nothing', { art: 'none' }),
      milestone(2021, '10,000 GitHub stars, pictured.', { kind: 'statistic', art: 'decorative' }),
    ]);
    expect([...cast.values()].map((c) => c.motif)).toEqual(['bar-chart']);
  });

  it('shows each of the journey’s pictures of a year with a different motif', () => {
    const { milestones } = loadMilestones(process.cwd());
    const cast = castOver(milestones);
    const byYear = new Map<number, string[]>();
    for (const m of milestones) {
      const c = cast.get(m.id);
      if (c) byYear.set(m.year, [...(byYear.get(m.year) ?? []), c.motif]);
    }
    expect(cast.size).toBeGreaterThan(100);
    for (const [year, motifs] of byYear) expect(motifs.length, `${year}: ${motifs.join(', ')}`).toBe(new Set(motifs).size);
    // Every adopter named on a sign, no two adopters with the same sign anywhere on the journey.
    const signs = milestones.map((m) => cast.get(m.id)).filter((c) => c && c.subject === 'adopter');
    expect(signs.length).toBeGreaterThan(15);
    expect(signs.every((c) => c!.label)).toBe(true);
    expect(new Set(signs.map((c) => c!.motif)).size).toBe(signs.length);
  });
});
