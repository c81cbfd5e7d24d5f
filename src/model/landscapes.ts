/**
 * The landscapes the project draws behind the years (`src/build-time/art/scenery.ts`), by the names
 * an era picks them with in `content/journey.yaml` (`scenery:`). Each draws three depth layers, and
 * echoes in the small far-away shapes behind every card's picture.
 */
export const LANDSCAPES = [
  { id: 'swamp', looks: 'a night swamp: ferns, reeds, cycads and giant trees' },
  { id: 'offices', looks: 'offices and server rooms after hours: towers, racks and desks' },
  { id: 'hills', looks: 'green rolling hills with houses, trees and plugs' },
  { id: 'orbits', looks: 'indigo lattices, orbits and circuit traces' },
] as const;

export type Landscape = (typeof LANDSCAPES)[number]['id'];

export const LANDSCAPE_IDS = LANDSCAPES.map((landscape) => landscape.id) as [Landscape, ...Landscape[]];
