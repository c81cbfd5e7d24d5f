import { parseBody, plainText } from '../content/body.ts';

/**
 * The Markdown a milestone's body may hold (`BODY_MARKDOWN` in `src/model/body.ts`), as a small
 * tree the importer builds from a timeline's HTML and writes out as text: paragraphs, lists and
 * quotations of words, emphasis, links, code and the few tags a body may use.
 */

export type Inline =
  | { type: 'text'; value: string }
  | { type: 'break' }
  | { type: 'code'; value: string }
  | { type: 'mark'; mark: 'emphasis' | 'strong' | 'delete'; children: Inline[] }
  | { type: 'link'; href: string; children: Inline[] }
  | { type: 'tag'; name: string; attributes: Readonly<Record<string, string>>; children: Inline[] };

export type Block =
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'list'; ordered: boolean; start?: number; items: Block[][] }
  | { type: 'quote'; children: Block[] };

const MARKERS = { emphasis: '*', strong: '**', delete: '~~' } as const;

/** Characters that mean something to Markdown or MDX anywhere in a line. */
const SPECIAL = /[\\`*_[\]<>{}~|]/g;

/** A character reference ("&copy;", "&#169;") would be read as the character: its & is escaped. */
const REFERENCE = /&(?=#?[a-z0-9]+;)/gi;

function escapeText(text: string): string {
  return text.replace(SPECIAL, (character) => `\\${character}`).replace(REFERENCE, '\\&');
}

/** What would open a block at the start of a line: a heading, quotation, list item, rule or fence. */
const LINE_START = /^(#{1,6}(?=\s|$)|[-+*](?=\s|$)|=+\s*$|-+\s*$)/;
const NUMBERED = /^(\d{1,9})([.)])(?=\s|$)/;

function escapeLineStart(line: string): string {
  const trimmed = line.replace(/^\s+/, '');
  if (NUMBERED.test(trimmed)) return trimmed.replace(NUMBERED, '$1\\$2');
  return LINE_START.test(trimmed) ? `\\${trimmed}` : trimmed;
}

/** An address as a Markdown link destination: spaces and brackets written as %-escapes. */
function destination(href: string): string {
  return href.trim().replace(/[\s()<>]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function codeSpan(value: string): string {
  const longest = Math.max(0, ...[...value.matchAll(/`+/g)].map((run) => run[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = value.startsWith('`') || value.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${value}${pad}${fence}`;
}

function attributeText(attributes: Readonly<Record<string, string>>): string {
  return Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${value}"`)
    .join('');
}

/** Leading and trailing spaces go outside a marker: `* words*` is not emphasis. */
function around(inner: string, open: string, close: string): string {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(inner)!;
  if (!match[2]) return inner;
  return `${match[1]}${open}${match[2]}${close}${match[3]}`;
}

export interface RenderOptions {
  /** Emphasis, strong and struck-through words written as plain words. */
  plainMarks?: boolean;
}

export function renderInlines(inlines: readonly Inline[], options: RenderOptions = {}): string {
  return inlines
    .map((inline) => {
      switch (inline.type) {
        case 'text':
          return escapeText(inline.value);
        case 'break':
          return '\\\n';
        case 'code':
          return codeSpan(inline.value);
        case 'mark': {
          const inner = renderInlines(inline.children, options);
          return options.plainMarks ? inner : around(inner, MARKERS[inline.mark], MARKERS[inline.mark]);
        }
        case 'link': {
          const inner = renderInlines(inline.children, options).trim() || escapeText(inline.href);
          return `[${inner}](${destination(inline.href)})`;
        }
        case 'tag':
          return around(renderInlines(inline.children, options), `<${inline.name}${attributeText(inline.attributes)}>`, `</${inline.name}>`);
      }
    })
    .join('');
}

function renderParagraph(inlines: readonly Inline[], options: RenderOptions): string {
  return renderInlines(inlines, options)
    .split('\n')
    .map(escapeLineStart)
    .join('\n')
    .trim();
}

const indent = (text: string, prefix: string, first = prefix) =>
  text
    .split('\n')
    .map((line, index) => (line ? `${index === 0 ? first : prefix}${line}` : line))
    .join('\n');

