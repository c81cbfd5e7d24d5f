/**
 * The journey as the other scripts see it while it travels sideways: a position along the track,
 * the span of any element on it, and a way to move there by scrolling the page. A scroll the
 * browser makes on its own inside the viewport (to show a focused element, a fragment target, a
 * find-in-page match) is read back and turned into travel, so travel and page scroll never disagree.
 */
import { clamp, scrollForTravel, type TravelRange } from '../../../layout/geometry.ts';
import { notifyMove, type JourneyView } from '../view.ts';
import type { TravelMeasure } from './measure.ts';
import { refreshTravel, type Pin } from './pin.ts';

export function travelView(
  viewport: HTMLElement,
  track: HTMLElement,
  measure: TravelMeasure,
  pin: Pin,
  arrived: () => void,
): { view: JourneyView; remove: () => void } {
  const { timeline, trigger } = pin;
  const range = (): TravelRange => ({ start: trigger.start, end: trigger.end, distance: measure.distance() });
  const travel = () => timeline.progress() * measure.distance();

  const view: JourneyView = {
    mode: 'travel',
    position: travel,
    length: measure.distance,
    extent: measure.extent,
    spanOf(element) {
      const box = element.getBoundingClientRect();
      return { start: box.left - track.getBoundingClientRect().left, size: box.width };
    },
    goTo(position, smooth = false) {
      // A move of our own replaces whatever the browser had just scrolled the viewport to.
      pin.restoreBaseline();
      const distance = measure.distance();
      const target = clamp(position, 0, distance);
      const scroll = scrollForTravel(range(), target);
      if (smooth) {
        window.scrollTo({ top: scroll, behavior: 'smooth' });
        return;
      }
      window.scrollTo({ top: scroll, behavior: 'instant' });
      // Render now, so a focus or fragment scroll that follows sees the track where it will be.
      timeline.progress(distance > 0 ? target / distance : 0);
      notifyMove();
    },
    refresh: refreshTravel,
    arrived,
  };

  // The browser scrolled the viewport to show something: travel there instead.
  const onViewportScroll = () => {
    const shift = viewport.scrollLeft - measure.distance();
    if (Math.abs(shift) < 1 && viewport.scrollTop === 0) return;
    const target = travel() + shift;
    pin.restoreBaseline();
    view.goTo(target);
  };
  viewport.addEventListener('scroll', onViewportScroll);

  return { view, remove: () => viewport.removeEventListener('scroll', onViewportScroll) };
}
