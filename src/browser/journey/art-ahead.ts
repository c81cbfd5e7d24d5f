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
import { hook } from '../../layout/contract.ts';
import { startingWithin } from '../../layout/geometry.ts';
import { getView, onLayout, onMove, type JourneyView } from './view.ts';

/** The pictures that wait to load until the travel nears them. */
const SELECTOR = `img${hook('picture')}[loading="lazy"]`;
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

/** Sets an image's sources aside (`parking`), or gives them back. */
function setAside(image: HTMLImageElement, parking: boolean): void {
  for (const element of sourcesOf(image)) {
    for (const [attribute, parked] of SOURCES) {
      const [from, to] = parking ? [attribute, parked] : [parked, attribute];
      const value = element.getAttribute(from);
      if (value === null) continue;
      element.setAttribute(to, value);
      element.removeAttribute(from);
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
    for (const image of parked) setAside(image, false);
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
      setAside(image, true);
      parked.add(image);
    }
  };

  const update = (view: JourneyView) => {
    if (view.mode !== 'travel' || waiting.length === 0) return;
    const reach = view.extent() * REACH;
    const { from, to } = startingWithin(waiting, view.position() - reach - widest, view.position() + view.extent() + reach);
    for (const { image } of waiting.splice(from, to - from)) {
      image.loading = 'eager';
      setAside(image, false);
      parked.delete(image);
    }
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
