import { posix } from 'node:path';
import { milestoneSchema } from '../../model/schema/milestone.ts';
import { journeyCopySchema } from '../../model/schema/journey.ts';
import { parseJourneyDate, serializeJourneyDate, yearKey, type JourneyDate } from '../../model/journey-date.ts';
import { MDX_COMPONENT_NAMES } from '../../model/mdx-components.ts';
import { anchorFromId, fileStemFor, TIMELINE_DIR } from '../../model/milestone.ts';
import { entryIdFor } from './entry-id.ts';
import { parseFrontmatterYaml, splitFrontmatter, type ParsedFrontmatter } from './frontmatter.ts';
import { JOURNEY_GUIDE, MILESTONE_GUIDE } from './guides.ts';
import { checkMdxBody } from './mdx.ts';
import { describeIssues, type FieldGuide } from './messages.ts';
import { knownFieldsAt } from './schema-fields.ts';

/**
 * The content check: every milestone file and the journey copy, against the same schemas the
 * content collections use, plus what the schemas cannot see (files on disk, other files, the MDX
 * body). It reads nothing itself: callers pass the files and a way to test that a file exists.
 */

/** Where the page's own words live, relative to the project root. */
export const JOURNEY_FILE = 'content/journey.yaml';

export interface ContentFile {
  /** Relative to the project root, with forward slashes: "content/timeline/2022/03-17-backstage.mdx". */
  path: string;
  text: string;
}

export interface CheckInput {
  /** The `.mdx` and `.md` files under `content/timeline/`. */
  files: readonly ContentFile[];
  /** `content/journey.yaml`; null when it does not exist, left out to skip it. */
  journey?: ContentFile | null;
  /** Whether a file exists, by its path relative to the project root. */
  exists(path: string): boolean;
}

export type Severity = 'error' | 'warning';

export type ProblemKind =
  | 'frontmatter'
  | 'yaml'
  | 'field'
  | 'unknown-field'
  | 'art-missing'
  | 'folder'
  | 'duplicate'
  | 'anchor'
  | 'mdx'
  | 'component'
  | 'file-name'
  | 'same-title'
  | 'order'
  | 'ignored'
  | 'empty';

export interface Problem {
  severity: Severity;
  kind: ProblemKind;
  file: string;
  /** 1-based line in the file: the line of the frontmatter key, or of the MDX that fails. */
  line?: number;
  /** The field as an editor reads it: "date", "alt (in art)", "body", "file name". */
  field: string;
  /** What is wrong, with the value that was written. */
  problem: string;
  /** What belongs there instead. */
  expected?: string;
  /** The other files involved, for problems between files. */
  related?: string[];
}

export interface CheckResult {
  /** How many milestone files were checked. */
  milestones: number;
  problems: Problem[];
  errors: number;
  warnings: number;
}

/** What the cross-file checks need to know of one milestone. */
interface Summary {
  file: string;
  track?: string;
  title?: string;
  titleLine: number;
  date?: JourneyDate;
  dateLine: number;
  /** The editor's place for it among the milestones of its date and track. */
  order?: number;
  orderLine: number;
  anchor: string;
}

export function checkContent(input: CheckInput): CheckResult {
  const problems: Problem[] = [];
  const summaries: Summary[] = [];
  const milestoneFiles = [...input.files].sort((a, b) => compareText(a.path, b.path));
  let milestones = 0;

  for (const file of milestoneFiles) {
    const inCollection = file.path.startsWith(`${TIMELINE_DIR}/`) ? file.path.slice(TIMELINE_DIR.length + 1) : file.path;
    if (!isCollected(inCollection)) {
      if (/\.(md|markdown)$/i.test(inCollection) && !isHidden(inCollection) && !posix.basename(inCollection).startsWith('_')) {
        problems.push({
          severity: 'warning',
          kind: 'ignored',
          file: file.path,
          line: 1,
          field: 'file name',
          problem: 'only .mdx files are part of the journey, so this file is left out',
          expected: `the same name ending in .mdx: ${posix.basename(file.path).replace(/\.(md|markdown)$/i, '.mdx')}`,
        });
      }
      continue;
    }
    milestones++;
    const summary = checkMilestone(file, inCollection, input, problems);
    summaries.push(summary);
  }

  if (milestones === 0) {
    problems.push({
      severity: 'error',
      kind: 'empty',
      file: TIMELINE_DIR,
      field: '',
      problem: 'there are no milestones: no .mdx files were found',
      expected: `one file per milestone, such as ${TIMELINE_DIR}/2022/03-17-backstage-1-0-released.mdx (npm run new -- "Title" --date 2022-03-17 --track open-source)`,
    });
  }

  checkAcrossFiles(summaries, problems);
  checkSameDayOrder(summaries, problems);

  if (input.journey !== undefined) checkJourney(input.journey, problems);

  problems.sort(
    (a, b) => compareText(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1),
  );
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  return { milestones, problems, errors, warnings: problems.length - errors };
}

