import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';

/**
 * Splitting a content file into its frontmatter and body, reading the frontmatter as YAML and
 * finding the line each field is written on. Lines are 1-based and count from the top of the file.
 */

/**
 * Frontmatter: a line of three dashes (or pluses, TOML, which is refused) at the top of the file,
 * after blank lines at most, the fields, and another such line.
 */
const FRONTMATTER_RE = /(?:^\uFEFF?|^\s*\n)(---|\+\+\+)([\s\S]*?\n)(---|\+\+\+)/;

export type SplitResult =
  | {
      ok: true;
      /** The YAML between the `---` lines. */
      yaml: string;
      /** Line of the opening `---`. */
      openLine: number;
      /** Line where the YAML text starts: the opening `---` line, since the text begins right after the dashes. */
      yamlLine: number;
      /** The file with the frontmatter blanked out, so the body keeps its line numbers. */
      body: string;
      /** The body as written: the text after the closing line. */
      text: string;
    }
  | { ok: false; line: number; problem: string; expected: string };

export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line++;
  return line;
}

export function splitFrontmatter(text: string): SplitResult {
  const match = FRONTMATTER_RE.exec(text);
  if (!match) {
    const first = text.replace(/^\uFEFF/, '').trimStart();
    if (first.startsWith('---')) {
      return {
        ok: false,
        line: lineAt(text, text.indexOf('---')),
        problem: 'the frontmatter is never closed',
        expected: 'a line with --- after the last field',
      };
    }
    return {
      ok: false,
      line: 1,
      problem: 'the file has no frontmatter',
      expected: 'the file starts with a line with ---, then the fields (title, date, track…), then another line with ---',
    };
  }
  const [whole, open, yaml, close] = match as unknown as [string, string, string, string];
  const openOffset = match.index + whole.length - close.length - yaml.length - open.length;
  const openLine = lineAt(text, openOffset);
  if (open === '+++' || close === '+++') {
    return {
      ok: false,
      line: openLine,
      problem: 'the frontmatter is written between +++ lines (TOML)',
      expected: 'YAML fields between two lines with ---',
    };
  }
  const blank = `   ${yaml.replace(/[^\r\n]/g, ' ')}   `;
  const body = text.slice(0, openOffset) + blank + text.slice(openOffset + open.length + yaml.length + close.length);
  const end = openOffset + open.length + yaml.length + close.length;
  return { ok: true, yaml, openLine, yamlLine: openLine, body, text: text.slice(end).replace(/^[^\S\n]*\r?\n/, '') };
}

/** A problem found while reading the frontmatter's YAML. */
export interface YamlProblem {
  /** A warning is worth a look but does not stop the build. */
  warning?: boolean;
  line: number;
  field?: string;
  problem: string;
  expected: string;
}

export interface ParsedFrontmatter {
  /** The fields, or undefined when the YAML could not be read. */
  data: unknown;
  problems: YamlProblem[];
  /** The line of the deepest field of `path` that is written in the file. */
  lineOf(path: readonly PropertyKey[]): number;
  /** The line where the field at `path` is written, or undefined when it is not. */
  exactLineOf(path: readonly PropertyKey[]): number | undefined;
}

const YAML_EXPECTED =
  'one "field: value" per line; a value containing ": " or " #" goes in quotes, like title: "Version 1.0: the beginning"';

export interface ParseOptions {
  /** Line of the first YAML line in the file. */
  firstLine: number;
  /** Line reported for fields that are missing (the opening `---`). */
  missingLine?: number;
}

/** How often aliases may repeat values in one file, as the `yaml` package counts them. */
const MAX_ALIASES = 100;

export function parseFrontmatterYaml(yaml: string, options: ParseOptions): ParsedFrontmatter {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter, prettyErrors: false, keepSourceTokens: false });
  const toLine = (offset: number) => lineCounter.linePos(offset).line + options.firstLine - 1;
  const missingLine = options.missingLine ?? Math.max(1, options.firstLine - 1);

  const problems: YamlProblem[] = doc.errors.map((error) => describeYamlError(error, yaml, toLine));
  const exactLineOf = (path: readonly PropertyKey[]) => locate(doc, path, toLine).exact;
  const lineOf = (path: readonly PropertyKey[]) => locate(doc, path, toLine).line ?? missingLine;

  if (problems.length > 0) return { data: undefined, problems, lineOf, exactLineOf };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    // Aliases (&a … *a) that would repeat a value past reason: a "billion laughs".
    problems.push({
      line: options.firstLine,
      problem: `the YAML cannot be read: ${error instanceof Error ? error.message.toLowerCase() : 'it repeats itself too often'}`,
      expected: `each value written out; aliases (&name, *name) repeat a value at most ${MAX_ALIASES} times`,
    });
    return { data: undefined, problems, lineOf, exactLineOf };
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    problems.push({
      line: options.firstLine,
      problem: Array.isArray(data) ? 'the frontmatter is a list, not fields' : 'the frontmatter is a single value, not fields',
      expected: YAML_EXPECTED,
    });
    return { data: undefined, problems, lineOf, exactLineOf };
  }
  problems.push(...taggedValues(doc, toLine), ...swallowedByComments(doc, yaml, toLine));
  return { data, problems, lineOf, exactLineOf };
}

