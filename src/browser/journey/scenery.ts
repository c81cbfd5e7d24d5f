/**
 * The moving journey's scenery: each depth strip (`JourneyScenery.astro`) is laid out so that every
 * era's stretch stands behind its years, and is moved by one tween in the travel's timeline at
 * `1 − depth` of the track's speed. Laid out again whenever the travel is measured again (a resize,
 * a filter, fonts arriving).
 */
import { gsap } from 'gsap';
import { eraStretches, stripSegments, stripShift, stripWidth } from '../../layout/geometry.ts';
import { SCENERY_FADE } from '../../layout/dimensions.ts';
import { HOOKS, hook } from '../../layout/contract.ts';

interface Strip {
  element: HTMLElement;
  depth: number;
  eras: Map<string, HTMLElement>;
}

/**
 * Adds the scenery strips under `viewport` to `timeline` (whose progress 0–1 spans `distance()` of
 * travel): `rebuild` lays them out and makes their tweens again, `remove` puts them back as drawn.
 */
export function addScenery(
  timeline: gsap.core.Timeline,
  viewport: HTMLElement,
  track: HTMLElement,
  extent: () => number,
  distance: () => number,
): { rebuild: () => void; remove: () => void } {
  const strips: Strip[] = [...viewport.querySelectorAll<HTMLElement>(`${hook('scenery')} ${hook('depth')}`)].map((element) => ({
    element,
    depth: Number(element.getAttribute(HOOKS.depth)) || 0,
    eras: new Map([...element.querySelectorAll<HTMLElement>(hook('era'))].map((era) => [era.getAttribute(HOOKS.era)!, era])),
  }));
  const years = [...track.querySelectorAll<HTMLElement>(`${hook('year')}${hook('era')}`)];
  let tweens: gsap.core.Tween[] = [];

  const killTweens = () => {
    for (const tween of tweens) tween.kill();
    tweens = [];
  };

  const rebuild = () => {
    killTweens();
    if (strips.length === 0) return;
    const length = distance();
    const screen = extent();
    const trackLeft = track.getBoundingClientRect().left;
    // Read every year before writing anything, so the page is laid out once.
    const stretches = eraStretches(
      years.map((year) => {
        const box = year.getBoundingClientRect();
        return { era: year.getAttribute(HOOKS.era)!, span: { start: box.left - trackLeft, size: box.width } };
      }),
    );
    // The viewport is kept scrolled by the travel distance (see travel.ts), so the strips start that far in.
    const baseline = length;
    for (const strip of strips) {
      strip.element.style.width = `${stripWidth(strip.depth, length, screen)}px`;
      const placed = new Map(stripSegments(stretches, strip.depth, screen, SCENERY_FADE).map((segment) => [segment.era, segment]));
      for (const [era, element] of strip.eras) {
        const segment = placed.get(era);
        element.style.left = `${segment?.start ?? 0}px`;
        element.style.width = `${segment?.size ?? 0}px`;
      }
      const tween = gsap.fromTo(
        strip.element,
        { x: baseline },
        { x: baseline + stripShift(strip.depth, length), duration: 1, ease: 'none', immediateRender: false, snap: 'x' },
      );
      timeline.add(tween, 0);
      tweens.push(tween);
      gsap.set(strip.element, { x: baseline + stripShift(strip.depth, timeline.progress() * length) });
    }
  };

  const remove = () => {
    killTweens();
    for (const strip of strips) {
      gsap.set(strip.element, { clearProps: 'transform,width' });
      for (const element of strip.eras.values()) {
        element.style.removeProperty('left');
        element.style.removeProperty('width');
      }
    }
  };

  return { rebuild, remove };
}
