/**
 * The messages an embedded year and its host page exchange with `postMessage`, version 1.
 *
 * - The embed tells its host page how tall its content is, whenever that changes:
 *   `{ type: 'backstage-journey:resize', version: 1, year: '2022', track: 'all', height: 1834 }`
 * - The host page may ask an embed to tell its height again (e.g. when the host script loads after
 *   the embed): `{ type: 'backstage-journey:measure', version: 1 }`
 *
 * Unknown extra fields are ignored, so version 1 can grow optional fields; a change that breaks
 * readers gets a new version. Both sides check messages with the small hand checks below (they ship
 * to browsers); `src/build-time/publish/embed-schema.ts` holds the same shapes as zod schemas, and a unit test keeps them equal.
 * This module has no imports: the host script bundles it and stays small.
 */

export const PROTOCOL_VERSION = 1;

export const RESIZE_MESSAGE = 'backstage-journey:resize';
export const MEASURE_MESSAGE = 'backstage-journey:measure';

/** The attribute that marks a journey iframe in a host page: `data-backstage-journey="2022"`. */
export const FRAME_ATTRIBUTE = 'data-backstage-journey';

/** No year is taller than this; a larger figure is not a real measurement. */
export const MAX_EMBED_HEIGHT = 100_000;

/** The embed's content height, in CSS pixels, sent to the host page. */
export interface ResizeMessage {
  type: typeof RESIZE_MESSAGE;
  version: typeof PROTOCOL_VERSION;
  /** The embedded year's key: "2022", "66000000-bc". */
  year: string;
  /** The track the embed follows, or "all". */
  track: string;
  /** The content's height in whole CSS pixels. */
  height: number;
}

/** The host page asks the embed to send its height. */
export interface MeasureRequest {
  type: typeof MEASURE_MESSAGE;
  version: typeof PROTOCOL_VERSION;
}

type Fields = Record<string, unknown>;

function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null;
}

export function isResizeMessage(data: unknown): data is ResizeMessage {
  return (
    isObject(data) &&
    data.type === RESIZE_MESSAGE &&
    data.version === PROTOCOL_VERSION &&
    typeof data.year === 'string' &&
    data.year !== '' &&
    typeof data.track === 'string' &&
    data.track !== '' &&
    typeof data.height === 'number' &&
    Number.isInteger(data.height) &&
    data.height >= 0 &&
    data.height <= MAX_EMBED_HEIGHT
  );
}

export function isMeasureRequest(data: unknown): data is MeasureRequest {
  return isObject(data) && data.type === MEASURE_MESSAGE && data.version === PROTOCOL_VERSION;
}

export function resizeMessage(year: string, track: string, height: number): ResizeMessage {
  return { type: RESIZE_MESSAGE, version: PROTOCOL_VERSION, year, track, height };
}

export function measureRequest(): MeasureRequest {
  return { type: MEASURE_MESSAGE, version: PROTOCOL_VERSION };
}
