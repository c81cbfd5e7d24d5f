/**
 * The components a milestone's MDX body may use without importing them. The names here and the
 * components passed to `<Content components={...}>` are kept equal by a unit test.
 */
export const MDX_COMPONENT_NAMES = ['Highlight'] as const;
