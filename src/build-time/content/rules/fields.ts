import { describeIssues } from '../messages.ts';
import { fieldLine, type FileRule } from './rule.ts';

/** The frontmatter against the milestone schema: every field wrong, missing or unknown, in plain words. */
export const fields: FileRule = {
  name: 'fields',
  check(file, { guide }) {
    if (!file.frontmatter || !file.fields || file.fields.success) return [];
    return describeIssues(file.fields.error.issues, { guide, data: file.frontmatter.data }).map((problem) => ({
      kind: problem.problem.startsWith('unknown field') ? 'unknown-field' : 'field',
      line: fieldLine(file, problem.path),
      field: problem.field,
      problem: problem.problem,
      expected: problem.expected,
    }));
  },
};