function renderBlock(block: Block, options: RenderOptions): string {
  switch (block.type) {
    case 'paragraph':
      return renderParagraph(block.children, options);
    case 'quote':
      return renderBlocks(block.children, options)
        .split('\n')
        .map((line) => (line ? `> ${line}` : '>'))
        .join('\n');
    case 'list': {
      // A list is tight (no blank lines) unless an item holds more than its line and the lists under it.
      const loose = block.items.some((item) => item.filter((child) => child.type !== 'list').length > 1);
      return block.items
        .map((item, index) => {
          const marker = block.ordered ? `${(block.start ?? 1) + index}. ` : '- ';
          let text = '';
          for (const child of item) {
            const written = renderBlock(child, options);
            if (!written) continue;
            text += text ? `${!loose && child.type === 'list' ? '\n' : '\n\n'}${written}` : written;
          }
          return indent(text, ' '.repeat(marker.length), marker);
        })
        .join(loose ? '\n\n' : '\n');
    }
  }
}

/** The Markdown of a body: blocks one blank line apart. */
export function renderBlocks(blocks: readonly Block[], options: RenderOptions = {}): string {
  return blocks
    .map((block) => renderBlock(block, options))
    .filter((text) => text.length > 0)
    .join('\n\n');
}

/** The words of inlines, as a reader reads them. */
export function inlineText(inlines: readonly Inline[]): string {
  return inlines
    .map((inline) => (inline.type === 'text' || inline.type === 'code' ? inline.value : inline.type === 'break' ? ' ' : inlineText(inline.children)))
    .join('');
}

/** The words of blocks, one space between blocks, whitespace collapsed. */
export function blocksText(blocks: readonly Block[]): string {
  const words = (block: Block): string =>
    block.type === 'paragraph'
      ? inlineText(block.children)
      : block.type === 'quote'
        ? block.children.map(words).join(' ')
        : block.items.map((item) => item.map(words).join(' ')).join(' ');
  return blocks.map(words).join(' ').replace(/\s+/g, ' ').trim();
}

/** How many characters of words a body of this Markdown has, counted as the content check counts them. */
export function bodyLength(markdown: string): number {
  const parsed = parseBody(markdown);
  return parsed.ok ? [...plainText(parsed.root)].length : Infinity;
}

/** The words of a Markdown body as the page reads them, or undefined when it cannot be read. */
export function bodyWords(markdown: string): string | undefined {
  const parsed = parseBody(markdown);
  return parsed.ok ? plainText(parsed.root) : undefined;
}

