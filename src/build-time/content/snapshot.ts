import { resolve } from 'node:path';
import { checkContent, type CheckResult } from './check.ts';
import { JOURNEY_FILE, readContent, type CheckInput } from './files.ts';
import { journeyShape, type JourneyShape } from '../../model/shape.ts';

/**
 * The content as one run of `astro build` (or `astro dev`, `npm run art`) has it: every file under
 * content/ read once and checked once, then shared by the content check, the art check, the
 * collection's loader and the pages. It is kept on `globalThis` because Astro loads the config's
 * integrations and the content collection's loader as separate module graphs of one process. The
 * dev server reads the files again whenever one changes (`rereadContent`).
 */
export interface ContentSnapshot {
  root: string;
  input: CheckInput;
  result: CheckResult;
}

const HELD = Symbol.for('journey:content-snapshot');
const holder = globalThis as { [HELD]?: ContentSnapshot };

/** The content under `root` as this process last read it, read now if it has not been. */
export function contentSnapshot(root: string): ContentSnapshot {
  const held = holder[HELD];
  return held?.root === resolve(root) ? held : rereadContent(root);
}

/** Reads and checks the content under `root` again (a file changed), and keeps what it read. */
export function rereadContent(root: string): ContentSnapshot {
  const input = readContent(root);
  const snapshot = { root: resolve(root), input, result: checkContent(input) };
  holder[HELD] = snapshot;
  return snapshot;
}

/** The journey's shape (tracks in lane order, eras) from `content/journey.yaml` under `root`, as the content check read it. */
export function contentShape(root: string = process.cwd()): JourneyShape {
  const { result } = contentSnapshot(root);
  if (!result.journey) throw new Error(`${JOURNEY_FILE} does not pass the content check (npm run check:content says why).`);
  return journeyShape(result.journey);
}
