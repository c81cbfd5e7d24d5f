import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const NODE = resolve('node_modules/.bin/node');
const CLI = resolve('scripts/check-content.ts');
const FIXTURE = resolve('tests/unit/fixtures/content/broken');
const made: string[] = [];

/** A project folder in the system's temp directory: the broken fixture, or one good milestone. */
function project(kind: 'broken' | 'good'): string {
  const root = mkdtempSync(join(tmpdir(), 'journey-check-'));
  made.push(root);
  if (kind === 'broken') {
    cpSync(FIXTURE, root, { recursive: true });
  } else {
    mkdirSync(join(root, 'content/timeline/2022'), { recursive: true });
    writeFileSync(
      join(root, 'content/timeline/2022/03-17-backstage-1-0-released.mdx'),
      '---\ntitle: Backstage 1.0 released\ndate: 2022-03-17\ntrack: open-source\nkind: release\n---\n\nThe first major release.\n',
    );
  }
  cpSync('content/journey.yaml', join(root, 'content/journey.yaml'));
  return root;
}

function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(NODE, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, output: result.stdout + result.stderr };
}

afterAll(() => {
  for (const root of made) rmSync(root, { recursive: true, force: true });
});

describe('npm run check:content', () => {
  it('lists every problem of every broken file, exits 1 and shows no stack trace', () => {
    const { status, output } = run(['--root', project('broken')]);
    expect(status).toBe(1);
    expect(output).not.toMatch(/^\s{4}at /m);
    expect(output).not.toMatch(/Error:|ZodError|node:internal/);
    const headers = output.split('\n').filter((line) => line.startsWith('content/'));
    expect(headers).toEqual([
      'content/timeline/2021/06-01-plugin-marketplace.mdx:3  date',
      'content/timeline/2021/06-01-plugin-marketplace.mdx:10  body',
      'content/timeline/2022/03-17-backstage.mdx:3  titel',
      'content/timeline/2022/03-17-backstage.mdx:4  date',
      'content/timeline/2022/03-17-backstage.mdx:8  src (in art)',
      'content/timeline/2022/03-17-backstage.mdx:12  <Hilight>',
      'content/timeline/2022/04-01-the-beginning.mdx:2  title',
      'content/timeline/2022/backstagecon.mdx:2  title',
      'content/timeline/2022/backstagecon.mdx:3  file name  (warning)',
    ]);
    expect(output).toContain('  "2022-13-01" has month 13; months run from 01 to 12\n');
    expect(output.trimEnd().split('\n').pop()).toBe('5 milestones checked: 8 errors, 1 warning');
  });

  it('gives the same problems as JSON with --json', () => {
    const { status, stdout } = run(['--json', '--root', project('broken')]);
    expect(status).toBe(1);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ milestones: 5, errors: 8, warnings: 1 });
    expect(report.problems).toHaveLength(9);
    expect(report.problems[0]).toEqual({
      severity: 'error',
      kind: 'folder',
      file: 'content/timeline/2021/06-01-plugin-marketplace.mdx',
      line: 3,
      field: 'date',
      problem: 'the date 2022-06-01 is in 2022, but the file is in the folder 2021/',
      expected: 'the file in content/timeline/2022/, or a date in 2021',
    });
  });

  it('exits 0 with a summary for good content, found through JOURNEY_ROOT', () => {
    const { status, stdout } = run([], { JOURNEY_ROOT: project('good') });
    expect(status).toBe(0);
    expect(stdout.trim()).toBe('1 milestone checked: 0 errors, 0 warnings');
  });

  it('passes once the broken files are fixed', () => {
    const root = project('broken');
    const fix = (path: string, from: string | RegExp, to: string) => {
      const file = join(root, 'content/timeline', path);
      writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));
    };
    fix('2022/03-17-backstage.mdx', 'titel: Backstage one\n', '');
    fix('2022/03-17-backstage.mdx', '2022-13-01', '2022-03-17');
    fix('2022/03-17-backstage.mdx', 'Hilight>', 'Highlight>');
    fix('2022/03-17-backstage.mdx', 'Hilight>', 'Highlight>');
    writeFileSync(join(root, 'content/timeline/2022/backstage-1-0.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    fix('2022/04-01-the-beginning.mdx', 'Backstage: the beginning', '"Backstage: the beginning"');
    fix('2021/06-01-plugin-marketplace.mdx', '2022-06-01', '2021-06-01');
    fix('2021/06-01-plugin-marketplace.mdx', 'eighty plugins', 'eighty plugins</Highlight>');
    rmSync(join(root, 'content/timeline/2022/backstagecon.mdx'));
    const { status, stdout } = run(['--root', root]);
    expect(stdout).toBe('4 milestones checked: 0 errors, 0 warnings\n');
    expect(status).toBe(0);
  });

  it('explains a wrong flag without a stack trace', () => {
    const { status, output } = run(['--jsn']);
    expect(status).toBe(2);
    expect(output).toContain("Unknown option '--jsn'");
    expect(output).toContain('Usage: npm run check:content');
    expect(output).not.toMatch(/^\s{4}at /m);
  });
});
