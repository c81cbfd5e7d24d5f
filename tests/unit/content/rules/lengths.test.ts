import { describe, expect, it } from 'vitest';
import { check, mdx } from '../support.ts';

/** Words a card can show: the limits next to each field in src/model/schema/milestone.ts. */
describe('lengths', () => {
  const milestone = (fields: string, body = '') => check({ '2022/03-17-long.mdx': mdx(`date: "2022-03-17"\ntrack: open-source\n${fields}`, body) });

  it('a title past its soft limit warns what the card will do; past its hard limit it is an error', () => {
    const warned = milestone(`title: ${'A long title '.repeat(13)}`);
    expect(warned.problems.map((problem) => [problem.severity, problem.field, problem.problem])).toEqual([
      ['warning', 'title', `title has 168 characters, more than 150: the card is drawn two cards wide and its words crowd its picture; put the rest in subtitle or the body`],
    ]);
    const refused = milestone(`title: ${'x'.repeat(5000)}`);
    expect(refused.problems.map((problem) => [problem.severity, problem.field, problem.problem])).toEqual([
      ['error', 'title', 'title is longer than 280 characters, more than the page can show'],
    ]);
  });

  it('labels, figures and alternative text have limits of their own', () => {
    const result = milestone(
      `title: Growth\nkind: statistic\nstats:\n  - value: "1,000,000,000+++"\n    label: ${'stars '.repeat(9)}\nart:\n  src: ./a.svg\n  alt: ${'A picture of many things. '.repeat(7)}`,
    );
    expect(result.problems.map((problem) => [problem.severity, problem.field])).toEqual([
      ['error', 'value (in stats, item 1)'],
      ['warning', 'label (in stats, item 1)'],
      ['error', 'src (in art)'],
      ['warning', 'alt (in art)'],
    ]);
  });

  it('the body past its soft limit warns, past its hard limit it is an error', () => {
    expect(milestone('title: Short', `\n${'word '.repeat(70)}\n`).problems.map((problem) => [problem.severity, problem.line, problem.field])).toEqual([
      ['warning', 7, 'body'],
    ]);
    expect(milestone('title: Short', `\n${'word '.repeat(130)}\n`).problems.map((problem) => [problem.severity, problem.field, problem.problem])).toEqual([
      ['error', 'body', 'the text has 649 characters, more than a card can show (600)'],
    ]);
  });
});
