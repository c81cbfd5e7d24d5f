/** The journey page's script: wires each concern to the page, in the order they depend on each other. */
import { startArrivals } from './arrivals.ts';
import { startDeepLinks } from './deep-links.ts';
import { startKeyboard } from './keyboard.ts';
import { startTrackFilter } from './track-filter.ts';
import { startTravel } from './travel.ts';
import { startYearNavigator } from './year-navigator.ts';

const viewport = document.querySelector<HTMLElement>('[data-journey-viewport]');
const track = document.querySelector<HTMLElement>('[data-journey-track]');
const navigator = document.querySelector<HTMLElement>('[data-year-navigator]');

if (viewport && track && navigator) {
  startTrackFilter();
  startArrivals(track);
  startTravel(viewport, track);
  startKeyboard(track);
  startDeepLinks();
  startYearNavigator(navigator, track);
}
