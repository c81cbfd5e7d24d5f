/**
 * Milestones arrive as the travel brings them in: each is marked `is-arrived` (the CSS fades it in)
 * once its start comes within the viewport.
 */
import { getView, onLayout, onMove, type JourneyView } from './journey-view.ts';

/** Fraction of the viewport a milestone must enter before it is marked as arrived. */
const ARRIVAL = 0.94;
const ARRIVED = 'is-arrived';

export function startArrivals(track: HTMLElement): void {
  const milestones = [...track.querySelectorAll<HTMLElement>('.milestone')];
  /** The milestones still to arrive, in the order the travel reaches them: a move looks at the next few only. */
  let waiting: { milestone: HTMLElement; start: number }[] = [];

  const measure = (view: JourneyView) => {
    // Reading down, nothing arrives: no milestone needs measuring until the travel starts.
    if (view.mode !== 'travel') {
      waiting = [];
      return;
    }
    waiting = milestones
      .filter((milestone) => !milestone.classList.contains(ARRIVED))
      // Hidden (filtered-out) milestones measure at 0: they count as arrived when they come back.
      .map((milestone) => ({ milestone, start: milestone.offsetParent === null ? -1 : view.spanOf(milestone).start }))
      .sort((a, b) => a.start - b.start);
  };

  const update = (view: JourneyView) => {
    if (view.mode !== 'travel') return;
    const reach = view.position() + view.extent() * ARRIVAL;
    let arrived = 0;
    while (arrived < waiting.length && waiting[arrived]!.start < reach) {
      waiting[arrived]!.milestone.classList.add(ARRIVED);
      arrived++;
    }
    if (arrived) waiting = waiting.slice(arrived);
  };

  onLayout(measure);
  onMove(update);
  measure(getView());
  update(getView());
}
