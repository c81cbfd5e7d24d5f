import { z } from 'astro/zod';
import { placeholdersIn } from '../placeholders.ts';
import { DEFAULT_LANG, PLURAL_FORMS, UI_KEYS, UI_WORDS, isCounted, type UiKey, type UiText } from '../ui-words.ts';
import { placeholdersOf } from '../words.ts';
import { described, type FieldText } from './fields.ts';

/**
 * The journey's language (`lang:`) and its interface's words (`ui:`) in `content/journey.yaml`:
 * a language tag `Intl` knows, and words by the keys of `src/model/ui-words.ts`, each keeping
 * the placeholders of its English.
 */

/** What is wrong with a language tag, or undefined when the page can write dates, numbers and plurals in it. */
export function langProblem(tag: string): string | undefined {
  let canonical: string;
  try {
    [canonical = ''] = Intl.getCanonicalLocales(tag);
  } catch {
    return tag.includes('_')
      ? `"${tag}" is not a language tag: its parts are joined with "-", as in "${tag.replaceAll('_', '-')}"`
      : `"${tag}" is not a language tag`;
  }
  const known = [Intl.DateTimeFormat.supportedLocalesOf(canonical), Intl.NumberFormat.supportedLocalesOf(canonical), Intl.PluralRules.supportedLocalesOf(canonical)].every(
    (supported) => supported.length > 0,
  );
  return known ? undefined : `"${tag}" names no language whose dates, numbers and plural forms are known here`;
}

export const langSchema = described(
  z
    .string({ error: 'lang must be a language tag such as "en" or "pt-BR"' })
    .trim()
    .transform((tag, context): string => {
      const problem = langProblem(tag);
      if (problem) {
        context.issues.push({ code: 'custom', input: tag, message: problem });
        return z.NEVER;
      }
      return Intl.getCanonicalLocales(tag)[0]!;
    })
    .default(DEFAULT_LANG),
  {
    description: `The journey's language, as a language tag (BCP 47): the page's lang, its dates, numbers and plural forms, and the language search engines and feed readers are told. Left out, "${DEFAULT_LANG}".`,
    expected: 'a language tag such as "en", "fr" or "pt-BR"',
  },
);

const braces = (names: readonly string[]) => names.map((name) => `{${name}}`).join(', ');

/** The English of a word as an example: "Tour paused at {year}", or one: "a year later", other: "{count} years later". */
function example(key: UiKey): string {
  const english = UI_WORDS[key].en;
  if (typeof english === 'string') return JSON.stringify(english);
  return Object.entries(english)
    .map(([form, text]) => `${form}: ${JSON.stringify(text)}`)
    .join(', ');
}

function expectedOf(key: UiKey): string {
  const names = placeholdersOf(key);
  if (isCounted(key)) {
    return `one text with {count}, or one text per plural form (other: with ${braces(names)}), such as ${example(key)}`;
  }
  return names.length > 0 ? `text with ${braces(names)} in it, such as ${example(key)}` : `text, such as ${example(key)}`;
}

/** The placeholders a text of `key` must keep and may have: all of them, but a plural form other than `other` may leave out its count ("a year later"). */
function placeholderIssues(key: UiKey, text: string, form: string | undefined): string[] {
  const allowed = placeholdersOf(key);
  const written = placeholdersIn(text);
  const needed = form === undefined || form === 'other' ? allowed : allowed.filter((name) => name !== 'count');
  const what = form === undefined ? JSON.stringify(text) : `the ${form} form ${JSON.stringify(text)}`;
  return [
    ...written
      .filter((name) => !allowed.includes(name))
      .map((name) => `${what} has {${name}}, which ${key} does not fill: its placeholders are ${allowed.length > 0 ? braces(allowed) : 'none'}`),
    ...needed.filter((name) => !written.includes(name)).map((name) => `${what} leaves out {${name}}, where the page writes its value`),
  ];
}

const wordText = (key: UiKey) =>
  z.string({ error: `${key} must be text` }).trim().min(1, { error: `${key} must not be empty` });

/** A counted word's forms, each described as the word is, so a problem with one form says what the word expects. */
const countedForms = (key: UiKey, meta: FieldText) =>
  z.strictObject(
    Object.fromEntries(PLURAL_FORMS.map((form) => [form, described(form === 'other' ? wordText(key) : wordText(key).optional(), meta)])) as Record<
      (typeof PLURAL_FORMS)[number],
      ReturnType<typeof wordText>
    >,
  );

/** A word said the same whatever the count: given forms by count, it says so rather than that a group is not text. */
const plainText = (key: UiKey) =>
  z
    .unknown()
    .transform((value, context) => {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
      context.issues.push({ code: 'custom', input: value, message: `${key} counts nothing, so it has no plural forms: write it as one text` });
      return z.NEVER;
    })
    .pipe(wordText(key));

function wordSchema(key: UiKey) {
  const meta = { description: UI_WORDS[key].about, expected: expectedOf(key) };
  const schema = isCounted(key)
    ? z.union([wordText(key), countedForms(key, meta)], { error: `${key} must be text, or a text per plural form` })
    : plainText(key);
  return described(
    schema.superRefine((value: UiText, context) => {
      const texts = typeof value === 'string' ? [[undefined, value] as const] : Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
      for (const [form, text] of texts) {
        for (const message of placeholderIssues(key, text, form)) {
          context.addIssue({ code: 'custom', message, input: text, ...(form === undefined ? {} : { path: [form] }) });
        }
      }
    }),
    meta,
  ).optional();
}

export const uiSchema = described(
  z.strictObject(Object.fromEntries(UI_KEYS.map((key) => [key, wordSchema(key)])) as { [K in UiKey]: ReturnType<typeof wordSchema> }),
  {
    description: "The interface's own words in the journey's language, by key (docs/editing.md lists every key with its English). A word left out is said in English.",
    expected: 'words by key, one a line, such as tourPlay: "Lancer la visite" (docs/editing.md lists the keys)',
  },
).optional();

/** A counted word given with a plural form its language does not have: "French has no "few" form". */
export function pluralFormProblems(lang: string, ui: unknown): Array<{ key: UiKey; form: string; message: string }> {
  if (typeof ui !== 'object' || ui === null) return [];
  const forms = new Intl.PluralRules(lang).resolvedOptions().pluralCategories as readonly string[];
  const language = new Intl.DisplayNames([DEFAULT_LANG], { type: 'language' }).of(lang) ?? lang;
  return UI_KEYS.filter(isCounted).flatMap((key) => {
    const word: unknown = (ui as Record<string, unknown>)[key];
    if (typeof word !== 'object' || word === null || Array.isArray(word)) return [];
    // A form no language has ("plural") is an unknown field of the word, told as such.
    return Object.keys(word)
      .filter((form) => (PLURAL_FORMS as readonly string[]).includes(form) && !forms.includes(form))
      .map((form) => ({ key, form, message: `${language} has no "${form}" form: its plural forms are ${forms.join(', ')}` }));
  });
}
