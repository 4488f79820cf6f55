import { describe, expect, it } from 'vitest';
import { layoutJourney } from '../../../../shared/layout/grid-layout';
import { firstGridItem, isOnGrid, keyboardMoveTarget, moveFocus } from '../../../../shared/layout/grid-navigation';
import { smallMap, tp } from './fixtures';

const layout = layoutJourney(
  smallMap([tp('t1', 's1', 'a'), tp('t2', 's1', 'a'), tp('t3', 's2', 'a'), tp('t4', 's1', 'b'), tp('u', 's3', null)]),
);
const card = (touchpointId: string) => ({ kind: 'card', touchpointId }) as const;

describe('moveFocus', () => {
  it('starts at the first stage header', () => {
    expect(firstGridItem(layout)).toEqual({ kind: 'stage', stageId: 's1' });
  });

  it('walks down from a stage header through the cards of its column', () => {
    expect(moveFocus(layout, { kind: 'stage', stageId: 's1' }, 'down')).toEqual(card('t1'));
    expect(moveFocus(layout, card('t1'), 'down')).toEqual(card('t2'));
    expect(moveFocus(layout, card('t2'), 'down')).toEqual(card('t4'));
    expect(moveFocus(layout, card('t4'), 'down')).toEqual({ kind: 'cell', stageId: 's1', siloId: null });
    expect(moveFocus(layout, { kind: 'cell', stageId: 's1', siloId: null }, 'down')).toBeNull();
  });

  it('walks up back to the stage header', () => {
    expect(moveFocus(layout, card('t4'), 'up')).toEqual(card('t2'));
    expect(moveFocus(layout, card('t1'), 'up')).toEqual({ kind: 'stage', stageId: 's1' });
    expect(moveFocus(layout, { kind: 'stage', stageId: 's1' }, 'up')).toBeNull();
  });

  it('moves sideways to the neighbouring cell, an empty cell, and the silo header', () => {
    expect(moveFocus(layout, card('t2'), 'right')).toEqual(card('t3'));
    expect(moveFocus(layout, card('t3'), 'right')).toEqual({ kind: 'cell', stageId: 's3', siloId: 'a' });
    expect(moveFocus(layout, card('t1'), 'left')).toEqual({ kind: 'silo', siloId: 'a' });
    expect(moveFocus(layout, { kind: 'silo', siloId: 'a' }, 'right')).toEqual(card('t1'));
  });

  it('moves between headers along their row or column', () => {
    expect(moveFocus(layout, { kind: 'stage', stageId: 's2' }, 'right')).toEqual({ kind: 'stage', stageId: 's3' });
    expect(moveFocus(layout, { kind: 'stage', stageId: 's3' }, 'right')).toBeNull();
    expect(moveFocus(layout, { kind: 'silo', siloId: 'b' }, 'down')).toEqual({ kind: 'silo', siloId: null });
    expect(moveFocus(layout, { kind: 'silo', siloId: 'a' }, 'up')).toBeNull();
  });

  it('knows which items are still on the grid', () => {
    expect(isOnGrid(layout, card('t1'))).toBe(true);
    expect(isOnGrid(layout, card('gone'))).toBe(false);
    expect(isOnGrid(layout, { kind: 'silo', siloId: null })).toBe(true);
  });
});

describe('keyboardMoveTarget', () => {
  it('moves a card to the neighbouring stage in the same lane', () => {
    expect(keyboardMoveTarget(layout, 't2', 'right')).toEqual({ stageId: 's2', siloId: 'a', index: 1 });
    expect(keyboardMoveTarget(layout, 't1', 'left')).toBeNull();
  });

  it('moves a card up and down within its cell, then into the next lane at the edge', () => {
    expect(keyboardMoveTarget(layout, 't2', 'up')).toEqual({ stageId: 's1', siloId: 'a', index: 0 });
    expect(keyboardMoveTarget(layout, 't1', 'down')).toEqual({ stageId: 's1', siloId: 'a', index: 1 });
    expect(keyboardMoveTarget(layout, 't2', 'down')).toEqual({ stageId: 's1', siloId: 'b', index: 0 });
    expect(keyboardMoveTarget(layout, 't4', 'up')).toEqual({ stageId: 's1', siloId: 'a', index: 2 });
    expect(keyboardMoveTarget(layout, 't1', 'up')).toBeNull();
    expect(keyboardMoveTarget(layout, 'u', 'down')).toBeNull();
  });
});

describe('keyboardMoveTarget for several cards moving with the focused one', () => {
  const moving = (...ids: string[]) => new Set(ids);

  it('counts the target index without any of the moving cards', () => {
    expect(keyboardMoveTarget(layout, 't1', 'right', moving('t1', 't3'))).toEqual({ stageId: 's2', siloId: 'a', index: 0 });
    expect(keyboardMoveTarget(layout, 't2', 'right', moving('t1', 't2'))).toEqual({ stageId: 's2', siloId: 'a', index: 0 });
  });

  it('moves the group up and down past the cards that stay, then into the next lane', () => {
    expect(keyboardMoveTarget(layout, 't1', 'down', moving('t1', 't2'))).toEqual({ stageId: 's1', siloId: 'b', index: 0 });
    expect(keyboardMoveTarget(layout, 't2', 'up', moving('t1', 't2'))).toBeNull();
    expect(keyboardMoveTarget(layout, 't4', 'up', moving('t4', 't1'))).toEqual({ stageId: 's1', siloId: 'a', index: 1 });
    expect(keyboardMoveTarget(layout, 't2', 'up', moving('t2', 't4'))).toEqual({ stageId: 's1', siloId: 'a', index: 0 });
  });

  it('gives the same target as for the card alone when only the card moves', () => {
    for (const direction of ['up', 'down', 'left', 'right'] as const)
      for (const id of ['t1', 't2', 't3', 't4', 'u'])
        expect(keyboardMoveTarget(layout, id, direction, moving(id))).toEqual(keyboardMoveTarget(layout, id, direction));
  });
});
