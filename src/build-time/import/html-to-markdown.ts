import { htmlToHast } from 'satteri';
import { attributesOf, isBodyTag, isLinkAddress } from '../../model/body.ts';
import { withoutHiddenCharacters } from '../content/rules/text.ts';
import { blocksText, inlineText, type Block, type Inline } from './markdown.ts';

/**
 * A timeline's HTML read with a real HTML parser (satteri's, which the body check's Markdown
 * reader comes with) and turned into the Markdown a milestone's body may hold: paragraphs, lists,
 * quotations, emphasis, links, code and the few tags a body may use. Everything else is reduced to
 * its words, and what could not be kept (a picture, a player, a script) is said, never dropped
 * without a word.
 */

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

export interface Converted {
  blocks: Block[];
  /** What was written differently: "<h2> written as a paragraph", "<script> removed". */
  reduced: string[];
  /** Addresses of pictures and players in the text, which are not fetched. */
  media: string[];
}

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'details', 'dd', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'li', 'main',
  'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
const MEDIA_TAGS = new Set(['img', 'iframe', 'video', 'audio', 'embed', 'object', 'picture', 'source', 'svg', 'canvas', 'track', 'map']);
const REMOVED_TAGS = new Set(['script', 'style', 'template', 'noscript', 'head', 'title', 'meta', 'link', 'base', 'input', 'select', 'textarea', 'button', 'math']);
const MARK_TAGS: Record<string, 'emphasis' | 'strong' | 'delete'> = {
  em: 'emphasis', i: 'emphasis', cite: 'emphasis', dfn: 'emphasis', var: 'emphasis',
  strong: 'strong', b: 'strong',
  del: 'delete', s: 'delete', strike: 'delete',
};
const CODE_TAGS = new Set(['code', 'kbd', 'samp', 'tt']);

/** The words of text as HTML would show them: whitespace collapsed, hidden characters gone, composed letters. */
function cleanText(value: string): string {
  return withoutHiddenCharacters(value).text.replace(/\u00a0/g, ' ').normalize('NFC');
}

const property = (node: HastNode, name: string): string | undefined => {
  const value = node.properties?.[name];
  if (Array.isArray(value)) return value.join(' ');
  return value === undefined || value === null || value === false ? undefined : String(value);
};

class Converter {
  readonly reduced = new Set<string>();
  readonly media: string[] = [];

  reduce(what: string): void {
    this.reduced.add(what);
  }

  mediaOf(node: HastNode): void {
    const address = property(node, 'src') ?? property(node, 'data') ?? property(node, 'poster') ?? property(node, 'srcSet');
    if (address) this.media.push(address.trim());
    else if (node.tagName !== 'source' && node.tagName !== 'picture') this.reduce(`<${node.tagName}> removed`);
    for (const child of node.children ?? []) if (child.type === 'element' && MEDIA_TAGS.has(child.tagName!)) this.mediaOf(child);
  }

  /** Block content: runs of inline content become paragraphs. */
  blocks(nodes: readonly HastNode[]): Block[] {
    const blocks: Block[] = [];
    let inline: Inline[] = [];
    const flush = () => {
      const paragraph = finishInlines(inline);
      if (paragraph.length > 0) blocks.push({ type: 'paragraph', children: paragraph });
      inline = [];
    };
    for (const node of nodes) {
      if (node.type === 'element' && BLOCK_TAGS.has(node.tagName!)) {
        flush();
        blocks.push(...this.block(node));
      } else {
        inline.push(...this.inline(node));
      }
    }
    flush();
    return blocks;
  }

