import { walk } from '../body.ts';
import { fieldLabel } from '../messages.ts';
import type { FileProblem } from '../problem.ts';
import { fieldLine, type FileRule } from './rule.ts';

/**
 * Characters that hide or disguise text: controls that reorder what a reader sees (bidirectional
 * overrides, as in "Trojan source"), characters that take no space (zero-width spaces and joiners
 * outside emoji, word joiners), and control characters. A reader cannot see them, so an editor
 * reviewing a change cannot either.
 */
const HIDDEN: ReadonlyArray<{ pattern: RegExp; what: string }> = [
  { pattern: /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/u, what: 'a control that changes the direction text is shown in' },
  { pattern: /[\u200b\u2060\ufeff\u00ad\u180e]/u, what: 'an invisible character (a zero-width space, word joiner or soft hyphen)' },
  { pattern: /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u, what: 'a control character' },
];

/** The text without the characters the check refuses as hidden, and how many there were. */
export function withoutHiddenCharacters(text: string): { text: string; removed: number } {
  let removed = 0;
  let cleaned = text;
  for (const { pattern } of HIDDEN) {
    cleaned = cleaned.replace(new RegExp(pattern.source, 'gu'), () => {
      removed++;
      return '';
    });
  }
  return { text: cleaned, removed };
}

const codePoint = (character: string) => `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

function hidden(text: string): string | undefined {
  for (const { pattern, what } of HIDDEN) {
    const found = pattern.exec(text);
    if (found) return `${what} (${codePoint(found[0])}) is hidden in the text at character ${found.index + 1}`;
  }
  return undefined;
}

/** Every text of a milestone, frontmatter and body, free of hidden characters, and in the usual (NFC) form. */
export const text: FileRule = {
  name: 'text',
  check(file) {
    const problems: FileProblem[] = [];
    const report = (value: string, line: number, field: string) => {
      const problem = hidden(value);
      if (problem) {
        problems.push({ kind: 'text', line, field, problem, expected: 'the same words without it: retype the text, or paste it as plain text' });
      } else if (value.normalize('NFC') !== value) {
        problems.push({
          severity: 'warning',
          kind: 'text',
          line,
          field,
          problem: 'the text has letters written as a letter and a separate accent, which search and links treat as different words',
          expected: 'the same words with composed letters (NFC); most editors write them so when the text is retyped',
        });
      }
    };
    const visit = (value: unknown, path: PropertyKey[]) => {
      if (typeof value === 'string') report(value, fieldLine(file, path), fieldLabel(path));
      else if (Array.isArray(value)) value.forEach((item, index) => visit(item, [...path, index]));
      else if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) visit(child, [...path, key]);
    };
    if (file.frontmatter) visit(file.frontmatter.data, []);
    if (file.body) {
      for (const { node } of walk(file.body.root)) {
        if (node.type === 'text' && typeof node.value === 'string') report(node.value, node.position?.start.line ?? 1, 'body');
      }
    }
    return problems;
  },
};
