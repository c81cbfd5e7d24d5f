import { describe, expect, it } from 'vitest';
import { planImport, type ImportPlan, type ProjectContent } from '../../src/build-time/import/plan.ts';
import { readTimelineJson } from '../../src/build-time/import/read-json.ts';
import type { ReportKind } from '../../src/build-time/import/report.ts';
import type { Timeline } from '../../src/build-time/import/timeline.ts';

/** A timeline from TimelineJS JSON, as the importer reads it. */
function timeline(data: unknown): Timeline {
  const read = readTimelineJson('history.json', JSON.stringify(data));
  if (!read.ok) throw new Error(read.errors.join('\n'));
  return read.timeline;
}

const JOURNEY_WITH_SHAPE = [
  '# The page’s own words.',
  'siteName: Our Journey',
  'tracks:',
  '  - id: language # the first lane',
  '    name: The language',
  '    short: Language',
  'eras:',
  '  - name: Early days',
  '    scenery: swamp',
  '  - name: Growing up',
  '    from: 2012',
  '# Our own picture rules.',
  'pictures:',
  '  - about: our compiler',
  '    words: [quillc]',
  '    motifs: [crane]',
  'credits:',
  '  - Everyone.',
  '',
].join('\n');

function content(journey: string, files: ProjectContent['files'] = []): ProjectContent {
  return { files, journey: { path: 'content/journey.yaml', text: journey }, exists: () => false };
}

function plan(data: unknown, project: ProjectContent, fresh = false): ImportPlan {
  const result = planImport(timeline(data), project, { fresh });
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.plan;
}

const linesOf = (planned: ImportPlan, kind: ReportKind) => planned.report.filter((line) => line.kind === kind).map((line) => line.text);
const event = (headline: string | undefined, year: number, extra: Record<string, unknown> = {}) => ({
  start_date: { year },
  ...(headline === undefined ? {} : { text: { headline } }),
  ...extra,
});

