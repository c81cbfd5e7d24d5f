/**
 * The page's design tokens (`src/styles/tokens.css`) for what the build draws outside the page,
 * such as a share card: read from the stylesheet itself, so a colour is written in one place.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { laneNumber, type Track, type TrackId } from '../model/tracks.ts';

const TOKENS_FILE = join(process.cwd(), 'src', 'styles', 'tokens.css');

let tokens: string | undefined;

/** The value of a custom property of tokens.css: `tokenValue('--track-1')` is "#1ed760". */
export function tokenValue(name: string, css: string = (tokens ??= readFileSync(TOKENS_FILE, 'utf8'))): string {
  const escaped = name.replace(/[-]/g, '\\-');
  const match = new RegExp(`(?:^|[\\s;{])${escaped}\\s*:\\s*([^;]+);`).exec(css);
  if (!match) throw new Error(`src/styles/tokens.css has no ${name}.`);
  return match[1]!.trim();
}

/** A track's colour: the one its editor gave it, else its lane's accent, `--track-<n>` in lane order. */
export function trackColour(tracks: readonly Track[], track: TrackId): string {
  const lane = laneNumber(tracks.map((one) => one.id), track);
  return tracks[lane - 1]?.colour ?? tokenValue(`--track-${lane}`);
}
