import type { core } from 'astro/zod';
import type { FieldGuide } from './field-guide.ts';

/**
 * Turns zod's issues into sentences an editor can act on: which field, what was written there and
 * what belongs there instead. No zod vocabulary ("invalid_union", "expected string") reaches the editor.
 */

type Issue = core.$ZodIssue;
type Path = readonly PropertyKey[];

export interface FieldProblem {
  path: PropertyKey[];
  /** The field as an editor reads it: "date", "alt (in art)", "href (in links, item 2)". */
  field: string;
  problem: string;
  expected?: string;
}

export interface DescribeContext {
  /** What each field expects and which fields there are, from the schema. */
  guide: FieldGuide;
  /** The data that was validated, to tell a missing field from an empty one. */
  data: unknown;
}

export function describeIssues(issues: readonly Issue[], context: DescribeContext): FieldProblem[] {
  return issues.flatMap((issue) => describeIssue(issue, [], context));
}

/** More fields than an "Expected:" line can list. */
const MANY_FIELDS = 20;

const listed = (known: readonly string[]) => (known.length > 0 ? `one of the fields ${known.join(', ')}` : undefined);

function describeIssue(issue: Issue, prefix: Path, context: DescribeContext): FieldProblem[] {
  const path = [...prefix, ...issue.path];
  const input = 'input' in issue ? issue.input : undefined;
  const name = fieldName(path);
  const expected = (fallback?: string) => context.guide.expected(path) ?? fallback;
  const make = (problem: string, fallbackExpected?: string): FieldProblem[] => [
    { path, field: fieldLabel(path), problem, expected: expected(fallbackExpected) },
  ];

  if (issue.code === 'unrecognized_keys') {
    const known = context.guide.knownFields(path);
    return issue.keys.map((key) => {
      const suggestion = closest(key, known);
      return {
        path: [...path, key],
        field: fieldLabel([...path, key]),
        problem: `unknown field "${key}"${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
        // A group of many fields (the interface's words) says where they are listed rather than listing them all.
        expected: known.length > MANY_FIELDS ? (context.guide.expected(path) ?? listed(known)) : listed(known),
      };
    });
  }

  if (input === undefined && !hasPath(context.data, path)) {
    return make(`${name} is missing`, schemaExpectation(issue));
  }
  if (input === null) return make(`${name} is empty`, schemaExpectation(issue));

  switch (issue.code) {
    case 'invalid_union':
      return (
        describeUnion(issue, path, input, context) ??
        make(`${show(input)} is ${kindOf(input)}, not one of the accepted forms`, issue.message)
      );
    case 'invalid_type':
      return make(wrongType(input, issue.expected), issue.message);
    case 'invalid_value': {
      const choices = issue.values.map((value) => String(value));
      const suggestion = typeof input === 'string' ? closest(input, choices) : undefined;
      const problem =
        choices.length === 1
          ? `${show(input)} is not allowed here`
          : `${show(input)} is not one of the choices${suggestion ? `; did you mean "${suggestion}"?` : ''}`;
      return make(problem, choices.length === 1 ? issue.message : `one of ${choices.map((value) => `"${value}"`).join(', ')}`);
    }
    case 'too_small':
      if (typeof input === 'string') return make(`${name} is empty`, issue.message);
      if (Array.isArray(input)) return make(`${name} is an empty list`, issue.message);
      return make(`${show(input)} is too small`, issue.message);
    case 'too_big':
      return make(`${name} is too long`, issue.message);
    case 'invalid_format':
      if (issue.format === 'url') return make(`${show(input)} is not a full web address`, issue.message);
      return make(`${show(input)} is not accepted: ${issue.message}`, issue.message);
    case 'custom':
      return make(issue.message);
    default:
      return make(`${show(input)} is not accepted: ${issue.message}`, issue.message);
  }
}

/**
 * A union fails with one list of issues per option. The option that fits the value's shape (an
 * object for `{ src, alt }`, a string for `decorative`) says what is actually wrong with it.
 */
function describeUnion(
  issue: Extract<Issue, { code: 'invalid_union' }>,
  path: Path,
  input: unknown,
  context: DescribeContext,
): FieldProblem[] | undefined {
  const options = issue.errors;
  const fitting = options.filter((list) => list.length > 0 && list.every((inner) => inner.path.length > 0));
  const best = fitting.sort((a, b) => a.length - b.length)[0];
  if (best) return best.flatMap((inner) => describeIssue(inner, path, context));
  if (typeof input === 'string') {
    const choice = options.find((list) => list.length === 1 && list[0]!.code === 'invalid_value');
    if (choice) {
      const [inner] = choice as [Extract<Issue, { code: 'invalid_value' }>];
      const suggestion = closest(input, inner.values.map(String));
      return [
        {
          path: [...path],
          field: fieldLabel(path),
          problem: `${show(input)} is not one of the choices${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
          expected: context.guide.expected(path) ?? issue.message,
        },
      ];
    }
  }
  return undefined;
}

function wrongType(input: unknown, expected: string): string {
  if (expected === 'string' && (typeof input === 'number' || typeof input === 'boolean' || input instanceof Date)) {
    const written = show(input);
    return `${written} was read as ${kindOf(input)}, not text; to keep it as text, put it in quotes: "${written}"`;
  }
  return `${show(input)} is ${kindOf(input)}, not ${EXPECTED_KINDS[expected] ?? expected}`;
}

const EXPECTED_KINDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
};

