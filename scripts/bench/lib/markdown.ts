/** Markdown for the benchmark report: tables that read well both as plain text and rendered. */

export type Align = 'left' | 'right';

/** Escapes what would break a table cell: pipes and line breaks. */
export function cell(text: string): string {
  return text.replaceAll('|', '\\|').replace(/\r?\n/g, ' ');
}

/**
 * A GitHub-flavoured markdown table with columns padded to equal width. The first column is left
 * aligned, the others right aligned (they hold figures), unless `align` says otherwise.
 */
export function table(headers: readonly string[], rows: readonly (readonly string[])[], align?: readonly Align[]): string {
  const columns = headers.length;
  const alignments = headers.map((_, index) => align?.[index] ?? (index === 0 ? 'left' : 'right'));
  const body = rows.map((row) => headers.map((_, index) => cell(row[index] ?? '')));
  const head = headers.map((header) => cell(header));
  const widths = head.map((header, index) =>
    Math.max(3, header.length, ...body.map((row) => row[index]!.length)),
  );
  const pad = (text: string, index: number) =>
    alignments[index] === 'right' ? text.padStart(widths[index]!) : text.padEnd(widths[index]!);
  const line = (values: readonly string[]) => `| ${values.map(pad).join(' | ')} |`;
  const rule = `| ${widths
    .map((width, index) => (alignments[index] === 'right' ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width)))
    .join(' | ')} |`;
  if (columns === 0) return '';
  return [line(head), rule, ...body.map(line)].join('\n');
}

const DASH = '–';

/** 12345 → "12.3 kB" (1 kB = 1,000 bytes, as the budgets count). */
export function kB(bytes: number | undefined, digits = 1): string {
  if (bytes === undefined) return DASH;
  return `${(bytes / 1000).toFixed(digits)} kB`;
}

/** Milliseconds as "850 ms" or, from ten seconds up, "12.3 s". */
export function duration(ms: number | undefined): string {
  if (ms === undefined) return DASH;
  if (Math.abs(ms) >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  return `${Math.round(ms)} ms`;
}

export function seconds(ms: number | undefined, digits = 1): string {
  if (ms === undefined) return DASH;
  return `${(ms / 1000).toFixed(digits)} s`;
}

/** A Lighthouse category score, 0–1, as Lighthouse shows it: 0.97 → "97". */
export function score(value: number | undefined | null): string {
  if (value === undefined || value === null) return DASH;
  return String(Math.round(value * 100));
}

export function fixed(value: number | undefined, digits = 2): string {
  if (value === undefined || !Number.isFinite(value)) return DASH;
  return value.toFixed(digits);
}

export function count(value: number | undefined): string {
  if (value === undefined) return DASH;
  return Math.round(value).toLocaleString('en-US');
}

/** A ratio to the baseline: 1.23 → "×1.23". */
export function times(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return DASH;
  return `×${value.toFixed(2)}`;
}

/** A signed difference with its unit: "+12 ms", "−3", "±0". */
export function signed(value: number | undefined, unit = '', digits = 0): string {
  if (value === undefined || !Number.isFinite(value)) return DASH;
  const rounded = Number(value.toFixed(digits));
  if (rounded === 0) return `±${(0).toFixed(digits)}${unit}`;
  return `${rounded > 0 ? '+' : '−'}${Math.abs(rounded).toFixed(digits)}${unit}`;
}
