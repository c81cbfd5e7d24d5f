/**
 * The travel's measurements: how far the track moves (its width less the viewport's) and how much
 * of it the viewport shows. Measured once per refresh and kept: reading the layout on every frame
 * would force a style recalculation after each of GSAP's writes, which grows with the page.
 */
import { hook } from '../../../layout/contract.ts';

export interface TravelMeasure {
  /** How far the track moves, in CSS pixels. */
  distance(): number;
  /** How wide the viewport is. */
  extent(): number;
  /** Forgets the figures, to measure again at the next read (a refresh). */
  forget(): void;
  /** Whether the track's length differs from the figure kept. */
  changed(): boolean;
  /** Writes the track's length into the page (the intro's tagline). */
  showLength(): void;
}

export function measureTravel(viewport: HTMLElement, track: HTMLElement): TravelMeasure {
  let measured: { distance: number; extent: number } | null = null;
  const measure = () =>
    (measured ??= { distance: Math.max(0, track.scrollWidth - viewport.clientWidth), extent: viewport.clientWidth });
  return {
    distance: () => measure().distance,
    extent: () => measure().extent,
    forget() {
      measured = null;
    },
    changed: () => measured !== null && Math.max(0, track.scrollWidth - viewport.clientWidth) !== measured.distance,
    showLength() {
      for (const element of document.querySelectorAll(hook('length'))) {
        // In the page's language, as the build wrote the length it estimated.
        element.textContent = track.scrollWidth.toLocaleString(document.documentElement.lang);
      }
    },
  };
}
