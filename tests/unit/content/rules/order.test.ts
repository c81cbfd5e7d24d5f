import { describe, expect, it } from 'vitest';
import { check, mdx, only, where } from '../support.ts';

describe('the order of milestones of one date', () => {
  const day = (title: string, order?: number, track = 'open-source') =>
    mdx(`title: ${title}\ndate: "2025-10-22"\n${order === undefined ? '' : `order: ${order}\n`}track: ${track}`);

  it('accepts a different place for each milestone of the date and track', () => {
    const result = check({ '2025/10-22-ga.mdx': day('GA', 1), '2025/10-22-confidence.mdx': day('Confidence', 2) });
    expect(result.problems).toEqual([]);
  });

  it('is an error when two milestones of the date and track take the same place', () => {
    const result = check({ '2025/10-22-ga.mdx': day('GA', 1), '2025/10-22-confidence.mdx': day('Confidence', 1) });
    expect(result.problems.map((problem) => [problem.file, problem.line, problem.severity, problem.problem])).toEqual([
      [
        'content/timeline/2025/10-22-confidence.mdx',
        4,
        'error',
        'order 1 is also the place of content/timeline/2025/10-22-ga.mdx on 2025-10-22, so which comes first is not said',
      ],
      [
        'content/timeline/2025/10-22-ga.mdx',
        4,
        'error',
        'order 1 is also the place of content/timeline/2025/10-22-confidence.mdx on 2025-10-22, so which comes first is not said',
      ],
    ]);
  });

  it('warns about an order with no other milestone of its date and track to stand among', () => {
    const problem = only(check({ '2025/10-22-ga.mdx': day('GA', 1), '2025/10-22-inside.mdx': day('Inside', undefined, 'inside-spotify') }));
    expect(where(problem)).toEqual({ file: 'content/timeline/2025/10-22-ga.mdx', line: 4, field: 'order', severity: 'warning' });
  });

  it('takes only whole numbers from 1', () => {
    const problem = only(check({ '2025/10-22-ga.mdx': day('GA', 0), '2025/10-22-confidence.mdx': day('Confidence', 2) }));
    expect(where(problem)).toEqual({ file: 'content/timeline/2025/10-22-ga.mdx', line: 4, field: 'order', severity: 'error' });
    expect(problem.expected).toContain('1 for the first milestone of its date');
  });
});