/** The page's typography (curly quotes, dashes, ellipses) undone, so words can be compared as written. */
function asTyped(text: string): string {
  return text
    .replace(/[“”„‟]/g, '"')
    .replace(/[‘’‚‛]/g, "'")
    .replace(/—/g, '---')
    .replace(/–/g, '--')
    .replace(/…/g, '...')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Blocks as Markdown that reads back as the same words. Emphasis that Markdown cannot mark where it
 * stands (`x**"y"**`, whose asterisks would show) is written as plain words instead; `plainMarks`
 * says whether that happened.
 */
export function toMarkdown(blocks: readonly Block[]): { markdown: string; plainMarks: boolean } {
  const expected = asTyped(blocksText(blocks));
  const markdown = renderBlocks(blocks);
  const words = bodyWords(markdown);
  if (words !== undefined && asTyped(words) === expected) return { markdown, plainMarks: false };
  return { markdown: renderBlocks(blocks, { plainMarks: true }), plainMarks: true };
}

/** How many words (runs of non-space characters; a code span is one) the blocks hold. */
function countWords(blocks: readonly Block[]): number {
  let count = 0;
  const inline = (node: Inline) => {
    if (node.type === 'text') count += node.value.split(/\s+/).filter(Boolean).length;
    else if (node.type === 'code') count += 1;
    else if (node.type !== 'break') node.children.forEach(inline);
  };
  const block = (node: Block) => {
    if (node.type === 'paragraph') node.children.forEach(inline);
    else if (node.type === 'quote') node.children.forEach(block);
    else node.items.forEach((item) => item.forEach(block));
  };
  blocks.forEach(block);
  return count;
}

/** The first `limit` words of the blocks, their structure kept, an ellipsis after the last word. */
function firstWords(blocks: readonly Block[], limit: number): Block[] {
  let left = limit;
  let last: { type: 'text'; value: string } | undefined;
  const inlines = (nodes: readonly Inline[]): Inline[] => {
    const kept: Inline[] = [];
    for (const node of nodes) {
      if (left <= 0) break;
      if (node.type === 'text') {
        const parts = node.value.split(/(\s+)/);
        let value = '';
        for (const part of parts) {
          if (/^\s+$/.test(part) || part === '') {
            value += part;
            continue;
          }
          if (left <= 0) break;
          value += part;
          left--;
        }
        last = { type: 'text', value: left <= 0 ? value.trimEnd() : value };
        kept.push(last);
      } else if (node.type === 'code') {
        left--;
        kept.push(node);
      } else if (node.type === 'break') {
        kept.push(node);
      } else {
        const children = inlines(node.children);
        if (children.length > 0) kept.push({ ...node, children });
      }
    }
    return kept;
  };
  const block = (node: Block): Block | undefined => {
    if (left <= 0) return undefined;
    if (node.type === 'paragraph') return { type: 'paragraph', children: inlines(node.children) };
    if (node.type === 'quote') return { type: 'quote', children: node.children.map(block).filter((child): child is Block => child !== undefined) };
    const items: Block[][] = [];
    for (const item of node.items) {
      if (left <= 0) break;
      items.push(item.map(block).filter((child): child is Block => child !== undefined));
    }
    return { ...node, items };
  };
  const kept = blocks.map(block).filter((child): child is Block => child !== undefined);
  if (last) last.value = `${last.value.replace(/[\s,;:]+$/, '')}…`;
  return kept;
}

export interface Fitted {
  markdown: string;
  /** Whether the body had to be shortened to fit. */
  cut: boolean;
  plainMarks: boolean;
}

/**
 * The body shortened to at most `limit` characters of words: whole blocks when the first of them
 * fits, else the first words of the text with an ellipsis, ended at a sentence when one ends past
 * half the limit.
 */
export function fitBody(blocks: readonly Block[], limit: number): Fitted {
  const whole = toMarkdown(blocks);
  if (bodyLength(whole.markdown) <= limit) return { ...whole, cut: false };

  for (let count = blocks.length - 1; count >= 1; count--) {
    const some = toMarkdown(blocks.slice(0, count));
    if (bodyLength(some.markdown) <= limit) return { ...some, cut: true };
  }

  // Binary search for the most words that fit.
  let low = 0;
  let high = countWords(blocks);
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (bodyLength(toMarkdown(firstWords(blocks, middle)).markdown) <= limit) low = middle;
    else high = middle - 1;
  }
  for (let count = low; count >= 1 && count > low / 2; count--) {
    const text = blocksText(firstWords(blocks, count));
    if (/[.!?]["”’)]?…$/.test(text)) {
      const ended = firstWords(blocks, count);
      dropEllipsis(ended);
      return { ...toMarkdown(ended), cut: true };
    }
  }
  return { ...toMarkdown(firstWords(blocks, low)), cut: true };
}

/** A cut that ends at the end of a sentence needs no ellipsis. */
function dropEllipsis(blocks: Block[]): void {
  const visit = (inlines: Inline[]): boolean => {
    for (let index = inlines.length - 1; index >= 0; index--) {
      const node = inlines[index]!;
      if (node.type === 'text' && node.value.endsWith('…')) {
        node.value = node.value.slice(0, -1);
        return true;
      }
      if ((node.type === 'mark' || node.type === 'link' || node.type === 'tag') && visit(node.children)) return true;
    }
    return false;
  };
  const block = (node: Block): boolean =>
    node.type === 'paragraph'
      ? visit(node.children)
      : node.type === 'quote'
        ? node.children.toReversed().some(block)
        : node.items.toReversed().some((item) => item.toReversed().some(block));
  blocks.toReversed().some(block);
}
