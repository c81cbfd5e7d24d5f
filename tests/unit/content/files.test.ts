import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/build-time/content/check.ts';
import { MAX_FILE_BYTES, readContent } from '../../../src/build-time/content/files.ts';
import { BASE, JOURNEY, mdx } from './support.ts';

/** Reading the content folder as data only: src/build-time/content/files.ts. */
const made: string[] = [];
afterAll(() => {
  for (const root of made) rmSync(root, { recursive: true, force: true });
});

/** A project folder with these files (path → text or bytes) and links (path → target). */
function project(files: Record<string, string | Uint8Array>, links: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'journey-files-'));
  made.push(root);
  for (const [path, content] of Object.entries({ [JOURNEY.path]: JOURNEY.text, ...files })) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  for (const [path, target] of Object.entries(links)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    symlinkSync(target, join(root, path));
  }
  return root;
}

const GOOD_FILE = { 'content/timeline/2022/03-17-backstage-1-0-released.mdx': mdx(BASE, '\nThe first major release.\n') };

describe('the content folder', () => {
  it('reads no link out of the content folder: a linked milestone, folder or picture is a problem of its own', () => {
    const outside = project({ 'secret.mdx': mdx(BASE), 'secret.svg': '<svg/>', 'folder/x.mdx': mdx(BASE) });
    const root = project(
      { ...GOOD_FILE, 'content/timeline/2022/04-01-art.mdx': mdx('title: Art\ndate: "2022-04-01"\ntrack: open-source\nart:\n  src: ./linked.svg\n  alt: A picture') },
      {
        'content/timeline/2022/04-02-linked.mdx': join(outside, 'secret.mdx'),
        'content/timeline/2023': join(outside, 'folder'),
        'content/timeline/2022/linked.svg': join(outside, 'secret.svg'),
      },
    );
    const result = checkContent(readContent(root));
    expect(result.milestones).toBe(2);
    expect(result.problems.map((problem) => [problem.file, problem.problem])).toEqual([
      ['content/timeline/2022/04-01-art.mdx', '"./linked.svg" does not exist: there is no file content/timeline/2022/linked.svg'],
      ['content/timeline/2022/04-02-linked.mdx', 'the file is a link (symlink) to another place, so it is not read'],
      ['content/timeline/2023', 'the file is a link (symlink) to another place, so it is not read'],
    ]);
  });

  it('a picture path that climbs out of the content folder is refused', () => {
    const root = project({ ...GOOD_FILE, 'content/timeline/2022/04-01-art.mdx': mdx('title: Art\ndate: "2022-04-01"\ntrack: open-source\nart:\n  src: ../../../../etc/passwd.svg\n  alt: x'), 'etc/passwd.svg': 'x' });
    const [problem] = checkContent(readContent(root)).problems;
    expect(problem?.problem).toBe('"../../../../etc/passwd.svg" leads to ../etc/passwd.svg, outside the content folder');
  });

  it('a file that is not UTF-8 text, or far too large, is named and not read', () => {
    const root = project({
      ...GOOD_FILE,
      'content/timeline/2022/04-01-latin1.mdx': new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0x74, 0xe9, 0x0a]),
      'content/timeline/2022/04-02-utf16.mdx': new Uint8Array([0xff, 0xfe, 0x2d, 0x00]),
      'content/timeline/2022/04-03-huge.mdx': mdx(BASE, 'x'.repeat(MAX_FILE_BYTES)),
    });
    const result = checkContent(readContent(root));
    expect(result.milestones).toBe(1);
    expect(result.problems.map((problem) => [basename(problem.file), problem.severity, problem.problem])).toEqual([
      ['04-01-latin1.mdx', 'error', 'the file is not UTF-8 text'],
      ['04-02-utf16.mdx', 'error', 'the file is saved as UTF-16 text'],
      ['04-03-huge.mdx', 'error', 'the file is 64 kB, more than a milestone\'s words can be (64 kB at most)'],
    ]);
  });
});
