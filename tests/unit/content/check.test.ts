import { describe, expect, it } from 'vitest';
import { getCollection } from 'astro:content';
import { checkContent } from '../../../src/build-time/content/check.ts';
import { entryIdFor } from '../../../src/build-time/content/entry-id.ts';
import { readContent } from '../../../src/build-time/content/files.ts';
import { formatReport } from '../../../src/build-time/content/report.ts';
import { GOOD, check, mdx } from './support.ts';

describe('milestone ids', () => {
  it('derives ids from the path, each folder and name slugged, so anchors follow the file name', () => {
    expect(entryIdFor('2022/03-17-Backstage_Launch.mdx')).toBe('2022/03-17-backstage_launch');
    expect(entryIdFor('2022/Über Launch!.mdx')).toBe('2022/über-launch');
    expect(entryIdFor('2022/launch/index.mdx')).toBe('2022/launch');
  });

  it('gives every real milestone the id the content collection gives it', async () => {
    const entries = await getCollection('timeline');
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      expect(entry.filePath).toBeDefined();
      expect(entryIdFor(entry.filePath!.replace(/^content\/timeline\//, ''))).toBe(entry.id);
    }
  });
});

describe('the files of the timeline', () => {
  it('a .md file is left out with a warning; files starting with _ are ignored', () => {
    const result = check({ ...GOOD, '2022/notes.md': mdx('title: x'), '2022/_template.mdx': 'not a milestone', '2022/_notes.md': 'notes' });
    expect(result.milestones).toBe(1);
    expect(result.problems.map((problem) => [problem.severity, problem.file, problem.problem])).toEqual([
      ['warning', 'content/timeline/2022/notes.md', 'only .mdx files are part of the journey, so this file is left out'],
    ]);
  });
});

describe('the real content', () => {
  it('content/timeline and content/journey.yaml pass with zero errors', () => {
    const result = checkContent(readContent(process.cwd()));
    expect(result.milestones).toBeGreaterThan(0);
    expect(result.problems.filter((problem) => problem.severity === 'error'), formatReport(result)).toEqual([]);
  });
});
