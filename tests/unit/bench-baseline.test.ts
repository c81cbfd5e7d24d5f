import { describe, expect, it } from 'vitest';
import { escapeHtml, renderBaselinePage } from '../../scripts/bench/lib/baseline-html.ts';
import { paragraphsOf, parseBody } from '../../src/build-time/content/body.ts';
import { groupByYear, toMilestone } from '../../src/model/milestone.ts';
import type { JourneyCopy } from '../../src/model/schema/journey.ts';
import { milestoneSchema } from '../../src/model/schema/milestone.ts';
import { EN } from '../support/words.ts';

const copy: JourneyCopy = {
  lang: 'en',
  tracks: [
    { id: 'open-source', name: 'Backstage in open source', short: 'Open source' },
    { id: 'inside-spotify', name: 'Inside Spotify', short: 'Inside Spotify' },
  ],
  siteName: 'Journey',
  description: 'A journey.',
  intro: { title: 'The <Journey>', subtitle: 'From then to now.', tagline: 'Told in {pixels} pixels.' },
  outro: { question: 'What next?', thanks: 'Thank you!', madeWith: 'Made with ♥' },
  credits: ['Everyone who helped.'],
};

const milestone = (id: string, data: Record<string, unknown>) => toMilestone(id, milestoneSchema.parse(data));

describe('the body paragraphs of the plain page', () => {
  it('keep the words and drop component tags, links and emphasis', () => {
    const body = ['The **first** release, with <Highlight>plugins</Highlight>', 'and [a blog post](https://backstage.io).', '', '> And a quote.'].join('\n');
    const parsed = parseBody(body);
    if (!parsed.ok) throw new Error(parsed.problem.problem);
    expect(paragraphsOf(parsed.root)).toEqual(['The first release, with plugins and a blog post.', 'And a quote.']);
  });
});

describe('renderBaselinePage', () => {
  const milestones = [
    milestone('2022/03-17-backstage-1-0', { title: 'Backstage 1.0 released', date: '2022-03-17', track: 'open-source' }),
    milestone('2022/04-01-search', { title: 'Spotify adopts Search & more', date: '2022-04-01', track: 'inside-spotify' }),
    milestone('66000000-bc/spreadsheets', { title: 'Spreadsheets are born', date: '66,000,000 BC', precision: 'era', track: 'open-source' }),
  ];
  const html = renderBaselinePage({
    copy,
    words: EN,
    years: groupByYear(milestones, ['open-source', 'inside-spotify'], EN),
    bodies: new Map([['2022/03-17-backstage-1-0', ['The first stable release.']]]),
  });

  it('is plain HTML: no script, no stylesheet, no style, no image', () => {
    expect(html).not.toMatch(/<script|<link|<style|<img|<svg|<picture/i);
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toContain('<meta name="description" content="A journey.">');
  });

  it('holds every milestone in date order under its year and track, with its body', () => {
    const order = ['66,000,000 BC', 'Spreadsheets are born', '2022', 'Backstage in open source', 'Backstage 1.0 released', 'The first stable release.', 'Inside Spotify', 'Spotify adopts Search &amp; more'];
    let from = 0;
    for (const text of order) {
      const at = html.indexOf(text, from);
      expect(at, text).toBeGreaterThan(-1);
      from = at;
    }
    expect(html).toContain('<time datetime="2022-03-17">Mar 17</time>');
    expect(html).toContain('<section id="2022" aria-labelledby="year-2022"><h2 id="year-2022">2022</h2>');
  });

  it('has one h1 and escapes the copy', () => {
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html).toContain('<h1>The &lt;Journey&gt;</h1>');
    expect(escapeHtml('"a" & <b>')).toBe('&quot;a&quot; &amp; &lt;b&gt;');
  });
});
