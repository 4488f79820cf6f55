import { describe, expect, it } from 'vitest';
import { chunk, type FlowBlock, groupSlots, paginateFlow } from '../../../../renderer/print/paginate';

const block = (item: string, height: number, keepWithNext = false): FlowBlock<string> => ({ item, height, keepWithNext });

/** A splittable block of `lines` lines of 10 px each. */
function paragraph(name: string, lines: number, part = 1): FlowBlock<string> {
  return {
    item: `${name}${part}:${lines}`,
    height: lines * 10,
    split: (available) => {
      const fitting = Math.floor(available / 10);
      if (fitting < 1 || fitting >= lines) return null;
      return [{ item: `${name}${part}:${fitting}`, height: fitting * 10 }, paragraph(name, lines - fitting, part + 1)];
    },
  };
}

describe('paginateFlow', () => {
  it('fills a slot in order and starts the next one with the first block that does not fit', () => {
    expect(paginateFlow([block('a', 40), block('b', 50), block('c', 20)], 100)).toEqual([['a', 'b'], ['c']]);
  });

  it('never leaves a heading alone at the bottom of a slot', () => {
    const slots = paginateFlow([block('a', 70), block('heading', 20, true), block('b', 30)], 100);
    expect(slots).toEqual([['a'], ['heading', 'b']]);
  });

  it('keeps a run of headings with the block they introduce', () => {
    const slots = paginateFlow([block('a', 50), block('h1', 20, true), block('h2', 20, true), block('b', 20)], 100);
    expect(slots).toEqual([['a'], ['h1', 'h2', 'b']]);
  });

  it('cuts a long paragraph between lines and continues it in the next slot', () => {
    const slots = paginateFlow([block('a', 60), paragraph('p', 10)], 100);
    expect(slots).toEqual([['a', 'p1:4'], ['p2:6']]);
  });

  it('keeps a heading with the first lines of a paragraph it introduces', () => {
    const slots = paginateFlow([block('a', 60), block('heading', 20, true), paragraph('p', 10)], 100);
    expect(slots).toEqual([['a', 'heading', 'p1:2'], ['p2:8']]);
  });

  it('gives a block taller than a whole slot a slot of its own instead of looping or dropping it', () => {
    expect(paginateFlow([block('a', 10), block('huge', 250), block('b', 10)], 100)).toEqual([['a'], ['huge'], ['b']]);
  });

  it('returns one empty slot for an empty flow and never an empty slot otherwise', () => {
    expect(paginateFlow([], 100)).toEqual([[]]);
    const slots = paginateFlow(
      Array.from({ length: 30 }, (_, index) => block(String(index), 35)),
      100,
    );
    expect(slots.every((slot) => slot.length > 0)).toBe(true);
    expect(slots.flat()).toHaveLength(30);
  });
});

describe('groupSlots and chunk', () => {
  it('groups slots into pages of as many columns as a page has', () => {
    expect(groupSlots([['a'], ['b'], ['c']], 2)).toEqual([[['a'], ['b']], [['c']]]);
  });

  it('chunks a list and always returns at least one chunk', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([], 3)).toEqual([[]]);
  });
});
