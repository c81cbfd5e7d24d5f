import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check, mdx } from './support.ts';

/** A journey.yaml of another story: its shape first, then the words every journey has. */
const words = [
  'siteName: The Lang Journey',
  'description: How a language grew.',
  'intro:',
  '  title: The Lang Journey',
  '  subtitle: From a hobby to the world.',
  '  tagline: Told in {pixels} pixels.',
  'outro:',
  '  question: What next?',
  '  thanks: Thank you!',
  '  madeWith: Made by the community',
  'credits:',
  '  - Everyone.',
].join('\n');

const THREE_TRACKS = [
  'tracks:',
  '  - id: the-language',
  '    name: The language',
  '    short: Language',
  '  - id: tools',
  '    name: Its tools',
  '    short: Tools',
  '    colour: "#4aa3ff"',
  '  - id: community',
  '    name: Its community',
  '    short: Community',
].join('\n');

const journey = (shape: string) => ({ path: 'content/journey.yaml', text: `${shape}\n${words}\n` });

const milestone = (track: string) => ({ '2012/05-01-one-point-oh.mdx': mdx(`title: Version 1.0\ndate: "2012-05-01"\ntrack: ${track}\nkind: release`, '\nOut.\n') });

/** [line, field, problem] of each problem in content/journey.yaml. */
const inJourney = (result: ReturnType<typeof check>) =>
  result.problems.filter((problem) => problem.file === 'content/journey.yaml').map((problem) => [problem.line, problem.field, problem.problem]);

describe('the journey’s tracks', () => {
  it('are the ones content/journey.yaml lists, three here, with no Spotify track needed', () => {
    const result = check(milestone('community'), [], journey(THREE_TRACKS));
    expect(result.problems).toEqual([]);
    expect(result.journey?.tracks.map((track) => track.id)).toEqual(['the-language', 'tools', 'community']);
    expect(result.journey?.tracks[1]?.colour).toBe('#4aa3ff');
  });

  it('refuse a milestone on a track the journey does not list, naming the file where tracks live', () => {
    const result = check(milestone('language'), [], journey(THREE_TRACKS));
    expect(result.problems.map((problem) => [problem.file, problem.line, problem.field, problem.problem, problem.expected])).toEqual([
      [
        'content/timeline/2012/05-01-one-point-oh.mdx',
        4,
        'track',
        '"language" is not one of the journey\'s tracks (tracks: in content/journey.yaml)',
        '"the-language", "tools" or "community"; or a new track added to tracks: in content/journey.yaml (- id: language, with name: and short: lines)',
      ],
    ]);
  });

  it('missing from an older journey.yaml, the check says what to write, from the milestones’ own tracks', () => {
    const result = check(milestone('tools'), [], journey(''));
    expect(result.problems.map((problem) => [problem.file, problem.line, problem.field, problem.problem, problem.expected])).toEqual([
      [
        'content/journey.yaml',
        1,
        'tracks',
        'tracks is missing',
        'tracks: - id: tools / name: … / short: … (one entry per lane, top lane first)',
      ],
    ]);
  });

  it('are one to four, each id once, each colour a hex colour', () => {
    const five = ['tracks:', ...['a', 'b', 'c', 'd', 'e'].flatMap((id) => [`  - id: ${id}`, `    name: ${id}`, `    short: ${id}`])].join('\n');
    const tooMany = check(milestone('a'), [], journey(five)).problems;
    expect(tooMany.map((problem) => [problem.line, problem.field, problem.problem, problem.expected])).toEqual([
      [1, 'tracks', 'tracks is too long', 'a list of 1 to 4 tracks, each written as "- id: the-language" with "name:" and "short:" lines under it'],
    ]);
    const twice = THREE_TRACKS.replace('id: community', 'id: tools').replace('colour: "#4aa3ff"', 'colour: blue');
    expect(inJourney(check(milestone('tools'), [], journey(twice)))).toEqual([
      [8, 'colour (in tracks, item 2)', '"blue" is not accepted: colour must be a hex colour such as "#4aa3ff"'],
      [9, 'id (in tracks, item 3)', 'two tracks have the id "tools"'],
    ]);
  });
});

