import { slug } from 'github-slugger';

/**
 * A milestone's id, from its path inside the timeline folder: every folder and the file name
 * slugged the way GitHub slugs headings, the extension dropped ("2022/03-17-Backstage_1.mdx"
 * becomes "2022/03-17-backstage_1"). Its page anchor follows from it.
 */
export function entryIdFor(pathInCollection: string): string {
  return pathInCollection
    .replace(/\.[^./]*$/, '')
    .split('/')
    .map((segment) => slug(segment))
    .join('/')
    .replace(/\/index$/, '');
}
