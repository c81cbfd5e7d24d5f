/**
 * The interface's words a script says: the page gives them, in the journey's language, on the
 * element the script enhances (`HOOKS.words`); no script carries words of its own.
 */
import { HOOKS } from '../layout/contract.ts';
import type { PlainKey } from '../model/ui-words.ts';

export { fill } from '../model/placeholders.ts';

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
