import type { CheckResult, Problem } from './check.ts';

/**
 * The checker's report as an editor reads it in a terminal: one block per problem, headed by
 * `file:line  field` (a link in most terminals and editors), then what is wrong and what is expected.
 */

export interface ReportOptions {
  /** ANSI colours; only for a terminal. */
  color?: boolean;
}

const paint = (code: string) => (enabled: boolean, text: string) => (enabled ? `\u001b[${code}m${text}\u001b[0m` : text);
const red = paint('31');
const yellow = paint('33');
const bold = paint('1');
const dim = paint('2');
const green = paint('32');

export function formatProblem(problem: Problem, options: ReportOptions = {}): string {
  const color = options.color ?? false;
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const tone = problem.severity === 'warning' ? yellow : red;
  const field = problem.field ? `  ${problem.field}` : '';
  const head = `${bold(color, tone(color, where))}${field}${problem.severity === 'warning' ? `  ${yellow(color, '(warning)')}` : ''}`;
  const lines = [head, `  ${problem.problem}`];
  if (problem.expected) lines.push(`  ${dim(color, 'Expected:')} ${problem.expected}`);
  return lines.join('\n');
}

export function summaryLine(result: CheckResult, options: ReportOptions = {}): string {
  const color = options.color ?? false;
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const text = `${count(result.milestones, 'milestone')} checked: ${count(result.errors, 'error')}, ${count(result.warnings, 'warning')}`;
  if (result.errors > 0) return red(color, text);
  if (result.warnings > 0) return yellow(color, text);
  return green(color, text);
}

export function formatReport(result: CheckResult, options: ReportOptions = {}): string {
  const blocks = result.problems.map((problem) => formatProblem(problem, options));
  return [...blocks, summaryLine(result, options)].join('\n\n');
}

/** The machine-readable report of `--json`. */
export function reportJson(result: CheckResult): string {
  return JSON.stringify(
    {
      milestones: result.milestones,
      errors: result.errors,
      warnings: result.warnings,
      problems: result.problems.map(({ severity, kind, file, line, field, problem, expected, related }) => ({
        severity,
        kind,
        file,
        line: line ?? null,
        field,
        problem,
        expected: expected ?? null,
        ...(related ? { related } : {}),
      })),
    },
    null,
    2,
  );
}