  block(node: HastNode): Block[] {
    const tag = node.tagName!;
    const children = node.children ?? [];
    switch (tag) {
      case 'p':
        return this.blocks(children);
      case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6': {
        this.reduce(`<${tag}> heading written as a paragraph in bold`);
        const words = finishInlines(this.inlines(children));
        return words.length > 0 ? [{ type: 'paragraph', children: [{ type: 'mark', mark: 'strong', children: words }] }] : [];
      }
      case 'ul': case 'ol': {
        const items = children
          .filter((child) => child.type === 'element' || (child.type === 'text' && child.value?.trim()))
          .map((child) => (child.type === 'element' && child.tagName === 'li' ? this.blocks(child.children ?? []) : this.blocks([child])))
          .filter((item) => item.length > 0);
        if (items.length === 0) return [];
        const start = Number(property(node, 'start'));
        return [{ type: 'list', ordered: tag === 'ol', ...(tag === 'ol' && Number.isInteger(start) && start >= 0 ? { start } : {}), items }];
      }
      case 'blockquote': {
        const quoted = this.blocks(children);
        return quoted.length > 0 ? [{ type: 'quote', children: quoted }] : [];
      }
      case 'pre': {
        this.reduce('<pre> preformatted text written as a paragraph');
        const lines = cleanText(textOf(node)).replace(/\n+$/, '').split('\n');
        const inlines = lines.flatMap((line, index): Inline[] => (index > 0 ? [{ type: 'break' }, { type: 'text', value: line }] : [{ type: 'text', value: line }]));
        const paragraph = finishInlines(inlines);
        return paragraph.length > 0 ? [{ type: 'paragraph', children: paragraph }] : [];
      }
      case 'table': {
        this.reduce('<table> written as a list, one row to an item');
        const rows = rowsOf(node).map((cells) =>
          cells.map((cell) => finishInlines(this.inlines(cell.children ?? []))).filter((cell) => cell.length > 0),
        );
        const items = rows
          .filter((cells) => cells.length > 0)
          .map((cells): Block[] => [{ type: 'paragraph', children: cells.flatMap((cell, index) => (index > 0 ? [{ type: 'text', value: '; ' } as Inline, ...cell] : cell)) }]);
        return items.length > 0 ? [{ type: 'list', ordered: false, items }] : [];
      }
      case 'hr':
        this.reduce('<hr> line across removed');
        return [];
      case 'form':
        this.reduce('<form> removed, its words kept');
        return this.blocks(children);
      default:
        return this.blocks(children);
    }
  }

  inlines(nodes: readonly HastNode[]): Inline[] {
    return nodes.flatMap((node) => this.inline(node));
  }

  inline(node: HastNode): Inline[] {
    if (node.type === 'text') return [{ type: 'text', value: cleanText(node.value ?? '').replace(/\s+/g, ' ') }];
    if (node.type !== 'element') return [];
    const tag = node.tagName!;
    const children = node.children ?? [];
    if (REMOVED_TAGS.has(tag)) {
      this.reduce(`<${tag}> removed`);
      return [];
    }
    if (MEDIA_TAGS.has(tag)) {
      this.mediaOf(node);
      return [];
    }
    if (BLOCK_TAGS.has(tag)) {
      // A block inside a line, such as <div> inside <a>: its words stay in the line.
      return [{ type: 'text', value: ' ' }, ...this.inlines(children), { type: 'text', value: ' ' }];
    }
    if (tag === 'br') return [{ type: 'break' }];
    if (tag === 'wbr') return [];
    if (tag in MARK_TAGS) return [{ type: 'mark', mark: MARK_TAGS[tag]!, children: this.inlines(children) }];
    if (CODE_TAGS.has(tag)) return [{ type: 'code', value: cleanText(textOf(node)).replace(/\s+/g, ' ') }];
    if (tag === 'a') return this.link(node);
    if (tag === 'mark') return this.tag('Highlight', {}, children);
    if (tag === 'q') return [{ type: 'text', value: '“' }, ...this.inlines(children), { type: 'text', value: '”' }];
    if (tag === 'abbr' || tag === 'span' || tag === 'sub' || tag === 'sup') {
      const attributes: Record<string, string> = {};
      for (const name of attributesOf(tag as 'abbr')) {
        const value = property(node, name);
        if (value?.trim()) attributes[name] = cleanText(value).replace(/\s+/g, ' ').trim();
      }
      // An <abbr> without its title or a <span> without its language says nothing more than its words.
      if (attributesOf(tag as 'abbr').length > 0 && Object.keys(attributes).length === 0) return this.inlines(children);
      return this.tag(tag, attributes, children);
    }
    return this.inlines(children);
  }

  tag(name: string, attributes: Record<string, string>, children: readonly HastNode[]): Inline[] {
    const inlines = this.inlines(children);
    if (!isBodyTag(name)) return inlines;
    // A body's attribute values are written in double quotes, so one that holds one cannot be written.
    if (Object.values(attributes).some((value) => value.includes('"'))) {
      this.reduce(`<${name}> with a " in its attribute written as plain words`);
      return inlines;
    }
    return [{ type: 'tag', name, attributes, children: inlines }];
  }

  link(node: HastNode): Inline[] {
    const children = this.inlines(node.children ?? []);
    const href = property(node, 'href')?.trim();
    if (!href) return children;
    if (!isLinkAddress(href)) {
      this.reduce(`link to "${href}" kept as its words: only full https://, http:// or mailto: addresses can be links`);
      return children;
    }
    // A link inside a link cannot be written: the inner one keeps its words.
    return [{ type: 'link', href, children: unlinked(children) }];
  }
}

