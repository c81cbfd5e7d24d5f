import type { JourneyRule } from './rule.ts';

/** Every milestone has a page address of its own (#2022-03-17-backstage-1-0-released), made from its file name. */
export const anchors: JourneyRule = {
  name: 'anchors',
  check(files) {
    const byAnchor = Map.groupBy(files, (file) => file.anchor);
    return [...byAnchor].flatMap(([anchor, group]) =>
      group.length < 2
        ? []
        : group.map((file) => {
            const others = group.filter((other) => other !== file).map((other) => other.file.path);
            return {
              severity: 'error' as const,
              kind: 'anchor' as const,
              file: file.file.path,
              line: 1,
              field: 'file name',
              problem: `the page address #${anchor} is the same as that of ${others.join(' and ')}`,
              expected: 'file names that differ by more than capital letters or punctuation',
              related: others,
            };
          }),
    );
  },
};
