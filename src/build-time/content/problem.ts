/** A problem the content check reports: where it is, what is wrong, and what to write instead. */

export type Severity = 'error' | 'warning';

export type ProblemKind =
  | 'file'
  | 'frontmatter'
  | 'yaml'
  | 'field'
  | 'unknown-field'
  | 'length'
  | 'text'
  | 'art-missing'
  | 'folder'
  | 'duplicate'
  | 'anchor'
  | 'body'
  | 'link'
  | 'component'
  | 'file-name'
  | 'same-title'
  | 'order'
  | 'ignored'
  | 'growth'
  | 'empty';

export interface Problem {
  severity: Severity;
  kind: ProblemKind;
  file: string;
  /** 1-based line in the file: the line of the frontmatter key, or of the body that fails. */
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

/** A problem of one file, before the file is named (rules report them so). */
export type FileProblem = Omit<Problem, 'file' | 'severity'> & { severity?: Severity };

/** Names the file of a rule's problems; errors unless the rule says otherwise. */
export function inFile(file: string, problems: readonly FileProblem[]): Problem[] {
  return problems.map((problem) => ({ severity: 'error', file, ...problem }));
}
