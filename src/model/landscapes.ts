/**
 * The landscapes the project draws behind the years (`src/build-time/art/scenery.ts`), by the names
 * an era picks them with in `content/journey.yaml` (`scenery:`). Each draws three depth layers, and
 * echoes in the small far-away shapes behind every card's picture.
 */
export const LANDSCAPES = [
  { id: 'swamp', looks: 'a night in deep time: dinosaurs, palms and a smoking volcano under the moon' },
  { id: 'offices', looks: 'a city after hours: towers with lit windows, desks and screens under a crescent moon' },
  { id: 'hills', looks: 'green hills with flags and stacked puzzle pieces under constellations' },
  { id: 'orbits', looks: 'indigo: a lattice of linked nodes, a ringed planet, crystals and circuit traces' },
] as const;

export type Landscape = (typeof LANDSCAPES)[number]['id'];

export const LANDSCAPE_IDS = LANDSCAPES.map((landscape) => landscape.id) as [Landscape, ...Landscape[]];
