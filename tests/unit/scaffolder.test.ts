import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/build-time/content/check.ts';
import { readContent } from '../../src/build-time/content/files.ts';
import { scaffoldMilestone, type ScaffoldRequest } from '../../src/build-time/scaffold.ts';
import { milestoneSchema } from '../../src/model/schema/milestone.ts';

const JOURNEY = { path: 'content/journey.yaml', text: readFileSync('content/journey.yaml', 'utf8') };

function scaffold(request: ScaffoldRequest) {
  const result = scaffoldMilestone(request);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result;
}

/** The content check on one scaffolded file, with nothing else on disk. */
function checkAlone(path: string, text: string) {
  return checkContent({ files: [{ path, text }], journey: JOURNEY, exists: () => false });
}

describe('scaffoldMilestone', () => {
  it('places the file in its year folder under its conventional name', () => {
    const result = scaffold({ title: 'Backstage 2.0 released', date: '2026-06-04', track: 'open-source', kind: 'release' });
    expect(result.path).toBe('content/timeline/2026/06-04-backstage-2-0-released.mdx');
    expect(result.anchor).toBe('2026-06-04-backstage-2-0-released');
  });

  it('names month, year and BC milestones by their precision', () => {
    expect(scaffold({ title: 'Hack week', date: '2017-05', track: 'inside-spotify' }).path).toBe(
      'content/timeline/2017/05-hack-week.mdx',
    );
    expect(scaffold({ title: 'Microservices', date: '2012', track: 'inside-spotify', kind: 'era' }).path).toBe(
      'content/timeline/2012/microservices.mdx',
    );
    expect(scaffold({ title: 'Spreadsheets are born', date: '66,000,000 BC', track: 'open-source', kind: 'era' }).path).toBe(
      'content/timeline/66000000-bc/spreadsheets-are-born.mdx',
    );
  });

  it('writes a file that passes the content check, whatever the title and subtitle contain', () => {
    const requests: ScaffoldRequest[] = [
      { title: 'Backstage 2.0 released', date: '2026-06-04', track: 'open-source' },
      { title: 'Backstage: "the" beginning #1', date: '2016-02', track: 'inside-spotify', kind: 'launch', subtitle: 'Yes: no # maybe' },
      { title: '2022', date: '2022', track: 'open-source', kind: 'statistic', subtitle: 'true' },
      { title: 'Spreadsheets are born', date: '66,000,000 BC', track: 'open-source', kind: 'era' },
    ];
    for (const request of requests) {
      const result = scaffold(request);
      const check = checkAlone(result.path, result.text);
      expect(check.problems, `${result.path}\n${result.text}`).toEqual([]);
    }
  });

  it('writes the values it was given, read back the way Astro reads frontmatter', () => {
    const result = scaffold({
      title: 'Backstage: "the" beginning',
      date: '2016-02-03',
      track: 'inside-spotify',
      kind: 'launch',
      subtitle: 'Yes: no # maybe',
    });
    // Astro's MDX integration reads frontmatter with this function; the editor comments must not get in the way.
    const { frontmatter } = parseFrontmatter(result.text);
    const data = milestoneSchema.parse(frontmatter);
    expect(data).toMatchObject({
      title: 'Backstage: "the" beginning',
      date: { year: 2016, month: 2, day: 3, precision: 'day' },
      track: 'inside-spotify',
      kind: 'launch',
      subtitle: 'Yes: no # maybe',
      draft: false,
    });
  });

  it('an era gets precision: era', () => {
    const result = scaffold({ title: 'Microservices', date: '2012', track: 'inside-spotify', kind: 'era' });
    expect(result.text).toMatch(/^precision: era$/m);
    expect(scaffold({ title: 'Launch', date: '2012', track: 'inside-spotify', kind: 'launch' }).text).not.toMatch(/^precision:/m);
  });

  it('documents the optional fields as comments, without placeholder content', () => {
    const { text } = scaffold({ title: 'Backstage 2.0 released', date: '2026-06-04', track: 'open-source' });
    expect(text).toMatchInlineSnapshot(`
      "---
      # One milestone of the journey. \`npm run check:content\` checks these fields; every field
      # is described in src/model/schema/milestone.ts. The story goes below the closing --- line.
      title: Backstage 2.0 released
      # "2022-03-17" (a day), "2022-03" (a month), "2022" (a year) or "66,000,000 BC".
      # The year must match the folder this file is in.
      date: "2026-06-04"
      # "open-source" or "inside-spotify" (the tracks in content/journey.yaml)
      track: open-source
      # What it is about; picks the art and the card style:
      # era, launch, release, adoption, community, recognition, award, anniversary, statistic, quote, goal, milestone
      kind: milestone
      #
      # More fields: remove the "# " in front of the ones you need.
      # subtitle: A second line under the title
      # stats:                       # figures shown large on the card
      #   - value: "10,000"
      #     label: GitHub stars
      # attribution: Who said it     # for a quote, whose title is the quotation
      # art: decorative              # or none, or a picture next to this file:
      # art:
      #   src: ./my-art.svg
      #   alt: What the picture shows
      # links:
      #   - label: Read the announcement
      #     href: https://example.org/news
      # draft: true                  # keeps it off the published site; npm run dev still shows it
      # editorNote: A note for other editors, never shown on the page
      ---
      "
    `);
  });

  it('refuses a bad date, track or kind with the checker’s plain messages', () => {
    const result = scaffoldMilestone({ title: 'Backstage 2.0', date: '2026-13-04', track: 'opensource', kind: 'relase' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      {
        field: 'date',
        problem: '"2026-13-04" has month 13; months run from 01 to 12',
        expected: '"2022-03-17" (a day), "2022-03" (a month), "2022" (a year) or "66,000,000 BC"',
      },
      {
        field: 'track',
        problem: '"opensource" is not one of the journey\'s tracks (tracks: in content/journey.yaml); did you mean "open-source"?',
        expected: '"open-source" or "inside-spotify"; or a new track added to tracks: in content/journey.yaml (- id: opensource, with name: and short: lines)',
      },
      {
        field: 'kind',
        problem: '"relase" is not one of the choices; did you mean "release"?',
        expected: expect.stringContaining('one of era, launch, release'),
      },
    ]);
  });

  it('asks for what is missing, and refuses an era dated by more than its year', () => {
    const missing = scaffoldMilestone({});
    expect(missing.ok ? [] : missing.problems.map((problem) => problem.problem)).toEqual([
      'title is missing',
      'date is missing',
      'track is missing',
    ]);
    const era = scaffoldMilestone({ title: 'Microservices', date: '2012-03', track: 'inside-spotify', kind: 'era' });
    expect(era.ok ? [] : era.problems).toEqual([
      {
        field: 'date',
        problem: '"2012-03" has a month, but an era (--kind era) is dated by its year alone',
        expected: 'the year alone, such as "2012"',
      },
    ]);
  });
});

