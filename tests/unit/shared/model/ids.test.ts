import { describe, expect, it } from 'vitest';
import { collectIds, createId, isFreshId, uniqueId } from '../../../../shared/model/ids';
import { sampleMap } from './sample-map';

describe('ids', () => {
  it('creates prefixed random ids within the id length limit', () => {
    const id = createId('tp');
    expect(id).toMatch(/^tp-[0-9a-f]{16}$/);
    expect(createId('tp')).not.toBe(id);
    expect(createId('x'.repeat(500)).length).toBeLessThanOrEqual(100);
  });

  it('collects every id of the map, nested metrics included', () => {
    const ids = collectIds(sampleMap());
    for (const id of ['map-1', 'sales', 'buy', 'm1', 't5', 'h2', 'n1', 'c3']) expect(ids.has(id)).toBe(true);
  });

  it('gives a unique id that no object of the map uses', () => {
    const map = sampleMap();
    const id = uniqueId(map, 'stage');
    expect(collectIds(map).has(id)).toBe(false);
    expect(id.startsWith('stage-')).toBe(true);
  });

  it('accepts only non-empty, short, unused ids as fresh', () => {
    const taken = new Set(['a']);
    expect(isFreshId('b', taken)).toBe(true);
    expect(isFreshId('a', taken)).toBe(false);
    expect(isFreshId('', taken)).toBe(false);
    expect(isFreshId('x'.repeat(101), taken)).toBe(false);
    expect(isFreshId(7, taken)).toBe(false);
  });
});
