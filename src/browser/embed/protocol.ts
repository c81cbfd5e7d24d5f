/**
 * The messages an embedded year and its host page exchange with `postMessage`, and the attribute
 * that marks a year's iframe in the host page: version 2 of the protocol.
 *
 * - The embed tells its host page how tall its content is, whenever that changes:
 *   `{ type: 'journey-embed:resize', version: 2, year: '2022', track: 'all', height: 1834 }`
 * - The host page may ask an embed to tell its height again (e.g. when the host script loads after
 *   the embed): `{ type: 'journey-embed:measure', version: 2 }`
 * - Snippets mark the iframe with `data-journey-embed="2022"`.
 *
 * Version 1 has the same shapes under other names (`PROTOCOL_NAMES[1]`). Its snippets stay pasted
 * in other sites' pages and copies of its host script stay in caches, so both sides still speak it:
 * the embed reports its height in both versions and answers a request in the version it was asked
 * in; the host script sizes iframes marked in either version from reports in either version, and
 * asks in both. Unknown extra fields are ignored, so a version can grow optional fields; a change
 * that breaks readers gets a new version, and the versions before it keep being spoken.
 *
 * Both sides check messages with the small hand checks below (they ship to browsers);
 * `src/build-time/publish/embed-schema.ts` holds the same shapes as zod schemas, and a unit test
 * keeps them equal. This module has no imports: the host script bundles it and stays small.
 */

/** The names of every version of the protocol the site speaks. */
export const PROTOCOL_NAMES = {
  2: { resize: 'journey-embed:resize', measure: 'journey-embed:measure', frameAttribute: 'data-journey-embed' },
  1: { resize: 'backstage-journey:resize', measure: 'backstage-journey:measure', frameAttribute: 'data-backstage-journey' },
} as const;

export type ProtocolVersion = keyof typeof PROTOCOL_NAMES;

/** The version new snippets, embeds and host scripts speak first. */
export const PROTOCOL_VERSION = 2 satisfies ProtocolVersion;

/** Every version spoken, newest first. */
export const PROTOCOL_VERSIONS: readonly ProtocolVersion[] = [2, 1];

export const RESIZE_MESSAGE = PROTOCOL_NAMES[PROTOCOL_VERSION].resize;
export const MEASURE_MESSAGE = PROTOCOL_NAMES[PROTOCOL_VERSION].measure;

/** The attribute a snippet marks its iframe with: `data-journey-embed="2022"`. */
export const FRAME_ATTRIBUTE = PROTOCOL_NAMES[PROTOCOL_VERSION].frameAttribute;

/** The attributes the host script knows a journey iframe by: this version's and every earlier one's. */
export const FRAME_ATTRIBUTES: readonly string[] = PROTOCOL_VERSIONS.map((version) => PROTOCOL_NAMES[version].frameAttribute);

/** No year is taller than this; a larger figure is not a real measurement. */
export const MAX_EMBED_HEIGHT = 100_000;

type Names = typeof PROTOCOL_NAMES;

/** The embed's content height, in CSS pixels, sent to the host page, in one version of the protocol. */
export type ResizeMessage = {
  [V in ProtocolVersion]: {
    type: Names[V]['resize'];
    version: V;
    /** The embedded year's key: "2022", "66000000-bc". */
    year: string;
    /** The track the embed follows, or "all". */
    track: string;
    /** The content's height in whole CSS pixels. */
    height: number;
  };
}[ProtocolVersion];

/** The host page asks the embed to send its height, in one version of the protocol. */
export type MeasureRequest = { [V in ProtocolVersion]: { type: Names[V]['measure']; version: V } }[ProtocolVersion];

type Fields = Record<string, unknown>;

function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null;
}

/** The names of a message's version, when it is a version the site speaks (the number itself, not "1"). */
function namesOf(version: unknown): Names[ProtocolVersion] | undefined {
  return PROTOCOL_VERSIONS.includes(version as ProtocolVersion) ? PROTOCOL_NAMES[version as ProtocolVersion] : undefined;
}

export function isResizeMessage(data: unknown): data is ResizeMessage {
  const names = isObject(data) ? namesOf(data.version) : undefined;
  return (
    isObject(data) &&
    names !== undefined &&
    data.type === names.resize &&
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
  const names = isObject(data) ? namesOf(data.version) : undefined;
  return isObject(data) && names !== undefined && data.type === names.measure;
}

export function resizeMessage(year: string, track: string, height: number, version: ProtocolVersion = PROTOCOL_VERSION): ResizeMessage {
  return { type: PROTOCOL_NAMES[version].resize, version, year, track, height } as ResizeMessage;
}

export function measureRequest(version: ProtocolVersion = PROTOCOL_VERSION): MeasureRequest {
  return { type: PROTOCOL_NAMES[version].measure, version } as MeasureRequest;
}
