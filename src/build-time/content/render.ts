import { attributesOf, BODY_COMPONENTS, BODY_ELEMENTS, isBodyTag, isLinkAddress, type BodyComponent } from '../../model/body.ts';
import { lineOf, type MdastNode } from './body.ts';

/**
 * Writes a milestone's body as HTML from its tree, element by element from what `src/model/body.ts`
 * allows, text escaped. It writes nothing else: a node it does not know stops it, so even a body
 * that escaped the content check could not put a script, a handler or a foreign element on the page.
 */

/** A body the renderer will not write, with the line of what it refused. */
export class BodyRenderError extends Error {
  readonly line: number;

  constructor(line: number, what: string) {
    super(`line ${line}: ${what} is not something a milestone's text may hold`);
    this.name = 'BodyRenderError';
    this.line = line;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (text: string) => text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);

/** The words of a literal attribute; anything else (an expression, a spread) stops the renderer. */
function literal(value: unknown, line: number, name: string): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  throw new BodyRenderError(line, `the {…} value of ${name}`);
}

export function renderBody(root: MdastNode): string {
  const definitions = new Map<string, string>();
  for (const child of root.children ?? []) {
    if (child.type === 'definition' && child.identifier && child.url !== undefined) definitions.set(child.identifier, child.url);
  }

  const href = (url: string, line: number) => {
    if (!isLinkAddress(url)) throw new BodyRenderError(line, `the address "${url}"`);
    return escape(url);
  };

  const children = (node: MdastNode, ancestors: MdastNode[]) =>
    (node.children ?? []).map((child) => render(child, [...ancestors, node])).join('');

  const render = (node: MdastNode, ancestors: MdastNode[]): string => {
    const line = lineOf(node, ancestors);
    const inner = () => children(node, ancestors);
    switch (node.type) {
      case 'root':
        return inner();
      case 'paragraph':
        return `<p>${inner()}</p>`;
      case 'text':
        return escape(String(node.value ?? ''));
      case 'emphasis':
        return `<em>${inner()}</em>`;
      case 'strong':
        return `<strong>${inner()}</strong>`;
      case 'delete':
        return `<del>${inner()}</del>`;
      case 'inlineCode':
        return `<code>${escape(String(node.value ?? ''))}</code>`;
      case 'break':
        return '<br>';
      case 'blockquote':
        return `<blockquote>${inner()}</blockquote>`;
      case 'list': {
        const tag = node.ordered ? 'ol' : 'ul';
        const start = node.ordered && node.start !== null && node.start !== undefined && node.start !== 1 ? ` start="${Number(node.start)}"` : '';
        return `<${tag}${start}>${inner()}</${tag}>`;
      }
      case 'listItem':
        return `<li>${inner()}</li>`;
      case 'link':
        return `<a href="${href(node.url ?? '', line)}"${node.title ? ` title="${escape(node.title)}"` : ''}>${inner()}</a>`;
      case 'linkReference': {
        const url = definitions.get(node.identifier ?? '');
        if (url === undefined) return inner();
        return `<a href="${href(url, line)}">${inner()}</a>`;
      }
      case 'definition':
        return '';
      case 'mdxJsxTextElement':
      case 'mdxJsxFlowElement':
        return element(node, line, inner);
      default:
        throw new BodyRenderError(line, node.type);
    }
  };

  const element = (node: MdastNode, line: number, inner: () => string): string => {
    const name = node.name ?? '';
    if (!isBodyTag(name)) throw new BodyRenderError(line, `<${name || '>'}`);
    const allowed = attributesOf(name);
    const attributes = (node.attributes ?? []).map((attribute) => {
      if (attribute.type !== 'mdxJsxAttribute' || !attribute.name || !allowed.includes(attribute.name)) {
        throw new BodyRenderError(line, `an attribute of <${name}>`);
      }
      const value = literal(attribute.value, line, attribute.name);
      return value === null ? ` ${attribute.name}` : ` ${attribute.name}="${escape(value)}"`;
    });
    if (Object.hasOwn(BODY_COMPONENTS, name)) {
      const component = BODY_COMPONENTS[name as BodyComponent];
      return `<${component.element} class="${component.className}"${attributes.join('')}>${inner()}</${component.element}>`;
    }
    if (name === 'br') return '<br>';
    if (!Object.hasOwn(BODY_ELEMENTS, name)) throw new BodyRenderError(line, `<${name}>`);
    return `<${name}${attributes.join('')}>${inner()}</${name}>`;
  };

  return render(root, []);
}
