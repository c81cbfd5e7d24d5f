import { BODY_LIMITS } from '../../../model/schema/milestone.ts';
import { fieldLabel } from '../messages.ts';
import type { FileProblem } from '../problem.ts';
import { fieldLine, type FileRule } from './rule.ts';

const length = (value: unknown) => (typeof value === 'string' ? [...value.trim()].length : Array.isArray(value) ? value.length : 0);

/**
 * Words a card shows have lengths it can take. Past a field's hard limit the schema refuses it
 * (`max`); between its soft limit and its hard one this warns, saying what the card will do.
 * The body's plain words are held to `BODY_LIMITS` the same way.
 */
export const lengths: FileRule = {
  name: 'lengths',
  check(file, { guide }) {
    const problems: FileProblem[] = [];
    const visit = (value: unknown, path: PropertyKey[]) => {
      const meta = guide.meta(path);
      const size = length(value);
      if (meta?.softMax !== undefined && meta.max !== undefined && size > meta.softMax && size <= meta.max) {
        const unit = Array.isArray(value) ? 'items' : 'characters';
        problems.push({
          severity: 'warning',
          kind: 'length',
          line: fieldLine(file, path),
          field: fieldLabel(path),
          problem: `${String(path.at(-1))} has ${size} ${unit}, more than ${meta.softMax}: ${meta.why}`,
          expected: `at most ${meta.softMax} ${unit} (${meta.max} is the limit); ${meta.expected}`,
        });
      }
      if (Array.isArray(value)) value.forEach((item, index) => visit(item, [...path, index]));
      else if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) visit(child, [...path, key]);
    };
    if (file.frontmatter) visit(file.frontmatter.data, []);

    const words = file.body ? [...file.body.words].length : 0;
    if (words > BODY_LIMITS.softMax) {
      const firstLine = (file.body?.root.children ?? []).find((node) => node.position)?.position?.start.line ?? 1;
      problems.push({
        severity: words > BODY_LIMITS.max ? 'error' : 'warning',
        kind: 'length',
        line: firstLine,
        field: 'body',
        problem:
          words > BODY_LIMITS.max
            ? `the text has ${words} characters, more than a card can show (${BODY_LIMITS.max})`
            : `the text has ${words} characters, more than ${BODY_LIMITS.softMax}: ${BODY_LIMITS.why}`,
        expected: `at most ${BODY_LIMITS.softMax} characters of text (${BODY_LIMITS.max} is the limit); a link to read more says the rest`,
      });
    }
    return problems;
  },
};
