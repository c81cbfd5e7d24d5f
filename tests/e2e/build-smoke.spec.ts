import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { TRACKS } from '../../src/model/tracks.ts';
import { inTrack } from '../../src/model/milestone.ts';
import { loadJourneyYears, loadMilestones } from '../support/content.ts';

/** The built HTML, read from disk: what any crawler or reader without a browser gets. */
const html = readFileSync('dist/index.html', 'utf8');

test.describe('the built journey page', () => {
  test('has every milestone of the content under its anchor, titled by its title', async ({ browser }) => {
    const milestones = loadMilestones();
    expect(milestones.length).toBeGreaterThan(100);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('./');
    const titles = await page.evaluate(
      (anchors) => anchors.map((anchor) => document.getElementById(anchor)?.querySelector('h3')?.textContent?.trim() ?? null),
      milestones.map((milestone) => milestone.anchor),
    );
    expect(titles).toEqual(milestones.map((milestone) => milestone.title));
    await context.close();
  });

  test('lists the years and each lane’s milestones in chronological order', () => {
    const years = loadJourneyYears();
    const yearPositions = years.map((year) => html.indexOf(`id="${year.key}"`));
    expect(yearPositions.every((position) => position > 0)).toBe(true);
    expect([...yearPositions].sort((a, b) => a - b)).toEqual(yearPositions);

    for (const [index, year] of years.entries()) {
      const sectionEnd = yearPositions[index + 1] ?? html.length;
      for (const track of TRACKS) {
        const positions = inTrack(year, track.id).map((milestone) => html.indexOf(`id="${milestone.anchor}"`));
        expect(positions.every((position) => position > yearPositions[index]! && position < sectionEnd)).toBe(true);
        expect([...positions].sort((a, b) => a - b), `${year.label}, ${track.name}`).toEqual(positions);
      }
    }
  });

  test('spells out the deep-time era beside the modern dates', () => {
    expect(html).toContain('66,000,000 BC');
    expect(html).toContain('Spreadsheets are born');
  });
});