/**
 * YAML tags (`!!js/function`, `!custom`) ask a reader to build something other than text, numbers,
 * lists and fields. Nothing in a content file is code, so the check refuses them.
 */
function taggedValues(doc: Document, toLine: (offset: number) => number): YamlProblem[] {
  const problems: YamlProblem[] = [];
  visit(doc, (_, node) => {
    if (!isNode(node) || !node.tag || !node.range || /^tag:yaml\.org,2002:(str|int|float|bool|null|seq|map)$/.test(node.tag)) return;
    problems.push({
      line: toLine(node.range[0]),
      problem: `a YAML tag (${node.tag.replace('tag:yaml.org,2002:', '!!')}) is written here; content files hold plain values only`,
      expected: 'the value written as plain text, a number, true/false or a list, without a tag',
    });
  });
  return problems;
}

/**
 * `title: We're #1 on Hacker News` is read as "We're": YAML takes " #" as the start of a comment.
 * A single space before a # glued to the next word is more likely part of the text than a comment.
 */
function swallowedByComments(doc: Document, yaml: string, toLine: (offset: number) => number): YamlProblem[] {
  const problems: YamlProblem[] = [];
  visit(doc, {
    Pair(_, pair) {
      const value = pair.value;
      if (!isScalar(value) || value.type !== 'PLAIN' || typeof value.value !== 'string' || !value.range) return;
      const end = yaml.indexOf('\n', value.range[1]);
      const rest = yaml.slice(value.range[1], end === -1 ? undefined : end);
      if (!/^ #\S/.test(rest)) return;
      const key = isScalar(pair.key) ? String(pair.key.value) : 'the field';
      const written = `${value.value}${rest}`.trim();
      problems.push({
        warning: true,
        line: toLine(value.range[0]),
        field: key,
        problem: `the text from " #" on is read as a comment, so ${key} is only "${value.value}"`,
        expected: `the whole value in quotes, like ${key}: "${written.replaceAll('"', '\\"')}"`,
      });
    },
  });
  return problems;
}

interface Located {
  /** Line of the deepest part of the path found in the file. */
  line?: number;
  /** Line of the whole path, when every part of it is written in the file. */
  exact?: number;
}

function locate(doc: Document, path: readonly PropertyKey[], toLine: (offset: number) => number): Located {
  let node: unknown = doc.contents;
  let line: number | undefined;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) return { line };
      const key = pair.key as Node;
      if (key.range) line = toLine(key.range[0]);
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Node | undefined;
      if (!item) return { line };
      if (item.range) line = toLine(item.range[0]);
      node = item;
    } else {
      return { line };
    }
  }
  return { line, exact: line };
}

interface YamlErrorLike {
  code: string;
  message: string;
  pos: [number, number];
}

function describeYamlError(error: YamlErrorLike, yaml: string, toLine: (offset: number) => number): YamlProblem {
  const lines = yaml.split('\n');
  const localLine = lineAt(yaml, error.pos[0]);
  const line = toLine(error.pos[0]);
  const text = lines[localLine - 1] ?? '';
  switch (error.code) {
    case 'DUPLICATE_KEY': {
      const key = /^\s*([^:#]+?)\s*:/.exec(text)?.[1];
      return {
        line,
        field: key,
        problem: key ? `"${key}" is written twice` : 'a field is written twice',
        expected: 'each field once',
      };
    }
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY': {
      const value = /^\s*[\w-]+\s*:\s(.*)$/.exec(text)?.[1] ?? '';
      if (/:\s|:$/.test(value)) {
        const key = /^\s*([\w-]+)\s*:/.exec(text)?.[1];
        return {
          line,
          field: key,
          problem: 'the value contains ": ", which YAML reads as the start of another field',
          expected: `the whole value in quotes, like ${key ?? 'title'}: "${value.replaceAll('"', '\\"')}"`,
        };
      }
      const next = lines.slice(localLine).findIndex((candidate) => /^\s+\S/.test(candidate));
      return {
        line: next === -1 ? line : line + next + 1,
        problem: 'a line is indented, so YAML reads it as part of the field above',
        expected: 'each field at the start of its line; only the items of a list or group are indented',
      };
    }
    case 'MISSING_CHAR':
      if (/quote/i.test(error.message)) {
        const opened = findUnclosedQuote(lines, localLine);
        return {
          line: opened === undefined ? line : toLine(0) + opened - 1,
          problem: 'a quotation mark is opened but never closed',
          expected: 'the closing quotation mark at the end of the value',
        };
      }
      break;
    case 'TAB_AS_INDENT':
      return { line, problem: 'a tab is used to indent', expected: 'spaces to indent, never tabs' };
  }
  return { line, problem: plainYamlMessage(error.message), expected: YAML_EXPECTED };
}

function findUnclosedQuote(lines: string[], errorLine: number): number | undefined {
  for (let index = Math.min(errorLine, lines.length) - 1; index >= 0; index--) {
    const line = lines[index] ?? '';
    if ((line.match(/(?<!\\)"/g) ?? []).length % 2 === 1 || (line.match(/'/g) ?? []).length % 2 === 1) return index + 1;
  }
  return undefined;
}

function plainYamlMessage(message: string): string {
  const first = message.split('\n')[0] ?? message;
  const text = first.replace(/ at line \d+, column \d+:?$/, '').trim();
  return `the YAML cannot be read: ${text.charAt(0).toLowerCase()}${text.slice(1)}`;
}
