import type { MilestoneData, MilestoneKind } from '../../model/schema/milestone.ts';
import { eraForYear, type Era } from '../../model/eras.ts';
import type { MotifId } from '../../model/motifs.ts';
import { artPlanFor } from '../../model/art-plan.ts';
import { subjectOf } from './subjects.ts';
import { SUBJECTS, type Subject } from '../../model/pictures.ts';

/** What the casting reads of a milestone: its words, kind, year and the editor's choice. */
export interface CastMilestone {
  id: string;
  year: number;
  kind: MilestoneKind;
  title: string;
  subtitle?: string;
  /** The body's plain words (`MilestoneFile.body.words`). */
  words?: string;
  art?: MilestoneData['art'];
}

/** The picture a milestone gets: its subject, the motif that shows it and the words set on it. */
export interface Casting {
  subject: string;
  motif: MotifId;
  label?: string;
  /** How it was chosen, for `npm run art -- --explain` and the tests. */
  because: string;
}

/**
 * Casts every milestone of the journey in one pass, oldest first (ids in file order within a
 * year). Each picture comes from its subject (subjects.ts): repeats of a subject across the
 * journey take its motifs in turn, and a motif already shown in the same year is passed over
 * while the subject has another. `art: { motif }` in a milestone's frontmatter wins over the rules.
 * Milestones without a generated picture (none, drawn, statistics and quotes) take no part.
 * `pictures` is the journey's table of subjects (its shape's), the project's rows alone unless given.
 */
export function castJourney(milestones: readonly CastMilestone[], eras: readonly Era[], pictures: readonly Subject[] = SUBJECTS): Map<string, Casting> {
  const ordered = [...milestones].sort((a, b) => a.year - b.year || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const turns = new Map<string, number>();
  const usedInYear = new Map<number, Set<MotifId>>();
  const cast = new Map<string, Casting>();
  for (const milestone of ordered) {
    if (artPlanFor(milestone).type !== 'generated') continue;
    const used = usedInYear.get(milestone.year) ?? new Set<MotifId>();
    usedInYear.set(milestone.year, used);
    const match = subjectOf({
      kind: milestone.kind,
      scenery: eraForYear(eras, milestone.year).scenery,
      title: milestone.title,
      subtitle: milestone.subtitle,
      body: milestone.words ?? '',
    }, pictures);
    const chosen = typeof milestone.art === 'object' && 'motif' in milestone.art ? milestone.art : undefined;
    if (chosen) {
      used.add(chosen.motif);
      const label = chosen.label ?? match.label;
      cast.set(milestone.id, { subject: match.subject.id, motif: chosen.motif, ...(label ? { label } : {}), because: 'chosen in its frontmatter (art.motif)' });
      continue;
    }
    const { subject } = match;
    const turn = turns.get(subject.id) ?? 0;
    turns.set(subject.id, turn + 1);
    const inTurn = subject.motifs.map((_, index) => subject.motifs[(turn + index) % subject.motifs.length]!);
    const motif = inTurn.find((candidate) => !used.has(candidate)) ?? inTurn[0]!;
    used.add(motif);
    const because = match.word ? `the words "${match.word}" name ${subject.id}` : `nothing in its words is in the table: ${subject.id}, its kind's picture`;
    cast.set(milestone.id, { subject: subject.id, motif, ...(match.label ? { label: match.label } : {}), because });
  }
  return cast;
}
