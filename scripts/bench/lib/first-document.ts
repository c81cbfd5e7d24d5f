import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { gzipSize } from './sizes.ts';

/**
 * The first document a visitor receives, `index.html` in a built folder: its bytes (raw and gzip)
 * and its elements as served, before any script runs or anything arrives later. Undefined when the
 * folder has none.
 */
export function firstDocument(dir: string): { html: { raw: number; gzip: number }; elements: number } | undefined {
  const file = join(dir, 'index.html');
  if (!existsSync(file)) return undefined;
  const bytes = readFileSync(file);
  const { document } = parseHTML(bytes.toString('utf8'));
  return { html: { raw: bytes.length, gzip: gzipSize(bytes) }, elements: document.querySelectorAll('*').length };
}
