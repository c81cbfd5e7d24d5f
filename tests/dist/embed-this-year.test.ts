import { describe, expect, it } from 'vitest';
import { loadJourneyYears } from '../support/content.ts';
import { builtPage, builtText, sitePathOf } from './built.ts';

/**
 * "Embed this year" on the journey page and on each year's own page, as built: besides the year's
 * snippet it offers "One milestone", with each of the year's milestones in date order and its own
 * snippet, the same as its oEmbed response gives, to select without a script.
 */

const years = loadJourneyYears();
const text = (element: Element) => element.textContent?.trim() ?? '';

/** A textarea's text as the browser reads it: linkedom keeps its character references as written. */
const entities: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&amp;': '&' };
const areaText = (area: Element) => (area.textContent ?? '').replace(/&(?:lt|gt|quot|#39|amp);/g, (reference) => entities[reference]!);

/** The textarea a `<label>` names, by its `for`. */
function labelled(panel: Element, area: Element): string {
  const label = [...panel.querySelectorAll('label[for]')].find((candidate) => candidate.getAttribute('for') === area.id);
  return label ? text(label) : '';
}

function expectMilestoneForm(path: string, panel: Element, year: (typeof years)[number]): void {
  const choices = [...panel.querySelectorAll('fieldset input[type="radio"]')];
  const milestoneChoice = choices.at(-1)!;
  expect(text(milestoneChoice.closest('label')!), 'the last choice').toBe('One milestone');
  expect(new Set(choices.map((choice) => choice.getAttribute('name'))).size, 'one group of choices').toBe(1);

  const select = panel.querySelectorAll('select');
  expect(select, 'one list of milestones').toHaveLength(1);
  expect(text(select[0]!.closest('label')!.querySelector('span')!)).toBe('Milestone');
  const options = [...select[0]!.querySelectorAll('option')];
  expect(options.map((option) => option.getAttribute('value'))).toEqual(year.milestones.map((milestone) => milestone.anchor));
  for (const [index, option] of options.entries()) expect(text(option).endsWith(` · ${year.milestones[index]!.title}`)).toBe(true);

  const areas = [...panel.querySelectorAll('textarea')].filter((area) => labelled(panel, area).startsWith('Embed code for ‘'));
  expect(areas.map((area) => labelled(panel, area))).toEqual(year.milestones.map((milestone) => `Embed code for ‘${milestone.title}’`));
  for (const [index, area] of areas.entries()) {
    const { anchor } = year.milestones[index]!;
    const oembed = JSON.parse(builtText(`oembed/milestones/${anchor}.json`)) as { html: string };
    expect(areaText(area), `${path}: the snippet of ${anchor} is its oEmbed response's`).toBe(oembed.html);
    const src = /<iframe src="([^"]+)"/.exec(areaText(area))![1]!;
    expect(sitePathOf(src)).toBe(`embed/milestones/${anchor}/`);
    expect(area.hasAttribute('readonly')).toBe(true);
  }
}

describe('"Embed this year" offers the year and each of its milestones', () => {
  const journey = builtPage('');
  it('on the journey page, for every year whose panel its document holds (the first year at least)', () => {
    // A year whose cards arrive later brings its panel with them.
    const held = years.filter((year) => journey.querySelector(`section.year[id="${year.key}"] details[data-embed-this-year]`));
    expect(held[0], 'the first year has its panel').toBe(years[0]);
    for (const year of held) {
      const panels = journey.querySelectorAll(`section.year[id="${year.key}"] details[data-embed-this-year]`);
      expect(panels).toHaveLength(1);
      expectMilestoneForm('', panels[0]!, year);
    }
  });
  for (const year of years) {
    it(`${year.label}, on its own page`, () => {
      const path = `years/${year.key}/`;
      const page = builtPage(path);
      const panels = page.querySelectorAll('details[data-embed-this-year]');
      expect(panels).toHaveLength(1);
      expectMilestoneForm(path, panels[0]!, year);
    });
  }
});