describe('the journey’s eras', () => {
  const eras = (lines: string[]) => `${THREE_TRACKS}\neras:\n${lines.join('\n')}`;

  it('take a name, a first year (none for the first era) and a landscape the project draws', () => {
    const good = eras(['  - name: Early days', '    scenery: swamp', '  - name: Growing up', '    from: 2012', '  - name: Before the hobby', '    from: "1,000 BC"']);
    // Oldest first: 1,000 BC after 2012 is out of order.
    expect(inJourney(check(milestone('tools'), [], journey(good)))).toEqual([[18, 'from (in eras, item 3)', 'the era "Before the hobby" begins before or with the era above it: eras go oldest first']]);
    const right = eras(['  - name: Early days', '    scenery: swamp', '  - name: Growing up', '    from: 2012']);
    expect(check(milestone('tools'), [], journey(right)).problems).toEqual([]);
  });

  it('say what is wrong, on its line', () => {
    const bad = eras(['  - name: Early days', '    from: 2001', '    scenery: jungle', '  - name: Growing up', '  - name: Later', '    from: soon']);
    expect(inJourney(check(milestone('tools'), [], journey(bad)))).toEqual([
      [14, 'from (in eras, item 1)', 'the first era has no from: it holds every year before the second era'],
      [15, 'scenery (in eras, item 1)', '"jungle" is not one of the choices'],
      [16, 'from (in eras, item 2)', 'from is missing'],
      [18, 'from (in eras, item 3)', 'from must be a year, such as 2012 or "66,000,000 BC"'],
    ]);
  });
});

describe('the journey’s own picture rules', () => {
  const pictures = (lines: string[]) => `${THREE_TRACKS}\npictures:\n${lines.join('\n')}`;

  it('take words and motifs, add words to a project’s row, and are placed after a row they name', () => {
    const good = pictures([
      '  - about: our compiler',
      '    words: [quillc]',
      '    motifs: [crane]',
      '    after: growth',
      '  - about: a survey',
      '    words: [pulse check]',
    ]);
    expect(check(milestone('tools'), [], journey(good)).problems).toEqual([]);
  });

  it('are written in the editor’s guide as the check takes them', () => {
    const guide = readFileSync('docs/editing.md', 'utf8');
    const example = /### Your journey's own pictures[\s\S]*?```yaml\n(pictures:\n[\s\S]*?)```/.exec(guide)?.[1];
    expect(example).toBeDefined();
    expect(check(milestone('tools'), [], journey(`${THREE_TRACKS}\n${example!.trimEnd()}`)).problems).toEqual([]);
  });

  it('say what is wrong, on its line', () => {
    const bad = pictures([
      '  - about: our compiler',
      '    words: [quillc]',
      '  - about: a survey',
      '    words: [pulse]',
      '    after: growth',
      '  - about: our mascot',
      '    words: [owl]',
      '    motifs: [owl]',
      '    after: our logo',
    ]);
    expect(inJourney(check(milestone('tools'), [], journey(bad)))).toEqual([
      [13, 'about (in pictures, item 1)', '"our compiler" is not one of the project\'s rows (art/README.md), so the row needs motifs: the pictures it draws'],
      [17, 'after (in pictures, item 2)', '"a survey" is one of the project\'s rows: the row adds its words to that row where it stands, so it takes no after'],
      [20, 'item 1 (in pictures, item 3, motifs)', '"owl" is not one of the choices'],
      [21, 'after (in pictures, item 3)', 'no row above and none of the project\'s rows (art/README.md) is about "our logo"'],
    ]);
  });
});

describe('the journey’s ending', () => {
  const withoutEnding = (keepCredits: boolean) =>
    journey(`${THREE_TRACKS}`).text
      .split('\n')
      .filter((line) => !/^(outro:|  question:|  thanks:|  madeWith:)/.test(line) && (keepCredits || !/^(credits:|  - Everyone\.)/.test(line)))
      .join('\n');

  it('may be left out, closing words and credits both: a journey imported afresh has none', () => {
    const result = check(milestone('tools'), [], { path: 'content/journey.yaml', text: withoutEnding(false) });
    expect(result.problems).toEqual([]);
    expect(result.journey?.outro).toBeUndefined();
  });

  it('keeps credits under the closing thanks: credits alone say what is missing', () => {
    const result = check(milestone('tools'), [], { path: 'content/journey.yaml', text: withoutEnding(true) });
    expect(inJourney(result)).toEqual([[18, 'credits', 'credits stand under the thanks of the ending: they need outro (question, thanks, madeWith)']]);
  });
});

describe('the journey’s accent colour', () => {
  it('is the editor’s to choose, if it reads on the dark page', () => {
    expect(check(milestone('tools'), [], journey(`${THREE_TRACKS}\naccent: "#ffb000"`)).problems).toEqual([]);
    // Navy on the page's near-black (#070b08): luminance 0.0262 against 0.0030, (0.0762 / 0.0530) = 1.44:1.
    const dark = check(milestone('tools'), [], journey(`${THREE_TRACKS}\naccent: "#1a2a5a"`));
    expect(inJourney(dark)).toEqual([
      [12, 'accent', '"#1a2a5a" stands out from the page\'s background (#070b08) by 1.44:1, less than the 3:1 the numerals and links need'],
    ]);
  });
});
