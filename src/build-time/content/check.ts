import { posix } from 'node:path';
import { growthSeries } from '../../model/growth.ts';
import { journeyCopySchema, type JourneyCopy } from '../../model/schema/journey.ts';
import { milestoneSchema } from '../../model/schema/milestone.ts';
import { TIMELINE_DIR, toMilestone } from '../../model/milestone.ts';
import { fieldGuide } from './field-guide.ts';
import { JOURNEY_FILE, type CheckInput, type ContentFile } from './files.ts';
import { parseFrontmatterYaml } from './frontmatter.ts';
import { describeIssues, fieldLabel } from './messages.ts';
import { trackChoiceProblem } from './track-choice.ts';
import { contrast } from '../../model/colour.ts';
import { tokenValue } from '../design-tokens.ts';
import { isMilestonePath, readMilestoneFile, type MilestoneFile } from './milestone-file.ts';
import { inFile, type Problem } from './problem.ts';
import { FILE_RULES, JOURNEY_RULES, type RuleContext } from './rules/index.ts';

/**
 * The content check: every milestone file read once (`milestone-file.ts`) and held to every rule
 * (`rules/`), and the journey copy against its schema. It reads nothing itself: callers pass the
 * files and a way to test that a picture exists (`readContent` in `files.ts`). The content
 * collection's loader runs the same check, so the build refuses what the check refuses.
 */

export type { Problem, ProblemKind, Severity } from './problem.ts';
export type { CheckInput, ContentFile } from './files.ts';

export interface CheckResult {
  /** How many milestone files were checked. */
  milestones: number;
  /** The milestone files, as read: the collection takes its entries from them. */
  files: MilestoneFile[];
  problems: Problem[];
  errors: number;
  warnings: number;
  /** The journey's own words and shape (`content/journey.yaml`), when they pass the check. */
  journey?: JourneyCopy;
}

const milestoneGuide = fieldGuide(milestoneSchema);
const journeyGuide = fieldGuide(journeyCopySchema);

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function checkContent(input: CheckInput): CheckResult {
  const problems: Problem[] = [...(input.unreadable ?? [])];
  const context: RuleContext = { input, guide: milestoneGuide };
  const files: MilestoneFile[] = [];

  for (const file of [...input.files].sort((a, b) => compareText(a.path, b.path))) {
    const inCollection = file.path.startsWith(`${TIMELINE_DIR}/`) ? file.path.slice(TIMELINE_DIR.length + 1) : file.path;
    if (!isMilestonePath(inCollection)) {
      problems.push(...ignored(file, inCollection));
      continue;
    }
    const milestone = readMilestoneFile(file);
    files.push(milestone);
    problems.push(...inFile(file.path, [...milestone.problems, ...FILE_RULES.flatMap((rule) => rule.check(milestone, context))]));
  }

  if (files.length === 0) {
    problems.push({
      severity: 'error',
      kind: 'empty',
      file: TIMELINE_DIR,
      field: '',
      problem: 'there are no milestones: no .mdx files were found',
      expected: `one file per milestone, such as ${TIMELINE_DIR}/2022/03-17-version-1-0-released.mdx (npm run new -- "Version 1.0 released" --date 2022-03-17 --track <one of the track ids in ${JOURNEY_FILE}>)`,
    });
  }
  problems.push(...JOURNEY_RULES.flatMap((rule) => rule.check(files, context)));
  let copy: JourneyCopy | undefined;
  if (input.journey !== undefined) {
    const journey = checkJourneyCopy(input.journey, files);
    copy = journey.copy;
    problems.push(...journey.problems, ...checkGrowthFigures(files, copy), ...checkTracks(files, copy), ...(journey.copy && journey.where ? checkAccent(journey.copy, journey.where) : []));
  }

  problems.sort(
    (a, b) => compareText(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1),
  );
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  return { milestones: files.length, files, problems, errors, warnings: problems.length - errors, ...(copy ? { journey: copy } : {}) };
}

/** The accent must read on the page's background: 3:1 at least, as large type and controls need (WCAG 2). */
const ACCENT_CONTRAST = 3;

/** Where a field of content/journey.yaml is written: the file and the line of a field. */
interface JourneyPlace {
  file: string;
  lineOf: (path: readonly PropertyKey[]) => number;
}

function checkAccent(copy: JourneyCopy, where: JourneyPlace): Problem[] {
  if (!copy.accent) return [];
  const background = tokenValue('--color-bg');
  const ratio = contrast(copy.accent, background);
  if (ratio >= ACCENT_CONTRAST) return [];
  return [
    {
      severity: 'error',
      kind: 'field',
      file: where.file,
      line: where.lineOf(['accent']),
      field: 'accent',
      problem: `"${copy.accent}" stands out from the page's background (${background}) by ${ratio.toFixed(2)}:1, less than the ${ACCENT_CONTRAST}:1 the numerals and links need`,
      expected: `a lighter colour, such as "${copy.accent}" made brighter, with at least ${ACCENT_CONTRAST}:1 on ${background}`,
    },
  ];
}

