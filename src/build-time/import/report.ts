/**
 * What an import did, in plain words: one line per thing, under a heading per kind of thing, in
 * the order an editor acts on them: what was written, what the journey gained or lost, what was
 * kept out of sight and what was not carried at all.
 */

export type ReportKind =
  | 'written'
  | 'updated'
  | 'unchanged'
  | 'moved'
  | 'removed'
  | 'journey'
  | 'track'
  | 'era'
  | 'note'
  | 'reduced'
  | 'media'
  | 'skipped'
  | 'unread'
  | 'left';

export interface ReportLine {
  kind: ReportKind;
  text: string;
}

const HEADINGS: ReadonlyArray<[ReportKind, string]> = [
  ['written', 'Written'],
  ['updated', 'Updated'],
  ['unchanged', 'Unchanged'],
  ['moved', 'Moved'],
  ['removed', 'Removed'],
  ['journey', "The journey's words"],
  ['track', 'Tracks'],
  ['era', 'Eras'],
  ['note', "Kept as an editor's note (in the file, not shown on the page)"],
  ['reduced', 'Written differently (Markdown has no place for it in a card)'],
  ['media', 'Media not carried (nothing was downloaded; a picture of your own goes in art: { src, alt })'],
  ['skipped', 'Skipped'],
  ['unread', 'Not carried'],
  ['left', 'Left as they are'],
];

/** The report as text: a heading per kind, a line per thing. */
export function formatImportReport(lines: readonly ReportLine[]): string {
  const blocks: string[] = [];
  for (const [kind, heading] of HEADINGS) {
    const mine = lines.filter((line) => line.kind === kind);
    if (mine.length > 0) blocks.push([`${heading}:`, ...mine.map((line) => `  ${line.text}`)].join('\n'));
  }
  return blocks.join('\n\n');
}
