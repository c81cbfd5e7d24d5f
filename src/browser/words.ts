/**
 * The interface's words a script says: the page gives them, in the journey's language, on the
 * element the script enhances (`HOOKS.words`); no script carries words of its own.
 */
import { HOOKS } from '../layout/contract.ts';
import { formFor, type CountedKey, type CountedText, type PlainKey } from '../model/ui-words.ts';
import { fill } from '../model/placeholders.ts';

export { fill };

/** The words `keys` as the element gives them; a word it does not give is said as nothing. */
export function wordsOf<K extends PlainKey>(element: Element, keys: readonly K[]): Record<K, string> {
  let given: Record<string, unknown> = {};
  try {
    given = JSON.parse(element.getAttribute(HOOKS.words) ?? '{}') as Record<string, unknown>;
  } catch {
    // Words the page wrote wrongly are no words: the script still works, silently.
  }
  return Object.fromEntries(keys.map((key) => [key, typeof given[key] === 'string' ? given[key] : ''])) as Record<K, string>;
}

/**
 * A counted word the element gives (its texts by plural form, `Words.forms` at build time), said for
 * `count` in the page's language: the form `Intl.PluralRules` picks, `{count}` as the language writes it.
 */
export function countedWord(element: Element, key: CountedKey): (count: number) => string {
  let forms: CountedText = { other: '' };
  try {
    const given = (JSON.parse(element.getAttribute(HOOKS.words) ?? '{}') as Record<string, unknown>)[key];
    if (given && typeof given === 'object' && typeof (given as CountedText).other === 'string') forms = given as CountedText;
  } catch {
    // As above: no words, silently.
  }
  const lang = document.documentElement.lang || undefined;
  const plural = new Intl.PluralRules(lang);
  const number = new Intl.NumberFormat(lang);
  return (count) => fill(formFor(forms, count, plural), { count: number.format(count) });
}
