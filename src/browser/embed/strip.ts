/**
 * An embedded year's strip, with a script: its previous and next buttons move the row by a view of
 * cards, arrow keys move between cards (Home and End to the first and last), a focused card is
 * brought wholly into view, and the pictures drift as the row moves where motion is welcome.
 * `#<milestone>` needs no script: the browser scrolls the row to its target. The row scrolls
 * natively (touch, a trackpad's sideways scroll, shift + wheel), so nothing here listens to the
 * wheel: a vertical wheel over the frame scrolls the host page. Smooth only where motion is welcome.
 */
import { hook } from '../../layout/contract.ts';

const reduced = matchMedia('(prefers-reduced-motion: reduce)');

/** The custom property that tells a card's picture how far it is from the row's middle, -1 (left) to 1 (right): StripCard.astro draws it. */
const DRIFT = '--drift';
const behavior = (): ScrollBehavior => (reduced.matches ? 'instant' : 'smooth');

/** The cards shown (one track followed hides the others'). */
function shownItems(row: HTMLElement): HTMLElement[] {
  return [...row.querySelectorAll<HTMLElement>(hook('stripItem'))].filter((item) => item.offsetParent !== null);
}

/** Where the row's scroll puts `item` at its start, after the row's padding (the row is its items' offset parent). */
function startOf(row: HTMLElement, item: HTMLElement): number {
  return item.offsetLeft - parseFloat(getComputedStyle(row).scrollPaddingInlineStart || '0');
}

/**
 * Scrolls the row the least that shows `item` whole, to a card's start (where the row snaps: an
 * engine may otherwise snap back to the card before).
 */
function reveal(row: HTMLElement, item: HTMLElement, how: ScrollBehavior): void {
  const padding = parseFloat(getComputedStyle(row).scrollPaddingInlineStart || '0');
  const room = row.clientWidth - 2 * padding;
  const start = startOf(row, item);
  // The least scroll that shows its end.
  const end = start - (room - item.offsetWidth);
  let target: number | undefined;
  if (start < row.scrollLeft - 1 || item.offsetWidth > room) target = start;
  else if (end > row.scrollLeft + 1) target = Math.min(...shownItems(row).map((card) => startOf(row, card)).filter((left) => left >= end - 1));
  if (target !== undefined) row.scrollTo({ left: target, behavior: how });
}

function wire(row: HTMLElement): void {
  const buttons = [...document.querySelectorAll<HTMLButtonElement>(`${hook('stripStep')}[aria-controls="${row.id}"]`)];
  const update = () => {
    const end = row.scrollWidth - row.clientWidth;
    for (const button of buttons) {
      const stuck = end <= 1 || (Number(button.dataset.journeyStripStep) < 0 ? row.scrollLeft <= 1 : row.scrollLeft >= end - 1);
      button.setAttribute('aria-disabled', String(stuck));
    }
  };
  for (const button of buttons) {
    button.hidden = false;
    button.addEventListener('click', () => {
      if (button.getAttribute('aria-disabled') === 'true') return;
      // A view of whole cards at a time (at least one).
      const [first, second] = shownItems(row);
      const pitch = first && second ? second.offsetLeft - first.offsetLeft : row.clientWidth;
      const step = Math.max(1, Math.floor(row.clientWidth / pitch)) * pitch;
      row.scrollBy({ left: Number(button.dataset.journeyStripStep) * step, behavior: behavior() });
    });
  }
  // The pictures' drift, once a frame at most, and only where motion is welcome (the CSS uses it there alone).
  let queued = false;
  const drift = () => {
    queued = false;
    if (reduced.matches) return;
    const view = row.getBoundingClientRect();
    for (const item of shownItems(row)) {
      const box = item.getBoundingClientRect();
      if (box.right < view.left || box.left > view.right) continue;
      const offset = (box.left + box.width / 2 - (view.left + view.width / 2)) / ((view.width + box.width) / 2);
      item.style.setProperty(DRIFT, offset.toFixed(3));
    }
  };
  const changed = () => {
    update();
    if (!queued) {
      queued = true;
      requestAnimationFrame(drift);
    }
  };
  row.addEventListener('scroll', changed, { passive: true });
  new ResizeObserver(changed).observe(row);
  reduced.addEventListener('change', changed);

  row.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const items = shownItems(row);
    const current = items.findIndex((item) => item.contains(document.activeElement));
    const target = { ArrowLeft: current - 1, ArrowRight: current + 1, Home: 0, End: items.length - 1 }[event.key];
    if (target === undefined || current < 0) return;
    const item = items[Math.max(0, Math.min(items.length - 1, target))]!;
    event.preventDefault();
    // Its first link is its title's.
    item.querySelector<HTMLElement>('a[href]')?.focus({ preventScroll: true });
    reveal(row, item, behavior());
  });
  row.addEventListener('focusin', (event) => {
    const item = (event.target as Element).closest<HTMLElement>(hook('stripItem'));
    if (item) reveal(row, item, behavior());
  });

  changed();
}

export function startStrip(): void {
  for (const row of document.querySelectorAll<HTMLElement>(hook('strip'))) wire(row);
}
