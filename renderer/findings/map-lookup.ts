import type { Handoff, JourneyMap, Stage, Touchpoint } from '../../shared/model/types';

/** Id lookups of one map, so per-finding work stays constant-time on maps with thousands of cards. */
export interface MapLookup {
  stageById: ReadonlyMap<string, Stage>;
  touchpointById: ReadonlyMap<string, Touchpoint>;
  handoffById: ReadonlyMap<string, Handoff>;
}

const lookups = new WeakMap<JourneyMap, MapLookup>();

function firstById<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const byId = new Map<string, T>();
  for (const item of items) if (!byId.has(item.id)) byId.set(item.id, item);
  return byId;
}

/** The lookups of a map, built once per map object. */
export function mapLookup(map: JourneyMap): MapLookup {
  let lookup = lookups.get(map);
  if (!lookup) {
    lookup = {
      stageById: firstById(map.stages),
      touchpointById: firstById(map.touchpoints),
      handoffById: firstById(map.handoffs),
    };
    lookups.set(map, lookup);
  }
  return lookup;
}

const deliveringByMap = new WeakMap<JourneyMap, ReadonlyMap<string, ReadonlySet<string>>>();

/** D(S) of every stage that has an owned touchpoint: the silos delivering it, built once per map object. */
export function deliveringSilosByStage(map: JourneyMap): ReadonlyMap<string, ReadonlySet<string>> {
  let delivering = deliveringByMap.get(map);
  if (!delivering) {
    const byStage = new Map<string, Set<string>>();
    for (const touchpoint of map.touchpoints) {
      if (touchpoint.siloId === null) continue;
      const silos = byStage.get(touchpoint.stageId);
      if (silos) silos.add(touchpoint.siloId);
      else byStage.set(touchpoint.stageId, new Set([touchpoint.siloId]));
    }
    delivering = byStage;
    deliveringByMap.set(map, delivering);
  }
  return delivering;
}
