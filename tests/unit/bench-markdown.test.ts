import { describe, expect, it } from 'vitest';
import { count, duration, fixed, kB, score, seconds, signed, table, times } from '../../scripts/bench/lib/markdown.ts';

describe('table', () => {
  it('pads columns, left-aligns the first and right-aligns figures', () => {
    expect(table(['Page', 'JS'], [['/', '43.8 kB'], ['/embed/2022/', '4.1 kB']])).toBe(
      [
        '| Page         |      JS |',
        '| ------------ | ------: |',
        '| /            | 43.8 kB |',
        '| /embed/2022/ |  4.1 kB |',
      ].join('\n'),
    );
  });

  it('escapes pipes and line breaks so a cell cannot break the table', () => {
    const text = table(['A', 'B'], [['x|y', 'two\nlines']], ['left', 'left']);
    expect(text.split('\n')).toHaveLength(3);
    expect(text).toContain('x\\|y');
    expect(text).toContain('two lines');
  });

  it('fills missing cells', () => {
    expect(table(['A', 'B'], [['only']]).split('\n')[2]).toBe('| only |     |');
  });
});

describe('figures', () => {
  it('writes bytes in kB of 1,000 bytes', () => {
    expect(kB(43_812)).toBe('43.8 kB');
    expect(kB(60_000, 0)).toBe('60 kB');
    expect(kB(undefined)).toBe('–');
  });
  it('writes short times in ms and long ones in seconds', () => {
    expect(duration(849.6)).toBe('850 ms');
    expect(duration(12_345)).toBe('12.3 s');
    expect(seconds(65_000)).toBe('65.0 s');
  });
  it('writes scores, ratios, counts and signed differences', () => {
    expect(score(0.968)).toBe('97');
    expect(score(null)).toBe('–');
    expect(times(1.234)).toBe('×1.23');
    expect(count(12345.4)).toBe('12,345');
    expect(fixed(Number.POSITIVE_INFINITY)).toBe('–');
    expect(signed(24, ' ms')).toBe('+24 ms');
    expect(signed(-3)).toBe('−3');
    expect(signed(0.0004, '', 3)).toBe('±0.000');
  });
});