function unlinked(inlines: readonly Inline[]): Inline[] {
  return inlines.flatMap((inline): Inline[] => {
    if (inline.type === 'link') return unlinked(inline.children);
    if (inline.type === 'mark' || inline.type === 'tag') return [{ ...inline, children: unlinked(inline.children) }];
    return [inline];
  });
}

function textOf(node: HastNode): string {
  if (node.type === 'text') return node.value ?? '';
  if (node.type === 'element' && node.tagName === 'br') return '\n';
  return (node.children ?? []).map(textOf).join('');
}

function rowsOf(node: HastNode): HastNode[][] {
  const rows: HastNode[][] = [];
  const visit = (current: HastNode) => {
    for (const child of current.children ?? []) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'tr') rows.push((child.children ?? []).filter((cell) => cell.type === 'element' && (cell.tagName === 'td' || cell.tagName === 'th')));
      else visit(child);
    }
  };
  visit(node);
  return rows;
}

/**
 * A line's inlines tidied as HTML shows them: one space where there were several, none at the
 * start or end of the line or around a line break, empty marks and texts gone.
 */
export function finishInlines(inlines: readonly Inline[]): Inline[] {
  const flat: Inline[] = [];
  let space = true; // at the start of a line a space shows nothing
  const visit = (nodes: readonly Inline[], into: Inline[]) => {
    for (const node of nodes) {
      if (node.type === 'text') {
        let value = node.value.replace(/\s+/g, ' ');
        if (space) value = value.replace(/^ /, '');
        if (!value) continue;
        space = value.endsWith(' ');
        const previous = into.at(-1);
        if (previous?.type === 'text') previous.value += value;
        else into.push({ type: 'text', value });
      } else if (node.type === 'break') {
        trimEnd(into);
        into.push(node);
        space = true;
      } else if (node.type === 'code') {
        if (!node.value.trim()) continue;
        into.push(node);
        space = false;
      } else {
        const children: Inline[] = [];
        visit(node.children, children);
        if (inlineText(children).trim() || children.some((child) => child.type === 'code')) into.push({ ...node, children });
      }
    }
  };
  visit(inlines, flat);
  trimEnd(flat);
  while (flat.at(-1)?.type === 'break') {
    flat.pop();
    trimEnd(flat);
  }
  while (flat[0]?.type === 'break') flat.shift();
  return flat;
}

function trimEnd(inlines: Inline[]): void {
  const last = inlines.at(-1);
  if (last?.type === 'text') {
    last.value = last.value.replace(/ $/, '');
    if (!last.value) inlines.pop();
  } else if (last && (last.type === 'mark' || last.type === 'link' || last.type === 'tag')) {
    trimEnd(last.children);
  }
}

/** HTML with no element that makes blocks: a cell of a spreadsheet, say, with its lines as the editor typed them. */
const HAS_BLOCKS = /<(p|div|ul|ol|li|br|blockquote|h[1-6]|pre|table|section|article)\b/i;

/** A timeline's HTML as the blocks of a milestone's body. */
export function htmlToBlocks(html: string): Converted {
  // Text typed without any HTML around its paragraphs: a blank line between them starts a new one.
  const source = HAS_BLOCKS.test(html) ? html : html.split(/\n\s*\n/).map((paragraph) => `<p>${paragraph}</p>`).join('');
  const converter = new Converter();
  const root = htmlToHast(source, { fragment: true }) as unknown as HastNode;
  const blocks = converter.blocks(root.children ?? []);
  return { blocks, reduced: [...converter.reduced], media: converter.media };
}

/** A timeline's HTML as one line of plain words, for a title or the journey's own words. */
export function htmlToText(html: string): string {
  return blocksText(htmlToBlocks(html).blocks);
}
