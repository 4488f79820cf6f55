import { describe, expect, it } from 'vitest';
import { newTouchpoint } from '../../../../shared/model/create';
import { checkIntegrity } from '../../../../shared/model/integrity';
import {
  addTouchpoint,
  appendToCells,
  cellTouchpoints,
  moveTouchpoint,
  moveTouchpoints,
  removeTouchpoint,
  removeTouchpoints,
  reorderTouchpointInCell,
  setTouchpointSilo,
  updateTouchpoint,
} from '../../../../shared/model/touchpoints';
import { LIMITS } from '../../../../shared/model/types';
import { cellIds, sampleMap } from './sample-map';

describe('adding a touchpoint', () => {
  it('puts the card at the end of its cell by default', () => {
    const map = addTouchpoint(sampleMap(), newTouchpoint({ id: 'new', stageId: 'buy', siloId: 'sales' }));
    expect(cellIds(map, 'buy', 'sales')).toEqual(['t1', 't2', 'new']);
    expect(checkIntegrity(map)).toEqual([]);
  });

  it('puts the card at an index within its cell', () => {
    const map = addTouchpoint(sampleMap(), newTouchpoint({ id: 'new', stageId: 'buy', siloId: 'sales' }), 1);
    expect(cellIds(map, 'buy', 'sales')).toEqual(['t1', 'new', 't2']);
    const first = addTouchpoint(sampleMap(), newTouchpoint({ id: 'new', stageId: 'buy', siloId: 'sales' }), 0);
    expect(cellIds(first, 'buy', 'sales')).toEqual(['new', 't1', 't2']);
  });

  it('can add to an empty cell and to the unowned lane', () => {
    const map = addTouchpoint(sampleMap(), newTouchpoint({ id: 'new', stageId: 'use', siloId: 'sales' }));
    expect(cellIds(map, 'use', 'sales')).toEqual(['new']);
    expect(cellIds(addTouchpoint(map, newTouchpoint({ id: 'u', stageId: 'buy', siloId: null })), 'buy', null)).toEqual(['u']);
  });

  it('refuses an unknown stage or silo, a clashing id, an empty title, or a card beyond the limit', () => {
    const map = sampleMap();
    expect(addTouchpoint(map, newTouchpoint({ stageId: 'ghost', siloId: null }))).toBe(map);
    expect(addTouchpoint(map, newTouchpoint({ stageId: 'buy', siloId: 'ghost' }))).toBe(map);
    expect(addTouchpoint(map, newTouchpoint({ id: 'buy', stageId: 'buy', siloId: null }))).toBe(map);
    expect(addTouchpoint(map, newTouchpoint({ stageId: 'buy', siloId: null, title: ' ' }))).toBe(map);
    const full = {
      ...map,
      touchpoints: Array.from({ length: LIMITS.maxTouchpoints }, (_, i) => newTouchpoint({ id: `x${i}`, stageId: 'buy', siloId: null })),
    };
    expect(addTouchpoint(full, newTouchpoint({ stageId: 'buy', siloId: null }))).toBe(full);
  });

  it('cleans values outside the spec domains', () => {
    const raw = { ...newTouchpoint({ id: 'new', stageId: 'buy', siloId: null }), emotion: 7, day: 3.6, channel: 'fax' };
    const map = addTouchpoint(sampleMap(), raw as never);
    expect(map.touchpoints.at(-1)).toMatchObject({ emotion: 2, day: 4, channel: 'other' });
  });
});

describe('editing a touchpoint', () => {
  it('updates its fields', () => {
    const map = updateTouchpoint(sampleMap(), 't1', {
      title: ' Quote ',
      channel: 'phone',
      initiator: 'customer',
      intent: 'sell',
      emotion: -1,
      day: 3,
      description: 'By phone',
    });
    expect(map.touchpoints[0]).toMatchObject({
      title: 'Quote',
      channel: 'phone',
      initiator: 'customer',
      intent: 'sell',
      emotion: -1,
      day: 3,
      description: 'By phone',
    });
  });

  it('clamps emotion to −2…2 and rounds days', () => {
    const map = updateTouchpoint(sampleMap(), 't1', { emotion: -9, day: 2.4 });
    expect(map.touchpoints[0]).toMatchObject({ emotion: -2, day: 2 });
    expect(updateTouchpoint(map, 't1', { emotion: null, day: null }).touchpoints[0]).toMatchObject({ emotion: null, day: null });
  });

  it('ignores an empty title, unknown enum values and non-finite numbers', () => {
    const map = sampleMap();
    expect(updateTouchpoint(map, 't1', { title: '' })).toBe(map);
    expect(updateTouchpoint(map, 't1', { channel: 'fax' as never, intent: 'spam' as never })).toBe(map);
    expect(updateTouchpoint(map, 't1', { day: Number.NaN, emotion: Infinity })).toBe(map);
  });

  it('truncates a long title to 200 characters', () => {
    expect(updateTouchpoint(sampleMap(), 't1', { title: 'x'.repeat(300) }).touchpoints[0]?.title).toHaveLength(200);
  });

  it('a no-op returns the same map', () => {
    const map = sampleMap();
    expect(updateTouchpoint(map, 't1', { title: 'T1', channel: 'email' })).toBe(map);
    expect(updateTouchpoint(map, 'ghost', { title: 'X' })).toBe(map);
  });
});

