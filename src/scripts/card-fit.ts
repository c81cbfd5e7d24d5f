/**
 * A safety net for short screens: in the horizontal journey a card's height is its lane's, and the
 * build already draws text-heavy cards wide (see `cardSpan`). Where a lane is shorter than that
 * plan assumed, a card that would cut its text, or squeeze its picture below half its height,
 * is drawn wide as well, before the journey is measured.
 */

const WIDE = 'milestone--wide';
const FITTED = 'fitted';

function crowded(card: HTMLElement): boolean {
  const frame = card.querySelector<HTMLElement>('.milestone__frame');
  const art = card.querySelector<HTMLElement>('.milestone__art');
  if (frame && frame.scrollHeight > card.clientHeight + 1) return true;
  if (!art?.querySelector('img') || card.classList.contains(WIDE)) return false;
  return art.clientHeight < (art.clientWidth * 10) / 16 / 2;
}

/** Widens the cards that need it; returns how to undo it. */
export function fitCards(track: HTMLElement): () => void {
  const cards = [...track.querySelectorAll<HTMLElement>('.milestone')];
  for (const card of cards) {
    if (card.dataset[FITTED]) {
      card.classList.remove(WIDE);
      delete card.dataset[FITTED];
    }
  }
  // Read every card before widening any, so the page lays out once.
  const needy = cards.filter((card) => card.checkVisibility() && !card.classList.contains(WIDE) && crowded(card));
  for (const card of needy) {
    card.classList.add(WIDE);
    card.dataset[FITTED] = 'true';
  }
  return () => {
    for (const card of needy) {
      card.classList.remove(WIDE);
      delete card.dataset[FITTED];
    }
  };
}
