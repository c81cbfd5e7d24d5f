import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { castJourney } from '../../src/build-time/art/casting.ts';
import { contentShape } from '../../src/build-time/content/snapshot.ts';
import { loadMilestones, projectFileReader, readArtStatus } from '../../src/build-time/art/content.ts';
import { heightForWidth } from '../../src/build-time/art/frame.ts';
import { distinctness, likeness, LOOK_ALIKE, MIN_DISTINCT_SHARE, thumbnailOf, type MeasuredPicture } from '../../src/build-time/art/likeness.ts';
import { imagesOf } from '../../src/build-time/art/manifest.ts';
import { MOTIF_IDS } from '../../src/model/motifs.ts';
import { artSourceFor, type ArtSource } from '../../src/build-time/art/source.ts';
import { encodeImage } from '../../scripts/art/encode.ts';

/**
 * "No two pictures in one year look alike, and at least 95 % of all pictures are distinct",
 * measured on the encoded pictures (src/build-time/art/likeness.ts says how): the committed 320 px AVIFs,
 * and pictures encoded here exactly as `npm run art` encodes them.
 */

const root = process.cwd();
const yearOf = (id: string) => loadMilestones(root).milestones.find((milestone) => milestone.id === id)!.year;

/** The committed picture of a milestone, as a visitor's browser gets it. */
async function committed(source: ArtSource, status: ReturnType<typeof readArtStatus>): Promise<MeasuredPicture> {
  const image = imagesOf(status.manifest.art[source.id]!, 'avif')[0]!;
  return { id: source.id, year: yearOf(source.id), thumbnail: await thumbnailOf(readFileSync(join(root, 'public', image.file))) };
}

/** A picture encoded now, the way `npm run art` encodes its 320 px AVIF. */
async function encoded(source: ArtSource, year: number): Promise<MeasuredPicture> {
  return { id: source.id, year, thumbnail: await thumbnailOf(await encodeImage(source, 'avif', 320, heightForWidth(320))) };
}

describe('pictures that tell each milestone’s own story', () => {
  it(`look alike in no year, and at least ${MIN_DISTINCT_SHARE * 100} % of them have no look-alike anywhere`, async () => {
    const status = readArtStatus(root, { publishedOnly: true });
    const pictures = await Promise.all(status.sources.filter((source) => source.type === 'generated').map((source) => committed(source, status)));
    const result = distinctness(pictures);
    const report = [...result.years].map(([year, { total, distinct }]) => `${year}: ${distinct}/${total}`).join(', ');
    expect(pictures.length).toBeGreaterThan(100);
    expect(result.sameYear, `look-alikes within a year (likeness ≥ ${LOOK_ALIKE})`).toEqual([]);
    expect(result.share, `${result.distinct} of ${result.total} distinct (${report}); alike: ${JSON.stringify(result.pairs)}`).toBeGreaterThanOrEqual(MIN_DISTINCT_SHARE);
  });

  it('fails when two subjects of one year are forced to the same motif', async () => {
    const { milestones } = loadMilestones(root);
    const forced = new Set(['2022/03-17-backstage-1-0-released', '2022/07-19-search-1-0-released']);
    const changed = milestones.map((milestone) => (forced.has(milestone.id) ? { ...milestone, art: { motif: 'trophy' as const } } : milestone));
    const cast = castJourney(changed, contentShape(root).eras);
    const status = readArtStatus(root);
    const year = changed.filter((milestone) => milestone.year === 2022);
    const pictures: MeasuredPicture[] = [];
    for (const milestone of year) {
      const result = artSourceFor(milestone, projectFileReader(root), { casting: cast.get(milestone.id) });
      if (!result.ok || result.source?.type !== 'generated') continue;
      pictures.push(forced.has(milestone.id) ? await encoded(result.source, 2022) : await committed(result.source, status));
    }
    expect(pictures.length).toBeGreaterThan(25);
    const result = distinctness(pictures);
    expect(result.sameYear.map((pair) => [pair.a, pair.b])).toEqual([[...forced]]);
  });

  it('calls any motif drawn for two milestones of one year alike, whatever their names: the threshold catches every twin', async () => {
    const pairs = await Promise.all(
      MOTIF_IDS.map(async (motif) => {
        const pictures = await Promise.all(
          (['Zalando', 'Fidelity Investments'] as const).map(async (label, index) => {
            const milestone = { id: `2022/0${index + 1}-01-${motif}`, anchor: `${motif}-${index}`, year: 2022, kind: 'launch' as const, track: 'open-source' as const, title: label, art: { motif, label } };
            const result = artSourceFor(milestone, () => undefined);
            if (!result.ok || !result.source) throw new Error(`no picture for ${motif}`);
            return encoded(result.source, 2022);
          }),
        );
        return { motif, likeness: likeness(pictures[0]!.thumbnail, pictures[1]!.thumbnail) };
      }),
    );
    expect(pairs.filter((pair) => pair.likeness < LOOK_ALIKE)).toEqual([]);
  }, 300_000);
});
