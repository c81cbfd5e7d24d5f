import { mdxToMdast } from 'satteri';
import type { FileProblem } from './problem.ts';

/**
 * A milestone's body, read once into a tree (mdast, as MDX reads it) that the content check walks
 * and the renderer writes out. Reading it runs nothing: imports, `{expressions}` and tags are
 * nodes of the tree like any text, for the check to refuse.
 */

export interface MdastNode {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  title?: string | null;
  alt?: string | null;
  identifier?: string;
  label?: string;
  ordered?: boolean | null;
  start?: number | null;
  checked?: boolean | null;
  attributes?: MdastAttribute[];
  children?: MdastNode[];
  position?: { start: { line: number } };
}

export interface MdastAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  /** A literal string, or an expression object `{ type: 'mdxJsxAttributeValueExpression', value }`, or null for a bare attribute. */
  value?: unknown;
}

/** How the body's Markdown is read: GFM (strikethrough, tables, task lists), curly quotes and dashes. */
const FEATURES = { gfm: true, smartPunctuation: true, frontmatter: false } as const;

const BODY_EXPECTED =
  'Markdown text; components written as <Highlight>words</Highlight>, each one closed; a plain "<" or "{" written as \\< or \\{';

export type BodyParse = { ok: true; root: MdastNode } | { ok: false; problem: FileProblem };

/**
 * Reads a body. `body` is the whole file with its frontmatter blanked out, so the tree's line
 * numbers are the file's.
 */
export function parseBody(body: string): BodyParse {
  try {
    return { ok: true, root: mdxToMdast(body, { features: FEATURES }) as unknown as MdastNode };
  } catch (error) {
    return { ok: false, problem: syntaxProblem(error) };
  }
}

/** Every node of a tree, depth first, with the chain of nodes above it. */
export function* walk(node: MdastNode, ancestors: MdastNode[] = []): Generator<{ node: MdastNode; ancestors: MdastNode[] }> {
  yield { node, ancestors };
  for (const child of node.children ?? []) yield* walk(child, [...ancestors, node]);
}

/** The line a node starts on, or the nearest line above it that is known. */
export function lineOf(node: MdastNode, ancestors: readonly MdastNode[] = []): number {
  for (const candidate of [node, ...[...ancestors].reverse()]) {
    const line = candidate.position?.start.line;
    if (line) return line;
  }
  return 1;
}

const BLOCKS = new Set(['paragraph', 'listItem', 'blockquote', 'list']);

/** The body's words without their markup, as a reader would read them aloud. */
export function plainText(root: MdastNode): string {
  const words: string[] = [];
  const visit = (node: MdastNode) => {
    if (node.type === 'text' || node.type === 'inlineCode') words.push(String(node.value ?? ''));
    else if (node.type === 'break') words.push(' ');
    for (const child of node.children ?? []) visit(child);
    if (BLOCKS.has(node.type)) words.push(' ');
  };
  visit(root);
  return words.join('').replace(/\s+/g, ' ').trim();
}

/** The body's words block by block (each paragraph, list or quotation), without their markup. */
export function paragraphsOf(root: MdastNode): string[] {
  return (root.children ?? []).map((block) => plainText(block)).filter((text) => text.length > 0);
}

/** Turns "5:7: Expected a closing tag for `<Highlight>` (5:7) … (mdx-jsx:unexpected-character)" into words. */
function syntaxProblem(error: unknown): FileProblem {
  const message = error instanceof Error ? error.message : String(error);
  const position = /^(\d+):(\d+)(?:-\d+:\d+)?:\s*/.exec(message);
  const line = position ? Number(position[1]) : 1;
  const text = message
    .slice(position?.[0].length ?? 0)
    .replace(/\s*\([a-z-]+:[a-z-]+\)\s*$/i, '')
    .replace(/\s*\(\d+:\d+\)/g, '')
    .replace(/^Could not parse expression with oxc: /, 'a {…} expression cannot be read: ')
    .trim();
  return {
    kind: 'body',
    line,
    field: 'body',
    problem: `the MDX cannot be compiled: ${text.charAt(0).toLowerCase()}${text.slice(1)}`,
    expected: BODY_EXPECTED,
  };
}