/** The schema's own message, when it says what is expected ("track must be one of …"). */
function schemaExpectation(issue: Issue): string | undefined {
  if (issue.code === 'invalid_value' && issue.values.length > 1) {
    return `one of ${issue.values.map((value) => `"${String(value)}"`).join(', ')}`;
  }
  return issue.message;
}

/** How a value reads in a message: strings in quotes, dates as written. */
export function show(value: unknown): string {
  if (typeof value === 'string') {
    const text = value.length > 60 ? `${value.slice(0, 57)}…` : value;
    return JSON.stringify(text);
  }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'a date' : value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return 'a list';
  if (value === null || value === undefined) return 'nothing';
  if (typeof value === 'object') return 'a group of fields';
  return String(value);
}

function kindOf(value: unknown): string {
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return 'true/false';
  if (value instanceof Date) return 'a date';
  if (Array.isArray(value)) return 'a list';
  if (value === null || value === undefined) return 'empty';
  return 'a group of fields';
}

function hasPath(data: unknown, path: Path): boolean {
  let node = data;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return false;
    if (!Object.prototype.hasOwnProperty.call(node, segment)) return false;
    node = (node as Record<PropertyKey, unknown>)[segment];
  }
  return true;
}

function fieldName(path: Path): string {
  const last = path[path.length - 1];
  if (last === undefined) return 'the frontmatter';
  if (typeof last === 'number') return `item ${last + 1} of ${String(path[path.length - 2] ?? 'the list')}`;
  return String(last);
}

/** "date", "alt (in art)", "href (in links, item 2)", "item 3 (in stats)". */
export function fieldLabel(path: Path): string {
  if (path.length === 0) return '';
  const last = path[path.length - 1]!;
  const own = typeof last === 'number' ? `item ${last + 1}` : String(last);
  const parents: string[] = [];
  for (const segment of path.slice(0, -1)) {
    if (typeof segment === 'number') parents.push(`item ${segment + 1}`);
    else parents.push(String(segment));
  }
  return parents.length > 0 ? `${own} (in ${parents.join(', ')})` : own;
}

/** The candidate closest to a misspelt word, when it is close enough to be what was meant. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const target = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(target, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best === undefined) return undefined;
  const allowed = Math.max(1, Math.min(3, Math.floor(Math.max(target.length, best.length) / 3)));
  return bestDistance <= allowed ? best : undefined;
}

/** Edits (insert, delete, replace, swap two neighbours) that turn one word into the other. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, d[i - 2]![j - 2]! + 1);
      d[i]![j] = value;
    }
  }
  return d[a.length]![b.length]!;
}
