import {
  attributesOf,
  BODY_COMPONENTS,
  BODY_ELEMENTS,
  BODY_MARKDOWN,
  isBodyTag,
  isLinkAddress,
  schemeOf,
} from '../../../model/body.ts';
import { lineOf, walk, type MdastNode } from '../body.ts';
import { closest } from '../messages.ts';
import type { FileProblem } from '../problem.ts';
import type { FileRule } from './rule.ts';

const components = Object.keys(BODY_COMPONENTS);
const tags = (names: readonly string[]) => names.map((name) => `<${name}>`).join(', ');
const elementList = Object.entries(BODY_ELEMENTS)
  .map(([name, { attributes }]) => (attributes.length ? `<${name} ${attributes.join(' ')}="…">` : `<${name}>`))
  .join(', ');

/** What a body may hold, for the "Expected:" line of everything it may not. */
export const BODY_ALLOWED = `Markdown text, the journey's components (${tags(components)}) and the HTML elements ${elementList}`;

/** Markdown that has a place on a page but not inside a card's text, and where it goes instead. */
const MISPLACED: Record<string, { what: string; instead: string }> = {
  heading: { what: 'a heading (#)', instead: "the card's title is its heading: write these words as a paragraph, or **in bold**" },
  image: { what: 'a picture', instead: "the milestone's picture goes in the frontmatter's art field: art: { src: ./picture.svg, alt: … }" },
  imageReference: { what: 'a picture', instead: "the milestone's picture goes in the frontmatter's art field: art: { src: ./picture.svg, alt: … }" },
  code: { what: 'a block of code', instead: 'a few words in `backticks` inside a sentence' },
  table: { what: 'a table', instead: 'figures go in the frontmatter\'s stats: value and label' },
  thematicBreak: { what: 'a line across the text (---)', instead: 'a new paragraph' },
  footnoteReference: { what: 'a footnote', instead: 'the words in the sentence, or a link under links' },
  footnoteDefinition: { what: 'a footnote', instead: 'the words in the sentence, or a link under links' },
  html: { what: 'raw HTML', instead: BODY_ALLOWED },
};

const CODE_EXPECTED = "the words themselves: nothing in a milestone file runs. A plain { is written \\{, a plain < as \\<";

function element(node: MdastNode, line: number): FileProblem[] {
  const name = node.name ?? '';
  const field = name ? `<${name}>` : 'body';
  if (!isBodyTag(name)) {
    if (/^[A-Z]/.test(name) || name.includes('.')) {
      const suggestion = closest(name.split('.')[0]!, components);
      return [
        {
          kind: 'component',
          line,
          field,
          problem: `<${name}> is not a component this site has${suggestion ? `; did you mean <${suggestion}>?` : ''}`,
          expected: `a component the journey provides (${tags(components)}); milestone files import nothing`,
        },
      ];
    }
    return [
      {
        kind: 'body',
        line,
        field,
        problem: name
          ? `<${name}> cannot be used in a milestone's text: it is not one of the few HTML elements a card shows`
          : 'an empty tag (<>…</>) cannot be used in a milestone\'s text',
        expected: BODY_ALLOWED,
      },
    ];
  }
  const allowed = attributesOf(name);
  return (node.attributes ?? []).flatMap((attribute): FileProblem[] => {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      return [{ kind: 'body', line, field, problem: `<${name}> spreads {…} code into its attributes`, expected: CODE_EXPECTED }];
    }
    const attributeName = attribute.name ?? '';
    if (/^on/i.test(attributeName)) {
      return [
        {
          kind: 'body',
          line,
          field,
          problem: `${attributeName}= is an event handler: it would run code in the reader's browser`,
          expected: `<${name}> without it; nothing in a milestone file runs`,
        },
      ];
    }
    if (!allowed.includes(attributeName)) {
      return [
        {
          kind: 'body',
          line,
          field,
          problem: `<${name}> cannot carry ${attributeName}=`,
          expected: allowed.length ? `<${name}> with only ${allowed.map((a) => `${a}="…"`).join(', ')}` : `<${name}> with no attributes`,
        },
      ];
    }
    if (attribute.value !== null && attribute.value !== undefined && typeof attribute.value !== 'string') {
      return [
        {
          kind: 'body',
          line,
          field,
          problem: `the value of ${attributeName}= is a {…} expression, which is code`,
          expected: `the value in quotes: ${attributeName}="…"`,
        },
      ];
    }
    return [];
  });
}

function address(url: string, line: number, what: string): FileProblem[] {
  if (isLinkAddress(url)) return [];
  const scheme = schemeOf(url);
  return [
    {
      kind: 'link',
      line,
      field: 'body',
      problem: scheme
        ? `the ${what} "${url}" uses ${scheme}:, which a link may not: it could run code or hide content`
        : `the ${what} "${url}" is not a full address`,
      expected: 'a full address starting with https:// (http:// and mailto: also work), such as [our site](https://example.org)',
    },
  ];
}

/**
 * A milestone's body is words: Markdown, the components the journey registers and a few HTML
 * elements (`src/model/body.ts`), with literal attributes. Imports, exports, {expressions}, every
 * other element and attribute (event handlers above all) and links that are not web or e-mail
 * addresses are refused, each on its line.
 */
export const body: FileRule = {
  name: 'body',
  check(file) {
    if (!file.body) return [];
    const problems: FileProblem[] = [];
    // What is inside a refused node is not looked at: one problem says it all.
    const refused = new Set<MdastNode>();
    for (const { node, ancestors } of walk(file.body.root)) {
      if (ancestors.some((ancestor) => refused.has(ancestor))) continue;
      const before = problems.length;
      const line = lineOf(node, ancestors);
      switch (node.type) {
        case 'root':
          break;
        case 'mdxjsEsm':
          problems.push({
            kind: 'body',
            line,
            field: 'import',
            problem: `"${String(node.value).split('\n')[0]}" is code (an import or export), and nothing in a milestone file runs`,
            expected: `text only; the journey's components (${tags(components)}) need no import`,
          });
          break;
        case 'mdxFlowExpression':
        case 'mdxTextExpression':
          problems.push({ kind: 'body', line, field: 'body', problem: `{${String(node.value)}} is a {…} expression, which is code`, expected: CODE_EXPECTED });
          break;
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement':
          problems.push(...element(node, line));
          break;
        case 'link':
          problems.push(...address(node.url ?? '', line, 'link to'));
          break;
        case 'definition':
          problems.push(...address(node.url ?? '', line, 'address'));
          break;
        default:
          if (Object.hasOwn(BODY_MARKDOWN, node.type)) break;
          problems.push({
            kind: 'body',
            line,
            field: 'body',
            problem: `${MISPLACED[node.type]?.what ?? `Markdown of the kind "${node.type}"`} cannot be used in a milestone's text`,
            expected: MISPLACED[node.type]?.instead ?? BODY_ALLOWED,
          });
      }
      if (problems.length > before) refused.add(node);
    }
    return problems;
  },
};
