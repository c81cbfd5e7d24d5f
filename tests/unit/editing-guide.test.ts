import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UI_WORDS, type UiText } from '../../src/model/ui-words.ts';

/**
 * docs/editing.md is the editors' contract: its list of the interface's words is the list the
 * content check accepts in `ui:`, each word with the English the page says when it is left out.
 */

const GUIDE = 'docs/editing.md';
const SECTION = "### The journey's language and words";

/** A word's English as the guide writes it: the text, or each plural form named and joined by " · ". */
const written = (english: UiText) =>
  typeof english === 'string' ? english : Object.entries(english).map(([form, text]) => `${form}: ${text}`).join(' · ');

/** The rows of the first table under the section: `| \`key\` | English | what it is |`. */
function guideRows(): string[] {
  const text = readFileSync(GUIDE, 'utf8');
  const start = text.indexOf(SECTION);
  expect(start, `${GUIDE} has a section "${SECTION}"`).toBeGreaterThanOrEqual(0);
  const lines = text.slice(start).split('\n');
  const first = lines.findIndex((line) => line.startsWith('| `'));
  const rows: string[] = [];
  for (const line of lines.slice(first)) {
    if (!line.startsWith('|')) break;
    rows.push(line);
  }
  return rows;
}

describe('the editing guide', () => {
  it('lists every interface word with its English and what it is, and no other', () => {
    const expected = Object.entries(UI_WORDS).map(([key, word]) => `| \`${key}\` | ${written(word.en)} | ${word.about} |`);
    // On a difference, the expected rows are the ones to paste into the guide.
    expect(guideRows().join('\n')).toBe(expected.join('\n'));
  });
});
