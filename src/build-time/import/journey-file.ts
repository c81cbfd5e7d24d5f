import { isMap, isScalar, isSeq, parseDocument, type Document, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { parseJourneyDate, serializeJourneyDate } from '../../model/journey-date.ts';

/**
 * The journey's own words, `content/journey.yaml`, read and changed as a YAML document (the `yaml`
 * package's Document API), so the comments and the order of what is already written survive:
 * tracks and eras added, the title slide's words set, the old story's closing taken out.
 */

/** A lane of the journey, as `tracks:` in journey.yaml lists it. */
export interface JourneyTrack {
  id: string;
  name: string;
  short: string;
}

/** An era, as `eras:` lists it: its name and the year it starts (none for the first era). */
export interface JourneyEra {
  name: string;
  /** The year it starts; undefined for an era that starts with the journey. */
  from?: number;
}

/** What journey.yaml says about the story's shape. */
export interface JourneyShape {
  tracks: JourneyTrack[];
  eras: JourneyEra[];
}

function documentOf(text: string | null): Document {
  return parseDocument(text ?? '');
}

const scalarText = (map: YAMLMap, key: string): string | undefined => {
  const value = map.get(key, true);
  return isScalar(value) && value.value !== null && value.value !== undefined ? String(value.value).trim() : undefined;
};

/** The tracks and eras journey.yaml has now, in their order. */
export function readJourneyShape(text: string | null): JourneyShape {
  const doc = documentOf(text);
  const tracks: JourneyTrack[] = [];
  const eras: JourneyEra[] = [];
  const trackList = doc.get('tracks', true);
  if (isSeq(trackList)) {
    for (const item of trackList.items) {
      if (!isMap(item)) continue;
      const id = scalarText(item, 'id');
      if (!id) continue;
      const name = scalarText(item, 'name') ?? id;
      tracks.push({ id, name, short: scalarText(item, 'short') ?? name });
    }
  }
  const eraList = doc.get('eras', true);
  if (isSeq(eraList)) {
    for (const item of eraList.items) {
      if (!isMap(item)) continue;
      const name = scalarText(item, 'name');
      if (!name) continue;
      const from = item.get('from');
      const parsed = from === undefined ? undefined : parseJourneyDate(from);
      eras.push({ name, ...(parsed?.ok ? { from: parsed.date.year } : {}) });
    }
  }
  return { tracks, eras };
}

/** The fields journey.yaml writes at its top level, in order. */
export function topLevelFields(text: string | null): string[] {
  const contents = documentOf(text).contents;
  return isMap(contents) ? contents.items.flatMap((item) => (isScalar(item.key) ? [String(item.key.value)] : [])) : [];
}

/** The title slide's words, for the journey's name, description and opening. */
export interface JourneyWords {
  siteName: string;
  description: string;
  title: string;
  subtitle?: string;
  tagline?: string;
}

export interface JourneyChanges {
  /** Tracks to add after those already listed, or, with `replaceShape`, the whole list. */
  tracks: readonly JourneyTrack[];
  /** The whole list of eras, oldest first, as it is to be written. */
  eras: readonly JourneyEra[];
  /** Tracks and eras are the file's alone: those written before are replaced. */
  replaceShape: boolean;
  words?: JourneyWords;
  /** Top-level fields to take out. */
  remove: readonly string[];
}

const TRACKS_COMMENT = ' The lanes, in lane order (1 to 4): each milestone names its lane by its id in `track:`.';
const ERAS_COMMENT = ' The eras, oldest first: each starts in its `from` year (the first has none) and lasts until the next.';

/** An era's `from` as an editor writes a year: 2012, or "66,000,000 BC". */
function fromValue(year: number): number | string {
  return year > 0 ? year : serializeJourneyDate({ year, precision: 'year' });
}

/** Puts `key: value` after the field `after` (or at the end), unless the field is already there. */
function placeField(doc: Document, key: string, value: unknown, after: readonly string[], comment?: string): YAMLSeq | YAMLMap {
  const existing = doc.get(key, true);
  if (isSeq(existing) || isMap(existing)) return existing;
  const pair = doc.createPair(key, value) as Pair;
  if (comment && isScalar(pair.key)) pair.key.commentBefore = comment;
  const root = doc.contents as YAMLMap;
  const anchorIndex = Math.max(-1, ...after.map((name) => root.items.findIndex((item) => isScalar(item.key) && item.key.value === name)));
  if (existing !== undefined) doc.delete(key);
  root.items.splice(anchorIndex === -1 ? root.items.length : anchorIndex + 1, 0, pair);
  return doc.get(key, true) as YAMLSeq;
}

/** journey.yaml with the changes made; the text is created when there was none. */
export function updateJourneyFile(text: string | null, changes: JourneyChanges): string {
  const doc = documentOf(text);
  if (!isMap(doc.contents)) doc.contents = doc.createNode({}) as YAMLMap;

  for (const key of changes.remove) doc.delete(key);

  if (changes.words) {
    const { siteName, description, title, subtitle, tagline } = changes.words;
    doc.set('siteName', siteName);
    doc.set('description', description);
    if (!isMap(doc.get('intro', true))) doc.set('intro', doc.createNode({}));
    doc.setIn(['intro', 'title'], title);
    if (subtitle !== undefined) doc.setIn(['intro', 'subtitle'], subtitle);
    if (tagline !== undefined) doc.setIn(['intro', 'tagline'], tagline);
  }

  if (changes.replaceShape) {
    doc.delete('tracks');
    doc.delete('eras');
  }
  if (changes.tracks.length > 0) {
    const list = placeField(doc, 'tracks', [], ['intro', 'description', 'siteName'], TRACKS_COMMENT) as YAMLSeq;
    for (const track of changes.tracks) list.add(doc.createNode({ id: track.id, name: track.name, short: track.short }));
  }

  const existingEras = readJourneyShape(doc.toString()).eras.map((era) => era.name.toLowerCase());
  if (changes.eras.length > 0) {
    const list = placeField(doc, 'eras', [], ['tracks', 'intro', 'description', 'siteName'], ERAS_COMMENT) as YAMLSeq;
    // The eras already written keep their place and their words; the new ones go where their year puts them.
    const items = [...list.items];
    const kept = new Map(items.filter(isMap).map((item) => [scalarText(item, 'name')?.toLowerCase(), item]));
    list.items = changes.eras.map((era) => {
      const old = existingEras.includes(era.name.toLowerCase()) ? kept.get(era.name.toLowerCase()) : undefined;
      if (old) return old;
      const node = doc.createNode(era.from === undefined ? { name: era.name } : { name: era.name, from: fromValue(era.from) }) as YAMLMap;
      const from = node.get('from', true);
      if (isScalar(from) && typeof from.value === 'string') from.type = 'QUOTE_DOUBLE';
      return node;
    });
  }

  return doc.toString({ lineWidth: 100, flowCollectionPadding: false });
}
