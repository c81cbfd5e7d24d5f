import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/build-time/content/check.ts';
import { readContent } from '../../src/build-time/content/files.ts';
import { importTimeline, type ImportResult } from '../../src/build-time/import/index.ts';
import type { ReportKind } from '../../src/build-time/import/report.ts';

const FIXTURES = resolve('tests/fixtures/timelinejs');
const HISTORY = join(FIXTURES, 'history.json');
const SHEET = join(FIXTURES, 'sheet.csv');
const made: string[] = [];

afterAll(() => {
  for (const folder of made) rmSync(folder, { recursive: true, force: true });
});

/** A copy of the small project in the fixtures: one milestone with a drawn picture and its encoded files. */
function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'journey-import-'));
  made.push(root);
  cpSync(join(FIXTURES, 'project'), root, { recursive: true });
  return root;
}

/** Every file under a folder, by its path from there, with its text. */
function snapshot(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const full = join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else files[relative(root, full)] = readFileSync(full, 'utf8');
    }
  };
  walk(root);
  return files;
}

function imported(root: string, file = HISTORY, fresh = false): Extract<ImportResult, { ok: true }> {
  const result = importTimeline({ root, file, fresh });
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result;
}

/** A milestone file read as Astro reads it: its fields and its body. */
function milestone(root: string, path: string) {
  const { frontmatter, content } = parseFrontmatter(readFileSync(join(root, path), 'utf8'));
  return { ...frontmatter, body: content.trim() };
}

const linesOf = (result: { report: readonly { kind: ReportKind; text: string }[] }, kind: ReportKind) =>
  result.report.filter((line) => line.kind === kind).map((line) => line.text);

/** The history's groups as tracks and its era, as journey.yaml gets them. */
const SHAPE_WRITTEN = [
  '# The lanes, in lane order (1 to 4): each milestone names its lane by its id in `track:`.',
  'tracks:',
  '  - id: open-source',
  '    name: open-source',
  '    short: open-source',
  '  - id: inside-spotify',
  '    name: inside-spotify',
  '    short: inside-spotify',
  '# The eras, oldest first: each starts in its `from` year (the first has none) and lasts until the next.',
  'eras:',
  '  - name: Growing up',
];

const ORIGINAL_JOURNEY = readFileSync(join(FIXTURES, 'project/content/journey.yaml'), 'utf8');

