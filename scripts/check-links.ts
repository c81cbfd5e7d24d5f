/**
 * `npm run check:links`: after `astro build`, finds every broken internal reference in dist/ — links,
 * refreshes, #anchors, assets, image sets, frames, CSS url(), share cards, JSON-LD, feed, sitemap,
 * robots.txt, oEmbed and manifest addresses — and lists each with the file it is in. Exits 1 if any
 * is broken.
 *
 *   npm run check:links                   checks dist/ for the site and base it was built for
 *   npm run check:links -- --dir DIR      another build folder
 *
 * The site and base come from SITE and BASE, as for the build; without them, from the build's
 * sitemap-index.xml, which names its own address.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { checkSite, formatBroken, type SiteAddress } from '../src/build-time/link-check.ts';
import { listFiles } from '../src/build-time/dist-files.ts';
import { printUsage, readArgs, runCommand } from './lib/cli.ts';

const COMMAND = { failure: 'The link check could not run', usage: 'Usage: npm run check:links [-- --dir <build folder>]' };

/** SITE and BASE as the build read them, or the address the sitemap index was written for. */
function siteAddress(dir: string): SiteAddress {
  if (process.env.SITE || process.env.BASE) {
    return { site: process.env.SITE ?? 'http://localhost:4321', base: process.env.BASE ?? '/' };
  }
  try {
    const index = readFileSync(resolve(dir, 'sitemap-index.xml'), 'utf8');
    const loc = /<loc>([^<]+)<\/loc>/.exec(index)?.[1];
    if (loc) {
      const url = new URL(loc);
      return { site: url.origin, base: url.pathname.replace(/[^/]*$/, '') };
    }
  } catch {
    // No sitemap: the build's defaults.
  }
  return { site: 'http://localhost:4321', base: '/' };
}

async function main(): Promise<number> {
  const { values } = readArgs({ options: { dir: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) return printUsage(COMMAND);
  const dir = resolve(values.dir ?? 'dist');
  let files: string[];
  try {
    files = (await listFiles(dir)).map((file) => relative(dir, file).split(sep).join('/'));
  } catch {
    console.error(`No build in ${dir}: run \`npm run build\` first.`);
    return 1;
  }

  const address = siteAddress(dir);
  const broken = checkSite({ list: () => files, read: (file) => readFileSync(resolve(dir, file), 'utf8') }, address);
  const pages = files.filter((file) => file.endsWith('.html')).length;
  const where = `${address.site.replace(/\/$/, '')}${address.base}`;

  if (broken.length > 0) {
    console.error(`${formatBroken(broken)}\n\n${broken.length} broken ${broken.length === 1 ? 'reference' : 'references'} in ${pages} pages and ${files.length - pages} other files, built for ${where}.`);
    return 1;
  }
  console.log(`Links: every internal reference of ${pages} pages and ${files.length - pages} other files resolves (built for ${where}).`);
  return 0;
}

await runCommand(COMMAND, main);
