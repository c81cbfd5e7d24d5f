import { AstroError } from 'astro/errors';

/**
 * An error that stops `astro build` and is the whole story for the person building: its message
 * and what to do, never a stack trace under them.
 */
export function buildError(message: string, hint: string): AstroError {
  const error = new AstroError(message, hint);
  error.stack = '';
  return error;
}