describe('npm run import: a TimelineJS JSON file into the journey as it is', () => {
  const root = project();
  const first = imported(root);

  it('writes one milestone file per event, in its year folder, named by its date and its unique_id or title', () => {
    expect(Object.keys(snapshot(join(root, 'content/timeline'))).sort()).toEqual([
      '13800000000-bc/first-light.mdx',
      '2012/03-17-squads-are-formed.mdx',
      '2016/02-the-portal-opens.mdx',
      '2020/03-16-version-1-0.mdx',
      '2022/03-17-backstage-1-0-released.mdx',
      '2022/backstage-1-0.svg',
      '500-bc/a-calendar-is-carved.mdx',
    ]);
    expect(linesOf(first, 'written')).toEqual([
      'content/timeline/13800000000-bc/first-light.mdx',
      'content/timeline/500-bc/a-calendar-is-carved.mdx',
      'content/timeline/2012/03-17-squads-are-formed.mdx',
      'content/timeline/2016/02-the-portal-opens.mdx',
      'content/timeline/2020/03-16-version-1-0.mdx',
    ]);
  });

  it('writes the file as npm run new does, saying where it came from', () => {
    expect(readFileSync(join(root, 'content/timeline/13800000000-bc/first-light.mdx'), 'utf8')).toBe(
      [
        '---',
        '# Imported from TimelineJS: "history.json", event "first-light"',
        '# Importing that file again rewrites this one.',
        '# One milestone of the journey. `npm run check:content` checks these fields; every field',
        '# is described in src/model/schema/milestone.ts. The story goes below the closing --- line.',
        'title: The first light',
        '# "2022-03-17" (a day), "2022-03" (a month), "2022" (a year) or "66,000,000 BC".',
        '# The year must match the folder this file is in.',
        'date: "13,800,000,000 BC"',
        '# "open-source" or "inside-spotify" (the tracks in content/journey.yaml)',
        'track: open-source',
        '# What it is about; picks the art and the card style:',
        '# era, launch, release, adoption, community, recognition, award, anniversary, statistic, quote, goal, milestone',
        'kind: milestone',
        '#',
        '# More fields: remove the "# " in front of the ones you need.',
        '# subtitle: A second line under the title',
        '# stats:                       # figures shown large on the card',
        '#   - value: "10,000"',
        '#     label: GitHub stars',
        '# attribution: Who said it     # for a quote, whose title is the quotation',
        '# art: decorative              # or none, or a picture next to this file:',
        '# art:',
        '#   src: ./my-art.svg',
        '#   alt: What the picture shows',
        '# links:',
        '#   - label: Read the announcement',
        '#     href: https://example.org/news',
        '# draft: true                  # keeps it off the published site; npm run dev still shows it',
        '# editorNote: A note for other editors, never shown on the page',
        '---',
        '',
        'The universe begins.',
        '',
      ].join('\n'),
    );
  });

  it('carries each event’s headline, date, group and text, and keeps what a card cannot show as its editor’s note', () => {
    expect(milestone(root, 'content/timeline/500-bc/a-calendar-is-carved.mdx')).toEqual({
      title: 'A calendar is carved',
      date: '500 BC',
      track: 'inside-spotify',
      kind: 'milestone',
      editorNote: 'TimelineJS also gave the month 3 (a date before year 1 is dated by its year alone).',
      body: 'Read [the *whole* story](https://example.org/calendar) of it.\n\n- Stone\n- Bronze',
    });
    expect(milestone(root, 'content/timeline/2012/03-17-squads-are-formed.mdx')).toEqual({
      title: 'Squads are formed',
      date: '2012-03-17',
      track: 'inside-spotify',
      kind: 'milestone',
      editorNote:
        'TimelineJS showed its date as "Spring 2012"; the journey shows 2012-03-17.\n\n' +
        'Media in TimelineJS, not downloaded: https://www.youtube.com/watch?v=abc123. Caption: The first squad at work. Credit: Photo: Spotify.',
      body: 'Small teams, **each** with a mission.',
    });
    const first = 'Engineers had no map of the services they ran. A small team built one: a catalog of every service, who owned it, and where its documentation lived.';
    const second = 'Within a year, every squad used it daily, and the idea of a developer portal spread to other companies that faced the same sprawl of services and teams.';
    expect(milestone(root, 'content/timeline/2016/02-the-portal-opens.mdx')).toEqual({
      title: 'The portal opens',
      date: '2016-02',
      track: 'open-source',
      kind: 'milestone',
      editorNote: `Full text (the card shows its start):\n\n${first}\n\n${second}\n\nThat portal later became an open-source project.`,
      body: `${first}\n\n${second}`,
    });
    // No group: the first track.
    expect(milestone(root, 'content/timeline/2020/03-16-version-1-0.mdx')).toEqual({
      title: 'Version 1.0',
      date: '2020-03-16',
      track: 'open-source',
      kind: 'milestone',
      editorNote: 'Media in TimelineJS, not downloaded: https://example.org/release.png. Caption: The release notes.',
      body: 'The first release & its `1.0` tag.',
    });
  });

  it('adds the groups as tracks and the era to journey.yaml, keeping every word and comment written there', () => {
    const lines = ORIGINAL_JOURNEY.split('\n');
    const intro = lines.indexOf('  tagline: A journey told in {pixels} pixels.') + 1;
    expect(readFileSync(join(root, 'content/journey.yaml'), 'utf8')).toBe(
      [
        ...lines.slice(0, intro),
        ...SHAPE_WRITTEN,
        ...lines.slice(intro),
      ].join('\n'),
    );
  });

  it('reports what it kept out of sight, what it did not carry and why', () => {
    expect(linesOf(first, 'note')).toEqual([
      'content/timeline/500-bc/a-calendar-is-carved.mdx: the month 3, kept as its editor\'s note',
      'content/timeline/2012/03-17-squads-are-formed.mdx: the display date "Spring 2012", kept as its editor\'s note',
      "content/timeline/2012/03-17-squads-are-formed.mdx: the media's caption and credit, kept as its editor's note",
      'content/timeline/2016/02-the-portal-opens.mdx: the text past the 300 characters a card shows, kept as its editor\'s note',
      "content/timeline/2020/03-16-version-1-0.mdx: the media's caption and credit, kept as its editor's note",
    ]);
    expect(linesOf(first, 'media')).toEqual([
      'content/timeline/2012/03-17-squads-are-formed.mdx: https://www.youtube.com/watch?v=abc123 (a video)',
      'content/timeline/2020/03-16-version-1-0.mdx: https://example.org/release.png (a picture)',
      'content/journey.yaml: https://example.org/cover.jpg (a picture, on the title slide)',
    ]);
    expect(linesOf(first, 'track')).toEqual([
      'added the track "open-source" (track: open-source) to content/journey.yaml',
      'added the track "inside-spotify" (track: inside-spotify) to content/journey.yaml',
    ]);
    expect(linesOf(first, 'era')).toEqual([
      'added the era "Growing up", the first, to content/journey.yaml',
      'the era "Growing up" is the first, so it starts with the journey: a first era has no first year, and 2012 is not written',
      "the eras' end dates are not kept: each era lasts until the next one starts",
    ]);
    expect(linesOf(first, 'unread')).toEqual([
      'the title slide ("From the first light to today"): its words are not used; the journey keeps its own name and opening (import with --new to start from them)',
    ]);
  });

  it('leaves a journey that passes the content check', () => {
    const check = checkContent(readContent(root));
    expect(check.problems).toEqual([]);
    expect(check.milestones).toBe(6);
  });

  it('changes nothing when the same file is imported again', () => {
    const before = snapshot(root);
    const again = imported(root);
    expect(snapshot(root)).toEqual(before);
    expect(again.plan.files.map((file) => file.status)).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged', 'unchanged']);
    expect(again.plan.journey).toBeUndefined();
    expect(linesOf(again, 'written')).toEqual([]);
  });
});

