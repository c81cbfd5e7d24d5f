import { posix } from 'node:path';
import { formatYear, serializeJourneyDate, type JourneyDate } from '../../model/journey-date.ts';
import { anchorFromId, fileStemFor, folderForDate, slugify, TIMELINE_DIR } from '../../model/milestone.ts';
import { BODY_LIMITS, milestoneSchema } from '../../model/schema/milestone.ts';
import { MAX_TRACKS } from '../../model/tracks.ts';
import { journeyWords } from '../../model/words.ts';

/** The report speaks English, as every message of the checks does. */
const REPORT_WORDS = journeyWords({});
import { ART_OUTPUT_DIR, MANIFEST_PATH, parseManifest, serializeManifest } from '../art/manifest.ts';
import { entryIdFor } from '../content/entry-id.ts';
import { fieldGuide } from '../content/field-guide.ts';
import { CONTENT_DIR, JOURNEY_FILE, type ContentFile } from '../content/files.ts';
import { splitFrontmatter } from '../content/frontmatter.ts';
import { isMilestonePath, readMilestoneFile } from '../content/milestone-file.ts';
import { milestoneIdentity } from '../content/rules/duplicates.ts';
import { writtenDate, writtenText } from '../content/rules/rule.ts';
import { milestoneText } from '../scaffold.ts';
import { journeyDateOf } from './dates.ts';
import { htmlToBlocks, htmlToText } from './html-to-markdown.ts';
import { readJourneyShape, topLevelFields, updateJourneyFile, type JourneyEra, type JourneyTrack, type JourneyWords } from './journey-file.ts';
import { blocksText, fitBody, toMarkdown } from './markdown.ts';
import type { ReportLine } from './report.ts';
import type { Timeline, TimelineSlide } from './timeline.ts';

/**
 * What an import will do, worked out in full before anything is written: the milestone files it
 * writes (one per event, named as `npm run new` names them and written by the same writer), the
 * files it takes away, journey.yaml as it will be, and every line of the report. A timeline with
 * any problem gives its problems instead, all of them, and nothing is written.
 */


/** The project as the import finds it. Paths are relative to the project root. */
export interface ProjectContent {
  /** The content files under content/timeline/ (`readContent(root).files`). */
  files: readonly ContentFile[];
  /** content/journey.yaml, null when there is none. */
  journey: ContentFile | null;
  /** Whether a file exists inside the content folder. */
  exists(path: string): boolean;
  /** The text of art/manifest.json, when there is one. */
  manifest?: string;
}

export interface ImportOptions {
  /** Start a fresh journey from the timeline: the old story's milestones and closing go. */
  fresh: boolean;
}

export interface PlannedFile {
  path: string;
  text: string;
  status: 'new' | 'updated' | 'unchanged' | 'moved';
  /** The file it was before, when it moved. */
  from?: string;
}

export interface ImportPlan {
  files: PlannedFile[];
  /** Files to take away, relative to the project root. */
  remove: string[];
  /** journey.yaml's new text, when it changes. */
  journey?: string;
  /** art/manifest.json's new text, when it changes. */
  manifest?: string;
  report: ReportLine[];
}

export type PlanResult = { ok: true; plan: ImportPlan } | { ok: false; errors: string[] };

const TITLE_LIMIT = fieldGuide(milestoneSchema).meta(['title'])?.softMax ?? 150;
const ORIGIN = /^# Imported from TimelineJS: ("(?:[^"\\]|\\.)*"), event ("(?:[^"\\]|\\.)*")\s*$/m;
/** The opening's measuring line for a fresh journey, until its editor writes one: it must hold {pixels}. */
const FRESH_TAGLINE = 'A journey told in {pixels} pixels.';

/** The comment that says which file and event a milestone came from, and that importing again rewrites it. */
function originLines(source: string, key: string): string[] {
  return [`Imported from TimelineJS: ${JSON.stringify(source)}, event ${JSON.stringify(key)}`, 'Importing that file again rewrites this one.'];
}

/** Where an imported milestone file came from, read back from its comment. */
export function originOf(text: string): { source: string; key: string } | undefined {
  const split = splitFrontmatter(text);
  const match = split.ok ? ORIGIN.exec(split.yaml) : undefined;
  if (!match) return undefined;
  try {
    return { source: JSON.parse(match[1]!) as string, key: JSON.parse(match[2]!) as string };
  } catch {
    return undefined;
  }
}

