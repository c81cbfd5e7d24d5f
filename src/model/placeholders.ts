/**
 * The placeholders of the interface's words: a name in braces ("Tour paused at {year}") where the
 * page writes a value. Free of imports: the page's scripts fill the words they are given with it.
 */

const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

/** The placeholders a text names, in order, each once: "{first} to {last}" gives ["first", "last"]. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1]!))];
}

/** The text with each placeholder replaced by its value; one without a value stays as written. */
export function fill(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => (Object.hasOwn(values, name) ? values[name]! : whole));
}
