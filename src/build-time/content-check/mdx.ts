import { mdxToJs, mdxToMdast } from 'satteri';
import { closest } from './messages.ts';

/**
 * Compiles a milestone's MDX body with Sätteri, the compiler Astro's MDX integration uses, and
 * finds the components it uses that do not exist.
 */

export interface MdxProblem {
  line: number;
  field: string;
  problem: string;
  expected: string;
}

export interface MdxCheckOptions {
  /** Components every MDX body may use without importing them. */
  components: readonly string[];
  /** Whether a file imported with a relative path exists; the path is already resolved. */
  exists(path: string): boolean;
  /** Resolves an import specifier relative to the MDX file, or returns undefined for packages. */
  resolveImport(specifier: string): string | undefined;
}

const MDX_EXPECTED =
  'Markdown text; components written as <Highlight>words</Highlight>, each one closed; a plain "<" or "{" written as \\< or \\{';

interface MdastNode {
  type: string;
  name?: string | null;
  value?: string;
  position?: { start: { line: number } };
  children?: MdastNode[];
}

/**
 * `body` is the whole file with its frontmatter blanked out, so the compiler's line numbers are
 * the file's line numbers.
 */
export function checkMdxBody(body: string, options: MdxCheckOptions): MdxProblem[] {
  try {
    mdxToJs(body, {
      features: { gfm: true, smartPunctuation: true },
      jsxImportSource: 'astro',
      elementAttributeNameCase: 'html',
    });
  } catch (error) {
    return [compileProblem(error)];
  }

  let tree: MdastNode;
  try {
    tree = mdxToMdast(body) as unknown as MdastNode;
  } catch (error) {
    return [compileProblem(error)];
  }

  const problems: MdxProblem[] = [];
  const declared = new Set<string>();
  for (const node of walk(tree)) {
    if (node.type !== 'mdxjsEsm' || !node.value) continue;
    for (const name of declaredNames(node.value)) declared.add(name);
    for (const specifier of importSpecifiers(node.value)) {
      const resolved = options.resolveImport(specifier);
      if (resolved !== undefined && !options.exists(resolved)) {
        problems.push({
          line: node.position?.start.line ?? 1,
          field: 'import',
          problem: `"${specifier}" is imported, but there is no such file`,
          expected: 'the path of an existing file, relative to this one',
        });
      }
    }
  }

  const allowed = [...options.components, ...declared];
  const reported = new Set<string>();
  for (const node of walk(tree)) {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') continue;
    const name = node.name;
    if (!name) continue;
    const root = name.split('.')[0]!;
    if (/^[a-z]/.test(root) || name.includes('-') || allowed.includes(root) || reported.has(root)) continue;
    reported.add(root);
    const suggestion = closest(root, options.components);
    problems.push({
      line: node.position?.start.line ?? 1,
      field: `<${name}>`,
      problem: `<${name}> is not a component this site has${suggestion ? `; did you mean <${suggestion}>?` : ''}`,
      expected:
        options.components.length > 0
          ? `a component the journey provides (${options.components.map((component) => `<${component}>`).join(', ')}), or one this file imports`
          : 'a component this file imports',
    });
  }
  return problems;
}

function* walk(node: MdastNode): Generator<MdastNode> {
  yield node;
  for (const child of node.children ?? []) yield* walk(child);
}

/** Turns "5:7: Expected a closing tag for `<Highlight>` (5:7) … (mdx-jsx:unexpected-character)" into words. */
function compileProblem(error: unknown): MdxProblem {
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
    line,
    field: 'body',
    problem: `the MDX cannot be compiled: ${text.charAt(0).toLowerCase()}${text.slice(1)}`,
    expected: MDX_EXPECTED,
  };
}

/** Names an MDX file brings into scope itself: its imports and exports. */
export function declaredNames(esm: string): string[] {
  const names: string[] = [];
  for (const match of esm.matchAll(/import\s+([\s\S]*?)\s+from\s+['"][^'"]+['"]/g)) {
    const clause = match[1]!;
    const namespace = /\*\s+as\s+([A-Za-z_$][\w$]*)/.exec(clause);
    if (namespace) names.push(namespace[1]!);
    const named = /\{([\s\S]*?)\}/.exec(clause);
    if (named) {
      for (const part of named[1]!.split(',')) {
        const local = part.trim().split(/\s+as\s+/).pop()?.trim();
        if (local) names.push(local);
      }
    }
    const defaultName = /^\s*([A-Za-z_$][\w$]*)/.exec(clause.replace(/\{[\s\S]*?\}|\*\s+as\s+[\w$]+/g, ''));
    if (defaultName && defaultName[1] !== 'type') names.push(defaultName[1]!);
  }
  for (const match of esm.matchAll(/export\s+(?:const|let|var|function|class)\s+([A-Za-z_$][\w$]*)/g)) names.push(match[1]!);
  return names;
}

function importSpecifiers(esm: string): string[] {
  return [...esm.matchAll(/(?:from\s+|import\s+)['"]([^'"]+)['"]/g)].map((match) => match[1]!);
}
