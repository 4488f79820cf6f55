import { describe, expect, it } from 'vitest';
import { cellKey, layoutJourney } from '../../../../shared/layout/grid-layout';
import {
  cardAt,
  cellAt,
  insertionIndexAt,
  insertionIndicator,
  siloDropIndexAt,
  stageDropIndexAt,
} from '../../../../shared/layout/hit-test';
import { smallMap, tp } from './fixtures';

const map = smallMap([tp('t1', 's2', 'a'), tp('t2', 's2', 'a'), tp('t3', 's2', 'a'), tp('u', 's1', null)]);
const layout = layoutJourney(map);

function centreOf(id: string): { x: number; y: number } {
  const card = layout.cards.get(id);
  if (!card) throw new Error(`no card ${id}`);
  return { x: card.x + card.width / 2, y: card.y + card.height / 2 };
}

describe('cellAt', () => {
  it('finds the stage and silo under a point', () => {
    const cell = layout.cellByKey.get(cellKey('s3', 'b'));
    expect(cell && cellAt(layout, { x: cell.x + 1, y: cell.y + cell.height - 1 })).toEqual({
      stageId: 's3',
      siloId: 'b',
    });
  });

  it('finds the "No owner" lane as a null silo', () => {
    expect(cellAt(layout, centreOf('u'))).toEqual({ stageId: 's1', siloId: null });
  });

  it('returns null on headers and outside the grid', () => {
    expect(cellAt(layout, { x: 5, y: 5 })).toBeNull();
    expect(cellAt(layout, { x: layout.columns[0]?.x ?? 0, y: 5 })).toBeNull();
    expect(cellAt(layout, { x: layout.width + 1, y: layout.height / 2 })).toBeNull();
    expect(cellAt(layout, { x: -10, y: layout.height / 2 })).toBeNull();
  });
});

describe('cardAt', () => {
  it('finds the card under a point and nothing in the empty space of a cell', () => {
    expect(cardAt(layout, centreOf('t2'))).toBe('t2');
    const cell = layout.cellByKey.get(cellKey('s1', 'a'));
    expect(cell && cardAt(layout, { x: cell.x + 20, y: cell.y + 20 })).toBeNull();
  });
});

describe('insertionIndexAt', () => {
  const cell = { stageId: 's2', siloId: 'a' };

  it('inserts before a card when dropped on its upper half and after it on its lower half', () => {
    const t2 = layout.cards.get('t2');
    if (!t2) throw new Error('no t2');
    expect(insertionIndexAt(layout, cell, { x: t2.x + 10, y: t2.y + 2 })).toBe(1);
    expect(insertionIndexAt(layout, cell, { x: t2.x + 10, y: t2.y + t2.height - 2 })).toBe(2);
  });

  it('counts positions without the cards being moved', () => {
    const t3 = layout.cards.get('t3');
    if (!t3) throw new Error('no t3');
    const below = { x: t3.x + 10, y: t3.y + t3.height + 5 };
    expect(insertionIndexAt(layout, cell, below)).toBe(3);
    expect(insertionIndexAt(layout, cell, below, new Set(['t1']))).toBe(2);
  });

  it('drops at the top of an empty cell', () => {
    const empty = layout.cellByKey.get(cellKey('s1', 'b'));
    if (!empty) throw new Error('no cell');
    expect(insertionIndexAt(layout, empty, { x: empty.x + 10, y: empty.y + 80 })).toBe(0);
  });

  it('uses the sub-column under the point in a wrapped cell', () => {
    const full = layoutJourney(smallMap(Array.from({ length: 10 }, (_, i) => tp(`t${i}`, 's1', 'a'))));
    const second = full.cards.get('t5');
    if (!second) throw new Error('no card');
    expect(second.subColumn).toBe(1);
    expect(insertionIndexAt(full, { stageId: 's1', siloId: 'a' }, { x: second.x + 5, y: second.y + 1 })).toBe(5);
  });

  it('shows the insertion bar between the neighbouring cards', () => {
    const t1 = layout.cards.get('t1');
    const t2 = layout.cards.get('t2');
    const bar = insertionIndicator(layout, cell, 1);
    if (!t1 || !t2 || !bar) throw new Error('missing');
    expect(bar.y).toBeGreaterThanOrEqual(t1.y + t1.height - bar.height);
    expect(bar.y + bar.height).toBeLessThanOrEqual(t2.y + bar.height);
  });
});

describe('header drop indexes', () => {
  it('moves a stage to where its header centre is dropped', () => {
    const s3 = layout.columns[2];
    if (!s3) throw new Error('no column');
    expect(stageDropIndexAt(layout, s3.x + s3.width - 1, 's1')).toBe(2);
    expect(stageDropIndexAt(layout, 0, 's3')).toBe(0);
    expect(stageDropIndexAt(layout, s3.x + 1, 's1')).toBe(1);
  });

  it('moves a silo to where its header centre is dropped and never past "No owner"', () => {
    expect(siloDropIndexAt(layout, layout.height + 100, 'a')).toBe(1);
    expect(siloDropIndexAt(layout, 0, 'b')).toBe(0);
  });
});
