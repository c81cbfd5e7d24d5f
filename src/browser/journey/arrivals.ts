/**
 * Milestones arrive as the travel brings them in: a milestone a screen ahead of the viewport is
 * readied out of sight (`is-pending`: transparent, a little low), and once its start comes within
 * the viewport it is marked `is-arrived`, which the CSS fades and slides in. Only the milestones
 * just ahead carry the readied look: one on every card would give the browser a layer of effects
 * per milestone to carry along on every frame of the travel. A milestone that is on screen when
 * the travel starts, or where a link lands, is simply there.
 */
import { STATE, hook } from '../../layout/contract.ts';
import { getView, onLayout, onMove, type JourneyView } from './view.ts';

/** Fraction of the viewport a milestone must enter before it is marked as arrived. */
const ARRIVAL = 0.94;
/** How far ahead of the viewport's end a milestone is readied, in viewport widths. */
const READY_AHEAD = 1;
const { arrived: ARRIVED, pending: PENDING } = STATE;

export function startArrivals(track: HTMLElement): void {
  /** The milestones still to arrive, in the order the travel reaches them: a move looks at the next few only. */
  let waiting: { milestone: HTMLElement; start: number }[] = [];
  /** How many of `waiting` (from its start) are readied. */
  let readied = 0;

  const measure = (view: JourneyView) => {
    // Reading down, nothing arrives: no milestone needs measuring until the travel starts.
    if (view.mode !== 'travel') {
      waiting = [];
      readied = 0;
      return;
    }
    // Found at every layout: a year arriving from its fragment brings milestones of its own.
    waiting = [...track.querySelectorAll<HTMLElement>(hook('milestone'))]
      .filter((milestone) => !milestone.classList.contains(ARRIVED))
      // Hidden (filtered-out) milestones measure at 0: they count as arrived when they come back.
      .map((milestone) => ({ milestone, start: milestone.offsetParent === null ? -1 : view.spanOf(milestone).start }))
      .sort((a, b) => a.start - b.start);
    readied = 0;
    while (readied < waiting.length && waiting[readied]!.milestone.classList.contains(PENDING)) readied++;
  };

  const update = (view: JourneyView) => {
    if (view.mode !== 'travel' || waiting.length === 0) return;
    const position = view.position();
    const extent = view.extent();
    const reach = position + extent * ARRIVAL;
    const ahead = position + extent * (1 + READY_AHEAD);
    while (readied < waiting.length && waiting[readied]!.start < ahead) {
      waiting[readied]!.milestone.classList.add(PENDING);
      readied++;
    }
    let arrived = 0;
    while (arrived < waiting.length && waiting[arrived]!.start < reach) {
      const { milestone } = waiting[arrived]!;
      milestone.classList.remove(PENDING);
      milestone.classList.add(ARRIVED);
      arrived++;
    }
    if (arrived) {
      waiting = waiting.slice(arrived);
      readied = Math.max(0, readied - arrived);
    }
  };

  onLayout(measure);
  onMove(update);
  measure(getView());
  update(getView());
}
