import { describe, expect, it } from 'vitest';
import { openGraphLocale } from '../../src/build-time/publish/open-graph.ts';
import { fill, placeholdersIn } from '../../src/model/placeholders.ts';
import { formatTimeGap } from '../../src/model/time-gaps.ts';
import { journeyWords } from '../../src/model/words.ts';
import { EN as english } from '../support/words.ts';

/** A French journey's words, as an editor of one writes them in `ui:`. */
const FRENCH_UI = {
  tourPausedAt: 'Visite en pause en {year}',
  yearsLater: { one: 'un an plus tard', many: '{count} d’années plus tard', other: '{count} ans plus tard' },
  milestoneCount: { one: '{count} étape', other: '{count} étapes' },
  embedHint: 'Collez-le : les blogs prennent l’adresse {address}.',
};

describe('the interface’s words', () => {
  const french = journeyWords({ lang: 'fr', ui: FRENCH_UI });

  it('are English where the journey gives none, and the journey’s own where it does', () => {
    expect(english.say('tourPlay')).toBe('Play the tour');
    expect(english.say('tourPausedAt', { year: '2021' })).toBe('Tour paused at 2021');
    expect(french.say('tourPausedAt', { year: '2021' })).toBe('Visite en pause en 2021');
    // A word the French journey leaves out is still said, in English.
    expect(french.say('tourPlay')).toBe('Play the tour');
  });

  it('choose the plural form the language uses for the count', () => {
    expect(english.count('milestoneCount', 1)).toBe('1 milestone');
    expect(english.count('milestoneCount', 0)).toBe('0 milestones');
    expect(english.count('milestoneCount', 1200)).toBe('1,200 milestones');
    // French says "0 étape": zero takes the singular, as one does.
    expect(french.count('milestoneCount', 0)).toBe('0 étape');
    expect(french.count('milestoneCount', 1)).toBe('1 étape');
    expect(french.count('milestoneCount', 2)).toBe('2 étapes');
  });

  it('take a counted word whole from the journey: no English form is left among its own', () => {
    const partly = journeyWords({ lang: 'fr', ui: { milestoneCount: { other: '{count} étapes' } } });
    expect(partly.count('milestoneCount', 1)).toBe('1 étapes');
    // One text for every count.
    expect(journeyWords({ lang: 'en', ui: { milestoneCount: '{count} × milestone' } }).count('milestoneCount', 1)).toBe('1 × milestone');
  });

  it('say the gaps of deep time in the language’s words for large numbers, in the form for that number', () => {
    expect(formatTimeGap(1, english)).toBe('a year later');
    expect(formatTimeGap(6, english)).toBe('6 years later');
    expect(formatTimeGap(12_345, english)).toBe('12 thousand years later');
    expect(formatTimeGap(1, french)).toBe('un an plus tard');
    expect(formatTimeGap(6, french)).toBe('6 ans plus tard');
    // A round million takes French's "many" form: "d’années".
    expect(formatTimeGap(66_002_005, french)).toBe('66 millions d’années plus tard');
    expect(formatTimeGap(45_000, french)).toBe('45 mille ans plus tard');
  });

  it('write numbers as the language does', () => {
    expect(english.number(31_132)).toBe('31,132');
    expect(french.number(31_132)).toBe('31\u202f132');
  });

  it('cut a word at a placeholder for the page to put markup there', () => {
    expect(english.around('embedHint', 'address')).toEqual([
      "Paste it into any page: it sizes itself to fit. Blogs that understand oEmbed take the year's address ",
      ", or a milestone's own address (what its Share link copies).",
    ]);
    expect(french.around('embedHint', 'address')).toEqual(['Collez-le : les blogs prennent l’adresse ', '.']);
  });

  it('give the page’s scripts their words as written, to fill in themselves', () => {
    expect(french.texts(['tourPausedAt', 'copied'])).toEqual({ tourPausedAt: 'Visite en pause en {year}', copied: 'Copied' });
    expect(fill('Visite en pause en {year}', { year: '2012' })).toBe('Visite en pause en 2012');
    expect(fill('{title} : {unknown}', { title: 'Quill' })).toBe('Quill : {unknown}');
    expect(placeholdersIn('{chart}: {first} to {last}, {first}')).toEqual(['chart', 'first', 'last']);
  });
});

describe('the language Open Graph is told', () => {
  it('names a territory, the likeliest for a bare language', () => {
    expect(openGraphLocale('en')).toBe('en_US');
    expect(openGraphLocale('fr')).toBe('fr_FR');
    expect(openGraphLocale('pt-BR')).toBe('pt_BR');
    expect(openGraphLocale('de-CH')).toBe('de_CH');
  });
});
