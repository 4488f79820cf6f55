import { describe, expect, it } from 'vitest';
import { handoffPath } from '../../../../renderer/print/handoff-paths';

const card = (x: number, y: number) => ({ x, y, width: 100, height: 40 });

/** The start and end points of a path "Mx yC… x y". */
function ends(path: string): { start: [number, number]; end: [number, number] } {
  const numbers = path.match(/-?[\d.]+/g)?.map(Number) ?? [];
  return { start: [numbers[0] ?? NaN, numbers[1] ?? NaN], end: [numbers.at(-2) ?? NaN, numbers.at(-1) ?? NaN] };
}

describe('hand-off arrows', () => {
  it('go from the right edge of a card to the left edge of a card in a later column', () => {
    expect(ends(handoffPath(card(0, 0), card(300, 100)))).toEqual({ start: [100, 20], end: [300, 120] });
  });

  it('go from the left edge to the right edge for a card in an earlier column', () => {
    expect(ends(handoffPath(card(300, 0), card(0, 0)))).toEqual({ start: [300, 20], end: [100, 20] });
  });

  it('go from the bottom to the top of a card below in the same column, and the other way up', () => {
    expect(ends(handoffPath(card(0, 0), card(0, 100)))).toEqual({ start: [50, 40], end: [50, 100] });
    expect(ends(handoffPath(card(0, 100), card(0, 0)))).toEqual({ start: [50, 100], end: [50, 40] });
  });
});
