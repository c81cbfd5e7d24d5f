import { describe, expect, it } from 'vitest';
import { ALL_TRACKS, parseTrackFilter, searchWithTrack, trackFilterLabel } from '../../src/model/track-filter.ts';
import { footprintOf } from '../../src/layout/journey-length.ts';
import { layoutCss, trackFilterRules } from '../../src/layout/css.ts';
import { artPlanFor } from '../../src/model/art-plan.ts';
import { statsRestateText } from '../../src/build-time/journey/views.ts';
import { parseBody, plainText } from '../../src/build-time/content/body.ts';
import type { Track } from '../../src/model/tracks.ts';
import type { JourneyYear, Milestone } from '../../src/model/milestone.ts';
import { EN } from '../support/words.ts';

const TRACKS: Track[] = [
  { id: 'open-source', name: 'Backstage in open source', short: 'Open source' },
  { id: 'inside-spotify', name: 'Inside Spotify', short: 'Inside Spotify' },
];
const TRACK_IDS = TRACKS.map((track) => track.id);

describe('the track filter in the URL', () => {
  it('reads a known track and ignores anything else', () => {
    expect(parseTrackFilter('?track=open-source', TRACK_IDS)).toBe('open-source');
    expect(parseTrackFilter('?track=inside-spotify&x=1', TRACK_IDS)).toBe('inside-spotify');
    expect(parseTrackFilter('?track=nope', TRACK_IDS)).toBe(ALL_TRACKS);
    expect(parseTrackFilter('', TRACK_IDS)).toBe(ALL_TRACKS);
  });

  it('writes the filter and keeps other parameters', () => {
    expect(searchWithTrack('', 'open-source')).toBe('?track=open-source');
    expect(searchWithTrack('?utm=a&track=open-source', 'inside-spotify')).toBe('?utm=a&track=inside-spotify');
    expect(searchWithTrack('?track=open-source', ALL_TRACKS)).toBe('');
    expect(searchWithTrack('?utm=a&track=open-source', ALL_TRACKS)).toBe('?utm=a');
  });
});

describe('labels and CSS', () => {
  it('labels every choice', () => {
    expect(trackFilterLabel(TRACKS, ALL_TRACKS, EN)).toBe('Both tracks');
    expect(trackFilterLabel([...TRACKS, { id: 'third', name: 'Third', short: 'Third' }], ALL_TRACKS, EN)).toBe('All tracks');
    for (const track of TRACKS) expect(trackFilterLabel(TRACKS, track.id, EN)).toBe(track.short);
  });

  it('has a rule for every track, keyed on the radio and on the root attribute', () => {
    const css = trackFilterRules(TRACKS).join('\n');
    for (const id of TRACK_IDS) {
      expect(css).toContain(`[data-track="${id}"]`);
      expect(css).toContain(`input[name="track"][value="${id}"]:checked`);
      expect(css).toContain(`:not([data-tracks~="${id}"])`);
    }
  });
});

describe('the tracks in the layout stylesheet', () => {
  it('gives one track nothing to follow: no rule keyed on a track', () => {
    const css = trackFilterRules([TRACKS[0]!]).join('\n');
    expect(css).not.toContain('open-source');
  });

  it('lays out one lane per track and sets the colours editors chose over the design\'s', () => {
    const three = [...TRACKS, { id: 'third', name: 'Third', short: 'Third', colour: '#4aa3ff' }];
    const css = layoutCss(three);
    expect(css).toContain('--lane-count:3');
    expect(css).toContain('html:root{--track-3:#4aa3ff}');
    expect(layoutCss(TRACKS)).not.toContain('html:root');
    // An accent: the colour itself, and the tones beside it from its hue (#ffb000 is hue 41, saturation 100 %, lightness 50 %).
    expect(layoutCss(TRACKS, '#ffb000')).toContain(
      'html:root{--color-accent:#ffb000;--color-accent-strong:hsl(41 100% 58%);--color-highlight:hsl(41 100% 70%);--color-on-accent:hsl(41 80% 6%)}',
    );
  });
});

describe('footprintOf', () => {
  const milestone = (track: string) => ({ track }) as unknown as Milestone;
  const year: JourneyYear = {
    year: 2020,
    key: '2020',
    label: '2020',
    milestones: [milestone('open-source'), milestone('inside-spotify'), milestone('open-source')],
  };

  it('counts each lane under all tracks', () => {
    expect(footprintOf(year, TRACK_IDS, ALL_TRACKS).laneUnits).toEqual([2, 1]);
  });

  it('keeps only the followed lane', () => {
    expect(footprintOf(year, TRACK_IDS, 'inside-spotify').laneUnits).toEqual([1]);
  });

  it('counts a wide card as two card widths', () => {
    expect(footprintOf(year, TRACK_IDS, ALL_TRACKS, (milestone: Milestone) => (milestone.track === 'open-source' ? 2 : 1)).laneUnits).toEqual([4, 1]);
  });
});

describe('statsRestateText', () => {
  it('is true when every figure already reads in the title or sub-line', () => {
    expect(
      statsRestateText({
        title: '280+ squads manage 2,000+ backend services',
        stats: [
          { value: '280+', label: 'squads' },
          { value: '2,000+', label: 'backend services' },
        ],
      }),
    ).toBe(true);
    expect(
      statsRestateText({
        title: '6th BackstageCon',
        subtitle: 'The community reaches 31k GitHub stars.',
        stats: [{ value: '31k', label: 'GitHub stars' }],
      }),
    ).toBe(true);
  });

  it('is false when a figure appears only as a figure', () => {
    expect(statsRestateText({ title: '1st Birthday', stats: [{ value: '10,000', label: 'GitHub stars' }] })).toBe(false);
    expect(statsRestateText({ title: 'No figures here' })).toBe(false);
  });
});

describe('plainBody and hasArt', () => {
  const plainBody = (body: string) => {
    const parsed = parseBody(body);
    if (!parsed.ok) throw new Error(parsed.problem.problem);
    return plainText(parsed.root);
  };
  const hasArt = (milestone: Parameters<typeof artPlanFor>[0]) => artPlanFor(milestone).type !== 'none';

  it('strips markup to count words', () => {
    expect(plainBody('Over <Highlight>1,000 pull requests</Highlight> and [a link](https://x.y).\n\n**More**')).toBe(
      'Over 1,000 pull requests and a link. More',
    );
  });

  it('draws art for every kind not set in type, unless told otherwise', () => {
    expect(hasArt({ kind: 'launch', art: undefined })).toBe(true);
    expect(hasArt({ kind: 'statistic', art: undefined })).toBe(false);
    expect(hasArt({ kind: 'quote', art: { src: './q.svg', alt: 'A quote' } })).toBe(true);
    expect(hasArt({ kind: 'launch', art: 'none' })).toBe(false);
  });
});