describe('importing a changed file again', () => {
  it('rewrites the files it wrote before, and moves the one whose date changed', () => {
    const root = project();
    imported(root);
    const changed = JSON.parse(readFileSync(HISTORY, 'utf8'));
    changed.events[0].start_date.year = -13_700_000_000;
    changed.events[2].text.text = 'Small teams with a mission.';
    const file = join(root, 'history.json');
    writeFileSync(file, JSON.stringify(changed));
    const again = imported(root, file);
    expect(linesOf(again, 'moved')).toEqual([
      'content/timeline/13800000000-bc/first-light.mdx → content/timeline/13700000000-bc/first-light.mdx (its date or name changed)',
    ]);
    expect(linesOf(again, 'updated')).toEqual(['content/timeline/2012/03-17-squads-are-formed.mdx']);
    expect(linesOf(again, 'unchanged')).toHaveLength(3);
    expect(existsSync(join(root, 'content/timeline/13800000000-bc'))).toBe(false);
    expect(milestone(root, 'content/timeline/13700000000-bc/first-light.mdx')).toMatchObject({ date: '13,700,000,000 BC' });
    expect(milestone(root, 'content/timeline/2012/03-17-squads-are-formed.mdx')).toMatchObject({ body: 'Small teams with a mission.' });
  });
});

describe('npm run import -- FILE --new: a fresh journey from the file', () => {
  const root = project();
  const result = imported(root, HISTORY, true);

  it('takes away the old story’s milestones, their drawn and encoded pictures, and says so', () => {
    const files = snapshot(root);
    expect(Object.keys(files).filter((path) => !path.startsWith('content/timeline/') || path.includes('2022')).sort()).toEqual([
      'art/manifest.json',
      'content/journey.yaml',
    ]);
    expect(JSON.parse(files['art/manifest.json']!)).toEqual({ art: {} });
    expect(linesOf(result, 'removed')).toEqual([
      'content/timeline/2022/03-17-backstage-1-0-released.mdx (a milestone of the old story)',
      'content/timeline/2022/backstage-1-0.svg (the picture drawn for content/timeline/2022/03-17-backstage-1-0-released.mdx)',
      'the encoded pictures of 1 old milestone: 2 files in public/images/art/ and their entries in art/manifest.json',
      'the closing words (outro) from content/journey.yaml',
      "the growth charts (growth and its series), which drew the old milestones' figures from content/journey.yaml",
      'the credits from content/journey.yaml',
    ]);
  });

  it('gives the journey the title slide’s words, its groups as tracks and its eras, and a tagline that measures the page', () => {
    expect(readFileSync(join(root, 'content/journey.yaml'), 'utf8')).toBe(
      [
        "# The page's own words.",
        'siteName: From the first light to today',
        'description: Everything that led to our platform, oldest first.',
        'intro:',
        '  title: From the first light to today',
        '  subtitle: Everything that led to our platform, oldest first.',
        '  tagline: A journey told in {pixels} pixels.',
        ...SHAPE_WRITTEN,
        '',
      ].join('\n'),
    );
  });

  it('leaves milestones that pass the content check', () => {
    const check = checkContent(readContent(root));
    expect(check.problems).toEqual([]);
    expect(check.milestones).toBe(5);
  });
});

