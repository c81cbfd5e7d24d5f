import { GENERATED_YEARS } from './generate.ts';

/** A generated journey the scale step builds: how many milestones, spread over how many years (ending with the journey's last). */
export interface ScaleSize {
  milestones: number;
  years: number;
}

/** "1000" (over the journey's own years) or "4000/400" (4,000 milestones over 400 years); undefined when it is neither. */
export function parseScaleSize(text: string): ScaleSize | undefined {
  const match = /^(\d+)(?:\/(\d+))?$/.exec(text.trim());
  if (!match) return undefined;
  const milestones = Number(match[1]);
  const years = match[2] === undefined ? GENERATED_YEARS : Number(match[2]);
  if (milestones < 1 || years < 1) return undefined;
  return { milestones, years };
}

/** As the command line writes it: "1000", "4000/400". */
export function scaleSizeArg(size: ScaleSize): string {
  return size.years === GENERATED_YEARS ? String(size.milestones) : `${size.milestones}/${size.years}`;
}

/** As the report says it: "4,000 milestones over 400 years". */
export function scaleSizeName(size: ScaleSize): string {
  return `${size.milestones.toLocaleString('en-US')} milestones over ${size.years.toLocaleString('en-US')} years`;
}

export const sameScaleSize = (a: ScaleSize, b: ScaleSize) => a.milestones === b.milestones && a.years === b.years;

/** Fewer milestones first; for the same count, fewer years first. */
export const byScaleSize = (a: ScaleSize, b: ScaleSize) => a.milestones - b.milestones || a.years - b.years;
