/**
 * A safety net for short screens: in the horizontal journey a card's height is its lane's, and the
 * build already draws text-heavy cards wide (`travelSpan` in `src/layout/card-metrics.ts`). Where a
 * lane is shorter than that plan assumed, a card that would cut its text, or squeeze its picture
 * below `ART_MIN_SHARE.fitted` of its height, is drawn wide as well, before the journey is measured.
 */
import { artHeightFor, ART_MIN_SHARE } from '../../layout/card-metrics.ts';
import { HOOKS, hook } from '../../layout/contract.ts';

/** Marks the cards widened here, so the next fitting starts from the build's plan. */
const FITTED = 'data-journey-fitted';

function crowded(card: HTMLElement): boolean {
  const frame = card.querySelector<HTMLElement>(hook('milestoneFrame'));
  const art = card.querySelector<HTMLElement>(hook('artFrame'));
  if (frame && frame.scrollHeight > card.clientHeight + 1) return true;
  if (!art?.querySelector('img') || card.hasAttribute(HOOKS.span)) return false;
  return art.clientHeight < artHeightFor(art.clientWidth) * ART_MIN_SHARE.fitted;
}

/** Widens the cards that need it; returns how to undo it. */
export function fitCards(track: HTMLElement): () => void {
  const cards = [...track.querySelectorAll<HTMLElement>(hook('milestone'))];
  for (const card of cards) {
    if (!card.hasAttribute(FITTED)) continue;
    card.removeAttribute(HOOKS.span);
    card.removeAttribute(FITTED);
  }
  // Read every card before widening any, so the page lays out once.
  const needy = cards.filter((card) => card.checkVisibility() && !card.hasAttribute(HOOKS.span) && crowded(card));
  for (const card of needy) {
    card.setAttribute(HOOKS.span, '2');
    card.setAttribute(FITTED, '');
  }
  return () => {
    for (const card of needy) {
      card.removeAttribute(HOOKS.span);
      card.removeAttribute(FITTED);
    }
  };
}
