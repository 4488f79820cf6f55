import { describe, expect, it } from 'vitest';
import { checkIntegrity } from '../../../../shared/model/integrity';
import type { JourneyMap } from '../../../../shared/model/types';
import { sampleMap } from './sample-map';

const editable = (): JourneyMap => structuredClone(sampleMap());

describe('checkIntegrity', () => {
  it('accepts a valid map', () => {
    expect(checkIntegrity(sampleMap())).toEqual([]);
  });

  it('reports an id used twice anywhere in the map', () => {
    const map = editable();
    map.notes[0] = { ...map.notes[0]!, id: 't1' };
    expect(checkIntegrity(map)).toEqual(['notes[0].id: "t1" is used twice']);
  });

  it('reports empty and over-long ids', () => {
    const map = editable();
    map.silos[0] = { ...map.silos[0]!, id: '' };
    map.touchpoints[0] = { ...map.touchpoints[0]!, id: 'x'.repeat(101) };
    expect(checkIntegrity(map)).toEqual(expect.arrayContaining(['silos[0].id: must be 1–100 characters', 'touchpoints[0].id: must be 1–100 characters']));
  });

  it('reports references that do not resolve, naming where', () => {
    const map = editable();
    map.touchpoints[3] = { ...map.touchpoints[3]!, stageId: 'st-9' };
    map.handoffs[0] = { ...map.handoffs[0]!, ownerSiloId: 'ghost' };
    map.stages[0]!.metrics[0]!.ownerSiloIds = ['nobody'];
    map.comments[1] = { ...map.comments[1]!, target: { kind: 'stage', id: 't1' } };
    map.notes[0] = { ...map.notes[0]!, stageId: 'gone' };
    expect(checkIntegrity(map)).toEqual([
      'stages[0].metrics[0].ownerSiloIds[0]: no silo "nobody"',
      'touchpoints[3].stageId: no stage "st-9"',
      'handoffs[0].ownerSiloId: no silo "ghost"',
      'notes[0].stageId: no stage "gone"',
      'comments[1].target.id: no stage "t1"',
    ]);
  });

  it('reports a hand-off from a touchpoint to itself', () => {
    const map = editable();
    map.handoffs[0] = { ...map.handoffs[0]!, toTouchpointId: 't1' };
    expect(checkIntegrity(map)).toEqual(['handoffs[0]: hands a touchpoint off to itself']);
  });

  it('reports values outside the spec domains and string limits', () => {
    const map = editable();
    map.title = '';
    map.silos[0] = { ...map.silos[0]!, color: 'blue' };
    map.touchpoints[0] = { ...map.touchpoints[0]!, emotion: 3 as never, day: 1.5, channel: 'fax' as never };
    map.intendedMemory = 'x'.repeat(10_001);
    expect(checkIntegrity(map)).toEqual([
      'title: must be 1–200 characters',
      'intendedMemory: must be 0–10000 characters',
      'silos[0].color: must be #rrggbb',
      'touchpoints[0].channel: unknown channel',
      'touchpoints[0].emotion: must be an integer from -2 to 2 or null',
      'touchpoints[0].day: must be an integer or null',
    ]);
  });

  it('reports more stages than the limit', () => {
    const map = editable();
    map.stages = Array.from({ length: 201 }, (_, i) => ({ ...map.stages[1]!, id: `s${i}` }));
    map.touchpoints = [];
    map.handoffs = [];
    map.notes = [];
    map.comments = [];
    expect(checkIntegrity(map)).toEqual(['stages: more than 200']);
  });
});
