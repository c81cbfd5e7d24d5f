import { formatJourneyDate, toDatetimeAttribute } from '../../../src/model/journey-date.ts';
import { inTrack, type JourneyYear } from '../../../src/model/milestone.ts';
import type { JourneyCopy } from '../../../src/model/schema/journey.ts';
import type { Words } from '../../../src/model/words.ts';

/**
 * The plain page the journey is measured against: the same words and milestones as semantic HTML
 * lists, with no script, no stylesheet and no image. What a visitor would get from the simplest
 * possible site, and so the floor for every figure in the report.
 */

export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

export interface BaselineContent {
  copy: JourneyCopy;
  /** The journey's words (`journeyWords(copy)`): its language and its dates. */
  words: Words;
  years: readonly JourneyYear[];
  /** The body paragraphs of each milestone, by milestone id. */
  bodies: ReadonlyMap<string, readonly string[]>;
}

function milestoneItem(milestone: JourneyYear['milestones'][number], bodies: BaselineContent['bodies'], words: Words): string {
  const datetime = toDatetimeAttribute(milestone.date);
  const label = escapeHtml(formatJourneyDate(milestone.date, words));
  const when = datetime ? `<time datetime="${datetime}">${label}</time>` : label;
  const parts = [`<li id="${milestone.anchor}">${when}: <strong>${escapeHtml(milestone.title)}</strong>`];
  if (milestone.subtitle) parts.push(`<br>${escapeHtml(milestone.subtitle)}`);
  if (milestone.attribution) parts.push(`<br>— ${escapeHtml(milestone.attribution)}`);
  if (milestone.stats?.length) {
    parts.push(
      `<ul>${milestone.stats.map((stat) => `<li>${escapeHtml(stat.value)} ${escapeHtml(stat.label)}</li>`).join('')}</ul>`,
    );
  }
  for (const paragraph of bodies.get(milestone.id) ?? []) parts.push(`<p>${escapeHtml(paragraph)}</p>`);
  if (milestone.links?.length) {
    parts.push(
      `<ul>${milestone.links
        .map((link) => `<li><a href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a></li>`)
        .join('')}</ul>`,
    );
  }
  parts.push('</li>');
  return parts.join('');
}

export function renderBaselinePage(content: BaselineContent): string {
  const { copy, words, years, bodies } = content;
  const sections = years.map((year) => {
    const lanes = copy.tracks.map((track) => {
      const milestones = inTrack(year, track.id);
      if (milestones.length === 0) return '';
      return `<h3>${escapeHtml(track.name)}</h3><ul>${milestones.map((milestone) => milestoneItem(milestone, bodies, words)).join('')}</ul>`;
    }).join('');
    return `<section id="${year.key}" aria-labelledby="year-${year.key}"><h2 id="year-${year.key}">${escapeHtml(year.label)}</h2>${lanes}</section>`;
  });
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(words.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(copy.siteName)}</title>`,
    `<meta name="description" content="${escapeHtml(copy.description)}">`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${escapeHtml(copy.intro.title)}</h1>`,
    `<p>${escapeHtml(copy.intro.subtitle)}</p>`,
    '</header>',
    `<main>${sections.join('\n')}</main>`,
    ...(copy.outro
      ? [
          '<footer>',
          `<h2>${escapeHtml(copy.outro.question)}</h2>`,
          `<h2>${escapeHtml(copy.outro.thanks)}</h2>`,
          ...(copy.credits ?? []).map((credit) => `<p>${escapeHtml(credit)}</p>`),
          `<p>${escapeHtml(copy.outro.madeWith)}</p>`,
          '</footer>',
        ]
      : []),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
