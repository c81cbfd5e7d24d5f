import { formatJourneyDateLong } from '../../src/model/journey-date.ts';
import { trackById } from '../../src/model/tracks.ts';
import { DEPENDS_ON_BASE } from '../support/preview.ts';
import { deepLinkTargets, loadJourneyYears, loadWords, TRACKS } from '../support/content.ts';
import { expect, expectWhollyInView, openJourney, settle, test, transitionsDone, type ModeName } from './journey-support.ts';

/**
 * The search in the bar, by keyboard alone: `/` reaches it, a real milestone's words find it, the
 * result shows its date and track, and Enter travels there with the milestone focused.
 */

test.describe.configure({ timeout: 60_000 });

const words = loadWords();
// A milestone deep in the journey, far from where it opens: found by the words of its title.
const { milestone } = deepLinkTargets(loadJourneyYears());
const query = milestone.title.replace(/[^\p{L}\p{N}\s]/gu, ' ').replace(/\s+/g, ' ').trim();
const date = formatJourneyDateLong(milestone.date, words);
const track = trackById(TRACKS, milestone.track).name;

for (const mode of ['pinned', 'phone'] as ModeName[]) {
  test(`search finds a milestone by its words and travels to it, by keyboard (${mode})`, DEPENDS_ON_BASE, async ({ browser }) => {
    const { page, close } = await openJourney(browser, mode);
    const field = page.getByRole('searchbox', { name: words.say('searchLabel') });

    await page.keyboard.press('/');
    await expect(field).toBeFocused();
    await page.keyboard.type(query);

    const result = page.locator(`[role="search"] a[href$="#${milestone.anchor}"]`);
    await expect(result).toBeVisible();
    await expect(result).toContainText(date);
    await expect(result).toContainText(track);
    await expect(result.locator('mark').first()).toBeVisible();
    // Screen readers hear how many match: one of the counts the journey's words can say.
    const heard = await page.locator('[role="search"] [role="status"]').textContent();
    const counts = Array.from({ length: 500 }, (_, count) => words.count('searchFound', count + 1));
    expect(counts, 'the status says how many milestones match').toContain(heard);

    // Down the list until the milestone's result has the focus, then follow it.
    for (let step = 0; step < 10; step++) {
      await page.keyboard.press('ArrowDown');
      if (await result.evaluate((link) => link === document.activeElement)) break;
    }
    await expect(result).toBeFocused();
    await page.keyboard.press('Enter');

    await expect(page.locator(`[id="${milestone.anchor}-title"] a`)).toBeFocused();
    await settle(page);
    await page.evaluate(transitionsDone);
    await expectWhollyInView(page, `[id="${milestone.anchor}"]`, milestone.title);
    expect(new URL(page.url()).hash).toBe(`#${milestone.anchor}`);
    await expect(page.locator('[role="search"] ol')).toBeHidden();
    await close();
  });
}