/** Words cut at a word to at most `limit` characters, with an ellipsis. */
function shorten(text: string, limit: number): string {
  const characters = [...text];
  if (characters.length <= limit) return text;
  const head = characters.slice(0, limit - 1).join('');
  // The last word stays when the text goes on with a space after it; a word cut in two goes.
  const cut = /\s/.test(characters[limit - 1]!) ? head : head.replace(/\s+\S*$/, '');
  return `${(cut || head).replace(/[\s,;:.]+$/, '')}…`;
}

/** "a video", "a picture", "a page": what an address most likely holds. */
function mediaKind(url: string): string {
  if (/^\s*</.test(url)) return 'embedded HTML';
  if (/youtube\.com|youtu\.be|vimeo\.com|dailymotion\.com|\.(mp4|webm|mov)(\?|$)/i.test(url)) return 'a video';
  if (/soundcloud\.com|spotify\.com|\.(mp3|ogg|wav)(\?|$)/i.test(url)) return 'audio';
  if (/\.(png|jpe?g|gif|webp|avif|svg)(\?|$)|flickr\.com|imgur\.com/i.test(url)) return 'a picture';
  if (/\b(twitter|x|instagram)\.com/i.test(url)) return 'a post';
  return 'media';
}

interface EventPlan {
  slide: TimelineSlide;
  date: JourneyDate;
  title: string;
  track: string;
  key: string;
  stem: string;
  body: string;
  /** The paragraphs of the editor's note. */
  note: string[];
  /** What the note keeps, for the report: "the display date "Spring 2012"". */
  kept: string[];
  media: string[];
  reduced: string[];
}

interface Existing {
  file: ContentFile;
  id: string;
  anchor: string;
  origin?: { source: string; key: string };
  identity?: string;
}

function readExisting(files: readonly ContentFile[]): Existing[] {
  const existing: Existing[] = [];
  for (const file of files) {
    const inCollection = file.path.startsWith(`${TIMELINE_DIR}/`) ? file.path.slice(TIMELINE_DIR.length + 1) : file.path;
    if (!isMilestonePath(inCollection)) continue;
    const read = readMilestoneFile(file);
    const origin = originOf(file.text);
    // As the check's duplicate rule reads it: the fields as written, even when another field is wrong.
    const title = writtenText(read, 'title');
    const date = writtenDate(read);
    const track = read.frontmatter?.data.track;
    existing.push({
      file,
      id: read.id,
      anchor: read.anchor,
      ...(origin ? { origin } : {}),
      ...(title && date && typeof track === 'string' ? { identity: milestoneIdentity(track, date, title) } : {}),
    });
  }
  return existing;
}

/** The drawn picture a milestone file names (`art: { src }`), as a path from the project root, when it is a file of the content. */
function drawnPicture(file: ContentFile, exists: (path: string) => boolean): string | undefined {
  const art = readMilestoneFile(file).frontmatter?.data.art;
  const src = art && typeof art === 'object' && !Array.isArray(art) ? (art as { src?: unknown }).src : undefined;
  if (typeof src !== 'string') return undefined;
  const target = posix.normalize(posix.join(posix.dirname(file.path), src.trim()));
  return target.startsWith(`${CONTENT_DIR}/`) && exists(target) ? target : undefined;
}

/** The tracks after the import, and which group is which track. */
function planTracks(timeline: Timeline, existing: readonly JourneyTrack[]) {
  const tracks = [...existing];
  const added: JourneyTrack[] = [];
  const byGroup = new Map<string, string>();
  const matches = (track: JourneyTrack, group: string) => {
    const lower = group.toLowerCase();
    return track.id === group || track.id === slugify(group) || track.name.toLowerCase() === lower || track.short.toLowerCase() === lower;
  };
  for (const event of timeline.events) {
    const group = event.group;
    if (group === undefined || byGroup.has(group)) continue;
    let track = tracks.find((candidate) => matches(candidate, group));
    if (!track) {
      track = { id: slugify(group), name: group, short: group };
      tracks.push(track);
      added.push(track);
    }
    byGroup.set(group, track.id);
  }
  if (tracks.length === 0) {
    const name = (timeline.title?.headline && htmlToText(timeline.title.headline)) || timeline.source.replace(/\.[^.]+$/, '');
    const track = { id: slugify(name), name, short: name };
    tracks.push(track);
    added.push(track);
  }
  return { tracks, added, byGroup };
}

