/**
 * Depth: every depth layer inside the track (`HOOKS.depth`) lags behind the travel by its depth (the
 * scenery's layers, the year numerals, the milestones' art), through tweens in the travel's own
 * timeline, so scrolling drives them all with no trigger of their own.
 *
 * A layer rests at its drawn place when it is centred in the viewport. A layer marked
 * marked `HOOKS.depthWithinYear` (a year's numeral) rests when its year reaches the viewport's
 * left edge instead, then lingers as the year passes, never leaving its year.
 *
 * Each element gets its own tween, spanning only the stretch of travel in which it can be on screen:
 * a frame then moves the few layers in view, however many milestones the journey holds. The tweens
 * are made again whenever the travel is measured again (a resize, a filter, fonts arriving).
 */
import { gsap } from 'gsap';
import { HOOKS, hook } from '../../layout/contract.ts';
import { centredTravel, clamp, parallaxShift, type Span } from '../../layout/geometry.ts';

/** Where an element moves: the stretch of travel it is tweened over, and its shift at any travel. */
interface Course {
  from: number;
  to: number;
  shiftAt(travel: number): number;
  /**
   * Whether the element is out of sight before and after its stretch, so it can go back to no
   * transform at all there: a transform on every picture of the journey is work for every frame.
   */
  passing: boolean;
}

/**
 * Adds the depth layers to `timeline` (whose progress 0–1 spans `distance()` of travel): `rebuild`
 * measures them and makes their tweens again, `remove` takes them out and puts the layers back.
 */
export function addParallax(
  timeline: gsap.core.Timeline,
  track: HTMLElement,
  extent: () => number,
  distance: () => number,
): { rebuild: () => void; remove: () => void } {
  let layers: { element: HTMLElement; depth: number }[] = [];
  // Found again at every rebuild: a year arriving from its fragment brings layers of its own.
  const findLayers = () => {
    layers = [];
    for (const element of track.querySelectorAll<HTMLElement>(hook('depth'))) {
      const depth = Number(element.getAttribute(HOOKS.depth));
      if (Number.isFinite(depth) && depth !== 0) layers.push({ element, depth });
    }
  };
  findLayers();
  let tweens: gsap.core.Tween[] = [];

  const spanInTrack = (element: Element, trackLeft: number, ownShift = 0): Span => {
    const box = element.getBoundingClientRect();
    return { start: box.left - ownShift - trackLeft, size: box.width };
  };

  const courseOf = (element: HTMLElement, depth: number, trackLeft: number, screen: number): Course | null => {
    // Measured without the layer's own current shift.
    const own = spanInTrack(element, trackLeft, Number(gsap.getProperty(element, 'x')) || 0);
    if (own.size === 0) return null;
    const section = element.hasAttribute(HOOKS.depthWithinYear) ? element.closest(hook('year')) : null;
    if (section) {
      const year = spanInTrack(section, trackLeft);
      const paddingEnd = parseFloat(getComputedStyle(section).paddingInlineEnd) || 0;
      const room = Math.max(0, year.start + year.size - paddingEnd - (own.start + own.size));
      // At rest until its year reaches the left edge, then lagging until it meets the year's end.
      const from = year.start;
      const to = year.start + room / Math.abs(depth);
      return { from, to, shiftAt: (travel) => clamp(parallaxShift(depth, travel, year.start), 0, room), passing: false };
    }
    const rest = centredTravel(own, screen);
    // On screen while |travel − rest| < (size + screen) / 2 / (1 − depth): a layer that lags behind
    // stays in view for longer. A tenth of a screen's margin either side keeps its edges out of sight.
    const lag = Math.min(Math.abs(depth), 0.95);
    const half = (own.size + screen) / 2 / (1 - lag) + screen / 10;
    return { from: rest - half, to: rest + half, shiftAt: (travel) => parallaxShift(depth, travel, rest), passing: true };
  };

  const killTweens = () => {
    for (const tween of tweens) tween.kill();
    tweens = [];
  };

  const remove = () => {
    killTweens();
    gsap.set(layers.map(({ element }) => element), { clearProps: 'transform' });
  };

  const rebuild = () => {
    killTweens();
    findLayers();
    const length = distance();
    const screen = extent();
    const travel = timeline.progress() * length;
    const trackLeft = track.getBoundingClientRect().left;
    // Read every layer before moving any, so the page is laid out once.
    const courses = layers.map(({ element, depth }) => courseOf(element, depth, trackLeft, screen));
    layers.forEach(({ element }, index) => {
      const course = courses[index];
      if (!course) return;
      const from = clamp(course.from, 0, length);
      const to = clamp(course.to, 0, length);
      // Straight on the element: through GSAP, clearing would make it read the computed style back,
      // forcing a style recalculation in the middle of a frame.
      const rest = course.passing ? () => element.style.removeProperty('transform') : undefined;
      if (rest && (travel < from || travel > to)) rest();
      else gsap.set(element, { x: course.shiftAt(clamp(travel, from, to)) });
      if (length <= 0 || to <= from) return;
      const tween = gsap.fromTo(
        element,
        { x: course.shiftAt(from) },
        {
          x: course.shiftAt(to),
          duration: (to - from) / length,
          ease: 'none',
          immediateRender: false,
          snap: 'x',
          onComplete: rest,
          onReverseComplete: rest,
        },
      );
      timeline.add(tween, from / length);
      tweens.push(tween);
    });
  };

  return { rebuild, remove };
}
