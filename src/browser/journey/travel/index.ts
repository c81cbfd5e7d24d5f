/**
 * The horizontal travel: where TRAVEL_MEDIA matches, the journey's viewport is pinned and vertical
 * scrolling moves its track sideways (`pin.ts`), with the parallax layers and the scenery's depth
 * strips in the same timeline, measured once per refresh (`measure.ts`); the other scripts follow
 * it through its view (`view.ts`), and the tour plays it (`tour.ts`). Everything is undone when
 * the media query stops matching.
 */
import { gsap } from 'gsap';
import { STATE, TRAVEL_MEDIA } from '../../../layout/contract.ts';
import { fitCards } from '../card-fit.ts';
import { addParallax } from '../parallax.ts';
import { addScenery } from '../scenery.ts';
import { notifyLayout, notifyMove, setView } from '../view.ts';
import { measureTravel } from './measure.ts';
import { pinTravel, refreshTravel } from './pin.ts';
import { startTour } from './tour.ts';
import { travelView } from './view.ts';

const root = document.documentElement;

export function startTravel(viewport: HTMLElement, track: HTMLElement): void {
  const media = gsap.matchMedia();

  media.add(TRAVEL_MEDIA, () => {
    // Where the native sideways scroll (before pinning) or a fragment on load had taken the track.
    const startingTravel = viewport.scrollLeft;
    viewport.scrollLeft = 0;
    const measure = measureTravel(viewport, track);
    // Lanes change height with the window: the cards are fitted again before every measurement.
    let unfit = () => {};
    const pin = pinTravel(
      viewport,
      track,
      measure,
      (timeline) => [
        addParallax(timeline, track, measure.extent, measure.distance),
        addScenery(timeline, viewport, track, measure.extent, measure.distance),
      ],
      {
        beforeMeasure: () => {
          unfit = fitCards(track);
        },
        onMove: notifyMove,
        onRefresh: () => {
          measure.showLength();
          notifyLayout();
        },
      },
    );
    const arrived = () => {
      unfit();
      unfit = fitCards(track);
      // A refresh would stop a smooth scroll (End, a link) or the tour where it is: only when the length changed.
      if (measure.changed()) {
        refreshTravel();
        return;
      }
      pin.rebuildLayers();
      notifyLayout();
    };
    const { view, remove: removeView } = travelView(viewport, track, measure, pin, arrived);
    measure.showLength();
    setView(view);
    if (startingTravel > 0) view.goTo(startingTravel);
    root.classList.add(STATE.pinned);
    const stopTour = startTour(track, view);

    return () => {
      stopTour();
      pin.remove();
      unfit();
      removeView();
      root.classList.remove(STATE.pinned);
      // The page's scroll stood for travel; in the vertical layout it starts again from the top of the journey.
      setView(null);
    };
  });

  // Keep the measured figures right when something changes the layout after load.
  window.addEventListener('load', refreshTravel, { once: true });
}