/** The eras after the import: those already written keep their place, the file's go where their years put them. */
function planEras(timeline: Timeline, existing: readonly JourneyEra[], errors: string[], report: ReportLine[]) {
  const eras = [...existing];
  const known = new Set(existing.map((era) => era.name.toLowerCase()));
  const added: JourneyEra[] = [];
  let ends = false;
  for (const slide of timeline.eras) {
    const start = journeyDateOf(slide.start ?? {}, 'start date');
    if (!start.ok) {
      errors.push(`${slide.where}: ${start.error}`);
      continue;
    }
    if (slide.end) ends = true;
    const year = start.date.year;
    if (start.date.precision !== 'year' || start.dropped.length > 0) {
      report.push({ kind: 'era', text: `${slide.where}: only its year is kept; an era starts in a year` });
    }
    let name = slide.headline ? htmlToText(slide.headline) : '';
    if (!name) {
      name = `From ${formatYear(year, REPORT_WORDS)}`;
      report.push({ kind: 'era', text: `${slide.where} has no headline, so its era is named "${name}"` });
    }
    if (slide.text) report.push({ kind: 'unread', text: `${slide.where}: the era's text is not carried; an era has a name and a first year` });
    if (known.has(name.toLowerCase())) {
      report.push({ kind: 'era', text: `the era "${name}" is already in ${JOURNEY_FILE}, so it is left as it is` });
      continue;
    }
    known.add(name.toLowerCase());
    const era = { name, from: year };
    added.push(era);
    const at = eras.findIndex((other) => (other.from ?? -Infinity) > year);
    eras.splice(at === -1 ? eras.length : at, 0, era);
  }
  const first = eras[0];
  let firstNote: string | undefined;
  if (first && first.from !== undefined && added.includes(first)) {
    firstNote = `the era "${first.name}" is the first, so it starts with the journey: a first era has no first year, and ${formatYear(first.from, REPORT_WORDS)} is not written`;
    eras[0] = { name: first.name };
    added[added.indexOf(first)] = eras[0];
  }
  for (const era of added) {
    report.push({
      kind: 'era',
      text: `added the era "${era.name}"${era.from === undefined ? ', the first' : `, from ${formatYear(era.from, REPORT_WORDS)}`}, to ${JOURNEY_FILE}`,
    });
  }
  if (firstNote) report.push({ kind: 'era', text: firstNote });
  if (ends) report.push({ kind: 'era', text: "the eras' end dates are not kept: each era lasts until the next one starts" });
  return { eras, added };
}

