import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseManifest } from '../../src/build-time/art/manifest.ts';

/** `npm run art` on a small project of its own: what an editor sees in the terminal and on disk. */
const root = mkdtempSync(join(tmpdir(), 'journey-art-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(path: string, text: string): void {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
}

function art(...args: string[]) {
  const run = spawnSync(process.execPath, ['scripts/art/index.ts', '--root', root, ...args], { encoding: 'utf8' });
  return { status: run.status, out: run.stdout, err: run.stderr };
}

function encodedFiles(): Map<string, string> {
  const dir = join(root, 'public/images/art');
  let names: string[] = [];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return new Map();
  }
  return new Map(names.map((name) => [name, readFileSync(join(dir, name)).toString('base64')]));
}

write('content/journey.yaml', readFileSync('content/journey.yaml', 'utf8'));
write('content/timeline/2022/03-17-backstage-1-0-released.mdx', '---\ntitle: Backstage 1.0 released\ndate: "2022-03-17"\ntrack: open-source\nkind: release\n---\n');
write('content/timeline/2022/12-31-stars.mdx', '---\ntitle: 20,000 stars\ndate: "2022-12-31"\ntrack: open-source\nkind: statistic\n---\n');
write(
  'content/timeline/2023/04-01-drawn.mdx',
  '---\ntitle: A drawn one\ndate: "2023-04-01"\ntrack: inside-spotify\nkind: launch\nart:\n  src: ./drawn.svg\n  alt: A hand-drawn rocket\n---\n',
);
write('content/timeline/2023/drawn.svg', '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><circle cx="50" cy="50" r="40" fill="#f90"/></svg>');

describe('npm run art', () => {
  it('lists every milestone without its picture, with the fix, and writes nothing when checking', () => {
    const check = art('--check');
    expect(check.status).toBe(1);
    expect(check.err).toContain('2022/03-17-backstage-1-0-released has no encoded picture yet');
    expect(check.err).toContain('2023/04-01-drawn has no encoded picture yet');
    expect(check.err).not.toContain('12-31-stars');
    expect(check.err).toContain('Run `npm run art`');
    expect(encodedFiles().size).toBe(0);
  });

  it('encodes AVIF and WebP at two widths for each pictured milestone, and records them', () => {
    const run = art();
    expect(run.status).toBe(0);
    expect(run.out).toContain('2 pictures, 0 up to date, 2 encoded');
    const files = [...encodedFiles().keys()];
    expect(files).toHaveLength(8);
    expect(files.filter((name) => name.endsWith('.avif'))).toHaveLength(4);
    expect(files.filter((name) => name.endsWith('.webp'))).toHaveLength(4);
    expect(files.some((name) => name.endsWith('.png'))).toBe(false);
    const manifest = parseManifest(readFileSync(join(root, 'art/manifest.json'), 'utf8'));
    expect(Object.keys(manifest.art)).toEqual(['2022/03-17-backstage-1-0-released', '2023/04-01-drawn']);
    expect(manifest.art['2023/04-01-drawn']!.source).toBe('drawn');
    expect(art('--check').status).toBe(0);
  });

  it('skips unchanged pictures on the next run and gives the same bytes when forced', () => {
    const before = encodedFiles();
    const manifestBefore = readFileSync(join(root, 'art/manifest.json'), 'utf8');
    const again = art();
    expect(again.out).toContain('2 up to date, 0 encoded');
    const forced = art('--force');
    expect(forced.out).toContain('2 encoded');
    expect(encodedFiles()).toEqual(before);
    expect(readFileSync(join(root, 'art/manifest.json'), 'utf8')).toBe(manifestBefore);
  });

  it('re-encodes a milestone whose kind changed and removes its old files', () => {
    const old = [...encodedFiles().keys()].filter((name) => name.startsWith('2022-03-17'));
    write('content/journey.yaml', readFileSync('content/journey.yaml', 'utf8'));
write('content/timeline/2022/03-17-backstage-1-0-released.mdx', '---\ntitle: Backstage 1.0 released\ndate: "2022-03-17"\ntrack: open-source\nkind: launch\n---\n');
    expect(art('--check').err).toContain('2022/03-17-backstage-1-0-released has an out-of-date picture');
    const run = art();
    expect(run.out).toContain('1 up to date, 1 encoded');
    expect(run.out).toContain('4 unused file(s) removed');
    const now = [...encodedFiles().keys()];
    for (const name of old) expect(now).not.toContain(name);
    expect(now.filter((name) => name.startsWith('2022-03-17'))).toHaveLength(4);
  });

  it('names a drawn file that does not exist', () => {
    rmSync(join(root, 'content/timeline/2023/drawn.svg'));
    const check = art('--check');
    expect(check.status).toBe(1);
    expect(check.err).toContain('2023/04-01-drawn: art.src "./drawn.svg" names content/timeline/2023/drawn.svg, which does not exist');
  });
});
