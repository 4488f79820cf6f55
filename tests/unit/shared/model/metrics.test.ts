import { describe, expect, it } from 'vitest';
import { newMetric } from '../../../../shared/model/create';
import { checkIntegrity } from '../../../../shared/model/integrity';
import { addMetric, moveMetric, removeMetric, stageIdOfMetric, updateMetric } from '../../../../shared/model/metrics';
import { sampleMap } from './sample-map';

const metricIds = (map: ReturnType<typeof sampleMap>, stage = 0) => map.stages[stage]?.metrics.map((metric) => metric.id);

describe('metrics on a stage', () => {
  it('adds a shared metric to a stage, at an index or last', () => {
    const map = addMetric(sampleMap(), 'use', newMetric({ id: 'm3', name: 'Paid on time', ownerSiloIds: ['billing', 'sales'] }));
    expect(map.stages[1]?.metrics).toEqual([
      expect.objectContaining({ id: 'm3', name: 'Paid on time', ownerSiloIds: ['billing', 'sales'] }),
    ]);
    expect(metricIds(addMetric(sampleMap(), 'buy', newMetric({ id: 'm0' }), 0))).toEqual(['m0', 'm1', 'm2']);
    expect(checkIntegrity(map)).toEqual([]);
  });

  it('drops owners that are not silos, and duplicates', () => {
    const map = addMetric(sampleMap(), 'use', newMetric({ ownerSiloIds: ['ghost', 'billing', 'billing'] }));
    expect(map.stages[1]?.metrics[0]?.ownerSiloIds).toEqual(['billing']);
  });

  it('refuses an unknown stage or a clashing id', () => {
    const map = sampleMap();
    expect(addMetric(map, 'ghost', newMetric())).toBe(map);
    expect(addMetric(map, 'use', newMetric({ id: 'm1' }))).toBe(map);
  });

  it('updates every field of a metric', () => {
    const map = updateMetric(sampleMap(), 'm2', {
      name: 'Conversion rate',
      definition: 'Quotes that become policies',
      unit: '%',
      direction: 'higher-is-better',
      target: 30,
      current: 21.5,
      ownerSiloIds: ['sales', 'billing'],
    });
    expect(map.stages[0]?.metrics[1]).toEqual({
      id: 'm2',
      name: 'Conversion rate',
      definition: 'Quotes that become policies',
      unit: '%',
      direction: 'higher-is-better',
      target: 30,
      current: 21.5,
      ownerSiloIds: ['sales', 'billing'],
    });
    expect(updateMetric(map, 'm2', { target: null }).stages[0]?.metrics[1]?.target).toBeNull();
  });

  it('ignores non-finite numbers and unknown directions', () => {
    const map = sampleMap();
    expect(updateMetric(map, 'm1', { target: Number.NaN, current: Infinity })).toBe(map);
    expect(updateMetric(map, 'm1', { direction: 'sideways' as never })).toBe(map);
  });

  it('a no-op returns the same map (owners compared by content)', () => {
    const map = sampleMap();
    expect(updateMetric(map, 'm1', { ownerSiloIds: ['sales', 'billing'], target: 15 })).toBe(map);
    expect(updateMetric(map, 'ghost', { name: 'X' })).toBe(map);
  });

  it('removes a metric', () => {
    const map = removeMetric(sampleMap(), 'm1');
    expect(metricIds(map)).toEqual(['m2']);
    expect(removeMetric(map, 'm1')).toBe(map);
  });

  it('reorders metrics within their stage', () => {
    expect(metricIds(moveMetric(sampleMap(), 'm2', 0))).toEqual(['m2', 'm1']);
    const map = sampleMap();
    expect(moveMetric(map, 'm1', 0)).toBe(map);
  });

  it('finds the stage of a metric', () => {
    expect(stageIdOfMetric(sampleMap(), 'm2')).toBe('buy');
    expect(stageIdOfMetric(sampleMap(), 'ghost')).toBeUndefined();
  });
});
