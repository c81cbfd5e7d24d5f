/**
 * Depth: every `[data-depth]` element inside the track lags behind the travel by its depth (the
 * scenery's layers, the year numerals, the milestones' art). One tween per depth value, in the
 * travel's own timeline, so scrolling drives them all with no trigger of their own.
 *
 * A layer rests at its drawn place when it is centred in the viewport. A layer marked
 * `data-depth-within="section"` (a year's numeral) rests when its year reaches the viewport's
 * left edge instead, then lingers as the year passes, never leaving its year.
 */
import { gsap } from 'gsap';
import { centredTravel, clamp, parallaxShift, type Span } from '../lib/geometry.ts';

interface Rest {
  /** The travel at which the layer sits at its drawn place. */
  travel: number;
  /** How far it may be shifted, when it must stay inside its section. */
  bounds?: [number, number];
}

export function addParallax(
  timeline: gsap.core.Timeline,
  track: HTMLElement,
  extent: () => number,
  distance: () => number,
): void {
  const byDepth = new Map<number, HTMLElement[]>();
  for (const element of track.querySelectorAll<HTMLElement>('[data-depth]')) {
    const depth = Number(element.dataset.depth);
    if (!Number.isFinite(depth) || depth === 0) continue;
    byDepth.set(depth, [...(byDepth.get(depth) ?? []), element]);
  }

  const spanInTrack = (element: Element, ownShift = 0): Span => {
    const box = element.getBoundingClientRect();
    return { start: box.left - ownShift - track.getBoundingClientRect().left, size: box.width };
  };

  const rests = new WeakMap<HTMLElement, Rest>();
  // Measured without the layer's own current shift; remembered for the clamp below.
  const measure = (element: HTMLElement): Rest => {
    const own = spanInTrack(element, Number(gsap.getProperty(element, 'x')) || 0);
    const section = element.dataset.depthWithin ? element.closest('section') : null;
    let rest: Rest;
    if (section) {
      const year = spanInTrack(section);
      const paddingEnd = parseFloat(getComputedStyle(section).paddingInlineEnd) || 0;
      const room = Math.max(0, year.start + year.size - paddingEnd - (own.start + own.size));
      rest = { travel: year.start, bounds: [0, room] };
    } else {
      rest = { travel: centredTravel(own, extent()) };
    }
    rests.set(element, rest);
    return rest;
  };

  const keepInside = (value: string | number, target: HTMLElement) => {
    const bounds = rests.get(target)?.bounds;
    const shift = typeof value === 'number' ? value : parseFloat(value);
    return `${bounds ? clamp(shift, bounds[0], bounds[1]) : shift}px`;
  };

  for (const [depth, elements] of byDepth) {
    timeline.fromTo(
      elements,
      { x: (_index: number, element: HTMLElement) => parallaxShift(depth, 0, measure(element).travel) },
      {
        x: (_index: number, element: HTMLElement) => parallaxShift(depth, distance(), measure(element).travel),
        modifiers: { x: keepInside },
      },
      0,
    );
  }
}
