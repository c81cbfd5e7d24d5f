/**
 * The journey page's script: wires each concern to the page, in the order they depend on each other.
 * GSAP and the horizontal travel are fetched only where the travel can happen (a wide, tall enough
 * screen that welcomes motion): a phone, or a visitor who prefers reduced motion, reads the page
 * down without downloading or running them.
 */
import { TRAVEL_MEDIA, hook } from '../../layout/contract.ts';
import { startArrivals } from './arrivals.ts';
import { startArtAhead } from './art-ahead.ts';
import { startDeepLinks } from './deep-links.ts';
import { startKeyboard } from './keyboard.ts';
import { startSearch } from './search.ts';
import { startTrackFilter } from './track-filter.ts';
import { startYearNavigator } from './year-navigator.ts';
import { startYearFragments } from './year-fragments.ts';
import { startShare } from '../share.ts';

const viewport = document.querySelector<HTMLElement>(hook('viewport'));
const track = document.querySelector<HTMLElement>(hook('track'));
const navigator = document.querySelector<HTMLElement>(hook('navigator'));

async function startTravelWhenItFits(viewport: HTMLElement, track: HTMLElement): Promise<void> {
  const media = matchMedia(TRAVEL_MEDIA);
  const start = async () => (await import('./travel/index.ts')).startTravel(viewport, track);
  if (media.matches) {
    await start();
    return;
  }
  const onChange = (event: MediaQueryListEvent) => {
    if (!event.matches) return;
    media.removeEventListener('change', onChange);
    void start();
  };
  media.addEventListener('change', onChange);
}

if (viewport && track && navigator) {
  startShare();
  startSearch();
  startTrackFilter();
  startArrivals(track);
  startArtAhead(track);
  // Without its chunk (a failed fetch, a redeploy since the page loaded) the track still scrolls natively sideways.
  await startTravelWhenItFits(viewport, track).catch((error: unknown) => console.error('The journey could not start its travel:', error));
  startKeyboard(track);
  startYearFragments(track);
  startDeepLinks();
  startYearNavigator(navigator, track);
}
