import fc from 'fast-check';
import {
  INTENTS,
  addHandoff,
  addMetric,
  addSilo,
  addStage,
  addTouchpoint,
  duplicateTouchpoints,
  moveMetric,
  moveSilo,
  moveStage,
  moveTouchpoint,
  moveTouchpoints,
  newHandoff,
  newMetric,
  newTouchpoint,
  removeHandoff,
  removeMetric,
  removeSilo,
  removeStage,
  removeTouchpoint,
  renameSilo,
  renameStage,
  reorderTouchpointInCell,
  setMapTitle,
  setTouchpointSilo,
  updateHandoff,
  updateMetric,
  updateStage,
  updateTouchpoint,
  type Emotion,
  type JourneyMap,
} from '../../../../shared/model';
import { insertAt, replaceAt } from '../../../../shared/model/arrays';
import { silo, stage } from './map-builder';

/**
 * The edits the fuzz tests apply: mostly the model's own edit functions, as the app makes them, plus raw
 * array edits for what only a map from outside holds (duplicate ids, unknown stages and silos, dangling
 * hand-offs) and for structural changes that keep content (equal copies, new arrays of the same objects).
 */
export const EDIT_KINDS = [
  'move-card',
  'move-cards',
  'reorder-in-cell',
  'set-intent',
  'toggle-initiator',
  'set-emotion',
  'set-day',
  'retitle-card',
  'set-silo',
  'add-card',
  'remove-card',
  'duplicate-cards',
  'raw-duplicate-card-id',
  'raw-remove-card',
  'raw-unknown-stage',
  'add-ghost-stage',
  'raw-unknown-silo',
  'raw-equal-card-copy',
  'raw-reverse-cards',
  'raw-rotate-cards',
  'rename-stage',
  'set-accountable',
  'move-stage',
  'remove-stage',
  'add-stage',
  'raw-duplicate-stage-id',
  'raw-equal-stage-copy',
  'rename-silo',
  'move-silo',
  'remove-silo',
  'add-silo',
  'raw-duplicate-silo-id',
  'add-metric',
  'edit-metric',
  'remove-metric',
  'move-metric',
  'add-handoff',
  'edit-handoff',
  'remove-handoff',
  'raw-dangling-handoff',
  'retitle-map',
  'raw-same-items',
] as const;
export type EditKind = (typeof EDIT_KINDS)[number];

/** One edit: its kind and a few numbers that pick what it applies to. */
export interface Edit {
  kind: EditKind;
  a: number;
  b: number;
  c: number;
  d: number;
}

/** Random edits of any kind. */
export function editArbitrary(): fc.Arbitrary<Edit> {
  return fc.record({ kind: fc.constantFrom(...EDIT_KINDS), a: fc.nat(), b: fc.nat(), c: fc.nat(), d: fc.nat() });
}

function pick<T>(items: readonly T[], ref: number): T | undefined {
  return items.length === 0 ? undefined : items[ref % items.length];
}

/** A silo id or, one time in `silos + 1`, null (the unowned lane). */
function laneId(map: JourneyMap, ref: number): string | null {
  return map.silos[ref % (map.silos.length + 1)]?.id ?? null;
}

function allMetricIds(map: JourneyMap): string[] {
  return map.stages.flatMap((s) => s.metrics.map((metric) => metric.id));
}

