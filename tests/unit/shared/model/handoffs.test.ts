import { describe, expect, it } from 'vitest';
import { newHandoff } from '../../../../shared/model/create';
import { addHandoff, removeHandoff, updateHandoff } from '../../../../shared/model/handoffs';
import { checkIntegrity } from '../../../../shared/model/integrity';
import { LIMITS } from '../../../../shared/model/types';
import { sampleMap } from './sample-map';

describe('connecting touchpoints', () => {
  it('adds a hand-off between two cards', () => {
    const map = addHandoff(sampleMap(), newHandoff('t2', 't5', { id: 'h3', label: 'Handover' }));
    expect(map.handoffs.at(-1)).toEqual({ id: 'h3', fromTouchpointId: 't2', toTouchpointId: 't5', label: 'Handover', ownerSiloId: null });
    expect(checkIntegrity(map)).toEqual([]);
  });

  it('allows the reverse direction of an existing hand-off', () => {
    expect(addHandoff(sampleMap(), newHandoff('t3', 't1')).handoffs).toHaveLength(3);
  });

  it('refuses a card handing off to itself', () => {
    const map = sampleMap();
    expect(addHandoff(map, newHandoff('t1', 't1'))).toBe(map);
  });

  it('refuses a duplicate of the same from→to hand-off', () => {
    const map = sampleMap();
    expect(addHandoff(map, newHandoff('t1', 't3'))).toBe(map);
  });

  it('refuses unknown touchpoints and clashing ids', () => {
    const map = sampleMap();
    expect(addHandoff(map, newHandoff('t1', 'ghost'))).toBe(map);
    expect(addHandoff(map, newHandoff('ghost', 't1'))).toBe(map);
    expect(addHandoff(map, newHandoff('t2', 't5', { id: 't4' }))).toBe(map);
  });

  it('drops an owner silo that does not exist', () => {
    expect(addHandoff(sampleMap(), newHandoff('t2', 't5', { ownerSiloId: 'ghost' })).handoffs.at(-1)?.ownerSiloId).toBeNull();
  });

  it('refuses a hand-off beyond the limit', () => {
    const base = sampleMap();
    const full = { ...base, handoffs: Array.from({ length: LIMITS.maxHandoffs }, (_, i) => newHandoff('t1', 't2', { id: `x${i}` })) };
    expect(addHandoff(full, newHandoff('t4', 't5'))).toBe(full);
  });
});

describe('editing and disconnecting hand-offs', () => {
  it('updates the label and the owner silo', () => {
    const map = updateHandoff(sampleMap(), 'h2', { label: 'First bill', ownerSiloId: null });
    expect(map.handoffs[1]).toMatchObject({ label: 'First bill', ownerSiloId: null });
    expect(updateHandoff(map, 'h2', { ownerSiloId: 'sales' }).handoffs[1]?.ownerSiloId).toBe('sales');
  });

  it('ignores an owner that is not a silo; a no-op returns the same map', () => {
    const map = sampleMap();
    expect(updateHandoff(map, 'h1', { ownerSiloId: 'ghost' })).toBe(map);
    expect(updateHandoff(map, 'h1', { label: 'Send bill' })).toBe(map);
    expect(updateHandoff(map, 'ghost', { label: 'X' })).toBe(map);
  });

  it('disconnecting removes only the hand-off', () => {
    const map = removeHandoff(sampleMap(), 'h1');
    expect(map.handoffs.map((h) => h.id)).toEqual(['h2']);
    expect(map.touchpoints).toHaveLength(5);
    expect(removeHandoff(map, 'h1')).toBe(map);
  });
});
