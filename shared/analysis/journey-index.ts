import type { JourneyMap, Metric, Silo, Stage, Touchpoint } from '../model';

/** Lookups precomputed once per analysis and shared by every rule. */
export interface JourneyIndex {
  readonly map: JourneyMap;
  readonly stageById: ReadonlyMap<string, Stage>;
  readonly stageOrder: ReadonlyMap<string, number>;
  readonly siloById: ReadonlyMap<string, Silo>;
  readonly siloOrder: ReadonlyMap<string, number>;
  /** Array position of each touchpoint id (its first occurrence). */
  readonly touchpointOrder: ReadonlyMap<string, number>;
  readonly metricById: ReadonlyMap<string, Metric>;
  /** Touchpoints of each known stage, in array order; every stage has an entry. */
  readonly touchpointsByStage: ReadonlyMap<string, readonly Touchpoint[]>;
  /** D(S): the distinct non-null silos of each stage's touchpoints, in lane order; every stage has an entry. */
  readonly deliveringSilos: ReadonlyMap<string, readonly string[]>;
}

/** Builds the shared lookups for one map in a single pass over each of its arrays. */
export function buildJourneyIndex(map: JourneyMap): JourneyIndex {
  const stageById = new Map<string, Stage>();
  const stageOrder = new Map<string, number>();
  const touchpointsByStage = new Map<string, Touchpoint[]>();
  const siloSetsByStage = new Map<string, Set<string>>();
  const metricById = new Map<string, Metric>();
  for (let position = 0; position < map.stages.length; position += 1) {
    const stage = map.stages[position];
    if (stage === undefined || stageById.has(stage.id)) continue;
    stageById.set(stage.id, stage);
    stageOrder.set(stage.id, position);
    touchpointsByStage.set(stage.id, []);
    siloSetsByStage.set(stage.id, new Set());
    for (const metric of stage.metrics) if (!metricById.has(metric.id)) metricById.set(metric.id, metric);
  }

  const siloById = new Map<string, Silo>();
  const siloOrder = new Map<string, number>();
  for (let position = 0; position < map.silos.length; position += 1) {
    const silo = map.silos[position];
    if (silo === undefined || siloById.has(silo.id)) continue;
    siloById.set(silo.id, silo);
    siloOrder.set(silo.id, position);
  }

  const touchpointOrder = new Map<string, number>();
  for (let position = 0; position < map.touchpoints.length; position += 1) {
    const touchpoint = map.touchpoints[position];
    if (touchpoint === undefined) continue;
    if (!touchpointOrder.has(touchpoint.id)) touchpointOrder.set(touchpoint.id, position);
    touchpointsByStage.get(touchpoint.stageId)?.push(touchpoint);
    if (touchpoint.siloId !== null) siloSetsByStage.get(touchpoint.stageId)?.add(touchpoint.siloId);
  }

  const deliveringSilos = new Map<string, readonly string[]>();
  for (const [stageId, silos] of siloSetsByStage) deliveringSilos.set(stageId, inLaneOrder({ siloOrder }, silos));

  return { map, stageById, stageOrder, siloById, siloOrder, touchpointOrder, metricById, touchpointsByStage, deliveringSilos };
}

/** The touchpoint with this id (its first occurrence), if any. */
export function touchpointWithId(index: JourneyIndex, touchpointId: string): Touchpoint | undefined {
  const position = index.touchpointOrder.get(touchpointId);
  return position === undefined ? undefined : index.map.touchpoints[position];
}

/** Distinct silo ids in lane order; ids of unknown silos go last, in code-unit order. */
export function inLaneOrder(index: Pick<JourneyIndex, 'siloOrder'>, siloIds: Iterable<string>): string[] {
  const unique = [...new Set(siloIds)];
  if (unique.length < 2) return unique;
  const lane = (id: string): number => index.siloOrder.get(id) ?? Number.POSITIVE_INFINITY;
  return unique.sort((a, b) => lane(a) - lane(b) || compareText(a, b));
}

/** Two silo ids in lane order (one id if they are the same). */
export function siloPairInLaneOrder(index: Pick<JourneyIndex, 'siloOrder'>, a: string, b: string): string[] {
  if (a === b) return [a];
  const laneA = index.siloOrder.get(a) ?? Number.POSITIVE_INFINITY;
  const laneB = index.siloOrder.get(b) ?? Number.POSITIVE_INFINITY;
  return laneA < laneB || (laneA === laneB && compareText(a, b) < 0) ? [a, b] : [b, a];
}

/** Two touchpoint ids in array order (one id if they are the same); unknown ids go last. */
export function touchpointPairInArrayOrder(index: Pick<JourneyIndex, 'touchpointOrder'>, a: string, b: string): string[] {
  if (a === b) return [a];
  const positionA = index.touchpointOrder.get(a) ?? Number.POSITIVE_INFINITY;
  const positionB = index.touchpointOrder.get(b) ?? Number.POSITIVE_INFINITY;
  return positionA < positionB || (positionA === positionB && compareText(a, b) < 0) ? [a, b] : [b, a];
}

/** Locale-independent string order (UTF-16 code units), so the same map sorts the same everywhere. */
export function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
