/**
 * The journey's scenery eras, oldest first. Each year takes the scenery of the last era that starts
 * at or before it. One source of truth for the page's backdrops and the art's palettes.
 */
export const ERAS = [
  { id: 'deep-time', name: 'Deep time', from: -Infinity },
  { id: 'homegrown', name: 'The homegrown years', from: 2006 },
  { id: 'open-source', name: 'The open-source years', from: 2020 },
  { id: 'ai', name: 'The AI years', from: 2023 },
] as const;

export type Era = (typeof ERAS)[number];
export type EraId = Era['id'];

export function eraForYear(year: number): Era {
  let current: Era = ERAS[0];
  for (const era of ERAS) if (year >= era.from) current = era;
  return current;
}
