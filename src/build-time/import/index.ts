import { existsSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { MANIFEST_PATH } from '../art/manifest.ts';
import { checkContent } from '../content/check.ts';
import { JOURNEY_FILE, readContent } from '../content/files.ts';
import { planImport, type ImportPlan } from './plan.ts';
import { readTimelineCsv } from './read-csv.ts';
import { readTimelineJson } from './read-json.ts';
import type { ReportLine } from './report.ts';
import type { ReadResult } from './timeline.ts';
import { writeImport } from './write.ts';

/**
 * `npm run import -- FILE [--new]`: a TimelineJS timeline (its JSON, or its Google Sheets template
 * saved as CSV) read, checked whole, and written into the journey as milestone files. Nothing is
 * written unless every slide can be read.
 */

export interface ImportRequest {
  /** The project folder whose content/ the timeline goes into. */
  root: string;
  /** The TimelineJS file. */
  file: string;
  /** Start a fresh journey from the file instead of adding to the one there is. */
  fresh: boolean;
}

export type ImportResult =
  | {
      ok: true;
      plan: ImportPlan;
      report: ReportLine[];
      /** The content check of the journey as the import left it. */
      check: { milestones: number; errors: number; warnings: number };
    }
  | { ok: false; errors: string[] };

/** The timeline in a file's text: JSON by its name or its first character, else the sheet's CSV. */
export function readTimeline(name: string, text: string): ReadResult {
  const extension = extname(name).toLowerCase();
  const json = extension === '.json' || (extension !== '.csv' && /^\uFEFF?\s*[{[]/.test(text));
  return json ? readTimelineJson(name, text) : readTimelineCsv(name, text);
}

export function importTimeline(request: ImportRequest): ImportResult {
  const name = basename(request.file);
  let text: string;
  try {
    text = readFileSync(request.file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'there is no such file' : code === 'EISDIR' ? 'it is a folder' : 'it cannot be opened';
    return { ok: false, errors: [`${request.file} cannot be read: ${why}`] };
  }
  const read = readTimeline(name, text);
  if (!read.ok) return read;

  const content = readContent(request.root);
  if (content.journey === undefined) {
    return { ok: false, errors: [`${JOURNEY_FILE} cannot be read: npm run check:content says why`] };
  }
  const manifestFile = join(request.root, MANIFEST_PATH);
  const planned = planImport(
    read.timeline,
    {
      files: content.files,
      journey: content.journey,
      exists: content.exists,
      ...(existsSync(manifestFile) ? { manifest: readFileSync(manifestFile, 'utf8') } : {}),
    },
    { fresh: request.fresh },
  );
  if (!planned.ok) return planned;

  writeImport(request.root, planned.plan);
  const check = checkContent(readContent(request.root));
  return {
    ok: true,
    plan: planned.plan,
    report: planned.plan.report,
    check: { milestones: check.milestones, errors: check.errors, warnings: check.warnings },
  };
}
