/**
 * What the project's commands do alike: flags read with node's own `parseArgs`, `--help` answered
 * with the command's usage, a wrong flag explained in one line with the usage, an unexpected
 * failure in one line (never a stack trace), and the command's own exit code.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A command line the command cannot take; its message says what was wrong. */
export class UsageError extends Error {}

/** Reads the command line with `parseArgs`; anything it cannot take is a `UsageError`. */
export function readArgs<const T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

export interface Command {
  /** "Usage: npm run art [-- --check]…", printed for --help and under a wrong command line. */
  usage: string;
  /** The line's start when the command cannot run at all: "The art pipeline could not run". */
  failure: string;
  /** The exit code of a wrong command line or a failure (2 unless the command has always said otherwise). */
  failureExit?: number;
}

/** Runs `main` and exits with its code. */
export async function runCommand(command: Command, main: () => number | Promise<number>): Promise<void> {
  try {
    process.exitCode = await main();
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n\n${command.usage}`);
      process.exitCode = command.failureExit ?? 2;
      return;
    }
    console.error(`${command.failure}: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = command.failureExit ?? 2;
  }
}

/** The usage, when the command line asks for it. */
export function printUsage(command: Command): number {
  console.log(command.usage);
  return 0;
}
