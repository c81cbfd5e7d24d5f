/**
 * Milestone pictures while the journey travels sideways. Chromium lazy-loads images in a
 * horizontal track only as they are about to enter the viewport, and it watches every lazy image
 * on every frame of the travel to find out, which costs a frame more the more milestones there are.
 * So while the journey travels, the pictures still waiting are parked (their sources set aside,
 * their size and alternative text kept), and those within a screen and a half either side of the
 * viewport are given their sources back and loaded at once: a visitor can travel back, or land in
 * the middle through a link. The waiting pictures are measured once per layout and kept in travel
 * order, so a move looks only at the pictures it reaches. Reading down the page, or printing, every
 * picture gets its sources back and the browser's own lazy loading takes over.
 */
import { startingWithin } from '../lib/geometry.ts';
import { getView, onLayout, onMove, type JourneyView } from './journey-view.ts';

const SELECTOR = 'img[data-art][loading="lazy"]';
/** How far ahead and behind the viewport pictures start loading, in viewport widths. */
const REACH = 1.5;
/** The attributes that make an image (or its picture's sources) load, and where a parked one keeps them. */
const SOURCES = [
  ['srcset', 'data-parked-srcset'],
  ['src', 'data-parked-src'],
] as const;

/** The image and its picture's `<source>` elements. */
function sourcesOf(image: HTMLImageElement): Element[] {
  const picture = image.parentElement instanceof HTMLPictureElement ? image.parentElement : null;
  return [...(picture ? picture.querySelectorAll('source') : []), image];
}

function park(image: HTMLImageElement): void {
  for (const element of sourcesOf(image)) {
    for (const [attribute, parked] of SOURCES) {
      const value = element.getAttribute(attribute);
      if (value === null) continue;
      element.setAttribute(parked, value);
      element.removeAttribute(attribute);
    }
  }
}

function unpark(image: HTMLImageElement): void {
  // The sources first, so the image picks its candidate once, when its own source comes back.
  for (const element of sourcesOf(image)) {
    for (const [attribute, parked] of SOURCES) {
      const value = element.getAttribute(parked);
      if (value === null) continue;
      element.setAttribute(attribute, value);
      element.removeAttribute(parked);
    }
  }
}

export function startArtAhead(track: HTMLElement): void {
  if (!('loading' in HTMLImageElement.prototype)) return;
  /** The pictures still waiting, in travel order. */
  let waiting: { image: HTMLImageElement; start: number; size: number }[] = [];
  /** The widest waiting picture: one that starts this far before the reach still reaches into it. */
  let widest = 0;
  const parked = new Set<HTMLImageElement>();

  const release = () => {
    for (const image of parked) unpark(image);
    parked.clear();
  };

  const measure = (view: JourneyView) => {
    if (view.mode !== 'travel') {
      waiting = [];
      release();
      return;
    }
    waiting = [...track.querySelectorAll<HTMLImageElement>(SELECTOR)]
      // Pictures the filter hides take no room: they are measured again when they come back.
      .filter((image) => image.offsetParent !== null && (parked.has(image) || !image.currentSrc))
      .map((image) => ({ image, ...view.spanOf(image) }))
      .sort((a, b) => a.start - b.start);
    widest = waiting.reduce((most, entry) => Math.max(most, entry.size), 0);
    for (const { image } of waiting) {
      if (parked.has(image)) continue;
      park(image);
      parked.add(image);
    }
  };

  const update = (view: JourneyView) => {
    if (view.mode !== 'travel' || waiting.length === 0) return;
    const reach = view.extent() * REACH;
    const { from, to } = startingWithin(waiting, view.position() - reach - widest, view.position() + view.extent() + reach);
    if (from === to) return;
    for (const { image } of waiting.slice(from, to)) {
      image.loading = 'eager';
      unpark(image);
      parked.delete(image);
    }
    waiting.splice(from, to - from);
  };

  // After the page has loaded, so the first screen's pictures go first.
  const start = () => {
    onLayout(measure);
    onMove(update);
    measure(getView());
    update(getView());
    window.addEventListener('beforeprint', release);
    window.addEventListener('afterprint', () => {
      measure(getView());
      update(getView());
    });
  };
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