/** The map after the edit; `serial` makes the ids of new items unique. */
export function applyEdit(map: JourneyMap, edit: Edit, serial: number): JourneyMap {
  const { a, b, c, d } = edit;
  const card = pick(map.touchpoints, a);
  const column = pick(map.stages, b);
  switch (edit.kind) {
    case 'move-card':
      if (card === undefined || column === undefined) return map;
      return moveTouchpoint(map, card.id, {
        stageId: column.id,
        siloId: laneId(map, c),
        beforeTouchpointId: pick(map.touchpoints, d)?.id ?? null,
      });
    case 'move-cards': {
      if (column === undefined) return map;
      const ids = [a, a + d + 1, a + 2 * d + 2].map((ref) => pick(map.touchpoints, ref)?.id ?? '');
      return moveTouchpoints(map, ids, { stageId: column.id, siloId: laneId(map, c) });
    }
    case 'reorder-in-cell':
      return card === undefined ? map : reorderTouchpointInCell(map, card.id, b % 4);
    case 'set-intent':
      return card === undefined ? map : updateTouchpoint(map, card.id, { intent: INTENTS[b % INTENTS.length] });
    case 'toggle-initiator':
      return card === undefined
        ? map
        : updateTouchpoint(map, card.id, { initiator: card.initiator === 'company' ? 'customer' : 'company' });
    case 'set-emotion':
      return card === undefined ? map : updateTouchpoint(map, card.id, { emotion: b % 6 === 5 ? null : (((b % 5) - 2) as Emotion) });
    case 'set-day':
      return card === undefined ? map : updateTouchpoint(map, card.id, { day: b % 4 === 3 ? null : b % 3 });
    case 'retitle-card':
      return card === undefined ? map : updateTouchpoint(map, card.id, { title: `Card ${b % 7}` });
    case 'set-silo':
      return card === undefined ? map : setTouchpointSilo(map, card.id, laneId(map, b));
    case 'add-card': {
      if (column === undefined) return map;
      const intent = (['sell', 'cancel', 'collect', 'recover', 'inform'] as const)[c % 5];
      const fresh = newTouchpoint({
        id: `tp-new-${serial}`,
        title: `New ${serial}`,
        stageId: column.id,
        siloId: laneId(map, a),
        intent,
        day: d % 3 === 2 ? null : d % 3,
      });
      return addTouchpoint(map, fresh, d % 3);
    }
    case 'remove-card':
      return card === undefined ? map : removeTouchpoint(map, card.id);
    case 'duplicate-cards': {
      const ids = [a, a + b + 1].map((ref) => pick(map.touchpoints, ref)?.id ?? '');
      return duplicateTouchpoints(map, ids).map;
    }
    case 'raw-duplicate-card-id':
      if (card === undefined) return map;
      return {
        ...map,
        touchpoints: insertAt(map.touchpoints, b % (map.touchpoints.length + 1), {
          ...card,
          title: `Twin ${serial}`,
          siloId: laneId(map, c),
        }),
      };
    case 'raw-remove-card':
      return card === undefined ? map : { ...map, touchpoints: map.touchpoints.filter((touchpoint) => touchpoint !== card) };
    case 'add-ghost-stage':
      return addStage(map, stage('ghost-stage-0', { name: 'Found again' }), b % (map.stages.length + 1));
    case 'raw-unknown-stage':
      return card === undefined
        ? map
        : { ...map, touchpoints: replaceAt(map.touchpoints, a % map.touchpoints.length, { ...card, stageId: `ghost-stage-${b % 2}` }) };
    case 'raw-unknown-silo':
      return card === undefined
        ? map
        : { ...map, touchpoints: replaceAt(map.touchpoints, a % map.touchpoints.length, { ...card, siloId: `ghost-silo-${b % 2}` }) };
    case 'raw-equal-card-copy':
      return card === undefined ? map : { ...map, touchpoints: replaceAt(map.touchpoints, a % map.touchpoints.length, { ...card }) };
    case 'raw-reverse-cards':
      return { ...map, touchpoints: map.touchpoints.slice().reverse() };
    case 'raw-rotate-cards': {
      const by = map.touchpoints.length === 0 ? 0 : a % map.touchpoints.length;
      return { ...map, touchpoints: [...map.touchpoints.slice(by), ...map.touchpoints.slice(0, by)] };
    }
    case 'rename-stage':
      return column === undefined ? map : renameStage(map, column.id, `Stage ${c % 5}`);
    case 'set-accountable':
      return column === undefined ? map : updateStage(map, column.id, { accountableSiloId: c % 3 === 0 ? null : laneId(map, d) });
    case 'move-stage':
      return column === undefined ? map : moveStage(map, column.id, c % (map.stages.length + 1));
    case 'remove-stage':
      return column === undefined || map.stages.length <= 1 ? map : removeStage(map, column.id);
    case 'add-stage':
      return addStage(map, stage(`stage-new-${serial}`, { name: `Added ${serial}` }), b % (map.stages.length + 1));
    case 'raw-duplicate-stage-id':
      if (column === undefined) return map;
      return { ...map, stages: insertAt(map.stages, c % (map.stages.length + 1), { ...column, name: `Twin ${serial}`, metrics: [] }) };
    case 'raw-equal-stage-copy':
      return column === undefined ? map : { ...map, stages: replaceAt(map.stages, b % map.stages.length, { ...column }) };
    case 'rename-silo': {
      const lane = pick(map.silos, a);
      return lane === undefined ? map : renameSilo(map, lane.id, `Silo ${b % 5}`);
    }
    case 'move-silo': {
      const lane = pick(map.silos, a);
      return lane === undefined ? map : moveSilo(map, lane.id, b % (map.silos.length + 1));
    }
    case 'remove-silo': {
      const lane = pick(map.silos, a);
      return lane === undefined || map.silos.length <= 1 ? map : removeSilo(map, lane.id);
    }
    case 'add-silo':
      return addSilo(map, silo(`silo-new-${serial}`, `Added ${serial}`), b % (map.silos.length + 1));
    case 'raw-duplicate-silo-id': {
      const lane = pick(map.silos, a);
      if (lane === undefined) return map;
      return { ...map, silos: insertAt(map.silos, b % (map.silos.length + 1), { ...lane, name: `Twin ${serial}` }) };
    }
    case 'add-metric': {
      if (column === undefined) return map;
      const owners = [laneId(map, c), laneId(map, d)].filter((id): id is string => id !== null);
      const fresh = newMetric({
        id: `metric-new-${serial}`,
        name: `Measure ${serial}`,
        target: c % 3 === 0 ? null : 5,
        current: d % 3 === 0 ? null : d % 10,
        ownerSiloIds: owners,
      });
      return addMetric(map, column.id, fresh, a % 3);
    }
    case 'edit-metric': {
      const metricId = pick(allMetricIds(map), a);
      if (metricId === undefined) return map;
      if (b % 4 === 0) return updateMetric(map, metricId, { target: c % 3 === 0 ? null : c % 10 });
      if (b % 4 === 1) return updateMetric(map, metricId, { current: c % 3 === 0 ? null : c % 10 });
      if (b % 4 === 2) return updateMetric(map, metricId, { direction: c % 2 === 0 ? 'higher-is-better' : 'lower-is-better' });
      return updateMetric(map, metricId, { ownerSiloIds: [laneId(map, c), laneId(map, d)].filter((id): id is string => id !== null) });
    }
    case 'remove-metric': {
      const metricId = pick(allMetricIds(map), a);
      return metricId === undefined ? map : removeMetric(map, metricId);
    }
    case 'move-metric': {
      const metricId = pick(allMetricIds(map), a);
      return metricId === undefined ? map : moveMetric(map, metricId, b % 3);
    }
    case 'add-handoff': {
      const to = pick(map.touchpoints, b);
      if (card === undefined || to === undefined) return map;
      return addHandoff(
        map,
        newHandoff(card.id, to.id, {
          id: `handoff-new-${serial}`,
          label: c % 2 === 0 ? '' : `Pass ${c % 5}`,
          ownerSiloId: d % 3 === 0 ? laneId(map, d) : null,
        }),
      );
    }
    case 'edit-handoff': {
      const handoff = pick(map.handoffs, a);
      if (handoff === undefined) return map;
      return b % 2 === 0
        ? updateHandoff(map, handoff.id, { ownerSiloId: laneId(map, c) })
        : updateHandoff(map, handoff.id, { label: `Relay ${c % 4}` });
    }
    case 'remove-handoff': {
      const handoff = pick(map.handoffs, a);
      return handoff === undefined ? map : removeHandoff(map, handoff.id);
    }
    case 'raw-dangling-handoff':
      if (card === undefined) return map;
      return {
        ...map,
        handoffs: [
          ...map.handoffs,
          newHandoff(b % 2 === 0 ? card.id : 'ghost-card', b % 2 === 0 ? 'ghost-card' : card.id, { id: `handoff-ghost-${serial}` }),
        ],
      };
    case 'retitle-map':
      return setMapTitle(map, `Map ${serial}`);
    case 'raw-same-items':
      return {
        ...map,
        silos: map.silos.slice(),
        stages: map.stages.slice(),
        touchpoints: map.touchpoints.slice(),
        handoffs: map.handoffs.slice(),
      };
  }
}
