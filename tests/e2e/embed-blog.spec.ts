import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { WCAG } from '../support/axe.ts';
import { examplePostYears, loadJourneyYears, TRACKS } from '../support/content.ts';
import { inTrack } from '../../src/model/milestone.ts';
import { expectFramesFit, previewSite, watchConsole } from './fixtures/embed-support.ts';
import { DEPENDS_ON_BASE } from '../support/preview.ts';
import { FRAME_ATTRIBUTE } from '../../src/browser/embed/protocol.ts';
import { JOURNEY_EMBED_KEY, milestoneEmbedKey } from '../../src/build-time/publish/embed.ts';

/**
 * The example post, /blog/embedding-a-year/: an MDX post of this site that shows one year with the
 * year component and another with the iframe snippet.
 */

const POST = './blog/embedding-a-year/';
const { rendered, framed } = examplePostYears(loadJourneyYears());
if (!framed) throw new Error('The example post frames a second year only in a journey of two years or more.');

for (const width of [360, 1024]) {
  test(`the example post shows one year in its own HTML and one in a sized frame, at ${width} px`, DEPENDS_ON_BASE, async ({ page, baseURL }) => {
    const problems = watchConsole(page);
    const site = previewSite(baseURL);
    await page.setViewportSize({ width, height: 800 });
    await page.goto(POST);

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Put a year of the journey in your post');
    await expect(page.getByRole('heading', { level: 2 })).toHaveText([
      `${rendered.label}, rendered in the post`,
      `${framed.label}, embedded with the snippet`,
      'A milestone, and the whole journey',
      'Pasting an address instead',
    ]);

    // The component: the year is part of the post, each milestone linking to its place on the journey.
    const section = page.locator(`section.year[id="${rendered.key}"]`);
    await expect(section.getByRole('heading', { level: 3 })).toHaveText(rendered.label);
    for (const track of TRACKS) {
      const milestones = inTrack(rendered, track.id);
      const lane = section.locator(`.lane[data-tracks="${track.id}"]`);
      await expect(lane.locator('article.milestone h4')).toHaveText(milestones.map((milestone) => milestone.title));
      const hrefs = await lane.locator('article.milestone h4 a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
      expect(hrefs).toEqual(milestones.map((milestone) => `${site.url}#${milestone.anchor}`));
    }

    // The code that renders it names that year.
    await expect(page.locator('pre code').filter({ hasText: 'getJourneyYear(' })).toContainText(`getJourneyYear('${rendered.key}')`);

    // The snippet: the other year in an iframe, as tall as its content.
    const iframe = page.locator(`iframe[${FRAME_ATTRIBUTE}="${framed.key}"]`);
    await expect(iframe).toHaveAttribute('title', new RegExp(`${framed.label}$`));
    await expectFramesFit(iframe, `${framed.label} in the post`);
    const frame = iframe.contentFrame();
    await expect(frame.getByRole('heading', { level: 2 })).toHaveText(framed.label);
    await expect(frame.locator('article.milestone')).toHaveCount(framed.milestones.length);

    // A milestone alone, and the journey itself, each framed and sized.
    const alone = framed.milestones[0]!;
    const milestoneFrame = page.locator(`iframe[${FRAME_ATTRIBUTE}="${milestoneEmbedKey(alone.anchor)}"]`);
    await expectFramesFit(milestoneFrame, `${alone.title} alone in the post`);
    await expect(milestoneFrame.contentFrame().getByRole('heading', { level: 1 })).toHaveText(alone.title);
    const journeyFrame = page.locator(`iframe[${FRAME_ATTRIBUTE}="${JOURNEY_EMBED_KEY}"]`);
    await expectFramesFit(journeyFrame, 'the journey in the post');
    await expect(journeyFrame.contentFrame().getByRole('navigation').getByRole('link')).toHaveCount(loadJourneyYears().length);

    // The snippet other sites paste, written out with full addresses.
    const code = page.locator('pre code').filter({ hasText: `/embed/${framed.key}/` });
    await expect(code).toHaveCount(1);
    await expect(code).toContainText('<script src="');
    await expect(code).toContainText('embed.js" async></script>');
    expect(problems).toEqual([]);
  });
}

test('the example post has no accessibility violations', async ({ page }) => {
  test.slow();
  for (const width of [360, 1024]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(POST);
    const frames = page.locator(`iframe[${FRAME_ATTRIBUTE}]`);
    await expect(frames).toHaveCount(3);
    for (const index of [0, 1, 2]) await expectFramesFit(frames.nth(index), `embed ${index + 1} of the post`);
    const results = await new AxeBuilder({ page })
      .withTags(WCAG)
      .analyze();
    expect(results.violations, `at ${width} px`).toEqual([]);
  }
});
