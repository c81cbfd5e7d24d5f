import { LINK_SCHEMES } from './schema/fields.ts';

/**
 * What a milestone's body (the text under its frontmatter) may contain: Markdown, a few HTML
 * elements editors need, and the components the journey registers, with literal attributes. The
 * content check refuses anything else, and the page's renderer writes nothing else: a body is
 * words, never code.
 */

/** The Markdown a body may use, by node type, and what each is for. */
export const BODY_MARKDOWN = {
  paragraph: 'paragraphs',
  text: 'text',
  emphasis: '*emphasis*',
  strong: '**strong**',
  delete: '~~struck through~~',
  inlineCode: '`code`',
  break: 'a line break',
  link: '[a link](https://…)',
  linkReference: '[a link][name], with its address given elsewhere in the text',
  definition: '[name]: https://… (the address of a link written as [words][name])',
  list: 'lists',
  listItem: 'list items',
  blockquote: '> a quotation',
} as const;

export type BodyMarkdownType = keyof typeof BODY_MARKDOWN;

/**
 * HTML elements a body may use, each with the attributes it may carry and why editors need it.
 * Everything else (script, style, iframe, img, form…) and every other attribute (on…= handlers,
 * style, class, id) is refused.
 */
export const BODY_ELEMENTS = {
  abbr: { attributes: ['title'], why: 'spells out an abbreviation such as CNCF for screen readers and on hover' },
  span: { attributes: ['lang'], why: 'marks words in another language, so screen readers pronounce them right' },
  sub: { attributes: [], why: 'subscripts, as in figures and names' },
  sup: { attributes: [], why: 'superscripts, as in 1st or 10⁶' },
  br: { attributes: [], why: 'a line break inside a paragraph' },
} as const satisfies Record<string, { attributes: readonly string[]; why: string }>;

export type BodyElement = keyof typeof BODY_ELEMENTS;

/**
 * The components a body may use without importing them, each written as one HTML element with a
 * class the card's styles give its look, and the literal attributes (`name="value"`) it takes.
 */
export const BODY_COMPONENTS = {
  /** Marks the words of a milestone's body that matter most: <Highlight>1,000 pull requests</Highlight> */
  Highlight: { element: 'strong', className: 'highlight', attributes: [], why: 'marks the words that matter most' },
} as const satisfies Record<string, { element: string; className: string; attributes: readonly string[]; why: string }>;

export type BodyComponent = keyof typeof BODY_COMPONENTS;

/** Whether `name` is something a body may use as a tag: an allowed element or a registered component. */
export function isBodyTag(name: string): name is BodyElement | BodyComponent {
  return Object.hasOwn(BODY_ELEMENTS, name) || Object.hasOwn(BODY_COMPONENTS, name);
}

/** The attributes a body tag may carry. */
export function attributesOf(name: BodyElement | BodyComponent): readonly string[] {
  return Object.hasOwn(BODY_ELEMENTS, name)
    ? BODY_ELEMENTS[name as BodyElement].attributes
    : BODY_COMPONENTS[name as BodyComponent].attributes;
}

/** Schemes a link in a body may use, as in the frontmatter's links: the web and e-mail. */
export { LINK_SCHEMES };

/**
 * The scheme of an address as a browser reads it ("https", "javascript"), or undefined when it
 * has none: the characters a browser drops before reading a scheme (controls, spaces) are dropped
 * here too, so "java\tscript:" reads as "javascript".
 */
export function schemeOf(address: string): string | undefined {
  const cleaned = address.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

/** Whether an address may be a link in a body: a full address with one of the allowed schemes. */
export function isLinkAddress(address: string): boolean {
  const scheme = schemeOf(address);
  return scheme !== undefined && (LINK_SCHEMES as readonly string[]).includes(scheme);
}
