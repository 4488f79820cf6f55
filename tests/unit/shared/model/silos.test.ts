import { describe, expect, it } from 'vitest';
import { newSilo } from '../../../../shared/model/create';
import { checkIntegrity } from '../../../../shared/model/integrity';
import { addSilo, moveSilo, removeSilo, renameSilo, updateSilo } from '../../../../shared/model/silos';
import { LIMITS } from '../../../../shared/model/types';
import { sampleMap } from './sample-map';

describe('adding a silo', () => {
  it('inserts the lane at the given index with its own colour', () => {
    const before = sampleMap();
    const map = addSilo(before, newSilo(before, { id: 'claims', name: 'Claims' }), 0);
    expect(map.silos.map((silo) => silo.id)).toEqual(['claims', 'sales', 'billing']);
    expect(before.silos.map((silo) => silo.color)).not.toContain(map.silos[0]?.color);
  });

  it('replaces an invalid colour with a free palette colour', () => {
    const map = addSilo(sampleMap(), { id: 'x', name: 'X', color: 'red', lead: '' });
    expect(map.silos.at(-1)?.color).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('refuses a clashing id, an empty name, or a silo beyond the limit', () => {
    const map = sampleMap();
    expect(addSilo(map, newSilo(map, { id: 'sales' }))).toBe(map);
    expect(addSilo(map, newSilo(map, { name: '' }))).toBe(map);
    const full = { ...map, silos: Array.from({ length: LIMITS.maxSilos }, (_, i) => newSilo(map, { id: `s${i}` })) };
    expect(addSilo(full, newSilo(full))).toBe(full);
  });
});

describe('editing a silo', () => {
  it('renames it and changes its colour and lead', () => {
    let map = renameSilo(sampleMap(), 'sales', 'Sales & Agents');
    map = updateSilo(map, 'sales', { color: '#ABCDEF', lead: 'Ana' });
    expect(map.silos[0]).toEqual({ id: 'sales', name: 'Sales & Agents', color: '#abcdef', lead: 'Ana' });
  });

  it('ignores an empty name and a colour that is not #rrggbb', () => {
    const map = sampleMap();
    expect(renameSilo(map, 'sales', ' ')).toBe(map);
    expect(updateSilo(map, 'sales', { color: 'blue' })).toBe(map);
  });

  it('a no-op returns the same map', () => {
    const map = sampleMap();
    expect(updateSilo(map, 'sales', { name: 'Sales', lead: 'Sam' })).toBe(map);
    expect(updateSilo(map, 'ghost', { name: 'X' })).toBe(map);
  });
});

describe('removing a silo', () => {
  const map = removeSilo(sampleMap(), 'sales');

  it('leaves its touchpoints on the map, unowned', () => {
    expect(map.touchpoints.filter((tp) => tp.id === 't1' || tp.id === 't2').map((tp) => tp.siloId)).toEqual([null, null]);
    expect(map.touchpoints).toHaveLength(5);
  });

  it('clears the accountable silo of the stages it was accountable for', () => {
    expect(map.stages[0]?.accountableSiloId).toBeNull();
    expect(map.stages[1]?.accountableSiloId).toBe('billing');
  });

  it("removes it from metrics' owners", () => {
    expect(map.stages[0]?.metrics[0]?.ownerSiloIds).toEqual(['billing']);
  });

  it('leaves the hand-offs it owned unowned', () => {
    expect(map.handoffs.map((handoff) => handoff.ownerSiloId)).toEqual([null, 'billing']);
  });

  it('leaves a valid map, and other silos untouched', () => {
    expect(checkIntegrity(map)).toEqual([]);
    expect(map.silos.map((silo) => silo.id)).toEqual(['billing']);
  });

  it('of an unknown silo returns the same map', () => {
    const before = sampleMap();
    expect(removeSilo(before, 'ghost')).toBe(before);
  });
});

describe('reordering silos', () => {
  it('moves a lane to a new index', () => {
    expect(moveSilo(sampleMap(), 'billing', 0).silos.map((silo) => silo.id)).toEqual(['billing', 'sales']);
  });

  it('a move to the same place returns the same map', () => {
    const map = sampleMap();
    expect(moveSilo(map, 'sales', 0)).toBe(map);
  });
});
