import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { milestoneLoader } from '../../../src/build-time/content/loader.ts';
import { BASE, mdx } from './support.ts';

/** The timeline collection's loader (src/build-time/content/loader.ts), run as Astro runs it. */
const made: string[] = [];
afterAll(() => {
  for (const root of made) rmSync(root, { recursive: true, force: true });
});

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'journey-loader-'));
  made.push(root);
  cpSync('content/journey.yaml', join(root, 'content/journey.yaml'), { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, 'content/timeline', path, '..'), { recursive: true });
    writeFileSync(join(root, 'content/timeline', path), text);
  }
  return root;
}

/** Loads a project's timeline with a store and a logger that remember what they were given; `dev` adds a watcher. */
async function load(root: string, dev = false) {
  const entries = new Map<string, { data: Record<string, unknown>; rendered?: { html: string } }>();
  const warnings: string[] = [];
  const context = {
    config: { root: pathToFileURL(`${root}/`) },
    store: { clear: () => entries.clear(), set: (entry: { id: string; data: Record<string, unknown> }) => entries.set(entry.id, entry) },
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    generateDigest: (text: string) => String(text.length),
    logger: { warn: (message: string) => warnings.push(message), error: (message: string) => warnings.push(message) },
    watcher: dev ? { add: () => {}, on: () => {} } : undefined,
  };
  await milestoneLoader().load(context as never);
  return { entries, warnings };
}

const GOOD = { '2022/03-17-backstage-1-0-released.mdx': mdx(BASE, '\nThe <Highlight>first</Highlight> major release.\n') };
const HOSTILE = { '2022/04-01-hostile.mdx': mdx('title: Hostile\ndate: "2022-04-01"\ntrack: open-source', '\n<script>alert(1)</script>\n') };

describe('the timeline loader', () => {
  it('stores each milestone with its body written by the renderer, never compiled', async () => {
    const { entries } = await load(project(GOOD));
    expect([...entries.keys()]).toEqual(['2022/03-17-backstage-1-0-released']);
    expect(entries.get('2022/03-17-backstage-1-0-released')!.rendered!.html).toBe('<p>The <strong class="highlight">first</strong> major release.</p>');
  });

  it('refuses, in a build, content the check refuses, with the check\'s own words and no stack trace', async () => {
    const refusal = load(project({ ...GOOD, ...HOSTILE }));
    await expect(refusal).rejects.toThrow(/content\/timeline\/2022\/04-01-hostile\.mdx:7  <script>\n  <script> cannot be used in a milestone's text/);
    await expect(refusal).rejects.toMatchObject({ stack: '' });
  });

  it('leaves failing milestones out of the dev server, and says so', async () => {
    const { entries, warnings } = await load(project({ ...GOOD, ...HOSTILE }), true);
    expect([...entries.keys()]).toEqual(['2022/03-17-backstage-1-0-released']);
    expect(warnings).toEqual(['1 milestone file(s) left out until their errors are fixed (npm run check:content lists them).']);
  });
});
