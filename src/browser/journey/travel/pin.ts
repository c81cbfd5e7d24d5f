/**
 * The pin: ScrollTrigger holds the journey's viewport in place while the page scrolls, and one
 * scrubbed tween moves the track sideways across the whole travel, in whole pixels. The depth
 * layers (parallax, scenery) add their tweens to the same timeline, so scrolling drives them all.
 *
 * The viewport is `overflow: hidden` and kept scrolled to a baseline equal to the travel distance,
 * with the track shifted right by the same amount: the browser can then scroll it either way to
 * show a focused element, a fragment target or a find-in-page match (see `view.ts`).
 */
import { gsap } from 'gsap';
import { ScrollTrigger } from 'gsap/ScrollTrigger';
import type { TravelMeasure } from './measure.ts';

gsap.registerPlugin(ScrollTrigger);

/** Something that moves in the travel's timeline and is laid out again at every refresh. */
export interface TravelLayer {
  rebuild(): void;
  remove(): void;
}

export interface Pin {
  timeline: gsap.core.Timeline;
  trigger: ScrollTrigger;
  /** Puts the viewport back at its baseline scroll, after the browser scrolled it. */
  restoreBaseline(): void;
  /** Lays the depth layers out again without measuring the travel again: for layers that arrived in room kept for them. */
  rebuildLayers(): void;
  /** Takes the pin, the tweens and the layers away. */
  remove(): void;
}

export interface PinCallbacks {
  /** Before every measurement (the first and each refresh): the moment to change the layout. */
  beforeMeasure(): void;
  /** Whenever the travel moves. */
  onMove(): void;
  /** After every re-measurement (a resize, a filter, fonts arriving), once the layers are laid out again. */
  onRefresh(): void;
}

/**
 * Pins `viewport` and moves `track` across `measure.distance()` of travel; `layersOf` adds the
 * depth layers to the timeline.
 */
export function pinTravel(
  viewport: HTMLElement,
  track: HTMLElement,
  measure: TravelMeasure,
  layersOf: (timeline: gsap.core.Timeline) => TravelLayer[],
  callbacks: PinCallbacks,
): Pin {
  const restoreBaseline = () => {
    viewport.scrollLeft = measure.distance();
    viewport.scrollTop = 0;
  };
  const beforeMeasure = () => {
    callbacks.beforeMeasure();
    measure.forget();
  };
  callbacks.beforeMeasure();
  ScrollTrigger.addEventListener('refreshInit', beforeMeasure);
  // Set once the timeline exists; a refresh while it is being made has nothing to rebuild yet.
  let layers: TravelLayer[] = [];
  const timeline = gsap.timeline({
    defaults: { ease: 'none', duration: 1 },
    scrollTrigger: {
      trigger: viewport,
      pin: true,
      start: 'top top',
      end: () => `+=${measure.distance()}`,
      scrub: true,
      invalidateOnRefresh: true,
      onUpdate: callbacks.onMove,
      onRefresh: () => {
        measure.forget();
        for (const layer of layers) layer.rebuild();
        restoreBaseline();
        callbacks.onRefresh();
      },
    },
  });
  timeline.fromTo(track, { x: () => measure.distance() }, { x: 0, snap: 'x' }, 0);
  layers = layersOf(timeline);
  // Measure now rather than on load, so links and restored positions can land at once.
  ScrollTrigger.refresh();
  restoreBaseline();
  return {
    timeline,
    trigger: timeline.scrollTrigger!,
    restoreBaseline,
    rebuildLayers() {
      for (const layer of layers) layer.rebuild();
    },
    remove() {
      ScrollTrigger.removeEventListener('refreshInit', beforeMeasure);
      for (const layer of layers) layer.remove();
    },
  };
}

/** Measures every trigger again, e.g. once the page has loaded or the layout has changed. */
export function refreshTravel(): void {
  ScrollTrigger.refresh();
}
