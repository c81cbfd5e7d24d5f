/**
 * The horizontal travel: where TRAVEL_MEDIA matches, the journey's viewport is pinned and vertical
 * scrolling moves its track sideways (one scrubbed tween), with the parallax layers in the same
 * timeline, and the scenery's depth strips moving behind it. Everything is undone when the media
 * query stops matching.
 *
 * The viewport is `overflow: hidden` and kept scrolled to a baseline equal to the travel distance,
 * with the track shifted right by the same amount. The browser can then scroll it either way to
 * show a focused element, a fragment target or a find-in-page match; that scroll is read back,
 * turned into page scroll (so travel and scroll never disagree), and the baseline restored.
 */
import { gsap } from 'gsap';
import { ScrollTrigger } from 'gsap/ScrollTrigger';
import { TRAVEL_MEDIA } from '../lib/layout.ts';
import { clamp, scrollForTravel, type TravelRange } from '../lib/geometry.ts';
import { notifyLayout, notifyMove, setView, type JourneyView } from './journey-view.ts';
import { addParallax } from './parallax.ts';
import { addScenery } from './scenery.ts';
import { fitCards } from './card-fit.ts';

gsap.registerPlugin(ScrollTrigger);

const root = document.documentElement;

export function startTravel(viewport: HTMLElement, track: HTMLElement): void {
  const media = gsap.matchMedia();

  media.add(TRAVEL_MEDIA, () => {
    root.classList.add('travel');
    // Where the native sideways scroll (before pinning) or a fragment on load had taken the track.
    const startingTravel = viewport.scrollLeft;
    viewport.scrollLeft = 0;
    let unfit = fitCards(track);
    // Lanes change height with the window: fit the cards again before every measurement.
    const refit = () => {
      unfit = fitCards(track);
    };
    ScrollTrigger.addEventListener('refreshInit', refit);

    // Measured once per refresh: reading the layout on every frame would force a style recalculation
    // after each of GSAP's writes, which grows with the page.
    let measured: { distance: number; extent: number } | null = null;
    const measure = () => (measured ??= { distance: Math.max(0, track.scrollWidth - viewport.clientWidth), extent: viewport.clientWidth });
    const distance = () => measure().distance;
    const extent = () => measure().extent;
    const forget = () => {
      measured = null;
    };
    ScrollTrigger.addEventListener('refreshInit', forget);
    // Set once the timeline exists; a refresh while it is being made has nothing to rebuild yet.
    let parallax = { rebuild: () => {}, remove: () => {} };
    let scenery = { rebuild: () => {}, remove: () => {} };
    const timeline = gsap.timeline({
      defaults: { ease: 'none', duration: 1 },
      scrollTrigger: {
        trigger: viewport,
        pin: true,
        start: 'top top',
        end: () => `+=${distance()}`,
        scrub: true,
        invalidateOnRefresh: true,
        onUpdate: () => notifyMove(),
        onRefresh: () => {
          forget();
          parallax.rebuild();
          scenery.rebuild();
          restoreBaseline();
          showLength();
          notifyLayout();
        },
      },
    });
    timeline.fromTo(track, { x: () => distance() }, { x: 0, snap: 'x' }, 0);
    parallax = addParallax(timeline, track, extent, distance);
    scenery = addScenery(timeline, viewport, track, extent, distance);

    const trigger = timeline.scrollTrigger!;
    // Measure now rather than on load, so links and restored positions can land at once.
    ScrollTrigger.refresh();
    const range = (): TravelRange => ({ start: trigger.start, end: trigger.end, distance: distance() });
    const travel = () => timeline.progress() * distance();

    function restoreBaseline() {
      viewport.scrollLeft = distance();
      viewport.scrollTop = 0;
    }

    function showLength() {
      for (const element of document.querySelectorAll('[data-journey-length]')) {
        element.textContent = track.scrollWidth.toLocaleString('en-US');
      }
    }

    const view: JourneyView = {
      mode: 'travel',
      position: travel,
      length: distance,
      extent,
      spanOf(element) {
        const box = element.getBoundingClientRect();
        return { start: box.left - track.getBoundingClientRect().left, size: box.width };
      },
      goTo(position, smooth = false) {
        // A move of our own replaces whatever the browser had just scrolled the viewport to.
        restoreBaseline();
        const target = clamp(position, 0, distance());
        const scroll = scrollForTravel(range(), target);
        if (smooth) {
          window.scrollTo({ top: scroll, behavior: 'smooth' });
          return;
        }
        window.scrollTo({ top: scroll, behavior: 'instant' });
        // Render now, so a focus or fragment scroll that follows sees the track where it will be.
        timeline.progress(distance() > 0 ? target / distance() : 0);
        notifyMove();
      },
      refresh() {
        ScrollTrigger.refresh();
      },
    };

    // The browser scrolled the viewport to show something: travel there instead.
    const onViewportScroll = () => {
      const shift = viewport.scrollLeft - distance();
      if (Math.abs(shift) < 1 && viewport.scrollTop === 0) return;
      const target = travel() + shift;
      restoreBaseline();
      view.goTo(target);
    };
    viewport.addEventListener('scroll', onViewportScroll);

    restoreBaseline();
    showLength();
    setView(view);
    if (startingTravel > 0) view.goTo(startingTravel);
    root.classList.add('travel-pinned');

    return () => {
      ScrollTrigger.removeEventListener('refreshInit', refit);
      ScrollTrigger.removeEventListener('refreshInit', forget);
      parallax.remove();
      scenery.remove();
      unfit();
      viewport.removeEventListener('scroll', onViewportScroll);
      root.classList.remove('travel', 'travel-pinned');
      // The page's scroll stood for travel; in the vertical layout it starts again from the top of the journey.
      setView(null);
    };
  });

  // Keep the measured figures right when something changes the layout after load.
  window.addEventListener('load', () => ScrollTrigger.refresh(), { once: true });
}