/** The files Astro's glob loader reads: `**\/[^_]*.mdx`, without hidden files or folders. */
function isCollected(pathInCollection: string): boolean {
  if (!pathInCollection.endsWith('.mdx') || isHidden(pathInCollection)) return false;
  return !posix.basename(pathInCollection).startsWith('_');
}

function isHidden(pathInCollection: string): boolean {
  return pathInCollection.split('/').some((segment) => segment.startsWith('.'));
}

function checkMilestone(file: ContentFile, inCollection: string, input: CheckInput, problems: Problem[]): Summary {
  const report = (problem: Omit<Problem, 'file' | 'severity'> & { severity?: Severity }) =>
    problems.push({ severity: 'error', file: file.path, ...problem });
  const summary: Summary = { file: file.path, titleLine: 1, dateLine: 1, orderLine: 1, anchor: '' };

  const split = splitFrontmatter(file.text);
  let parsed: ParsedFrontmatter | undefined;
  if (!split.ok) {
    report({ kind: 'frontmatter', line: split.line, field: 'frontmatter', problem: split.problem, expected: split.expected });
  } else {
    parsed = parseFrontmatterYaml(split.yaml, {
      firstLine: split.yamlLine,
      missingLine: split.openLine,
      timestampsExceptAt: ['date'],
    });
    for (const problem of parsed.problems) {
      report({
        severity: problem.warning ? 'warning' : 'error',
        kind: 'yaml',
        line: problem.line,
        field: problem.field ?? 'frontmatter',
        problem: problem.problem,
        expected: problem.expected,
      });
    }
  }

  const data = parsed?.data as Record<string, unknown> | undefined;
  summary.anchor = anchorFromId(entryIdFor(inCollection, data));

  if (data && parsed) {
    const result = milestoneSchema.safeParse(data, { reportInput: true });
    if (!result.success) {
      for (const problem of describeFields(result.error.issues, data, milestoneSchema, MILESTONE_GUIDE)) {
        report({
          kind: problem.unknown ? 'unknown-field' : 'field',
          line: parsed.lineOf(problem.path),
          field: problem.field,
          problem: problem.problem,
          expected: problem.expected,
        });
      }
    }
    summary.titleLine = parsed.lineOf(['title']);
    summary.dateLine = parsed.lineOf(['date']);
    summary.orderLine = parsed.lineOf(['order']);
    if (Number.isInteger(data.order)) summary.order = data.order as number;
    if (typeof data.title === 'string' && data.title.trim()) summary.title = data.title.trim();
    if (typeof data.track === 'string') summary.track = data.track;
    const date = parseJourneyDate(data.date);
    if (date.ok && data.date !== undefined) {
      summary.date = date.date;
      checkFolder(file, inCollection, date.date, summary, report);
      if (summary.title) checkFileName(inCollection, date.date, summary.title, summary, report);
    }
    checkArt(file, data, parsed, input, report);
  }

  if (split.ok) {
    const directory = posix.dirname(file.path);
    for (const problem of checkMdxBody(split.body, {
      components: MDX_COMPONENT_NAMES,
      exists: input.exists,
      resolveImport: (specifier) => (/^\.{1,2}\//.test(specifier) ? posix.join(directory, specifier) : undefined),
    })) {
      report({
        kind: problem.field === 'body' ? 'mdx' : 'component',
        line: problem.line,
        field: problem.field,
        problem: problem.problem,
        expected: problem.expected,
      });
    }
  }
  return summary;
}

type Report = (problem: Omit<Problem, 'file' | 'severity'> & { severity?: Severity }) => void;

function describeFields(
  issues: Parameters<typeof describeIssues>[0],
  data: unknown,
  schema: Parameters<typeof knownFieldsAt>[0],
  guide: FieldGuide,
) {
  return describeIssues(issues, { guide, data, knownFields: (path) => knownFieldsAt(schema, path) }).map((problem) => ({
    ...problem,
    unknown: problem.problem.startsWith('unknown field'),
  }));
}

function checkFolder(file: ContentFile, inCollection: string, date: JourneyDate, summary: Summary, report: Report): void {
  const folder = inCollection.includes('/') ? inCollection.split('/')[0]! : undefined;
  const expectedFolder = yearKey(date.year);
  if (folder === expectedFolder) return;
  const written = serializeJourneyDate(date);
  report({
    kind: 'folder',
    line: summary.dateLine,
    field: 'date',
    problem: folder
      ? `the date ${written} is in ${expectedFolder}, but the file is in the folder ${folder}/`
      : `the file is not in a year folder; its date ${written} belongs in ${expectedFolder}/`,
    expected: `the file in ${TIMELINE_DIR}/${expectedFolder}/, or a date in ${folder ?? 'the folder it is in'}`,
  });
}

function checkFileName(
  inCollection: string,
  date: JourneyDate,
  title: string,
  summary: Summary,
  report: Report,
): void {
  const stem = posix.basename(inCollection, '.mdx');
  const pad = (value: number) => String(value).padStart(2, '0');
  const prefix =
    date.precision === 'day' ? `${pad(date.month!)}-${pad(date.day!)}-` : date.precision === 'month' ? `${pad(date.month!)}-` : '';
  const suggestion = `${fileStemFor(date, title)}.mdx`;
  let problem: string | undefined;
  if (prefix && !stem.startsWith(prefix)) {
    problem =
      date.precision === 'day'
        ? `the file name does not start with the date's month and day (${prefix})`
        : `the file name does not start with the date's month (${prefix})`;
  } else if (!prefix && /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])-/.test(stem)) {
    problem = 'the file name starts with a month and day, but the date is a year alone';
  } else if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(stem.slice(prefix.length))) {
    problem = 'the file name has characters other than lowercase letters, digits and hyphens';
  }
  if (!problem) return;
  report({
    severity: 'warning',
    kind: 'file-name',
    line: summary.dateLine,
    field: 'file name',
    problem,
    expected: `<MM-DD>-<slug>.mdx for a day, <MM>-<slug>.mdx for a month, <slug>.mdx for a year; here: ${suggestion}`,
  });
}

