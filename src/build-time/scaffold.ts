import { stringify } from 'yaml';
import { MILESTONE_KINDS, milestoneSchema } from '../model/schema/milestone.ts';
import { DATE_FORMS, parseJourneyDate, serializeJourneyDate } from '../model/journey-date.ts';
import { anchorFromId, fileStemFor, folderForDate, TIMELINE_DIR } from '../model/milestone.ts';
import type { TrackId } from '../model/tracks.ts';
import { contentShape } from './content/snapshot.ts';
import { JOURNEY_FILE } from './content/files.ts';
import { trackChoiceProblem } from './content/track-choice.ts';
import { fieldGuide } from './content/field-guide.ts';
import { describeIssues } from './content/messages.ts';
import { entryIdFor } from './content/entry-id.ts';

/** What `npm run new` is asked for. Everything is text, as typed on the command line. */
export interface ScaffoldRequest {
  title?: string;
  date?: string;
  track?: string;
  kind?: string;
  subtitle?: string;
}

export interface ScaffoldProblem {
  field: string;
  problem: string;
  expected?: string;
}

export type ScaffoldResult =
  | {
      ok: true;
      /** Where the file goes, relative to the project root: "content/timeline/2026/06-04-backstage-2-0.mdx". */
      path: string;
      /** The page anchor the milestone will have: "2026-06-04-backstage-2-0". */
      anchor: string;
      text: string;
    }
  | { ok: false; problems: ScaffoldProblem[] };

/**
 * A new milestone file: validated with the collection's schema (so a bad date or track gets the
 * checker's words), placed in its year folder under its conventional name. Its track is one of the
 * journey's (`trackIds`, from content/journey.yaml unless given).
 */
export function scaffoldMilestone(request: ScaffoldRequest, trackIds: readonly TrackId[] = contentShape().trackIds): ScaffoldResult {
  const data: Record<string, unknown> = {};
  if (request.title !== undefined) data.title = request.title;
  if (request.date !== undefined) data.date = request.date;
  if (request.kind === 'era') data.precision = 'era';
  if (request.track !== undefined) data.track = request.track;
  if (request.kind !== undefined) data.kind = request.kind;
  if (request.subtitle !== undefined) data.subtitle = request.subtitle;

  const eraDate = request.kind === 'era' && request.date !== undefined ? parseJourneyDate(request.date) : undefined;
  if (eraDate?.ok && eraDate.date.precision !== 'year') {
    return {
      ok: false,
      problems: [
        {
          field: 'date',
          problem: `"${request.date}" has a ${eraDate.date.precision}, but an era (--kind era) is dated by its year alone`,
          expected: `the year alone, such as "${eraDate.date.year}"`,
        },
      ],
    };
  }

  const result = milestoneSchema.safeParse(data, { reportInput: true });
  const guide = fieldGuide(milestoneSchema);
  const problems: ScaffoldProblem[] = result.success
    ? []
    : describeIssues(result.error.issues, { guide, data }).map(({ field, problem, expected }) => ({ field, problem, expected }));
  const wrongTrack = typeof request.track === 'string' && request.track.trim() ? trackChoiceProblem(request.track.trim(), trackIds) : undefined;
  if (wrongTrack) problems.push({ field: 'track', ...wrongTrack });
  // In the order of the file's fields, as the content check lists them.
  const order = guide.knownFields([]);
  problems.sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
  if (!result.success || problems.length > 0) return { ok: false, problems };

  const milestone = result.data;
  const date = milestone.date;
  const folder = folderForDate(date);
  const stem = fileStemFor(date, milestone.title);
  const path = `${TIMELINE_DIR}/${folder}/${stem}.mdx`;
  const anchor = anchorFromId(entryIdFor(`${folder}/${stem}.mdx`));

  return { ok: true, path, anchor, text: milestoneText({ ...milestone, dateText: serializeJourneyDate(date) }, { tracks: trackIds }) };
}

/** What a milestone file says, as `npm run new` and `npm run import` write it. */
export interface MilestoneFileFields {
  title: string;
  /** The date as written in the file: "2022-03-17", "66,000,000 BC" (`serializeJourneyDate`). */
  dateText: string;
  precision?: 'era';
  track: string;
  kind: string;
  subtitle?: string;
  editorNote?: string;
}

export interface MilestoneFileOptions {
  /** Comment lines at the top of the frontmatter, without their "# ": where the file came from. */
  origin?: readonly string[];
  /** The track ids the comment above `track:` offers (the journey's tracks). */
  tracks: readonly TrackId[];
  /** The story below the frontmatter, as Markdown. */
  body?: string;
}

/** A YAML value on one line, quoted only when YAML needs it. */
function scalar(value: string): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

/**
 * The text of a milestone file: its fields, each with a comment saying what it takes, the optional
 * fields as comments to uncomment, and its story under the closing `---`.
 */
export function milestoneText(fields: MilestoneFileFields, options: MilestoneFileOptions): string {
  const lines = [
    '---',
    ...(options.origin ?? []).map((line) => `# ${line}`),
    '# One milestone of the journey. `npm run check:content` checks these fields; every field',
    '# is described in src/model/schema/milestone.ts. The story goes below the closing --- line.',
    `title: ${scalar(fields.title)}`,
    `# ${DATE_FORMS}.`,
    '# The year must match the folder this file is in.',
    `date: ${JSON.stringify(fields.dateText)}`,
  ];
  if (fields.precision) {
    lines.push('# An era: the date stands for a whole period.', `precision: ${fields.precision}`);
  }
  lines.push(
    `# ${options.tracks.map((id) => `"${id}"`).join(' or ')} (the tracks in ${JOURNEY_FILE})`,
    `track: ${fields.track}`,
    '# What it is about; picks the art and the card style:',
    `# ${MILESTONE_KINDS.join(', ')}`,
    `kind: ${fields.kind}`,
  );
  if (fields.subtitle) lines.push(`subtitle: ${scalar(fields.subtitle)}`);
  if (fields.editorNote) lines.push(stringify({ editorNote: fields.editorNote }, { lineWidth: 0 }).trimEnd());
  lines.push('#', '# More fields: remove the "# " in front of the ones you need.');
  if (!fields.subtitle) lines.push('# subtitle: A second line under the title');
  lines.push(
    '# stats:                       # figures shown large on the card',
    '#   - value: "10,000"',
    '#     label: GitHub stars',
    '# attribution: Who said it     # for a quote, whose title is the quotation',
    '# art: decorative              # or none, or a picture next to this file:',
    '# art:',
    '#   src: ./my-art.svg',
    '#   alt: What the picture shows',
    '# links:',
    '#   - label: Read the announcement',
    '#     href: https://example.org/news',
    '# draft: true                  # keeps it off the published site; npm run dev still shows it',
  );
  if (!fields.editorNote) lines.push('# editorNote: A note for other editors, never shown on the page');
  lines.push('---', '');
  if (options.body) lines.push(options.body.trimEnd(), '');
  return lines.join('\n');
}
