import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { generateMilestones, seededRandom } from '../../scripts/bench/lib/generate.ts';
import { yearKey } from '../../src/model/journey-date.ts';
import { fileStemFor } from '../../src/model/milestone.ts';
import { TRACK_IDS } from '../support/content.ts';
import { milestoneSchema } from '../../src/model/schema/milestone.ts';

function frontmatter(text: string): unknown {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) throw new Error('no frontmatter');
  return parseYaml(match[1]!);
}

describe('generateMilestones', () => {
  const files = generateMilestones(1000);

  it('writes the number asked for, each at its own path', () => {
    expect(files).toHaveLength(1000);
    expect(new Set(files.map((file) => file.path)).size).toBe(1000);
  });

  it('writes files the content schema accepts, in the folder and under the name of their date and title', () => {
    for (const file of files) {
      const parsed = milestoneSchema.safeParse(frontmatter(file.text));
      expect(parsed.success, `${file.path}: ${parsed.error?.message}`).toBe(true);
      const data = parsed.data!;
      expect(file.path).toBe(`${yearKey(data.date.year)}/${fileStemFor(data.date, data.title)}.mdx`);
    }
  });

  it('spreads them evenly over 2006–2026 and over both tracks', () => {
    const perYear = new Map<number, number>();
    const perTrack = new Map<string, number>();
    for (const file of files) {
      const data = milestoneSchema.parse(frontmatter(file.text));
      perYear.set(data.date.year, (perYear.get(data.date.year) ?? 0) + 1);
      perTrack.set(data.track, (perTrack.get(data.track) ?? 0) + 1);
    }
    expect([...perYear.keys()].sort()).toEqual(Array.from({ length: 21 }, (_, index) => 2006 + index));
    expect(Math.max(...perYear.values()) - Math.min(...perYear.values())).toBeLessThanOrEqual(1);
    expect([...perTrack.keys()].sort()).toEqual([...TRACK_IDS].sort());
    for (const track of TRACK_IDS) expect(perTrack.get(track)).toBeGreaterThan(400);
  });

  it('starts from what npm run new writes', () => {
    expect(files[0]!.text).toMatch(/^---\n# One milestone of the journey/);
  });

  it('writes the same files for the same seed and different ones for another', () => {
    expect(generateMilestones(50)).toEqual(generateMilestones(50));
    expect(generateMilestones(50, { seed: 7 })).not.toEqual(generateMilestones(50));
  });

  it('stays inside the years it is given', () => {
    const years = generateMilestones(30, { firstYear: 2020, lastYear: 2022 }).map((file) => Number(file.path.slice(0, 4)));
    expect(new Set(years)).toEqual(new Set([2020, 2021, 2022]));
  });
});

describe('seededRandom', () => {
  it('gives numbers in [0, 1), the same for the same seed', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const values = Array.from({ length: 100 }, () => a());
    expect(values).toEqual(Array.from({ length: 100 }, () => b()));
    expect(values.every((value) => value >= 0 && value < 1)).toBe(true);
  });
});
