import { slug } from 'github-slugger';

/**
 * The id Astro's glob loader gives a file, from its path inside the collection folder: every folder
 * and the file name are slugged the way GitHub slugs headings, the extension and a trailing
 * `/index` are dropped ("2022/03-17-Backstage_1.mdx" becomes "2022/03-17-backstage_1").
 * A `slug` field in the frontmatter would replace it, as in Astro.
 */
export function entryIdFor(pathInCollection: string, data?: unknown): string {
  const custom = data && typeof data === 'object' ? (data as { slug?: unknown }).slug : undefined;
  if (custom) return String(custom);
  const withoutExtension = pathInCollection.replace(/\.[^./]*$/, '');
  return withoutExtension
    .split('/')
    .map((segment) => slug(segment))
    .join('/')
    .replace(/\/index$/, '');
}