function checkArt(file: ContentFile, data: Record<string, unknown>, parsed: ParsedFrontmatter, input: CheckInput, report: Report): void {
  const art = data.art;
  if (!art || typeof art !== 'object' || Array.isArray(art)) return;
  const src = (art as { src?: unknown }).src;
  if (typeof src !== 'string' || !/\.(svg|png|jpe?g|webp|avif)$/i.test(src.trim())) return;
  const target = posix.join(posix.dirname(file.path), src.trim());
  if (input.exists(target)) return;
  report({
    kind: 'art-missing',
    line: parsed.lineOf(['art', 'src']),
    field: 'src (in art)',
    problem: `"${src.trim()}" does not exist: there is no file ${target}`,
    expected: MILESTONE_GUIDE['art.src'],
  });
}

function checkAcrossFiles(summaries: readonly Summary[], problems: Problem[]): void {
  const byAnchor = new Map<string, Summary[]>();
  for (const summary of summaries) byAnchor.set(summary.anchor, [...(byAnchor.get(summary.anchor) ?? []), summary]);
  for (const [anchor, group] of byAnchor) {
    if (group.length < 2) continue;
    for (const summary of group) {
      const others = group.filter((other) => other !== summary).map((other) => other.file);
      problems.push({
        severity: 'error',
        kind: 'anchor',
        file: summary.file,
        line: 1,
        field: 'file name',
        problem: `the page address #${anchor} is the same as that of ${others.join(' and ')}`,
        expected: 'file names that differ by more than capital letters or punctuation',
        related: others,
      });
    }
  }

  const byMilestone = new Map<string, Summary>();
  const byTitle = new Map<string, Summary>();
  for (const summary of summaries) {
    if (!summary.title || !summary.track || !summary.date) continue;
    const title = summary.title.toLowerCase().replace(/\s+/g, ' ');
    const date = serializeJourneyDate(summary.date);
    const sameMilestone = byMilestone.get(`${summary.track}\n${date}\n${title}`);
    if (sameMilestone) {
      problems.push({
        severity: 'error',
        kind: 'duplicate',
        file: summary.file,
        line: summary.titleLine,
        field: 'title',
        problem: `the same milestone is already in ${sameMilestone.file} (same track, title and date)`,
        expected: 'one file per milestone: remove one of the two, or change its title or date',
        related: [sameMilestone.file],
      });
      continue;
    }
    byMilestone.set(`${summary.track}\n${date}\n${title}`, summary);
    const sameTitle = byTitle.get(`${summary.track}\n${title}`);
    if (sameTitle && sameTitle.date) {
      problems.push({
        severity: 'warning',
        kind: 'same-title',
        file: summary.file,
        line: summary.titleLine,
        field: 'title',
        problem: `the title "${summary.title}" is also used in the same track by ${sameTitle.file} (${serializeJourneyDate(sameTitle.date)})`,
        expected: 'titles that tell the two milestones apart',
        related: [sameTitle.file],
      });
    } else {
      byTitle.set(`${summary.track}\n${title}`, summary);
    }
  }
}