describe('giving a touchpoint another owner', () => {
  it('changes only its silo: same stage, same place in the array, every other card untouched', () => {
    const before = sampleMap();
    const map = setTouchpointSilo(before, 't5', 'sales');
    expect(map.touchpoints.map((tp) => tp.id)).toEqual(before.touchpoints.map((tp) => tp.id));
    expect(map.touchpoints.find((tp) => tp.id === 't5')).toEqual({ ...before.touchpoints.find((tp) => tp.id === 't5'), siloId: 'sales' });
    map.touchpoints.forEach((tp, index) => {
      if (tp.id !== 't5') expect(tp).toBe(before.touchpoints[index]);
    });
    expect(checkIntegrity(map)).toEqual([]);
  });

  it('can take the owner away again', () => {
    expect(setTouchpointSilo(sampleMap(), 't1', null).touchpoints[0]?.siloId).toBeNull();
  });

  it('refuses an unknown silo and returns the same map when nothing changes', () => {
    const map = sampleMap();
    expect(setTouchpointSilo(map, 't5', 'legal')).toBe(map);
    expect(setTouchpointSilo(map, 'ghost', 'sales')).toBe(map);
    expect(setTouchpointSilo(map, 't1', 'sales')).toBe(map);
  });
});

describe('moving touchpoints', () => {
  it('moving a card to another lane changes its owner', () => {
    const map = moveTouchpoint(sampleMap(), 't2', { stageId: 'buy', siloId: 'billing' });
    expect(map.touchpoints.find((tp) => tp.id === 't2')?.siloId).toBe('billing');
    expect(cellIds(map, 'buy', 'billing')).toEqual(['t3', 't2']);
  });

  it('moving a card to another column changes its stage and keeps its hand-offs', () => {
    const before = sampleMap();
    const map = moveTouchpoint(before, 't1', { stageId: 'use', siloId: 'billing' });
    expect(map.touchpoints.find((tp) => tp.id === 't1')).toMatchObject({ stageId: 'use', siloId: 'billing' });
    expect(cellIds(map, 'use', 'billing')).toEqual(['t4', 't1']);
    expect(map.handoffs).toBe(before.handoffs);
  });

  it('moving a card to the unowned lane leaves it unowned', () => {
    expect(moveTouchpoint(sampleMap(), 't1', { stageId: 'buy', siloId: null }).touchpoints.find((tp) => tp.id === 't1')?.siloId).toBeNull();
  });

  it('inserts before a given card of the target cell', () => {
    const map = moveTouchpoint(sampleMap(), 't3', { stageId: 'buy', siloId: 'sales', beforeTouchpointId: 't2' });
    expect(cellIds(map, 'buy', 'sales')).toEqual(['t1', 't3', 't2']);
    const atStart = moveTouchpoint(sampleMap(), 't3', { stageId: 'buy', siloId: 'sales', beforeTouchpointId: 't1' });
    expect(cellIds(atStart, 'buy', 'sales')).toEqual(['t3', 't1', 't2']);
  });

  it('goes to the end of the cell when the "before" card is absent or in another cell', () => {
    const map = moveTouchpoint(sampleMap(), 't3', { stageId: 'buy', siloId: 'sales', beforeTouchpointId: 't4' });
    expect(cellIds(map, 'buy', 'sales')).toEqual(['t1', 't2', 't3']);
  });

  it('moves several cards at once, keeping their relative order', () => {
    const map = moveTouchpoints(sampleMap(), ['t5', 't1', 't4'], { stageId: 'buy', siloId: 'billing', beforeTouchpointId: 't3' });
    expect(cellIds(map, 'buy', 'billing')).toEqual(['t1', 't4', 't5', 't3']);
    expect(map.touchpoints.filter((tp) => ['t1', 't4', 't5'].includes(tp.id)).every((tp) => tp.siloId === 'billing')).toBe(true);
    expect(checkIntegrity(map)).toEqual([]);
  });

  it('lands the block where the "before" card was when that card is itself moving', () => {
    const start = addTouchpoint(sampleMap(), newTouchpoint({ id: 't6', stageId: 'buy', siloId: 'sales' }));
    const map = moveTouchpoints(start, ['t2', 't3'], { stageId: 'buy', siloId: 'sales', beforeTouchpointId: 't2' });
    expect(cellIds(map, 'buy', 'sales')).toEqual(['t1', 't2', 't3', 't6']);
  });

  it('refuses a target cell that does not exist', () => {
    const map = sampleMap();
    expect(moveTouchpoint(map, 't1', { stageId: 'ghost', siloId: null })).toBe(map);
    expect(moveTouchpoint(map, 't1', { stageId: 'buy', siloId: 'ghost' })).toBe(map);
  });

  it('a move that changes nothing returns the same map', () => {
    const map = sampleMap();
    expect(moveTouchpoint(map, 't2', { stageId: 'buy', siloId: 'sales' })).toBe(map);
    expect(moveTouchpoint(map, 't1', { stageId: 'buy', siloId: 'sales', beforeTouchpointId: 't2' })).toBe(map);
    expect(moveTouchpoints(map, ['ghost'], { stageId: 'buy', siloId: 'sales' })).toBe(map);
  });
});

