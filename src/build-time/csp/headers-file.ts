/**
 * Reading a `_headers` file (the format Netlify and Cloudflare Pages share): a path pattern on its
 * own line, then its headers indented under it, `#` for comments. `*` matches anything, including
 * slashes; `/` matches only the root.
 */

export interface HeaderRule {
  pattern: string;
  headers: Array<[name: string, value: string]>;
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers line ${index + 1}: expected "Name: value" under a path, found "${line.trim()}"`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

function matches(pattern: string, path: string): boolean {
  const expression = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${expression}$`).test(path);
}

/** The rules whose pattern matches a path the host serves ("/embed/2022/"), in the file's order. */
export function rulesFor(rules: readonly HeaderRule[], path: string): HeaderRule[] {
  return rules.filter((rule) => matches(rule.pattern, path));
}

/**
 * The headers a host sends with a path it serves ("/embed/2022/"), every matching rule in order, a
 * later value of the same header replacing an earlier one.
 */
export function headersFor(rules: readonly HeaderRule[], path: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const rule of rulesFor(rules, path)) {
    for (const [name, value] of rule.headers) headers.set(name.toLowerCase(), value);
  }
  return headers;
}

/** Rules that set the same header for one path: hosts disagree on those (one joins, one replaces). */
export function conflicts(rules: readonly HeaderRule[], paths: readonly string[]): string[] {
  const found: string[] = [];
  for (const path of paths) {
    const seen = new Map<string, string>();
    for (const rule of rules) {
      if (!matches(rule.pattern, path)) continue;
      for (const [name] of rule.headers) {
        const key = name.toLowerCase();
        const earlier = seen.get(key);
        if (earlier && earlier !== rule.pattern) found.push(`${path}: ${name} from both ${earlier} and ${rule.pattern}`);
        seen.set(key, rule.pattern);
      }
    }
  }
  return found;
}