/** One event as a milestone, or why it is left out. */
function planEvent(slide: TimelineSlide, track: string, errors: string[], report: ReportLine[]): EventPlan | undefined {
  const start = journeyDateOf(slide.start ?? {});
  const end = slide.end?.year !== undefined ? journeyDateOf(slide.end, 'end date') : undefined;
  if (!start.ok) errors.push(`${slide.where}: ${start.error}`);
  if (end && !end.ok) errors.push(`${slide.where}: ${end.error}`);
  if (!start.ok || (end && !end.ok)) return undefined;

  const date = start.date;
  const converted = slide.text ? htmlToBlocks(slide.text) : { blocks: [], reduced: [], media: [] };
  const headline = slide.headline ? htmlToText(slide.headline) : '';
  const note: string[] = [];
  const kept: string[] = [];
  const media: string[] = [];

  let title = headline;
  if (!title) {
    const words = blocksText(converted.blocks);
    const caption = slide.media?.caption ? htmlToText(slide.media.caption) : '';
    title = shorten(words || caption, TITLE_LIMIT);
    if (!title) {
      report.push({ kind: 'skipped', text: `${slide.where}: it has no headline, no text and no caption, so there is nothing to call it` });
      return undefined;
    }
    kept.push(`it had no headline: its title is the start of its ${words ? 'text' : "media's caption"}`);
  } else if ([...title].length > TITLE_LIMIT) {
    note.push(`Full headline: ${headline}`);
    title = shorten(headline, TITLE_LIMIT);
    kept.push(`the headline, longer than the ${TITLE_LIMIT} characters a card's title shows`);
  }

  const fitted = fitBody(converted.blocks, BODY_LIMITS.softMax);
  if (fitted.cut) {
    note.push(`Full text (the card shows its start):\n\n${toMarkdown(converted.blocks).markdown}`);
    kept.push(`the text past the ${BODY_LIMITS.softMax} characters a card shows`);
  }
  const reduced = [...converted.reduced];
  if (fitted.plainMarks) reduced.push('emphasis that Markdown cannot mark where it stands written as plain words');

  const display = slide.displayDate ?? slide.start?.display;
  if (display) {
    note.push(`TimelineJS showed its date as "${display}"; the journey shows ${serializeJourneyDate(date)}.`);
    kept.push(`the display date "${display}"`);
  }
  if (end?.ok) {
    const endDisplay = slide.end?.display ? ` (shown as "${slide.end.display}")` : '';
    note.push(`It lasted until ${serializeJourneyDate(end.date)}${endDisplay}: a milestone has one date.`);
    kept.push(`the end date ${serializeJourneyDate(end.date)}`);
  }
  for (const dropped of [...start.dropped, ...(end?.ok ? end.dropped : [])]) {
    note.push(`TimelineJS also gave ${dropped}.`);
    kept.push(dropped.replace(/ \(.*\)$/, ''));
  }

  const item = slide.media;
  if (item && (item.url || item.caption || item.credit)) {
    const parts = [
      item.url ? `Media in TimelineJS, not downloaded: ${item.url}` : 'Media in TimelineJS',
      item.caption ? `Caption: ${htmlToText(item.caption)}` : undefined,
      item.credit ? `Credit: ${htmlToText(item.credit)}` : undefined,
      item.alt ? `Alternative text: ${item.alt}` : undefined,
      item.title ? `Title: ${item.title}` : undefined,
      item.link ? `It linked to: ${item.link}` : undefined,
    ].filter(Boolean);
    note.push(`${parts.join('. ')}.`);
    if (item.url) media.push(`${item.url} (${mediaKind(item.url)})`);
    if (item.caption || item.credit) kept.push("the media's caption and credit");
  }
  if (converted.media.length > 0) {
    note.push(`Pictures and players in the text, not downloaded: ${converted.media.join(', ')}.`);
    media.push(...converted.media.map((url) => `${url} (${mediaKind(url)}, in the text)`));
  }
  if (slide.background && /^(https?:)?\/\//i.test(slide.background)) {
    note.push(`Background picture in TimelineJS, not downloaded: ${slide.background}.`);
    media.push(`${slide.background} (the slide's background picture)`);
  }

  const key = slide.uniqueId ?? `${serializeJourneyDate(date)} ${slugify(title)}`;
  return {
    slide,
    date,
    title,
    track,
    key,
    stem: fileStemFor(date, slide.uniqueId ?? title),
    body: fitted.markdown,
    note,
    kept,
    media,
    reduced,
  };
}

/** The title slide's words for the journey's name, description and opening. */
function titleWords(slide: TimelineSlide | undefined): JourneyWords | undefined {
  const title = slide?.headline ? htmlToText(slide.headline) : '';
  const text = slide?.text ? htmlToText(slide.text) : '';
  if (!title && !text) return undefined;
  const name = title || text;
  return { siteName: name, description: text || name, title: name, ...(text ? { subtitle: text } : {}), tagline: FRESH_TAGLINE };
}

