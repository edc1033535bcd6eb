import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countBelow, firstWhere } from '../../../core/text/sorted';

describe('binary search over sorted values', () => {
  it('finds where a monotone test first holds, as a scan from the start would', () => {
    fc.assert(
      fc.property(fc.nat(200), fc.nat(220), (count, threshold) => {
        expect(firstWhere(count, (i) => i >= threshold)).toBe(Math.min(threshold, count));
      }),
    );
  });

  it('counts the values below a limit, duplicates included', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (values, limit) => {
        const sorted = [...values].sort((a, b) => a - b);
        expect(countBelow(sorted, limit)).toBe(sorted.filter((v) => v < limit).length);
      }),
    );
  });

  it('answers at the edges: an empty array, a limit below or above everything', () => {
    expect(countBelow([], 3)).toBe(0);
    expect(countBelow([1, 2, 2, 5], 0)).toBe(0);
    expect(countBelow([1, 2, 2, 5], 2)).toBe(1);
    expect(countBelow([1, 2, 2, 5], 9)).toBe(4);
  });
});
