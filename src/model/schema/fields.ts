import { z } from 'astro/zod';

/**
 * The building blocks of the content schemas. Every field says, next to itself, what it is (its
 * `description`: the hover in an editor) and what to write there (its `expected`: the line under
 * every error about it). Text a card shows has lengths the card can take: past `softMax`
 * characters the content check warns, past `max` it is an error.
 */
export interface FieldText {
  /** What the field is, shown where an editor hovers it. */
  description: string;
  /** What to write there, in the words an error message ends with. */
  expected: string;
}

/** How long a text may be before the page cannot show it well (`softMax`) or at all (`max`), and why. */
export interface TextLimits {
  softMax: number;
  max: number;
  /** What happens past the soft limit, for the warning: "the card is drawn two cards wide". */
  why: string;
}

/** The metadata the content check reads from a field. */
export type FieldMeta = FieldText & Partial<TextLimits>;

/** Attaches a field's words (and limits) to its schema, where the checker and the editor read them. */
export function described<T extends z.ZodType>(schema: T, meta: FieldMeta): T {
  return schema.meta(meta as unknown as Record<string, unknown>);
}

/** One line of text, trimmed, not empty (`empty` says what to do instead), within its limits. */
export function line(what: string, meta: FieldText, limits?: TextLimits, empty = `${what} must not be empty`) {
  let schema = z
    .string({ error: `${what} must be text` })
    .trim()
    .min(1, { error: empty })
    .refine((text) => !/[\n\r\u2028\u2029]/.test(text), { error: `${what} must fit on one line` });
  if (limits) {
    schema = schema.refine((text) => [...text].length <= limits.max, {
      error: `${what} is longer than ${limits.max} characters, more than the page can show`,
    });
  }
  return described(schema, { ...meta, ...limits });
}

/** Schemes a link or a picture may use: the web and e-mail. Anything else (javascript:, data:…) could run or hide content. */
export const LINK_SCHEMES = ['https', 'http', 'mailto'] as const;

/** A full address with one of the allowed schemes. */
export function address(what: string, meta: FieldText) {
  return described(
    z.url({
      protocol: new RegExp(`^(${LINK_SCHEMES.join('|')})$`),
      error: `${what} must be a full address such as "https://example.org"`,
    }),
    meta,
  );
}
