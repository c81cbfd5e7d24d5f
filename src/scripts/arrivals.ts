/**
 * Milestones arrive as the travel brings them in: each is marked `is-arrived` (the CSS fades it in)
 * once its start comes within the viewport.
 */
import { getView, onLayout, onMove, type JourneyView } from './journey-view.ts';

/** Fraction of the viewport a milestone must enter before it is marked as arrived. */
const ARRIVAL = 0.94;

export function startArrivals(track: HTMLElement): void {
  const milestones = [...track.querySelectorAll<HTMLElement>('.milestone')];
  let starts: number[] = [];

  const measure = (view: JourneyView) => {
    starts = milestones.map((milestone) => view.spanOf(milestone).start);
  };

  const update = (view: JourneyView) => {
    if (view.mode !== 'travel') return;
    const position = view.position();
    const extent = view.extent();
    milestones.forEach((milestone, index) => {
      const start = starts[index]!;
      if (start < position + extent * ARRIVAL && !milestone.classList.contains('is-arrived')) {
        milestone.classList.add('is-arrived');
      }
    });
  };

  onLayout((view) => {
    measure(view);
    // Hidden (filtered-out) milestones measure at 0: they count as arrived when they come back.
    milestones.forEach((milestone, index) => {
      if (milestone.offsetParent === null) starts[index] = -1;
    });
  });
  onMove(update);
  measure(getView());
  update(getView());
}
