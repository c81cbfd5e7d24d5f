import { posix } from 'node:path';
import type { z } from 'astro/zod';
import { anchorFromId, TIMELINE_DIR, toMilestone, type Milestone } from '../../model/milestone.ts';
import { milestoneSchema } from '../../model/schema/milestone.ts';
import { parseBody, plainText, type MdastNode } from './body.ts';
import { entryIdFor } from './entry-id.ts';
import type { ContentFile } from './files.ts';
import { parseFrontmatterYaml, splitFrontmatter, type ParsedFrontmatter } from './frontmatter.ts';
import type { FileProblem } from './problem.ts';

/**
 * One milestone file, read once: its frontmatter as YAML with the line of every field, its fields
 * checked against the schema, its body as a tree. The content check's rules, the content
 * collection, the art pipeline and the tests all read milestones through this.
 */
export interface MilestoneFile {
  file: ContentFile;
  /** The path inside `content/timeline/`: "2022/03-17-backstage-1-0-released.mdx". */
  pathInCollection: string;
  /** "2022/03-17-backstage-1-0-released", and its page anchor. */
  id: string;
  anchor: string;
  /** The frontmatter as written, when it could be read. */
  frontmatter?: ParsedFrontmatter & { data: Record<string, unknown> };
  /** The schema's verdict on the frontmatter. */
  fields?: z.ZodSafeParseResult<z.output<typeof milestoneSchema>>;
  /** The milestone, when its frontmatter is valid. */
  milestone?: Milestone;
  /** The body as written (the text after the frontmatter), its tree and its plain words. */
  body?: { text: string; root: MdastNode; words: string };
  /** What kept the file from being read: frontmatter or YAML that cannot be read, MDX that cannot be parsed. */
  problems: FileProblem[];
}

/** Whether a path inside the timeline folder is a milestone file: `.mdx`, not hidden, not starting with `_`. */
export function isMilestonePath(pathInCollection: string): boolean {
  if (!pathInCollection.endsWith('.mdx') || pathInCollection.split('/').some((segment) => segment.startsWith('.'))) return false;
  return !posix.basename(pathInCollection).startsWith('_');
}

export function readMilestoneFile(file: ContentFile): MilestoneFile {
  const pathInCollection = file.path.startsWith(`${TIMELINE_DIR}/`) ? file.path.slice(TIMELINE_DIR.length + 1) : file.path;
  const id = entryIdFor(pathInCollection);
  const read: MilestoneFile = { file, pathInCollection, id, anchor: anchorFromId(id), problems: [] };

  const split = splitFrontmatter(file.text);
  if (!split.ok) {
    read.problems.push({ kind: 'frontmatter', line: split.line, field: 'frontmatter', problem: split.problem, expected: split.expected });
    return read;
  }
  const parsed = parseFrontmatterYaml(split.yaml, { firstLine: split.yamlLine, missingLine: split.openLine });
  for (const problem of parsed.problems) {
    read.problems.push({
      severity: problem.warning ? 'warning' : 'error',
      kind: 'yaml',
      line: problem.line,
      field: problem.field ?? 'frontmatter',
      problem: problem.problem,
      expected: problem.expected,
    });
  }
  if (parsed.data !== undefined) {
    read.frontmatter = { ...parsed, data: parsed.data as Record<string, unknown> };
    read.fields = milestoneSchema.safeParse(parsed.data, { reportInput: true });
    if (read.fields.success) read.milestone = toMilestone(id, read.fields.data);
  }

  const body = parseBody(split.body);
  if (body.ok) read.body = { text: split.text, root: body.root, words: plainText(body.root) };
  else read.problems.push(body.problem);
  return read;
}