/**
 * `order` places a milestone among the others of its date and track: two with the same place are
 * an error (which comes first?), and one that has no other to be placed among says nothing.
 */
function checkSameDayOrder(summaries: readonly Summary[], problems: Problem[]): void {
  const byDay = new Map<string, Summary[]>();
  for (const summary of summaries) {
    if (!summary.track || !summary.date) continue;
    const key = `${summary.track}\n${serializeJourneyDate(summary.date)}`;
    byDay.set(key, [...(byDay.get(key) ?? []), summary]);
  }
  for (const group of byDay.values()) {
    for (const summary of group) {
      if (summary.order === undefined) continue;
      const others = group.filter((other) => other !== summary);
      const date = serializeJourneyDate(summary.date!);
      if (others.length === 0) {
        problems.push({
          severity: 'warning',
          kind: 'order',
          file: summary.file,
          line: summary.orderLine,
          field: 'order',
          problem: `order ${summary.order} places this milestone among others of ${date}, but it is the only one of its track on that date`,
          expected: 'no order line: order only matters between milestones of the same date and track',
        });
        continue;
      }
      const same = others.filter((other) => other.order === summary.order).map((other) => other.file);
      if (same.length > 0) {
        problems.push({
          severity: 'error',
          kind: 'order',
          file: summary.file,
          line: summary.orderLine,
          field: 'order',
          problem: `order ${summary.order} is also the place of ${same.join(' and ')} on ${date}, so which comes first is not said`,
          expected: `a different order for each milestone of ${date} in this track (1, 2, 3…)`,
          related: same,
        });
      }
    }
  }
}

function checkJourney(file: ContentFile | null, problems: Problem[]): void {
  if (file === null) {
    problems.push({
      severity: 'error',
      kind: 'empty',
      file: JOURNEY_FILE,
      field: '',
      problem: 'the file is missing',
      expected: "the page's own words (siteName, description, intro, outro, credits) in content/journey.yaml",
    });
    return;
  }
  const parsed = parseFrontmatterYaml(file.text, { firstLine: 1, missingLine: 1 });
  for (const problem of parsed.problems) {
    problems.push({
      severity: problem.warning ? 'warning' : 'error',
      kind: 'yaml',
      file: file.path,
      line: problem.line,
      field: problem.field ?? '',
      problem: problem.problem,
      expected: problem.expected,
    });
  }
  if (parsed.data === undefined) return;
  const result = journeyCopySchema.safeParse(parsed.data, { reportInput: true });
  if (result.success) return;
  for (const problem of describeFields(result.error.issues, parsed.data, journeyCopySchema, JOURNEY_GUIDE)) {
    problems.push({
      severity: 'error',
      kind: problem.unknown ? 'unknown-field' : 'field',
      file: file.path,
      line: parsed.lineOf(problem.path),
      field: problem.field,
      problem: problem.problem,
      expected: problem.expected,
    });
  }
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

