import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { checkContent, type CheckResult, type Problem } from '../../../src/build-time/content/check.ts';

/** The real journey copy, so a check of test milestones has nothing to say about it. */
export const JOURNEY = { path: 'content/journey.yaml', text: readFileSync('content/journey.yaml', 'utf8') };

/** Checks in-memory files given by their path under content/timeline/; `existing` are the pictures that exist. */
export function check(files: Record<string, string>, existing: readonly string[] = [], journey: typeof JOURNEY | null = JOURNEY): CheckResult {
  return checkContent({
    files: Object.entries(files).map(([path, text]) => ({ path: `content/timeline/${path}`, text })),
    journey,
    exists: (path) => existing.includes(path),
  });
}

/** A milestone file: its frontmatter and its body. */
export const mdx = (frontmatter: string, body = '') => `---\n${frontmatter.trim()}\n---\n${body}`;

export const BASE = 'title: Backstage 1.0 released\ndate: "2022-03-17"\ntrack: open-source\nkind: release';
export const GOOD = { '2022/03-17-backstage-1-0-released.mdx': mdx(BASE, '\nThe first major release.\n') };

/** The one problem of a check, and that it is the only one. */
export function only(result: CheckResult): Problem {
  expect(result.problems).toHaveLength(1);
  return result.problems[0]!;
}

export const where = (problem: Problem) => ({ file: problem.file, line: problem.line, field: problem.field, severity: problem.severity });

/** The problems of a check of one milestone whose body is `body`, as [line, field, problem]. */
export function bodyProblems(body: string) {
  return check({ '2022/03-17-backstage-1-0-released.mdx': mdx(BASE, body) }).problems.map((problem) => [problem.line, problem.field, problem.problem]);
}
