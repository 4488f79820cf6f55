import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { changedTouchpointIds, lastTouchpointsWithIds } from '../../../../shared/layout/touchpoint-changes';
import { touchpointsById } from '../../../../shared/model/touchpoints';
import type { Touchpoint } from '../../../../shared/model/types';
import { tp } from './fixtures';

/** A pool of touchpoint objects, several sharing each id, to draw arrays from. */
const POOL: readonly Touchpoint[] = Array.from({ length: 12 }, (_, index) =>
  tp(`t${index % 5}`, 's1', null, `${index}`),
);

/**
 * An array of pool objects, and a version of it edited as a map edit would: pool objects spliced in at
 * some place (replacing some), then a stretch reversed (cards reordered).
 */
const versions = fc
  .tuple(
    fc.array(fc.nat(POOL.length - 1), { maxLength: 14 }),
    fc.nat(),
    fc.nat(4),
    fc.array(fc.nat(POOL.length - 1), { maxLength: 4 }),
    fc.nat(),
    fc.nat(6),
  )
  .map(([indices, at, removed, inserted, from, reversed]) => {
    const before = indices.map((index) => POOL[index]!);
    const after = [...before];
    after.splice(at % (before.length + 1), removed, ...inserted.map((index) => POOL[index]!));
    const start = from % (after.length + 1);
    after.splice(start, reversed, ...after.slice(start, start + reversed).reverse());
    return { before, after };
  });

describe('changedTouchpointIds', () => {
  it('names every id whose touchpoint (the last with that id) differs between the versions', () => {
    fc.assert(
      fc.property(versions, ({ before, after }) => {
        const changed = changedTouchpointIds(before, after);
        const was = touchpointsById(before);
        const is = touchpointsById(after);
        for (const touchpoint of POOL) {
          if (!changed.has(touchpoint.id)) expect(is.get(touchpoint.id)).toBe(was.get(touchpoint.id));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('names only what lies between the common start and end', () => {
    const [a, b, c, d] = [tp('a', 's1', null), tp('b', 's1', null), tp('c', 's1', null), tp('d', 's1', null)];
    expect(changedTouchpointIds([a, b, c, d], [a, b, c, d])).toEqual(new Set());
    expect(changedTouchpointIds([a, b, c, d], [a, { ...b }, c, d])).toEqual(new Set(['b']));
    expect(changedTouchpointIds([a, b, c, d], [a, c, b, d])).toEqual(new Set());
    expect(changedTouchpointIds([a, b, c], [a, b, c, d])).toEqual(new Set(['d']));
    expect(changedTouchpointIds([a, b, c, d], [a, d])).toEqual(new Set(['b', 'c']));
  });
});

describe('lastTouchpointsWithIds', () => {
  it('finds what touchpointsById finds for the ids asked for', () => {
    fc.assert(
      fc.property(versions, fc.uniqueArray(fc.constantFrom('t0', 't1', 't2', 't3', 't4', 'none')), ({ after }, ids) => {
        const found = lastTouchpointsWithIds(after, new Set(ids));
        const index = touchpointsById(after);
        expect([...found.keys()].sort()).toEqual(ids.filter((id) => index.has(id)).sort());
        for (const [id, touchpoint] of found) expect(touchpoint).toBe(index.get(id));
      }),
      { numRuns: 300 },
    );
  });
});