describe('the Google Sheets template saved as CSV', () => {
  it('imports its rows, a quoted text over several lines as paragraphs, and adds a new group as a track', () => {
    const root = project();
    const result = imported(root, SHEET);
    expect(milestone(root, 'content/timeline/2012/03-17-squads-are-formed.mdx')).toEqual({
      title: 'Squads are formed',
      date: '2012-03-17',
      track: 'inside-spotify',
      kind: 'milestone',
      editorNote:
        'TimelineJS showed its date as "Spring 2012"; the journey shows 2012-03-17.\n\nTimelineJS also gave the time 14:30.\n\n' +
        'Media in TimelineJS, not downloaded: https://www.youtube.com/watch?v=abc123. Caption: The first squad at work. Credit: Photo: Spotify.',
      body: 'Small teams, each with a mission.\n\nEvery squad chose its own tools.',
    });
    expect(milestone(root, 'content/timeline/13800000000-bc/the-first-light.mdx')).toMatchObject({ date: '13,800,000,000 BC', track: 'open-source' });
    expect(milestone(root, 'content/timeline/2020/03-16-version-1-0.mdx')).toMatchObject({ track: 'community' });
    const journey = readFileSync(join(root, 'content/journey.yaml'), 'utf8');
    expect(journey).toContain(
      [
        'tracks:',
        '  - id: open-source',
        '    name: Open Source',
        '    short: Open Source',
        '  - id: inside-spotify',
        '    name: Inside Spotify',
        '    short: Inside Spotify',
        '  - id: community',
        '    name: Community',
        '    short: Community',
      ].join('\n'),
    );
    expect(linesOf(result, 'unread')).toContain('the background colours of 1 slide are not carried: the journey\'s eras and tracks give it its colours');
  });
});

describe('a timeline with problems', () => {
  it('is refused whole, every problem named by its event, and nothing is written', () => {
    const root = project();
    const before = snapshot(root);
    const broken = JSON.parse(readFileSync(HISTORY, 'utf8'));
    broken.events[2].start_date.month = 13;
    delete broken.events[3].start_date;
    broken.events[4].unique_id = 'first-light';
    const file = join(root, 'broken.json');
    writeFileSync(file, JSON.stringify(broken));
    const result = importTimeline({ root, file, fresh: true });
    expect(result).toEqual({
      ok: false,
      errors: [
        'event 4 ("The portal opens") has no start_date: every event needs at least its year, as "start_date": { "year": 2012 }',
      ],
    });
    delete broken.events[3];
    broken.events = broken.events.filter(Boolean);
    broken.events[1].end_date = { year: 'soon' };
    writeFileSync(file, JSON.stringify(broken));
    expect(importTimeline({ root, file, fresh: true })).toEqual({
      ok: false,
      errors: [
        'event 4 ("Version 1.0") has the unique_id "first-light" of event 1 ("The first light"); each event needs its own',
        'event 2 ("A calendar is carved"): its end date\'s year "soon" is not a whole number',
        'event 3 ("Squads are formed"): its date\'s month is 13; months run from 1 to 12',
      ],
    });
    rmSync(file);
    expect(snapshot(root)).toEqual(before);
  });

  it('refuses a file that cannot be found or is no timeline, without writing', () => {
    const root = project();
    const before = snapshot(root);
    expect(importTimeline({ root, file: join(root, 'missing.json'), fresh: false })).toEqual({
      ok: false,
      errors: [`${join(root, 'missing.json')} cannot be read: there is no such file`],
    });
    const csv = join(FIXTURES, 'project/content/journey.yaml');
    expect(importTimeline({ root, file: csv, fresh: false })).toMatchObject({ ok: false, errors: [expect.stringContaining('journey.yaml is not a TimelineJS sheet')] });
    expect(snapshot(root)).toEqual(before);
  });
});

describe('the command', () => {
  const NODE = resolve('node_modules/.bin/node');
  const CLI = resolve('scripts/import.ts');
  const run = (args: string[]) => {
    const result = spawnSync(NODE, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  it('prints the report, one line per thing, under plain headings', () => {
    const root = project();
    const { status, stdout } = run([HISTORY, '--root', root]);
    expect(status).toBe(0);
    expect(stdout).toContain('Imported 5 milestones from');
    expect(stdout).toContain('Written:\n  content/timeline/13800000000-bc/first-light.mdx\n');
    expect(stdout).toContain('Media not carried (nothing was downloaded; a picture of your own goes in art: { src, alt }):\n');
    expect(stdout).toContain('\nNext: npm run art draws the new milestones’ pictures; npm run dev shows the journey.');
  });

  it('exits 1 on a malformed file, naming the problem, with no stack trace and nothing written', () => {
    const root = project();
    const before = snapshot(root);
    const bad = join(mkdtempSync(join(tmpdir(), 'journey-import-bad-')), 'bad.json');
    made.push(join(bad, '..'));
    writeFileSync(bad, '{ "events": [ { "start_date": { "year": 2012 } }, ] }');
    const { status, stdout, stderr } = run([bad, '--root', root]);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `Nothing was imported: ${bad} has a problem.\n` +
        "  bad.json is not valid JSON at line 1, column 51: unexpected token ']' (JSON has no comma after the last item of a list or object)\n",
    );
    expect(snapshot(root)).toEqual(before);
  });
});
