import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  classifyResource,
  gzipSize,
  isCompressible,
  isOtherOrigin,
  measureBody,
  sentBytes,
  totalsByType,
  transferTotal,
} from '../../scripts/bench/lib/sizes.ts';

describe('classifyResource', () => {
  it('goes by Content-Type first', () => {
    expect(classifyResource('http://x/', 'text/html; charset=utf-8')).toBe('html');
    expect(classifyResource('http://x/a', 'text/javascript')).toBe('js');
    expect(classifyResource('http://x/a', 'text/css')).toBe('css');
    expect(classifyResource('http://x/a', 'image/avif')).toBe('image');
    expect(classifyResource('http://x/a', 'font/woff2')).toBe('font');
  });
  it('falls back to the file extension', () => {
    expect(classifyResource('http://x/_astro/index.B1.js?v=1')).toBe('js');
    expect(classifyResource('http://x/art/2022.avif')).toBe('image');
    expect(classifyResource('http://x/fonts/inter.woff2', 'application/octet-stream')).toBe('font');
    expect(classifyResource('http://x/embed/2022/')).toBe('html');
    expect(classifyResource('http://x/feed.xml')).toBe('other');
  });
});

describe('gzip sizes', () => {
  it('measures what gzip at level 9 produces', () => {
    const text = 'milestone '.repeat(500);
    expect(gzipSize(text)).toBe(gzipSync(Buffer.from(text), { level: 9 }).length);
    expect(gzipSize(text)).toBeLessThan(text.length / 10);
    expect(gunzipSync(gzipSync(text)).toString()).toBe(text);
    expect(gzipSize('')).toBe(0);
  });
  it('counts raw bytes of text in UTF-8', () => {
    expect(measureBody('http://x/', 'html', 'Made with ♥').raw).toBe(13);
  });
});

describe('totals', () => {
  const resources = [
    measureBody('http://x/', 'html', '<p>'.repeat(100)),
    measureBody('http://x/a.js', 'js', 'let a = 1;'.repeat(50)),
    measureBody('http://x/a.js', 'js', 'let a = 1;'.repeat(50)),
    measureBody('http://x/#inline-script-1', 'js', 'console.log(1)', true),
    measureBody('http://x/art.svg', 'image', '<svg/>'),
  ];

  it('counts each URL once and inline code with its kind', () => {
    const totals = totalsByType(resources);
    expect(totals.js.count).toBe(2);
    expect(totals.js.raw).toBe(500 + 14);
    expect(totals.html.count).toBe(1);
    expect(totals.image.raw).toBe(6);
    expect(totals.font).toEqual({ count: 0, raw: 0, gzip: 0 });
  });

  it('leaves inline code out of what travels, as it travels inside its HTML', () => {
    const sent = transferTotal(resources);
    expect(sent.count).toBe(3);
    expect(sent.raw).toBe(300 + 500 + 6);
  });

  it('sends text gzip-compressed and pictures as they are', () => {
    const picture = measureBody('http://x/art/a-320.avif', 'image', new Uint8Array(2000).map((_, index) => (index * 7919) % 251));
    const drawing = measureBody('http://x/scenery/hills.svg', 'image', '<path d="M0 0"/>'.repeat(100));
    const script = measureBody('http://x/a.js', 'js', 'let a = 1;'.repeat(50));
    expect(isCompressible(picture)).toBe(false);
    expect(isCompressible(drawing)).toBe(true);
    expect(sentBytes(picture)).toBe(2000);
    expect(sentBytes(drawing)).toBe(drawing.gzip);
    expect(transferTotal([picture, drawing, script]).gzip).toBe(2000 + drawing.gzip + script.gzip);
  });
});

describe('isOtherOrigin', () => {
  it('flags another host or port, not the page itself or inline data', () => {
    expect(isOtherOrigin('https://fonts.googleapis.com/css', 'http://127.0.0.1:4329')).toBe(true);
    expect(isOtherOrigin('http://127.0.0.1:9999/a.js', 'http://127.0.0.1:4329')).toBe(true);
    expect(isOtherOrigin('http://127.0.0.1:4329/_astro/a.js', 'http://127.0.0.1:4329/')).toBe(false);
    expect(isOtherOrigin('data:image/svg+xml,<svg/>', 'http://127.0.0.1:4329')).toBe(false);
  });
});
