/**
 * The interface's words in the journey's language: each word `ui:` in `content/journey.yaml` gives,
 * and the English of `ui-words.ts` for the rest; numbers as the language writes them
 * (`Intl.NumberFormat`), counted words in the form the language uses for the count
 * (`Intl.PluralRules`). Resolved once per build (`src/build-time/journey/`): pages and components
 * say every word through it.
 */
import { fill, placeholdersIn } from './placeholders.ts';
import { DEFAULT_LANG, UI_WORDS, formFor, type CountedKey, type CountedText, type PlaceholderOf, type PlainKey, type UiKey, type UiText } from './ui-words.ts';

/** The words `ui:` gives, by key. */
export type UiOverrides = Partial<Record<UiKey, UiText>>;

/** The values of a word's placeholders, one for each; none for a word without. */
type ValuesOf<K extends UiKey, Filled extends string = never> = [Exclude<PlaceholderOf<K>, Filled>] extends [never]
  ? []
  : [values: Record<Exclude<PlaceholderOf<K>, Filled>, string>];

export interface Words {
  /** The journey's language, a canonical BCP 47 tag: "en", "fr", "pt-BR". */
  readonly lang: string;
  /** A word with its placeholders filled. */
  say<K extends PlainKey>(key: K, ...values: ValuesOf<K>): string;
  /** A counted word in the form for `count`; `{count}` is `count` as the language writes it, or `shown` ("66 million"). */
  count<K extends CountedKey>(key: K, count: number, options?: { shown?: string; values?: Record<Exclude<PlaceholderOf<K>, 'count'>, string> }): string;
  /** A word cut at one placeholder: the text before it and after it, the other placeholders filled (the page puts markup there). */
  around<K extends PlainKey, P extends PlaceholderOf<K>>(key: K, placeholder: P, ...values: ValuesOf<K, P>): [before: string, after: string];
  /** Words as written, their placeholders unfilled: for the page's scripts, which fill them themselves. */
  texts<K extends PlainKey>(keys: readonly K[]): Record<K, string>;
  /** A counted word's texts by plural form, unfilled: for a script that counts (`countedWord` in `src/browser/words.ts`). */
  forms<K extends CountedKey>(key: K): CountedText;
  /** A number as the language writes it: "66,000,000" in English, "66 000 000" in French. */
  number(value: number, options?: Intl.NumberFormatOptions): string;
}

/** The journey's words: `ui` over the English ones, in `lang`. */
export function journeyWords({ lang = DEFAULT_LANG, ui = {} }: { lang?: string; ui?: UiOverrides | undefined }): Words {
  const text = (key: UiKey): UiText => ui[key] ?? UI_WORDS[key].en;
  const plural = new Intl.PluralRules(lang);
  const numbers = new Map<string, Intl.NumberFormat>();
  const number = (value: number, options: Intl.NumberFormatOptions = {}) => {
    const id = JSON.stringify(options);
    let format = numbers.get(id);
    if (!format) numbers.set(id, (format = new Intl.NumberFormat(lang, options)));
    return format.format(value);
  };
  const plain = (key: UiKey): string => {
    const written = text(key);
    // The schema lets a plain word be only one text; a counted one said plainly is said as `other`.
    return typeof written === 'string' ? written : written.other;
  };
  return {
    lang,
    say: (key, ...values) => fill(plain(key), values[0] ?? {}),
    count: (key, count, options = {}) => {
      const written = text(key);
      return fill(formFor(written, count, plural), { ...options.values, count: options.shown ?? number(count) });
    },
    around: (key, placeholder, ...values) => {
      const written = plain(key);
      const at = written.indexOf(`{${placeholder}}`);
      const filled = (part: string) => fill(part, values[0] ?? {});
      if (at < 0) return [filled(written), ''];
      return [filled(written.slice(0, at)), filled(written.slice(at + placeholder.length + 2))];
    },
    texts: (keys) => Object.fromEntries(keys.map((key) => [key, plain(key)])) as Record<(typeof keys)[number], string>,
    forms: (key) => {
      const written = text(key);
      return typeof written === 'string' ? { other: written } : written;
    },
    number,
  };
}

/** The placeholders of a word, as its English writes them. */
export function placeholdersOf(key: UiKey): string[] {
  const english = UI_WORDS[key].en;
  return placeholdersIn(typeof english === 'string' ? english : Object.values(english).join(' '));
}
