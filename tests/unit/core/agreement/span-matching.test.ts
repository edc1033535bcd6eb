import { describe, expect, it } from 'vitest';
import { CandidatePairs } from '../../../../core/agreement/span-matching';

/** Rows as (overlap, distance), added in this order. */
function table(rows: readonly (readonly [number, number])[]): CandidatePairs {
  const pairs = new CandidatePairs();
  rows.forEach(([overlap, distance], row) => pairs.add(0, row, 1, row, overlap, distance));
  return pairs;
}

/** The matching rule's order, written out plainly: largest overlap, then closest boundaries, then the order found. */
function expectedOrder(rows: readonly (readonly [number, number])[]): number[] {
  return rows.map((_, row) => row).sort((x, y) => (rows[y]?.[0] ?? 0) - (rows[x]?.[0] ?? 0) || (rows[x]?.[1] ?? 0) - (rows[y]?.[1] ?? 0) || x - y);
}

/** A fixed pseudo-random sequence, so the cases are the same on every run. */
function numbers(seed: number, below: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state % below;
  };
}

describe('candidate pairs strongest first', () => {
  it('orders by overlap, then distance, then the order the pairs were found in (ties included)', () => {
    const rows: [number, number][] = [[5, 2], [7, 9], [5, 0], [7, 9], [1, 0], [5, 2]];
    expect([...table(rows).strongestFirst()]).toEqual([1, 3, 2, 0, 5, 4]);
  });

  it('keeps that order on overlaps and distances too large to rank as one number (spans of a whole long document)', () => {
    const next = numbers(7, 20_000_000);
    const rows = Array.from({ length: 5_000 }, (_, i): [number, number] => (i % 10 === 0 ? [5, 5] : [next(), next()]));
    expect([...table(rows).strongestFirst()]).toEqual(expectedOrder(rows));
  });

  it('keeps it on the everyday sizes as well, with many ties', () => {
    const next = numbers(11, 40);
    const rows = Array.from({ length: 3_000 }, (): [number, number] => [next(), next()]);
    expect([...table(rows).strongestFirst()]).toEqual(expectedOrder(rows));
  });

  it('starts again empty after clear, however large it grew', () => {
    const pairs = table([[3, 1], [4, 0], [2, 2]]);
    pairs.clear();
    pairs.add(0, 0, 1, 0, 9, 0);
    expect([...pairs.strongestFirst()]).toEqual([0]);
  });
});
