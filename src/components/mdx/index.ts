import Highlight from './Highlight.astro';

/** Passed to every milestone's `<Content />`; names must match `MDX_COMPONENT_NAMES`. */
export const mdxComponents = { Highlight };
