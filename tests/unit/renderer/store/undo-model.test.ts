import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDocumentStore, HISTORY_LIMIT } from '../../../../renderer/store/document-store';
import {
  addStage,
  addTouchpoint,
  moveStage,
  moveTouchpoint,
  newStage,
  newTouchpoint,
  removeStage,
  removeTouchpoint,
  renameStage,
  updateTouchpoint,
} from '../../../../shared/model';
import type { JourneyMap } from '../../../../shared/model/types';
import { generateJourneyMap } from '../../../support/map-generator';

/**
 * Reliability row 10: random edit/undo/redo sequences against a reference model. The reference is the
 * textbook definition — a list of past maps, a list of future maps, capped — kept apart from zundo.
 */
type Step =
  | { kind: 'edit'; edit: number; a: number; b: number }
  | { kind: 'undo' }
  | { kind: 'redo' }
  | { kind: 'load' };

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('edit' as const), edit: fc.nat(7), a: fc.nat(1000), b: fc.nat(1000) }) },
  { weight: 3, arbitrary: fc.constant<Step>({ kind: 'undo' }) },
  { weight: 2, arbitrary: fc.constant<Step>({ kind: 'redo' }) },
  { weight: 1, arbitrary: fc.constant<Step>({ kind: 'load' }) },
);

function pick<T>(items: readonly T[], index: number): T | undefined {
  return items.length === 0 ? undefined : items[index % items.length];
}

/** One user edit chosen by numbers; may be a no-op (then nothing is recorded). */
function editFor(map: JourneyMap, s: Extract<Step, { kind: 'edit' }>): JourneyMap {
  const stage = pick(map.stages, s.a);
  const other = pick(map.stages, s.b);
  const touchpoint = pick(map.touchpoints, s.a);
  const silo = pick(map.silos, s.b);
  switch (s.edit) {
    case 0:
      return addStage(map, newStage({ name: `Stage ${s.a}` }), s.b % (map.stages.length + 1));
    case 1:
      return stage ? renameStage(map, stage.id, `Renamed ${s.b}`) : map;
    case 2:
      return stage ? moveStage(map, stage.id, s.b % map.stages.length) : map;
    case 3:
      return stage && map.stages.length > 1 ? removeStage(map, stage.id) : map;
    case 4:
      return stage ? addTouchpoint(map, newTouchpoint({ stageId: stage.id, siloId: silo?.id ?? null, title: `Card ${s.b}` })) : map;
    case 5:
      return touchpoint && other ? moveTouchpoint(map, touchpoint.id, { stageId: other.id, siloId: silo?.id ?? null }) : map;
    case 6:
      return touchpoint ? updateTouchpoint(map, touchpoint.id, { title: `Edited ${s.b}`, emotion: ((s.b % 5) - 2) as -2 | -1 | 0 | 1 | 2 }) : map;
    default:
      return touchpoint ? removeTouchpoint(map, touchpoint.id) : map;
  }
}

const info = { fileName: 'model.journeymap', readOnly: false };

describe('undo and redo against a reference model (reliability row 10)', () => {
  it('1,000 random edit/undo/redo/open sequences: 0 mismatches', () => {
    const start = generateJourneyMap({ touchpoints: 24, seed: 3, stages: 4, silos: 3 });
    const opened = generateJourneyMap({ touchpoints: 12, seed: 4, stages: 3, silos: 2 });
    let sequences = 0;
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 60 }), (steps) => {
        sequences += 1;
        const store = createDocumentStore({ map: start, info });
        let present = start;
        let past: JourneyMap[] = [];
        let future: JourneyMap[] = [];
        for (const s of steps) {
          if (s.kind === 'edit') {
            const next = editFor(store.getState().map, s);
            store.getState().applyEdit(() => next);
            if (next !== present) {
              past = [...past, present].slice(-HISTORY_LIMIT);
              future = [];
              present = store.getState().map;
            }
          } else if (s.kind === 'undo') {
            store.temporal.getState().undo();
            const previous = past.at(-1);
            if (previous) {
              future = [present, ...future];
              past = past.slice(0, -1);
              present = previous;
            }
          } else if (s.kind === 'redo') {
            store.temporal.getState().redo();
            const [next, ...rest] = future;
            if (next) {
              past = [...past, present];
              future = rest;
              present = next;
            }
          } else {
            store.getState().loadDocument({ map: opened, info });
            present = opened;
            past = [];
            future = [];
          }
          expect(store.getState().map).toEqual(present);
          expect(store.temporal.getState().pastStates).toHaveLength(past.length);
          expect(store.temporal.getState().futureStates).toHaveLength(future.length);
        }
      }),
      { numRuns: 1000 },
    );
    console.info(`[reliability 10] ${sequences} random undo/redo sequences checked against the reference model: 0 mismatches`);
  });
});
