import { parseJourneyDate, type JourneyDate } from '../../../model/journey-date.ts';
import type { FieldGuide } from '../field-guide.ts';
import type { CheckInput } from '../files.ts';
import type { MilestoneFile } from '../milestone-file.ts';
import type { FileProblem, Problem } from '../problem.ts';

/**
 * A rule of the content check. A file rule looks at one milestone file, read once
 * (`milestone-file.ts`); a journey rule looks at all of them together (the same page address
 * twice, the same milestone twice).
 */
export interface RuleContext {
  input: CheckInput;
  /** What each field of a milestone expects, from the schema. */
  guide: FieldGuide;
}

export interface FileRule {
  name: string;
  check(file: MilestoneFile, context: RuleContext): FileProblem[];
}

export interface JourneyRule {
  name: string;
  check(files: readonly MilestoneFile[], context: RuleContext): Problem[];
}

/** The date as written, when it reads as a date, even if other fields of the file are wrong. */
export function writtenDate(file: MilestoneFile): JourneyDate | undefined {
  const date = file.frontmatter?.data.date;
  if (date === undefined) return undefined;
  const parsed = parseJourneyDate(date);
  return parsed.ok ? parsed.date : undefined;
}

/** A text field as written, trimmed, when it is text. */
export function writtenText(file: MilestoneFile, field: string): string | undefined {
  const value = file.frontmatter?.data[field];
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** The line of a field in the file's frontmatter (the opening line when it is not written). */
export function fieldLine(file: MilestoneFile, path: readonly PropertyKey[]): number {
  return file.frontmatter?.lineOf(path) ?? 1;
}
