import { describe, expect, it } from 'vitest';
import { newMetric, newStage } from '../../../../shared/model/create';
import { checkIntegrity } from '../../../../shared/model/integrity';
import { addStage, moveStage, removeStage, renameStage, updateStage } from '../../../../shared/model/stages';
import { LIMITS } from '../../../../shared/model/types';
import { sampleMap } from './sample-map';

const names = (map: { stages: { name: string }[] }) => map.stages.map((stage) => stage.name);

describe('adding a stage', () => {
  it('inserts the column at the given index', () => {
    const map = addStage(sampleMap(), newStage({ id: 'claim', name: 'Claim' }), 1);
    expect(names(map)).toEqual(['Buy', 'Claim', 'Use']);
    expect(checkIntegrity(map)).toEqual([]);
  });

  it('appends by default and clamps an out-of-range index', () => {
    expect(names(addStage(sampleMap(), newStage({ name: 'Renew' })))).toEqual(['Buy', 'Use', 'Renew']);
    expect(names(addStage(sampleMap(), newStage({ name: 'Aware' }), -5))).toEqual(['Aware', 'Buy', 'Use']);
  });

  it('refuses a clashing id, an empty name, or a stage beyond the limit', () => {
    const map = sampleMap();
    expect(addStage(map, newStage({ id: 't1', name: 'X' }))).toBe(map);
    expect(addStage(map, newStage({ name: '   ' }))).toBe(map);
    const full = { ...map, stages: Array.from({ length: LIMITS.maxStages }, (_, i) => newStage({ id: `s${i}` })) };
    expect(addStage(full, newStage())).toBe(full);
  });

  it('drops references to silos that do not exist and truncates long text', () => {
    const map = addStage(
      sampleMap(),
      newStage({ id: 'x', name: 'N'.repeat(150), accountableSiloId: 'ghost', description: 'd'.repeat(20_000) }),
    );
    const stage = map.stages.at(-1);
    expect(stage?.name).toHaveLength(100);
    expect(stage?.description).toHaveLength(LIMITS.maxStringLength);
    expect(stage?.accountableSiloId).toBeNull();
  });

  it('refuses a stage whose metrics reuse an existing id', () => {
    const map = sampleMap();
    expect(addStage(map, newStage({ metrics: [newMetric({ id: 'm1' })] }))).toBe(map);
  });
});

describe('editing a stage', () => {
  it('renames it, trimmed', () => {
    expect(renameStage(sampleMap(), 'buy', '  Quote & buy ').stages[0]?.name).toBe('Quote & buy');
  });

  it('refuses an empty name', () => {
    const map = sampleMap();
    expect(renameStage(map, 'buy', '  ')).toBe(map);
  });

  it('sets the description, customer goal and accountable silo', () => {
    const map = updateStage(sampleMap(), 'use', { description: 'Month to month', customerGoal: 'Forget it', accountableSiloId: 'sales' });
    expect(map.stages[1]).toMatchObject({ description: 'Month to month', customerGoal: 'Forget it', accountableSiloId: 'sales' });
    expect(updateStage(map, 'use', { accountableSiloId: null }).stages[1]?.accountableSiloId).toBeNull();
  });

  it('ignores an accountable silo that does not exist', () => {
    const map = sampleMap();
    expect(updateStage(map, 'use', { accountableSiloId: 'ghost' })).toBe(map);
  });

  it('a no-op returns the same map', () => {
    const map = sampleMap();
    expect(renameStage(map, 'buy', 'Buy')).toBe(map);
    expect(updateStage(map, 'buy', { accountableSiloId: 'sales', customerGoal: 'A fair price' })).toBe(map);
    expect(updateStage(map, 'nope', { name: 'X' })).toBe(map);
  });

  it('shares the untouched parts of the map', () => {
    const before = sampleMap();
    const after = renameStage(before, 'use', 'Use & pay');
    expect(after.stages[0]).toBe(before.stages[0]);
    expect(after.touchpoints).toBe(before.touchpoints);
  });
});

describe('removing a stage', () => {
  const map = removeStage(sampleMap(), 'buy');

  it('removes its touchpoints and their hand-offs', () => {
    expect(map.stages.map((stage) => stage.id)).toEqual(['use']);
    expect(map.touchpoints.map((tp) => tp.id)).toEqual(['t4', 't5']);
    expect(map.handoffs).toEqual([]);
  });

  it('moves its notes to the parking lot', () => {
    expect(map.notes.find((note) => note.id === 'n1')?.stageId).toBeNull();
  });

  it('keeps comments on it or its touchpoints, retargeted to the map', () => {
    expect(map.comments.map((comment) => [comment.id, comment.target])).toEqual([
      ['c1', { kind: 'map', id: null }],
      ['c2', { kind: 'map', id: null }],
      ['c3', { kind: 'map', id: null }],
    ]);
    expect(map.comments[0]?.text).toBe('Why two silos?');
  });

  it('leaves a valid map', () => {
    expect(checkIntegrity(map)).toEqual([]);
  });

  it('of an unknown stage returns the same map', () => {
    const before = sampleMap();
    expect(removeStage(before, 'nope')).toBe(before);
  });
});

describe('reordering stages', () => {
  it('moves a column to a new index', () => {
    expect(names(moveStage(sampleMap(), 'buy', 1))).toEqual(['Use', 'Buy']);
    expect(names(moveStage(sampleMap(), 'use', -3))).toEqual(['Use', 'Buy']);
  });

  it('a move to the same place returns the same map', () => {
    const map = sampleMap();
    expect(moveStage(map, 'buy', 0)).toBe(map);
    expect(moveStage(map, 'nope', 1)).toBe(map);
  });
});
