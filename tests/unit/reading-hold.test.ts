import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { verticalLanesHeight } from '../../src/layout/card-metrics.ts';
import { readingHeightStyle, readingHoldRules } from '../../src/layout/css.ts';
import { CARD_BESIDE_WIDTH, LANES_SIDE_BY_SIDE_WIDTH } from '../../src/layout/dimensions.ts';

const component = (name: string) => readFileSync(new URL(`../../src/components/${name}`, import.meta.url), 'utf8');

describe('the reading layout holds what is far from view', () => {
  it('adds up a year of lanes one under the other: labels, cards, the gaps between them', () => {
    const one = verticalLanesHeight([[{ stacked: 100, beside: 50 }], [], []]);
    const two = verticalLanesHeight([[{ stacked: 100, beside: 50 }, { stacked: 200, beside: 80 }], [], []]);
    const lanes = verticalLanesHeight([[{ stacked: 100, beside: 50 }], [{ stacked: 100, beside: 50 }]]);
    const gap = { card: two.stacked - one.stacked - 200, lane: lanes.stacked - 2 * one.stacked };
    expect(gap.card).toBeGreaterThan(0);
    expect(gap.lane).toBeGreaterThan(0);
    expect(two.beside - one.beside - 80).toBe(gap.card);
    expect(verticalLanesHeight([[], []])).toEqual({ stacked: 0, beside: 0 });
  });

  it('holds cards and narrow years at their estimates on screen only, never in the travel, and prints everything', () => {
    const rules = readingHoldRules().join('\n');
    expect(rules).toMatch(/^@media screen\{:root:not\(\.travel\) \.year--journey \.lane\{container:lane\/inline-size\}/m);
    expect(rules).toContain(':root:not(.travel) .year--journey .lane__item{content-visibility:auto;contain-intrinsic-block-size:auto var(--reading-height-stacked)}');
    expect(rules).toContain(`@container lane (min-width:${CARD_BESIDE_WIDTH}px)`);
    expect(rules).toContain(`@media screen and (width < ${LANES_SIDE_BY_SIDE_WIDTH}px)`);
    expect(rules).not.toMatch(/print/);
    expect(readingHeightStyle({ stacked: 383, beside: 159 })).toBe('--reading-height-stacked:383px;--reading-height-beside:159px');
  });

  it('switches estimates at the widths where the components switch their layouts', () => {
    expect(component('MilestoneCard.astro')).toContain(`@container milestone (min-width: ${CARD_BESIDE_WIDTH}px)`);
    expect(component('YearSection.astro')).toContain(`@media (min-width: ${LANES_SIDE_BY_SIDE_WIDTH}px)`);
  });
});