describe('npm run new', () => {
  const NODE = resolve('node_modules/.bin/node');
  const CLI = resolve('scripts/new-milestone.ts');
  const roots: string[] = [];

  function project(): string {
    const root = mkdtempSync(join(tmpdir(), 'journey-new-'));
    roots.push(root);
    mkdirSync(join(root, 'content/timeline'), { recursive: true });
    cpSync('content/journey.yaml', join(root, 'content/journey.yaml'));
    return root;
  }

  function run(root: string, args: string[]) {
    const result = spawnSync(NODE, [CLI, ...args, '--root', root], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr, output: result.stdout + result.stderr };
  }

  afterAll(() => {
    for (const root of roots) rmSync(root, { recursive: true, force: true });
  });

  it('writes the file, prints its path and the next steps, and the content then passes the check', () => {
    const root = project();
    const { status, stdout } = run(root, ['Backstage 2.0 released', '--date', '2026-06-04', '--track', 'open-source', '--kind', 'release']);
    expect(status).toBe(0);
    const path = 'content/timeline/2026/06-04-backstage-2-0-released.mdx';
    expect(stdout).toContain(`Created ${path}`);
    expect(stdout).toContain('Next:');
    expect(stdout).toContain('#2026-06-04-backstage-2-0-released');
    expect(readFileSync(join(root, path), 'utf8')).toMatch(/^title: Backstage 2\.0 released$/m);
    const check = checkContent(readContent(root));
    expect(check).toMatchObject({ milestones: 1, errors: 0, warnings: 0 });
  });

  it('refuses to overwrite an existing file and leaves it untouched', () => {
    const root = project();
    const args = ['Backstage 2.0 released', '--date', '2026-06-04', '--track', 'open-source'];
    expect(run(root, args).status).toBe(0);
    const path = join(root, 'content/timeline/2026/06-04-backstage-2-0-released.mdx');
    writeFileSync(path, `${readFileSync(path, 'utf8')}\nThe story, already written.\n`);
    const before = readFileSync(path, 'utf8');

    const again = run(root, [...args.slice(0, 1).map((title) => `${title}!`), ...args.slice(1), '--kind', 'launch']);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('content/timeline/2026/06-04-backstage-2-0-released.mdx already exists; nothing was written.');
    expect(readFileSync(path, 'utf8')).toBe(before);
  });

  it('refuses a second file for a milestone that already exists under another name', () => {
    const root = project();
    mkdirSync(join(root, 'content/timeline/2026'), { recursive: true });
    writeFileSync(
      join(root, 'content/timeline/2026/06-04-v2.mdx'),
      '---\ntitle: Backstage 2.0 released\ndate: 2026-06-04\ntrack: open-source\n---\n',
    );
    const { status, stderr } = run(root, ['Backstage 2.0 released', '--date', '2026-06-04', '--track', 'open-source']);
    expect(status).toBe(1);
    expect(stderr).toContain('content/timeline/2026/06-04-v2.mdx is already this milestone (same track, title and date)');
    expect(readdirSync(join(root, 'content/timeline/2026'))).toEqual(['06-04-v2.mdx']);
  });

  it('rejects a bad date or track in plain words, writes nothing and shows no stack trace', () => {
    const root = project();
    const { status, stderr, output } = run(root, ['Backstage 2.0', '--date', '2026-02-30', '--track', 'inside']);
    expect(status).toBe(1);
    expect(stderr).toContain('"2026-02-30" has day 30, but February 2026 has 28 days');
    expect(stderr).toContain('"inside" is not one of the journey\'s tracks (tracks: in content/journey.yaml)');
    expect(stderr).toContain('Expected: "open-source" or "inside-spotify"; or a new track added to tracks: in content/journey.yaml');
    expect(stderr).toContain('Usage: npm run new --');
    expect(output).not.toMatch(/^\s{4}at /m);
    expect(existsSync(join(root, 'content/timeline/2026'))).toBe(false);
  });

  it('explains a missing title or an unknown flag', () => {
    const root = project();
    const missing = run(root, ['--date', '2026-06-04', '--track', 'open-source']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('title is missing');
    const unknown = run(root, ['Title', '--date', '2026-06-04', '--track', 'open-source', '--colour', 'red']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain("Unknown option '--colour'");
    expect(unknown.output).not.toMatch(/^\s{4}at /m);
  });
});