describe('reordering within a cell', () => {
  it('moves a card to an index among the other cards of its cell', () => {
    const map = reorderTouchpointInCell(sampleMap(), 't1', 1);
    expect(cellIds(map, 'buy', 'sales')).toEqual(['t2', 't1']);
    expect(cellIds(reorderTouchpointInCell(map, 't1', 0), 'buy', 'sales')).toEqual(['t1', 't2']);
  });

  it('keeps the card in its cell and returns the same map when it does not move', () => {
    const map = sampleMap();
    expect(reorderTouchpointInCell(map, 't1', 0)).toBe(map);
    expect(reorderTouchpointInCell(map, 't2', 99)).toBe(map);
  });

  it('lists a cell in array order', () => {
    expect(cellTouchpoints(sampleMap(), { stageId: 'buy', siloId: 'sales' }).map((tp) => tp.id)).toEqual(['t1', 't2']);
  });
});

describe('removing touchpoints', () => {
  it('removes the card and its hand-offs', () => {
    const map = removeTouchpoint(sampleMap(), 't3');
    expect(map.touchpoints.map((tp) => tp.id)).toEqual(['t1', 't2', 't4', 't5']);
    expect(map.handoffs).toEqual([]);
    expect(checkIntegrity(map)).toEqual([]);
  });

  it('keeps comments on a removed card, moved to its stage', () => {
    const map = removeTouchpoint(sampleMap(), 't1');
    expect(map.comments.find((comment) => comment.id === 'c2')?.target).toEqual({ kind: 'stage', id: 'buy' });
  });

  it('removes several at once', () => {
    const map = removeTouchpoints(sampleMap(), ['t1', 't4', 'ghost']);
    expect(map.touchpoints.map((tp) => tp.id)).toEqual(['t2', 't3', 't5']);
    expect(map.handoffs).toEqual([]);
  });

  it('removing nothing returns the same map', () => {
    const map = sampleMap();
    expect(removeTouchpoints(map, ['ghost'])).toBe(map);
    expect(removeTouchpoints(map, [])).toBe(map);
  });
});

describe('appendToCells', () => {
  it('appends each new card after the last card of its cell, or at the end for an empty cell', () => {
    const map = sampleMap();
    const result = appendToCells(map.touchpoints, [
      newTouchpoint({ id: 'a', stageId: 'buy', siloId: 'sales' }),
      newTouchpoint({ id: 'b', stageId: 'use', siloId: 'sales' }),
      newTouchpoint({ id: 'c', stageId: 'buy', siloId: 'sales' }),
    ]);
    expect(result.map((tp) => tp.id)).toEqual(['t1', 't2', 'a', 'c', 't3', 't4', 't5', 'b']);
  });
});
