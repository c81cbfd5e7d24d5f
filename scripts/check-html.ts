/**
 * `npm run check:html`, first step: every page of the build against the W3C Nu Html Checker (the
 * reference validator, `vnu-jar`, which needs Java), and with them the oEmbed `html` of every year
 * as a blogger's page would hold it. Errors only; exits 1 on any, listing each with its file.
 *
 *   npm run check:html                    checks dist/
 *   npm run check:html -- --dir DIR       another build folder
 *
 * Java comes from JAVA (a path) or the PATH; `npm test` installs Debian's when it is root.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isFragment, listFiles } from '../src/build-time/dist-files.ts';

const { values } = parseArgs({ options: { dir: { type: 'string' } }, allowPositionals: false });
const dir = resolve(values.dir ?? 'dist');
const java = process.env.JAVA ?? 'java';
const jar = join(createRequire(import.meta.url).resolve('vnu-jar/package.json'), '..', 'build', 'dist', 'vnu.jar');

if (spawnSync(java, ['-version'], { stdio: 'ignore' }).error) {
  console.error(`The HTML check needs Java to run the Nu Html Checker, and "${java}" cannot be run.`);
  console.error('Install it (Debian/Ubuntu: sudo apt-get install -y default-jre-headless) or set JAVA to a java binary.');
  process.exit(1);
}

const files = await listFiles(dir).catch(() => {
  console.error(`No build in ${dir}: run npm run build first.`);
  process.exit(1);
});
const html = files.filter((file) => file.endsWith('.html'));
const pages = html.filter((file) => !isFragment(relative(dir, file)));
/** The journey's year fragments: parts of its page, each checked inside a page as the journey holds it. */
const fragments = html.filter((file) => isFragment(relative(dir, file)));

/** Each oEmbed response's html in a page of its own, as it stands in a blog post. */
const snippets = mkdtempSync(join(tmpdir(), 'journey-oembed-'));
const responses = files.filter((file) => /[\\/]oembed[\\/][^\\/]+\.json$/.test(file));
for (const file of responses) {
  const { html, title } = JSON.parse(readFileSync(file, 'utf8')) as { html: string; title: string };
  writeFileSync(
    join(snippets, `${basename(file, '.json')}.html`),
    `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>A post embedding ${title}</title></head>\n<body><main>\n${html}\n</main></body></html>\n`,
  );
}

for (const file of fragments) {
  const name = relative(dir, file).split(/[\\/]/).slice(1, -1).join('-');
  writeFileSync(
    join(snippets, `fragment-${name}.html`),
    `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>The journey holding ${name}</title></head>\n<body><main>\n${readFileSync(file, 'utf8')}\n</main></body></html>\n`,
  );
}

const result = spawnSync(java, ['-jar', jar, '--skip-non-html', '--errors-only', ...pages, snippets], { encoding: 'utf8' });
rmSync(snippets, { recursive: true, force: true });
const report = `${result.stdout}${result.stderr}`
  .replaceAll(`file:${dir}/`, `${relative(process.cwd(), dir) || '.'}/`)
  .replaceAll(`file:${snippets}/fragment-`, 'the year fragment ')
  .replaceAll(`file:${snippets}/`, 'the oEmbed html of ')
  .trim();
if (result.status !== 0 || report) {
  console.error(report || `The Nu Html Checker failed (exit ${result.status ?? result.signal}).`);
  process.exitCode = 1;
} else {
  console.log(`Nu Html Checker: ${pages.length} pages, ${fragments.length} year fragments and ${responses.length} oEmbed snippets, no errors.`);
}