export function planImport(timeline: Timeline, content: ProjectContent, options: ImportOptions): PlanResult {
  const errors: string[] = [];
  const report: ReportLine[] = timeline.unread.map((text) => ({ kind: 'unread', text }));
  if (timeline.events.length === 0) return { ok: false, errors: [`${timeline.source} has no events to import`] };

  const ids = new Map<string, string>();
  for (const event of timeline.events) {
    if (event.uniqueId === undefined) continue;
    const first = ids.get(event.uniqueId);
    if (first) errors.push(`${event.where} has the unique_id "${event.uniqueId}" of ${first}; each event needs its own`);
    else ids.set(event.uniqueId, event.where);
  }

  const journeyText = content.journey?.text ?? null;
  const shape = options.fresh ? { tracks: [], eras: [] } : readJourneyShape(journeyText);
  const { tracks, added: addedTracks, byGroup } = planTracks(timeline, shape.tracks);
  if (tracks.length > MAX_TRACKS) {
    errors.push(
      `the journey would have ${tracks.length} tracks (${tracks.map((track) => `"${track.name}"`).join(', ')}), but it has room for ${MAX_TRACKS} lanes at most: ` +
        'give the events fewer groups',
    );
  }
  const { eras, added: addedEras } = planEras(timeline, shape.eras, errors, report);

  const events = timeline.events
    .map((slide) => planEvent(slide, slide.group !== undefined ? byGroup.get(slide.group)! : tracks[0]!.id, errors, report))
    .filter((event): event is EventPlan => event !== undefined);
  if (errors.length > 0) return { ok: false, errors };

  // What is on disk: kept as it is, rewritten by this import, or taken away for a fresh journey.
  const existing = readExisting(content.files);
  const removing = options.fresh ? existing : [];
  const bySourceKey = new Map(
    existing.filter((file) => !options.fresh && file.origin?.source === timeline.source).map((file) => [file.origin!.key, file]),
  );
  // Milestones this import does not write: an event that is one of them is left out.
  const identities = new Map(
    existing
      .filter((file) => !options.fresh && file.identity && file.origin?.source !== timeline.source)
      .map((file) => [file.identity!, file.file.path]),
  );

  const files: PlannedFile[] = [];
  const taken = new Set(options.fresh ? [] : existing.map((file) => file.file.path));
  const anchors = new Set(options.fresh ? [] : existing.map((file) => file.anchor));

  const reused = new Set<string>();
  const seen = new Map<string, EventPlan>();
  const trackIds = tracks.map((track) => track.id);
  for (const event of events) {
    const identity = milestoneIdentity(event.track, event.date, event.title);
    const twin = seen.get(identity);
    if (twin) {
      report.push({ kind: 'skipped', text: `${event.slide.where}: it is the same milestone as ${twin.slide.where} (same track, date and title)` });
      continue;
    }
    const already = identities.get(identity);
    if (already) {
      report.push({ kind: 'skipped', text: `${event.slide.where}: ${already} is already this milestone (same track, date and title)` });
      continue;
    }
    seen.set(identity, event);

    // A file this import wrote before keeps its name while its date and name still give it.
    const folder = folderForDate(event.date);
    const before = bySourceKey.get(event.key);
    const own = new RegExp(`^${TIMELINE_DIR}/${folder}/${event.stem}(-\\d+)?\\.mdx$`);
    let path = before && own.test(before.file.path) ? before.file.path : '';
    for (let attempt = 1; !path; attempt++) {
      const stem = attempt === 1 ? event.stem : `${event.stem}-${attempt}`;
      const candidate = `${TIMELINE_DIR}/${folder}/${stem}.mdx`;
      const anchor = anchorFromId(entryIdFor(`${folder}/${stem}.mdx`));
      if (!taken.has(candidate) && !anchors.has(anchor)) {
        taken.add(candidate);
        anchors.add(anchor);
        path = candidate;
      }
    }

    const text = milestoneText(
      {
        title: event.title,
        dateText: serializeJourneyDate(event.date),
        track: event.track,
        kind: 'milestone',
        ...(event.note.length > 0 ? { editorNote: event.note.join('\n\n') } : {}),
      },
      { origin: originLines(timeline.source, event.key), tracks: trackIds, body: event.body },
    );
    if (before) reused.add(before.file.path);
    const status: PlannedFile['status'] = !before
      ? 'new'
      : before.file.path !== path
        ? 'moved'
        : before.file.text === text
          ? 'unchanged'
          : 'updated';
    files.push({ path, text, status, ...(status === 'moved' ? { from: before!.file.path } : {}) });

    for (const what of event.kept) report.push({ kind: 'note', text: `${path}: ${what}, kept as its editor's note` });
    for (const what of event.media) report.push({ kind: 'media', text: `${path}: ${what}` });
    for (const what of event.reduced) report.push({ kind: 'reduced', text: `${path}: ${what}` });
  }

  for (const file of files) {
    const line =
      file.status === 'moved'
        ? `${file.from} → ${file.path} (its date or name changed)`
        : file.path;
    report.push({ kind: file.status === 'new' ? 'written' : file.status, text: line });
  }

  const remove = new Set<string>();
  for (const file of files) if (file.status === 'moved') remove.add(file.from!);
  for (const [key, file] of bySourceKey) {
    if (!reused.has(file.file.path)) {
      report.push({ kind: 'left', text: `${file.file.path}: its event (${key}) is no longer in ${timeline.source}; the file is left as it is` });
    }
  }

  // A fresh journey: the old story's milestones, their pictures and its closing go.
  let manifest: string | undefined;
  if (options.fresh) {
    const written = new Set(files.map((file) => file.path));
    for (const file of removing) {
      if (!written.has(file.file.path)) remove.add(file.file.path);
      report.push({ kind: 'removed', text: `${file.file.path} (a milestone of the old story)` });
      const picture = drawnPicture(file.file, content.exists);
      if (picture && !written.has(picture)) {
        remove.add(picture);
        report.push({ kind: 'removed', text: `${picture} (the picture drawn for ${file.file.path})` });
      }
    }
    if (content.manifest !== undefined) {
      const art = parseManifest(content.manifest);
      const gone = removing.filter((file) => Object.hasOwn(art.art, file.id));
      const images = gone.flatMap((file) => art.art[file.id]!.images.map((image) => `public/${image.file}`));
      for (const file of gone) delete art.art[file.id];
      for (const image of images) remove.add(image);
      if (gone.length > 0) {
        manifest = serializeManifest(art);
        report.push({
          kind: 'removed',
          text: `the encoded pictures of ${gone.length} old milestone${gone.length === 1 ? '' : 's'}: ${images.length} files in public/${ART_OUTPUT_DIR}/ and their entries in ${MANIFEST_PATH}`,
        });
      }
    }
  }

  // journey.yaml: new tracks and eras; for a fresh journey, the title slide's words, no old closing and no old picture rules.
  const oldShape = readJourneyShape(journeyText);
  const fresh = options.fresh;
  const closing = fresh ? topLevelFields(journeyText).filter((key) => ['growth', 'credits', 'outro', 'pictures'].includes(key)) : [];
  // A fresh journey, or one that has no words of its own yet, takes the title slide's.
  const words = fresh || journeyText === null ? titleWords(timeline.title) : undefined;
  const journey = updateJourneyFile(journeyText, {
    tracks: fresh ? tracks : addedTracks,
    eras: fresh || addedEras.length > 0 ? eras : [],
    replaceShape: fresh,
    ...(words ? { words } : {}),
    remove: closing,
  });
  const journeyChanged = journey !== journeyText;

  if (fresh) {
    for (const track of oldShape.tracks.filter((old) => !tracks.some((track) => track.id === old.id))) {
      report.push({ kind: 'removed', text: `the track "${track.name}" (${track.id}) from ${JOURNEY_FILE}` });
    }
    for (const era of oldShape.eras.filter((old) => !eras.some((era) => era.name === old.name))) {
      report.push({ kind: 'removed', text: `the era "${era.name}" from ${JOURNEY_FILE}` });
    }
    const removedWords: Record<string, string> = {
      growth: "the growth charts (growth and its series), which drew the old milestones' figures",
      credits: 'the credits',
      outro: 'the closing words (outro)',
      pictures: "the old story's own picture rules (pictures)",
    };
    for (const key of closing) report.push({ kind: 'removed', text: `${removedWords[key]} from ${JOURNEY_FILE}` });
  }
  if (words) {
    const fields = ['siteName', 'description', 'intro.title', ...(words.subtitle ? ['intro.subtitle'] : [])];
    report.push({ kind: 'journey', text: `${JOURNEY_FILE}: ${fields.slice(0, -1).join(', ')} and ${fields.at(-1)} now say the title slide's words` });
    report.push({ kind: 'journey', text: `${JOURNEY_FILE}: intro.tagline is now "${words.tagline}"; write your own, keeping {pixels}` });
  } else if (fresh || journeyText === null) {
    report.push({ kind: 'journey', text: `${JOURNEY_FILE}: ${timeline.source} has no title slide, so the journey's name and opening are not from it; write them there` });
  } else if (timeline.title) {
    report.push({ kind: 'unread', text: `${timeline.title.where}: its words are not used; the journey keeps its own name and opening (import with --new to start from them)` });
  }
  for (const track of addedTracks) {
    report.push({ kind: 'track', text: `added the track "${track.name}" (track: ${track.id}) to ${JOURNEY_FILE}` });
  }
  if (timeline.title?.media?.url) report.push({ kind: 'media', text: `${JOURNEY_FILE}: ${timeline.title.media.url} (${mediaKind(timeline.title.media.url)}, on the title slide)` });

  const colours = timeline.events.filter((event) => event.background && !/^(https?:)?\/\//i.test(event.background)).length;
  if (colours > 0) report.push({ kind: 'unread', text: `the background colours of ${colours} slide${colours === 1 ? '' : 's'} are not carried: the journey's eras and tracks give it its colours` });

  return {
    ok: true,
    plan: {
      files,
      remove: [...remove].sort(),
      ...(journeyChanged ? { journey } : {}),
      ...(manifest !== undefined ? { manifest } : {}),
      report,
    },
  };
}