/** Every milestone's track is one the journey lists in `tracks:`. */
function checkTracks(files: readonly MilestoneFile[], copy: JourneyCopy | undefined): Problem[] {
  if (!copy) return [];
  const trackIds = copy.tracks.map((track) => track.id);
  return files.flatMap((file) => {
    // Said of a file with other problems too, as its other fields' problems are.
    const track = file.frontmatter?.data.track;
    const wrong = typeof track === 'string' && track.trim() ? trackChoiceProblem(track.trim(), trackIds) : undefined;
    if (!wrong) return [];
    return [{ severity: 'error' as const, kind: 'field' as const, file: file.file.path, line: file.frontmatter?.lineOf(['track']) ?? 1, field: 'track', ...wrong }];
  });
}

/** What to write when `content/journey.yaml` lists no tracks: one entry per track the milestones name, in the order they first appear. */
function tracksToWrite(files: readonly MilestoneFile[]): string {
  const named = [...new Set(files.flatMap((file) => (file.milestone ? [file.milestone.track] : [])))];
  const ids = named.length > 0 ? named : ['our-story'];
  return `tracks:${ids.map((id) => ` - id: ${id} / name: … / short: …`).join(';')} (one entry per lane, top lane first)`;
}

/** A Markdown file the collection does not read is worth a word; notes (`_…`) and hidden files are not. */
function ignored(file: ContentFile, inCollection: string): Problem[] {
  const hidden = inCollection.split('/').some((segment) => segment.startsWith('.')) || posix.basename(inCollection).startsWith('_');
  if (!/\.(md|markdown)$/i.test(inCollection) || hidden) return [];
  return [
    {
      severity: 'warning',
      kind: 'ignored',
      file: file.path,
      line: 1,
      field: 'file name',
      problem: 'only .mdx files are part of the journey, so this file is left out',
      expected: `the same name ending in .mdx: ${posix.basename(file.path).replace(/\.(md|markdown)$/i, '.mdx')}`,
    },
  ];
}

/**
 * A figure a growth chart collects (its label is one that `growth` in the journey copy lists)
 * must read as a number to be drawn; one that does not is left out of the chart, with a warning.
 */
function checkGrowthFigures(files: readonly MilestoneFile[], copy: JourneyCopy | undefined): Problem[] {
  if (!copy?.growth) return [];
  const byId = new Map(files.map((file) => [file.id, file]));
  // Read again in the journey's language: a bare number is written out, and figures read, as its page does.
  const milestones = files.flatMap((file) => (file.fields?.success ? [toMilestone(file.id, file.fields.data, copy.lang)] : []));
  return growthSeries(milestones, copy.growth.series, copy.lang).unread.map(({ milestone, index, series, value }) => {
    const file = byId.get(milestone.id)!;
    const path = ['stats', index, 'value'];
    return {
      severity: 'warning',
      kind: 'growth',
      file: file.file.path,
      line: file.frontmatter?.lineOf(path) ?? 1,
      field: fieldLabel(path),
      problem: `"${value}" reads as no number, so the "${series}" growth chart (growth in ${JOURNEY_FILE}) leaves it out`,
      expected: `a figure such as "1,700", "10,000+", "31k" or "3.4k+"; or a label that no chart in ${JOURNEY_FILE} collects`,
    };
  });
}

/** The page's own words, read as the journey collection reads them (`readJourneyCopy`): their problems, and the copy when it is valid. */
function checkJourneyCopy(
  file: ContentFile | null,
  milestones: readonly MilestoneFile[],
): { problems: Problem[]; copy?: JourneyCopy; where?: JourneyPlace } {
  if (file === null) {
    return {
      problems: [
        {
          severity: 'error',
          kind: 'empty',
          file: JOURNEY_FILE,
          field: '',
          problem: 'the file is missing',
          expected: "the page's own words (siteName, description, intro, outro, credits) in content/journey.yaml",
        },
      ],
    };
  }
  const parsed = parseFrontmatterYaml(file.text, { firstLine: 1, missingLine: 1 });
  const problems: Problem[] = parsed.problems.map((problem) => ({
    severity: problem.warning ? 'warning' : 'error',
    kind: 'yaml',
    file: file.path,
    line: problem.line,
    field: problem.field ?? '',
    problem: problem.problem,
    expected: problem.expected,
  }));
  if (parsed.data === undefined) return { problems };
  const result = journeyCopySchema.safeParse(parsed.data, { reportInput: true });
  if (result.success) return { problems, copy: result.data, where: { file: file.path, lineOf: parsed.lineOf } };
  return {
    problems: [
      ...problems,
      ...describeIssues(result.error.issues, { guide: journeyGuide, data: parsed.data }).map((problem) => ({
        severity: 'error' as const,
        kind: problem.problem.startsWith('unknown field') ? ('unknown-field' as const) : ('field' as const),
        file: file.path,
        line: parsed.lineOf(problem.path),
        field: problem.field,
        problem: problem.problem,
        expected: problem.path.length === 1 && problem.path[0] === 'tracks' && !('tracks' in (parsed.data as object)) ? tracksToWrite(milestones) : problem.expected,
      })),
    ],
  };
}

/** The journey copy's fields from the text of `content/journey.yaml`, read as the check reads it; undefined when it cannot be read. */
export function readJourneyCopy(text: string): unknown {
  return parseFrontmatterYaml(text, { firstLine: 1, missingLine: 1 }).data;
}
