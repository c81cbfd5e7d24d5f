import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePolicy } from '../../src/build-time/csp/policy.ts';
import { pagePolicy } from '../../src/build-time/csp/meta.ts';
import { CHROMIUM_FLAGS, chromiumExecutable } from '../../scripts/lib/browsers.ts';

/**
 * A copy of the project, built for real: the Content-Security-Policy trusts only the inline code
 * the build itself wrote, and a hostile milestone stops the build with the check's report while
 * losing nothing, even where the build's own check does not run; and the build reads each content
 * file once.
 */
const ASTRO = resolve('node_modules/.bin/astro');
const FORCED = 'window.__forced = true;';
const HOSTILE = 'content/timeline/2022/04-01-hostile.mdx';
const HOSTILE_TEXT = '---\ntitle: Hostile\ndate: "2022-04-01"\ntrack: open-source\n---\n\nimport secret from "/etc/passwd?raw"\n\n<script>alert(1)</script>\n';
const REPORTED = /content\/timeline\/2022\/04-01-hostile\.mdx:7  import\n  "import secret from "\/etc\/passwd\?raw"" is code/;
let root: string;

const READS = resolve('tests/unit/fixtures/count-reads.mjs');
const astro = (command: string, env: Record<string, string> = {}) => {
  const result = spawnSync(ASTRO, [command], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: '1', ...env } });
  return { status: result.status, output: result.stdout + result.stderr };
};

/** Every file of the build with a hash of its bytes. */
const snapshot = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .map((file) => [file.slice(dir.length), createHash('sha256').update(readFileSync(file)).digest('hex')]),
  );

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'journey-copy-'));
  for (const part of ['src', 'content', 'art', 'astro.config.mjs', 'tsconfig.json', 'package.json', '.htmlvalidate.json']) cpSync(part, join(root, part), { recursive: true });
  symlinkSync(resolve('node_modules'), join(root, 'node_modules'));
  symlinkSync(resolve('public'), join(root, 'public'));
  // A page with an inline script that no component of the journey wrote, as content that slipped
  // through would be: a post, so that the host headers have a rule for it.
  writeFileSync(
    join(root, 'src/pages/blog/forced.astro'),
    `---\nimport BaseLayout from '../../layouts/BaseLayout.astro';\n---\n\n<BaseLayout title="Forced" description="A page with a script the build did not write.">\n  <script is:inline>${FORCED}</script>\n  <p>Forced.</p>\n</BaseLayout>\n`,
  );
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a built copy of the project', () => {
  let built: { status: number | null; output: string };
  let reads: Record<string, number>;
  beforeAll(() => {
    const counted = mkdtempSync(join(tmpdir(), 'journey-reads-'));
    built = astro('build', { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${READS}`, READS_FILE: join(counted, 'reads') });
    // One file of counts per process of the build, added up.
    reads = {};
    for (const name of readdirSync(counted)) {
      for (const [file, times] of Object.entries(JSON.parse(readFileSync(join(counted, name), 'utf8')) as Record<string, number>)) reads[file] = (reads[file] ?? 0) + times;
    }
    rmSync(counted, { recursive: true, force: true });
  }, 300_000);

  it('reads every milestone file and the journey file once', () => {
    expect(built.status, built.output).toBe(0);
    const files = readdirSync(join(root, 'content'), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.(mdx|yaml)$/.test(entry.name))
      .map((entry) => join(entry.parentPath, entry.name));
    expect(files.length).toBeGreaterThan(100);
    const readTimes = Object.fromEntries(files.map((file) => [file.slice(root.length), reads[file] ?? 0]));
    expect(readTimes).toEqual(Object.fromEntries(files.map((file) => [file.slice(root.length), 1])));
  });

  it("does not trust an inline script the build did not write: not in the page's policy, and the browser refuses it", { timeout: 120_000 }, async () => {
    expect(built.status, built.output).toBe(0);
    expect(built.output).toContain('blog/forced/index.html: an inline script or style its policy does not list will not run: window.__forced = true;');
    const html = readFileSync(join(root, 'dist/blog/forced/index.html'), 'utf8');
    const hash = `'sha256-${createHash('sha256').update(FORCED).digest('base64')}'`;
    expect(html).toContain(`<script>${FORCED}</script>`);
    expect(parsePolicy(pagePolicy(html)!).get('script-src')).not.toContain(hash);

    const dist = join(root, 'dist');
    const server: Server = createServer((request, response) => {
      const path = join(dist, decodeURIComponent(new URL(request.url!, 'http://x').pathname), request.url!.endsWith('/') ? 'index.html' : '');
      try {
        response.writeHead(200, { 'content-type': extname(path) === '.html' ? 'text/html' : 'application/octet-stream' }).end(readFileSync(path));
      } catch {
        response.writeHead(404).end();
      }
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_FLAGS });
    try {
      const page = await browser.newPage();
      const violations: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
      });
      const address = server.address() as { port: number };
      await page.goto(`http://127.0.0.1:${address.port}/blog/forced/`);
      expect(await page.evaluate(() => (window as { __forced?: boolean }).__forced)).toBeUndefined();
      expect(violations.join('\n')).toMatch(/script-src/);
    } finally {
      await browser.close();
      server.close();
    }
  });

  it("stops the next build at a hostile milestone, with the check's report, leaving dist/ and the content as they were", { timeout: 120_000 }, () => {
    const before = snapshot(join(root, 'dist'));
    writeFileSync(join(root, HOSTILE), HOSTILE_TEXT);
    const { status, output } = astro('build');
    expect(status).toBe(1);
    expect(output).toMatch(REPORTED);
    expect(output).not.toMatch(/^\s{4}at /m);
    expect(snapshot(join(root, 'dist'))).toEqual(before);
    expect(readFileSync(join(root, HOSTILE), 'utf8')).toBe(HOSTILE_TEXT);
  });

  it("refuses the hostile milestone in the collection itself, in the same words, where the build's check does not run", { timeout: 120_000 }, () => {
    const { status, output } = astro('sync');
    expect(status).toBe(1);
    expect(output).toMatch(REPORTED);
    expect(output).not.toMatch(/^\s{4}at /m);
  });
});
