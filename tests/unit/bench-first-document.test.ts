import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { firstDocument } from '../../scripts/bench/lib/first-document.ts';

describe('firstDocument', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('weighs index.html and counts its elements as served, a script’s output not among them', () => {
    dir = mkdtempSync(join(tmpdir(), 'first-document-'));
    // html, head, title, body, main, h1, ul, 3 li, template (its content is not in the document), script: 12.
    const html =
      '<!doctype html><html lang="en"><head><title>Years</title></head><body><main><h1>Years</h1>' +
      '<ul><li>2006</li><li>2007</li><li>2008</li></ul><template><p>later</p></template>' +
      '<script>document.body.append(document.createElement("div"))</script></main></body></html>';
    writeFileSync(join(dir, 'index.html'), html);
    const measured = firstDocument(dir)!;
    expect(measured.elements).toBe(12);
    expect(measured.html.raw).toBe(Buffer.byteLength(html));
    expect(measured.html.gzip).toBeLessThan(measured.html.raw);
    expect(measured.html.gzip).toBeGreaterThan(0);
  });

  it('says nothing for a folder without a page', () => {
    dir = mkdtempSync(join(tmpdir(), 'first-document-'));
    expect(firstDocument(dir)).toBeUndefined();
  });
});