describe('planning an import', () => {
  it('cuts a headline longer than a card’s title at a word, and keeps it whole in the editor’s note', () => {
    const headline = Array.from({ length: 40 }, () => 'abcd').join(' '); // 199 characters
    const planned = plan({ events: [event(headline, 2012, { group: 'language' })] }, content(JOURNEY_WITH_SHAPE));
    const [file] = planned.files;
    // 30 words and the spaces between them are 149 characters; the ellipsis makes 150, what a title shows.
    expect(file!.text).toContain(`\ntitle: ${Array.from({ length: 30 }, () => 'abcd').join(' ')}…\n`);
    expect(file!.text).toContain(`\neditorNote: "Full headline: ${headline}"\n`);
    expect(file!.path).toBe('content/timeline/2012/abcd-abcd-abcd-abcd-abcd-abcd-abcd-abcd.mdx');
    expect(linesOf(planned, 'note')).toEqual([
      `${file!.path}: the headline, longer than the 150 characters a card's title shows, kept as its editor's note`,
    ]);
  });

  it('names an event without a headline by its text, and leaves out one with nothing to call it', () => {
    const planned = plan(
      { events: [event(undefined, 2012, { text: { text: '<p>Only <b>words</b> here.</p>' } }), event(undefined, 2013)] },
      content(JOURNEY_WITH_SHAPE),
    );
    expect(planned.files.map((file) => file.path)).toEqual(['content/timeline/2012/only-words-here.mdx']);
    expect(planned.files[0]!.text).toContain('\ntitle: Only words here.\n');
    expect(linesOf(planned, 'note')).toEqual([
      "content/timeline/2012/only-words-here.mdx: it had no headline: its title is the start of its text, kept as its editor's note",
    ]);
    expect(linesOf(planned, 'skipped')).toEqual(['event 2: it has no headline, no text and no caption, so there is nothing to call it']);
  });

  it('leaves out an event that is already a milestone of the journey, or that the file gives twice', () => {
    const existing = {
      path: 'content/timeline/2022/03-17-backstage-1-0-released.mdx',
      text: '---\ntitle: Backstage 1.0 released\ndate: "2022-03-17"\ntrack: language\n---\n',
    };
    const date = { year: 2022, month: 3, day: 17 };
    const planned = plan(
      {
        events: [
          { start_date: date, text: { headline: 'Backstage 1.0  Released' }, group: 'language' },
          { start_date: date, text: { headline: 'Docs' }, group: 'language' },
          { start_date: date, text: { headline: 'docs' }, group: 'Language' },
        ],
      },
      content(JOURNEY_WITH_SHAPE, [existing]),
    );
    expect(planned.files.map((file) => file.path)).toEqual(['content/timeline/2022/03-17-docs.mdx']);
    expect(linesOf(planned, 'skipped')).toEqual([
      'event 1 ("Backstage 1.0 Released"): content/timeline/2022/03-17-backstage-1-0-released.mdx is already this milestone (same track, date and title)',
      'event 3 ("docs"): it is the same milestone as event 2 ("Docs") (same track, date and title)',
    ]);
  });

  it('adds only new groups as tracks, after the journey’s own, and puts new eras where their years put them', () => {
    const planned = plan(
      {
        eras: [
          { start_date: { year: 2005, month: 6 }, text: { headline: 'Middle years' } },
          { start_date: { year: 2012 }, text: { headline: 'Growing up' } },
        ],
        events: [event('Hello', 2012, { group: 'The language' }), event('Tools arrive', 2014, { group: 'Tools' })],
      },
      content(JOURNEY_WITH_SHAPE),
    );
    const lines = JOURNEY_WITH_SHAPE.split('\n');
    const at = (line: string) => lines.indexOf(line) + 1;
    expect(planned.journey).toBe(
      [
        ...lines.slice(0, at('    short: Language')),
        '  - id: tools',
        '    name: Tools',
        '    short: Tools',
        ...lines.slice(at('    short: Language'), at('    scenery: swamp')),
        '  - name: Middle years',
        '    from: 2005',
        ...lines.slice(at('    scenery: swamp')),
      ].join('\n'),
    );
    expect(planned.files.map((file) => file.text.match(/^track: .*$/m)?.[0])).toEqual(['track: language', 'track: tools']);
    expect(linesOf(planned, 'track')).toEqual(['added the track "Tools" (track: tools) to content/journey.yaml']);
    expect(linesOf(planned, 'era')).toEqual([
      'era 1 ("Middle years"): only its year is kept; an era starts in a year',
      'the era "Growing up" is already in content/journey.yaml, so it is left as it is',
      'added the era "Middle years", from 2005, to content/journey.yaml',
    ]);
  });

  it('starts a fresh journey’s tracks and eras from the file, saying which of the old ones went', () => {
    const planned = plan({ events: [event('Tools arrive', 2014, { group: 'Tools' })] }, content(JOURNEY_WITH_SHAPE), true);
    expect(planned.journey).toBe(
      [
        '# The page’s own words.',
        'siteName: Our Journey',
        '# The lanes, in lane order (1 to 4): each milestone names its lane by its id in `track:`.',
        'tracks:',
        '  - id: tools',
        '    name: Tools',
        '    short: Tools',
        '',
      ].join('\n'),
    );
    expect(linesOf(planned, 'removed')).toEqual([
      'the track "The language" (language) from content/journey.yaml',
      'the era "Early days" from content/journey.yaml',
      'the era "Growing up" from content/journey.yaml',
      "the old story's own picture rules (pictures) from content/journey.yaml",
      'the credits from content/journey.yaml',
    ]);
  });

  it('refuses more groups than the journey has lanes', () => {
    const groups = ['A', 'B', 'C', 'D'];
    const result = planImport(
      timeline({ events: groups.map((group, index) => event(`Event ${group}`, 2010 + index, { group })) }),
      content(JOURNEY_WITH_SHAPE),
      { fresh: false },
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        'the journey would have 5 tracks ("The language", "A", "B", "C", "D"), but it has room for 4 lanes at most: give the events fewer groups',
      ],
    });
  });
});
