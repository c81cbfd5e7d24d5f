import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { groupByYear, TIMELINE_DIR, toMilestone, type Milestone } from '../../src/model/milestone.ts';
import { journeyCopySchema } from '../../src/model/schema/journey.ts';
import { milestoneSchema } from '../../src/model/schema/milestone.ts';
import { mdxBodyToParagraphs, renderBaselinePage } from './lib/baseline-html.ts';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

function mdxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return mdxFiles(path);
    return entry.isFile() && entry.name.endsWith('.mdx') && !entry.name.startsWith('_') ? [path] : [];
  });
}

/**
 * Writes the plain-HTML page with the project's published milestones (drafts left out, as the
 * build does) into `outDir/index.html`; returns how many milestones it holds.
 */
export function writeBaselinePage(projectDir: string, outDir: string): { milestones: number; skipped: string[] } {
  const timelineDir = join(projectDir, TIMELINE_DIR);
  const milestones: Milestone[] = [];
  const bodies = new Map<string, string[]>();
  const skipped: string[] = [];
  for (const file of mdxFiles(timelineDir)) {
    const id = relative(timelineDir, file).replaceAll('\\', '/').replace(/\.mdx$/, '');
    const match = FRONTMATTER.exec(readFileSync(file, 'utf8'));
    const parsed = match ? milestoneSchema.safeParse(parseYaml(match[1]!)) : undefined;
    if (!parsed?.success) {
      skipped.push(id);
      continue;
    }
    if (parsed.data.draft) continue;
    milestones.push(toMilestone(id, parsed.data));
    bodies.set(id, mdxBodyToParagraphs(match![2] ?? ''));
  }
  const copy = journeyCopySchema.parse(parseYaml(readFileSync(join(projectDir, 'content', 'journey.yaml'), 'utf8')));
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'index.html'), renderBaselinePage({ copy, years: groupByYear(milestones), bodies }));
  return { milestones: milestones.length, skipped };
}
