import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import astroConfig from '../../astro.config.mjs';
import { BUILD_CACHE_DIR } from '../../src/build-time/build-cache.ts';
import { OG_CACHE_DIR } from '../../src/build-time/art/og-render.ts';

/**
 * The deploy configurations for GitHub Pages, Netlify and Cloudflare Pages (docs/deploying.md):
 * each builds with the project's build, publishes dist/, keeps the build's cache folder between
 * builds, and runs on a Node the project supports.
 */

const read = (path: string) => readFileSync(join(process.cwd(), path), 'utf8');
const pkg = JSON.parse(read('package.json')) as {
  engines: { node: string };
  scripts: Record<string, string>;
  devDependencies: Record<string, string>;
};

/** The project's build, as a host runs it. */
const BUILD = 'npm run build';
/** Where `astro build` writes the site: Astro's own default, which the project keeps. */
const PUBLISHED = 'dist';

/** "24", "^24.21.0", ">=22.12.0" → [24, 21, 0]: the lowest version a version or range allows. */
function lowest(range: string): [number, number, number] {
  const match = /(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(range);
  if (!match) throw new Error(`"${range}" names no version`);
  return [Number(match[1]), Number(match[2] ?? 0), Number(match[3] ?? 0)];
}

function atLeast(version: [number, number, number], floor: [number, number, number]): boolean {
  for (const [index, part] of version.entries()) {
    if (part !== floor[index]) return part > floor[index]!;
  }
  return true;
}

interface Step {
  uses?: string;
  run?: string;
  id?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}

interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { needs?: string; steps: Step[]; environment?: { name: string } }>;
}

describe('the checks themselves', () => {
  test('read the lowest version a range allows and compare versions part by part', () => {
    expect(lowest('>=22.12.0')).toEqual([22, 12, 0]);
    expect(lowest('^24.21.0')).toEqual([24, 21, 0]);
    expect(lowest('24')).toEqual([24, 0, 0]);
    expect(atLeast([24, 0, 0], [22, 12, 0])).toBe(true);
    expect(atLeast([22, 12, 0], [22, 12, 0])).toBe(true);
    expect(atLeast([22, 11, 9], [22, 12, 0])).toBe(false);
    expect(atLeast([20, 99, 0], [22, 12, 0])).toBe(false);
  });
});

describe('the build every host runs', () => {
  test('is the project’s build, into dist/, keeping Astro’s cache and the share cards in one folder', () => {
    expect(pkg.scripts.build).toBe('astro build');
    const config = astroConfig as { outDir?: string; cacheDir?: string };
    expect(config.outDir).toBeUndefined();
    expect(config.cacheDir).toBe(`./${BUILD_CACHE_DIR}/`);
    expect(relative(join(process.cwd(), BUILD_CACHE_DIR), OG_CACHE_DIR)).toBe('journey-og');
  });

  test('runs on a Node the project supports: its own, and the one hosts install dependencies with', () => {
    const floor = lowest(pkg.engines.node);
    expect(atLeast(lowest(pkg.devDependencies.node!), floor), `the node package ${pkg.devDependencies.node}`).toBe(true);
    expect(atLeast(lowest(read('.nvmrc').trim()), floor), `.nvmrc ${read('.nvmrc').trim()}`).toBe(true);
  });
});

describe('GitHub Pages: .github/workflows/pages.yml', () => {
  const workflow = parseYaml(read('.github/workflows/pages.yml')) as Workflow;
  const build = workflow.jobs.build!.steps;
  const index = (predicate: (step: Step) => boolean) => build.findIndex(predicate);
  const uses = (action: string) => (step: Step) => step.uses?.split('@')[0] === action;

  test('installs, restores the cache folder, builds for the Pages address, and uploads dist/', () => {
    const install = index((step) => step.run === 'npm ci --no-audit --no-fund');
    const cache = index(uses('actions/cache'));
    const buildStep = index((step) => step.run === BUILD);
    const upload = index(uses('actions/upload-pages-artifact'));
    // The cache comes back after `npm ci`, which would empty it, and before the build that reads it.
    expect(0 <= install && install < cache && cache < buildStep && buildStep < upload).toBe(true);
    expect(build[cache]!.with!.path).toBe(BUILD_CACHE_DIR);
    expect(build[upload]!.with!.path).toBe(PUBLISHED);
  });

  test('builds for the address configure-pages gives: its origin, and the repository’s path for a project page', () => {
    const pages = build.find(uses('actions/configure-pages'))!;
    expect(pages.id).toBe('pages');
    expect(build.find((step) => step.run === BUILD)!.env).toEqual({
      SITE: '${{ steps.pages.outputs.origin }}',
      // base_path is "/<repository>" for a project page and "" for a user's or a custom domain's: the base ends in "/".
      BASE: '${{ steps.pages.outputs.base_path }}/',
    });
  });

  test('sets up no other Node: the build runs on the one the dependencies bring', () => {
    expect(build.filter(uses('actions/setup-node'))).toEqual([]);
  });

  test('deploys from a job of its own, with the permissions Pages needs', () => {
    const deploy = workflow.jobs.deploy!;
    expect(deploy.needs).toBe('build');
    expect(deploy.environment?.name).toBe('github-pages');
    expect(deploy.steps.some(uses('actions/deploy-pages'))).toBe(true);
    expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
  });
});

describe('Netlify: netlify.toml', () => {
  const netlify = parseToml(read('netlify.toml')) as {
    build: { command: string; publish: string; environment?: Record<string, string> };
    plugins: Array<{ package: string; inputs?: { paths?: string[] } }>;
    headers?: unknown;
  };

  test('runs the project’s build, given the site’s address, and publishes dist/', () => {
    // Variables set before it, then the build itself.
    expect(netlify.build.command).toMatch(/^(?:[A-Z_]+=\S+ )*npm run build$/);
    expect(netlify.build.command).toContain('SITE="${SITE:-$URL}"');
    expect(netlify.build.publish).toBe(PUBLISHED);
  });

  test('keeps exactly the build’s cache folder between builds', () => {
    const cache = netlify.plugins.filter((plugin) => plugin.package === 'netlify-plugin-cache');
    expect(cache).toHaveLength(1);
    expect(cache[0]!.inputs?.paths).toEqual([BUILD_CACHE_DIR]);
  });

  test('leaves the Node version to .nvmrc and the headers to dist/_headers: each said in one place', () => {
    expect(netlify.build.environment?.NODE_VERSION).toBeUndefined();
    expect(netlify.headers).toBeUndefined();
  });
});

describe('Cloudflare Pages: wrangler.toml', () => {
  const wrangler = parseToml(read('wrangler.toml')) as Record<string, unknown>;

  test('names the project, publishes dist/ and has the compatibility date Pages requires', () => {
    expect(wrangler.name).toMatch(/^[a-z0-9-]+$/);
    expect(join(String(wrangler.pages_build_output_dir))).toBe(PUBLISHED);
    expect(String(wrangler.compatibility_date)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  test('needs no cache setting: Pages keeps node_modules/.astro of an Astro project, the build’s cache folder', () => {
    // Cloudflare's build caching keeps, for Astro, exactly this folder (developers.cloudflare.com/pages/configuration/build-caching/).
    expect(BUILD_CACHE_DIR).toBe('node_modules/.astro');
  });
});
