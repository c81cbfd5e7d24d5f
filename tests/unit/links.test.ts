import { describe, expect, it } from 'vitest';
import {
  addressOfFile,
  checkSite,
  cssUrls,
  fileOfAddress,
  formatBroken,
  htmlTags,
  type SiteAddress,
} from '../../src/build-time/link-check.ts';

/** A build of a few files, as strings. */
function site(files: Record<string, string>) {
  return { list: () => Object.keys(files), read: (file: string) => files[file]! };
}

const page = (head: string, body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

const ROOT: SiteAddress = { site: 'https://example.org', base: '/' };
const SUBPATH: SiteAddress = { site: 'https://example.org', base: '/journey/' };

describe('reading a built page', () => {
  it('finds start tags and decoded attributes, and skips what scripts and text areas contain', () => {
    const tags = htmlTags(
      page(
        '<script>const a = "<a href=\\"/nowhere\\">";</script>',
        '<a href="/a?x=1&amp;y=2" id=top>x</a><textarea><iframe src="/not-a-frame"></iframe></textarea><!-- <a href="/commented"> --><img srcset="/i-1.avif 1x, /i-2.avif 2x">',
      ),
    );
    const anchors = tags.filter((tag) => tag.name === 'a');
    expect(anchors.map((tag) => tag.attributes.get('href'))).toEqual(['/a?x=1&y=2']);
    expect(anchors[0]?.attributes.get('id')).toBe('top');
    expect(tags.some((tag) => tag.name === 'iframe')).toBe(false);
    expect(tags.find((tag) => tag.name === 'script')?.text).toContain('/nowhere');
  });

  it('reads CSS url() in every quoting', () => {
    expect(cssUrls(`a{background:url("/x.svg")} b{background:url('/y.png')} c{background:url( /z.avif )}`)).toEqual(['/x.svg', '/y.png', '/z.avif']);
  });
});

describe('addresses and files', () => {
  it('maps files to addresses under the base, and addresses back to files', () => {
    expect(addressOfFile('embed/2022/index.html', SUBPATH).href).toBe('https://example.org/journey/embed/2022/');
    expect(addressOfFile('feed.xml', ROOT).href).toBe('https://example.org/feed.xml');
    const files = new Set(['index.html', 'embed/2022/index.html', 'og/2022.png']);
    const exists = (file: string) => files.has(file);
    expect(fileOfAddress(new URL('https://example.org/journey/'), SUBPATH, exists)).toBe('index.html');
    expect(fileOfAddress(new URL('https://example.org/journey'), SUBPATH, exists)).toBe('index.html');
    expect(fileOfAddress(new URL('https://example.org/journey/embed/2022'), SUBPATH, exists)).toBe('embed/2022/index.html');
    expect(fileOfAddress(new URL('https://example.org/og/2022.png'), SUBPATH, exists)).toBeUndefined();
  });
});

describe('checking a build', () => {
  const journey = page(
    '<link rel="stylesheet" href="/_astro/site.css"><meta property="og:image" content="https://example.org/og/journey.png">',
    '<nav><a href="#2022">2022</a><a href="/embed/2022/">Embed</a></nav><section id="2022"><img src="/images/a.avif" srcset="/images/a.avif 1x, /images/a@2.avif 2x"></section>',
  );

  it('passes a build whose every reference resolves', () => {
    const broken = checkSite(
      site({
        'index.html': journey,
        'embed/2022/index.html': page('<base target="_top">', '<a href="/#2022">See the whole journey</a>'),
        '_astro/site.css': '.x{background:url(/scenery/far.svg)}',
        'scenery/far.svg': '<svg/>',
        'og/journey.png': 'png',
        'images/a.avif': 'a',
        'images/a@2.avif': 'a',
      }),
      ROOT,
    );
    expect(broken).toEqual([]);
  });

  it('reports a missing file, a missing anchor, a srcset candidate and a CSS url(), each with its file', () => {
    const broken = checkSite(
      site({
        'index.html': journey.replace('href="#2022"', 'href="#2023"'),
        'embed/2022/index.html': page('', '<a href="/#2022">ok</a><a href="/#1999">gone</a>'),
        '_astro/site.css': '.x{background:url(/scenery/near.svg)}',
        'og/journey.png': 'png',
        'images/a.avif': 'a',
      }),
      ROOT,
    );
    expect(broken).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'index.html', reference: '#2023', problem: 'no element with id "2023" on index.html' }),
        expect.objectContaining({ file: 'index.html', where: '<img srcset>', reference: '/images/a@2.avif', problem: 'no such file in the build' }),
        expect.objectContaining({ file: 'embed/2022/index.html', reference: '/#1999' }),
        expect.objectContaining({ file: '_astro/site.css', where: 'url()', reference: '/scenery/near.svg' }),
      ]),
    );
    expect(broken).toHaveLength(4);
    expect(formatBroken(broken)).toContain('index.html\n  <a href> "#2023": no element with id "2023" on index.html');
  });

  it('under a base path, flags every address that forgot the base', () => {
    const files = {
      'index.html': page(
        '<link rel="icon" href="/journey/favicon.svg"><meta property="og:image" content="https://example.org/og/journey.png">',
        '<a href="/journey/embed/2022/">fine</a><a href="/embed/2022/">forgot</a><div style="--tile:url(&quot;/scenery/far.svg&quot;)"></div>',
      ),
      'embed/2022/index.html': page('', ''),
      'favicon.svg': '<svg/>',
      'og/journey.png': 'png',
      'scenery/far.svg': '<svg/>',
    };
    const broken = checkSite(site(files), SUBPATH);
    expect(broken.map((item) => item.reference).sort()).toEqual(['/embed/2022/', '/scenery/far.svg', 'https://example.org/og/journey.png']);
    expect(broken.every((item) => item.problem === 'outside the base path /journey/')).toBe(true);
  });

  it('checks the feed, the sitemap, robots.txt, oEmbed responses and the manifest', () => {
    const broken = checkSite(
      site({
        'index.html': page('', '<section id="2022"></section>'),
        'feed.xml': '<rss><channel><link>https://example.org/journey/</link><item><link>https://example.org/journey/#2021</link></item></channel></rss>',
        'sitemap-0.xml': '<urlset><url><loc>https://example.org/journey/blog/</loc></url></urlset>',
        'robots.txt': 'User-agent: *\nAllow: /\n\nSitemap: https://example.org/journey/sitemap-index.xml\n',
        'oembed/2022.json': JSON.stringify({ html: '<iframe src="https://example.org/journey/embed/2022/"></iframe><script src="https://example.org/journey/embed.js"></script>' }),
        'site.webmanifest': JSON.stringify({ start_url: './', icons: [{ src: 'icon.png' }] }),
      }),
      SUBPATH,
    );
    expect(broken.map((item) => `${item.file} ${item.reference}`).sort()).toEqual([
      'feed.xml https://example.org/journey/#2021',
      'oembed/2022.json https://example.org/journey/embed.js',
      'oembed/2022.json https://example.org/journey/embed/2022/',
      'robots.txt https://example.org/journey/sitemap-index.xml',
      'site.webmanifest icon.png',
      'sitemap-0.xml https://example.org/journey/blog/',
    ]);
  });

  it('ignores other sites, and refuses "#", javascript: and relative addresses on the 404 page', () => {
    const broken = checkSite(
      site({
        'index.html': page('', '<a href="https://backstage.io/">Backstage</a><a href="mailto:a@example.org">mail</a><a href="#">top</a>'),
        '404.html': page('', '<a href="/">home</a><a href="embed/2022/">relative</a><a href="javascript:void 0">js</a>'),
        'embed/2022/index.html': page('', ''),
      }),
      ROOT,
    );
    expect(broken.map((item) => `${item.file} ${item.reference}: ${item.problem}`).sort()).toEqual([
      '404.html embed/2022/: a relative address on the 404 page',
      '404.html javascript:void 0: a javascript: address',
      'index.html #: an anchor to nowhere ("#")',
    ]);
  });

  it('follows a page’s refresh like a link, its #anchor too, and leaves a refresh without an address alone', () => {
    const broken = checkSite(
      site({
        'index.html': page('', '<section id="2022"></section>'),
        'milestones/here/index.html': page('<meta http-equiv="refresh" content="0; url=/#2022">', ''),
        'milestones/gone/index.html': page('<meta http-equiv="refresh" content="0; url=/no-such-page/">', ''),
        'milestones/moved/index.html': page(`<meta http-equiv="Refresh" content="0;URL='/#1999'">`, ''),
        'milestones/bare/index.html': page('<meta http-equiv="refresh" content="1, /embed/">', ''),
        'reload/index.html': page('<meta http-equiv="refresh" content="30">', ''),
      }),
      ROOT,
    );
    expect(broken.map((item) => `${item.file} ${item.where} "${item.reference}": ${item.problem}`)).toEqual([
      'milestones/bare/index.html <meta http-equiv="refresh"> "/embed/": no such file in the build',
      'milestones/gone/index.html <meta http-equiv="refresh"> "/no-such-page/": no such file in the build',
      'milestones/moved/index.html <meta http-equiv="refresh"> "/#1999": no element with id "1999" on index.html',
    ]);
  });

  it('under a base path, flags a refresh that forgot the base', () => {
    const broken = checkSite(
      site({
        'index.html': page('', '<section id="2022"></section>'),
        'milestones/a/index.html': page('<meta http-equiv="refresh" content="0; url=/journey/#2022">', ''),
        'milestones/b/index.html': page('<meta http-equiv="refresh" content="0; url=/#2022">', ''),
      }),
      SUBPATH,
    );
    expect(broken.map((item) => `${item.file} ${item.reference}: ${item.problem}`)).toEqual(['milestones/b/index.html /#2022: outside the base path /journey/']);
  });

  it('checks the addresses in JSON-LD and says when it is not JSON', () => {
    const broken = checkSite(
      site({
        'index.html': page('<script type="application/ld+json">{"url":"https://example.org/#2022","image":"https://example.org/og/x.png"}</script>', '<p id="2022"></p>'),
        'blog/index.html': page('<script type="application/ld+json">{oops</script>', ''),
      }),
      ROOT,
    );
    expect(broken.map((item) => `${item.file} ${item.reference || item.problem}`).sort()).toEqual([
      'blog/index.html its JSON-LD is not valid JSON',
      'index.html https://example.org/og/x.png',
    ]);
  });
});
