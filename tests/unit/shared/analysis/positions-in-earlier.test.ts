import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { positionsInEarlier } from '../../../../shared/analysis/reuse/positions-in-earlier';

const items = Array.from({ length: 12 }, (_, i) => ({ name: `item ${i}` }));

function positions(earlier: readonly object[], later: readonly object[]): number[] {
  return [...positionsInEarlier(earlier, later)];
}

describe('positionsInEarlier', () => {
  it('finds every item of an unchanged array where it was', () => {
    expect(positions(items, items.slice())).toEqual(items.map((_, i) => i));
  });

  it('follows the others past an item moved down or up, inserted or removed; an item the walk has passed counts as new', () => {
    const [a, b, c, d, e] = items;
    const fresh = { name: 'new' };
    expect(positions([a, b, c, d, e] as object[], [b, c, d, a, e] as object[])).toEqual([1, 2, 3, -1, 4]);
    expect(positions([a, b, c, d, e] as object[], [d, a, b, c, e] as object[])).toEqual([3, 0, 1, 2, 4]);
    expect(positions([a, b, c] as object[], [a, fresh, b, c] as object[])).toEqual([0, -1, 1, 2]);
    expect(positions([a, b, c, d] as object[], [a, d] as object[])).toEqual([0, 3]);
  });

  it('finds the items of a reversed array through its map of positions once a few have been missed', () => {
    const found = positions(items, items.slice().reverse());
    expect(found.slice(0, 4)).toEqual([-1, -1, -1, -1]);
    expect(found.slice(4)).toEqual(items.slice(4).map((_, i) => items.length - 5 - i));
  });

  it('gives, for any two arrays, only positions that hold the same object', () => {
    const pool = Array.from({ length: 8 }, (_, i) => ({ i }));
    const array = fc.array(
      fc.nat({ max: pool.length - 1 }).map((i) => pool[i] as object),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(array, array, (earlier, later) => {
        const found = positionsInEarlier(earlier, later);
        later.forEach((item, position) => {
          const at = found[position] ?? -1;
          if (at >= 0) expect(earlier[at]).toBe(item);
          else expect(at).toBe(-1);
        });
      }),
      { numRuns: 300 },
    );
  });
});
