import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findBenchPages, pickEmbedYear } from '../../scripts/bench/lib/pages.ts';
import { BUDGETS, checkBudgets, pageKindOf } from '../../src/build-time/budgets.ts';

describe('budgets', () => {
  it('are the brief’s: JS 60 kB on the journey, 15 kB on an embed, CSS 20 kB, gzip', () => {
    expect(BUDGETS.journey.js).toBe(60_000);
    expect(BUDGETS.embed.js).toBe(15_000);
    for (const budget of Object.values(BUDGETS)) expect(budget.css).toBe(20_000);
  });

  it('checks JS, CSS and HTML against the page’s budget, a byte over failing', () => {
    const checks = checkBudgets('embed', { js: 15_001, css: 20_000, html: 3000 });
    expect(checks.map((check) => [check.type, check.within])).toEqual([
      ['js', false],
      ['css', true],
      ['html', true],
    ]);
    expect(checks[0]).toMatchObject({ actual: 15_001, budget: 15_000 });
  });

  it('knows the kind of page at a path', () => {
    expect(pageKindOf('/')).toBe('journey');
    expect(pageKindOf('/embed/2022/')).toBe('embed');
    expect(pageKindOf('embed/66000000-bc/index.html')).toBe('embed');
    expect(pageKindOf('/embed/2022/list/')).toBe('embed');
    expect(pageKindOf('embed/2022/list/index.html')).toBe('embed');
    expect(pageKindOf('/blog/embedding-a-year/')).toBe('post');
    expect(pageKindOf('/feed.xml')).toBeUndefined();
  });
});

describe('pages to measure', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  const site = (files: Record<string, string>) => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-pages-'));
    dirs.push(dir);
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return dir;
  };

  it('picks the heaviest embed year, the later one on a tie', () => {
    expect(pickEmbedYear([{ year: '2021', htmlBytes: 10 }, { year: '2022', htmlBytes: 30 }, { year: '2023', htmlBytes: 20 }])).toBe('2022');
    expect(pickEmbedYear([{ year: '2021', htmlBytes: 10 }, { year: '2022', htmlBytes: 10 }])).toBe('2022');
    expect(pickEmbedYear([])).toBeUndefined();
  });

  it('finds the journey, one embed and the example post in a build', () => {
    const dist = site({
      'index.html': '<html>',
      'embed/2021/index.html': 'short',
      'embed/2022/index.html': 'the longest year of all',
      'embed/notes.txt': 'not a year',
      'blog/embedding-a-year/index.html': '<html>',
    });
    expect(findBenchPages(dist)).toEqual({
      pages: [
        { kind: 'journey', path: '/', label: '/' },
        { kind: 'embed', path: '/embed/2022/', label: '/embed/2022/' },
        { kind: 'post', path: '/blog/embedding-a-year/', label: '/blog/embedding-a-year/' },
      ],
      missing: [],
    });
  });

  it('says which pages a build does not have yet', () => {
    const { pages, missing } = findBenchPages(site({ 'index.html': '<html>' }));
    expect(pages.map((page) => page.kind)).toEqual(['journey']);
    expect(missing.map((page) => page.kind)).toEqual(['embed', 'post']);
    expect(missing[0]!.reason).toContain('embed/<year>/index.html');
  });
});
