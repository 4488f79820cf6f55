import { clampIndex, insertAt, mapKeep, moveItem, patchKeep, sameItems } from './arrays';
import { cleanDirection, cleanMetricNumber, cleanOwnerSiloIds, contextOf, sanitizeMetric } from './sanitize';
import { updateStageWith } from './stages';
import { cleanOptionalText, cleanRequiredText } from './text-limits';
import { LIMITS, METRIC_DIRECTIONS, type JourneyMap, type Metric } from './types';

/** The editable fields of a metric; `target` and `current` accept finite numbers or null. */
export interface MetricFields {
  name?: string;
  definition?: string;
  unit?: string;
  direction?: Metric['direction'];
  target?: number | null;
  current?: number | null;
  ownerSiloIds?: readonly string[];
}

/** The id of the stage holding the metric, or undefined. */
export function stageIdOfMetric(map: JourneyMap, metricId: string): string | undefined {
  return map.stages.find((stage) => stage.metrics.some((metric) => metric.id === metricId))?.id;
}

function updateMetricWith(map: JourneyMap, metricId: string, update: (metric: Metric) => Metric): JourneyMap {
  const stageId = stageIdOfMetric(map, metricId);
  if (stageId === undefined) return map;
  return updateStageWith(map, stageId, (stage) => {
    const metrics = mapKeep(stage.metrics, (metric) => (metric.id === metricId ? update(metric) : metric));
    return metrics === stage.metrics ? stage : { ...stage, metrics };
  });
}

/** Adds a shared metric to a stage at `index` (default: last); owners that are not silos are dropped. */
export function addMetric(map: JourneyMap, stageId: string, metric: Metric, index?: number): JourneyMap {
  if (!map.stages.some((stage) => stage.id === stageId)) return map;
  const clean = sanitizeMetric(metric, contextOf(map));
  if (clean === null) return map;
  return updateStageWith(map, stageId, (stage) => ({
    ...stage,
    metrics: insertAt(stage.metrics, clampIndex(index ?? stage.metrics.length, stage.metrics.length), clean),
  }));
}

/** Updates a metric's fields; non-finite numbers, unknown directions and unknown owner silos are ignored. */
export function updateMetric(map: JourneyMap, metricId: string, fields: MetricFields): JourneyMap {
  const patch: Partial<Metric> = {};
  if (fields.name !== undefined) patch.name = cleanRequiredText(fields.name, LIMITS.maxNameLength) ?? undefined;
  if (fields.definition !== undefined) patch.definition = cleanOptionalText(fields.definition) ?? undefined;
  if (fields.unit !== undefined) patch.unit = cleanOptionalText(fields.unit) ?? undefined;
  if (METRIC_DIRECTIONS.includes(fields.direction as Metric['direction'])) patch.direction = cleanDirection(fields.direction);
  if (fields.target === null) patch.target = null;
  else if (fields.target !== undefined) patch.target = cleanMetricNumber(fields.target) ?? undefined;
  if (fields.current === null) patch.current = null;
  else if (fields.current !== undefined) patch.current = cleanMetricNumber(fields.current) ?? undefined;
  const owners =
    fields.ownerSiloIds === undefined
      ? undefined
      : cleanOwnerSiloIds(fields.ownerSiloIds, new Set(map.silos.map((silo) => silo.id)));
  return updateMetricWith(map, metricId, (metric) => {
    const ownerSiloIds = owners === undefined || sameItems(owners, metric.ownerSiloIds) ? undefined : owners;
    return patchKeep(metric, { ...patch, ownerSiloIds });
  });
}

/** Removes a metric from its stage. */
export function removeMetric(map: JourneyMap, metricId: string): JourneyMap {
  const stageId = stageIdOfMetric(map, metricId);
  if (stageId === undefined) return map;
  return updateStageWith(map, stageId, (stage) => ({
    ...stage,
    metrics: stage.metrics.filter((metric) => metric.id !== metricId),
  }));
}

/** Moves a metric to `toIndex` among its stage's metrics. */
export function moveMetric(map: JourneyMap, metricId: string, toIndex: number): JourneyMap {
  const stageId = stageIdOfMetric(map, metricId);
  if (stageId === undefined) return map;
  return updateStageWith(map, stageId, (stage) => {
    const metrics = moveItem(stage.metrics, stage.metrics.findIndex((metric) => metric.id === metricId), toIndex);
    return metrics === stage.metrics ? stage : { ...stage, metrics };
  });
}
