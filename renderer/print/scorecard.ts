import type { Finding } from '../../shared/analysis';
import { laneSiloIds } from '../../shared/layout/grid-layout';
import type { JourneyMap } from '../../shared/model/types';

/** One stage column of the silo × stage scorecard. */
export interface ScorecardColumn {
  stageId: string;
  stageName: string;
  accountableSiloId: string | null;
  /** The diagnosis found split ownership in this stage. */
  split: boolean;
  touchpointCount: number;
  metricCount: number;
  /** Silos that deliver a touchpoint of the stage. */
  deliveringSiloCount: number;
  /** Delivering silos that own at least one of the stage's metrics. */
  coveredSiloCount: number;
}

/** One silo lane of the scorecard (`siloId` null: touchpoints nobody owns). */
export interface ScorecardRow {
  siloId: string | null;
  name: string;
  /** Touchpoints per stage, in column order. */
  counts: number[];
  total: number;
}

export interface Scorecard {
  columns: ScorecardColumn[];
  rows: ScorecardRow[];
  totalTouchpoints: number;
}

/** The label of the lane of touchpoints without an owner. */
export const NO_OWNER_LABEL = 'No owner';

/** Counts touchpoints per silo and stage and sums up each stage's ownership and metric coverage. */
export function computeScorecard(map: JourneyMap, findings: readonly Finding[]): Scorecard {
  const stageColumn = new Map<string, number>();
  map.stages.forEach((stage, index) => {
    if (!stageColumn.has(stage.id)) stageColumn.set(stage.id, index);
  });
  const laneIds = laneSiloIds(map);
  const knownSilos = new Set(map.silos.map((silo) => silo.id));
  const siloNames = new Map(map.silos.map((silo) => [silo.id, silo.name]));
  const rows: ScorecardRow[] = laneIds.map((siloId) => ({
    siloId,
    name: siloId === null ? NO_OWNER_LABEL : (siloNames.get(siloId) ?? siloId),
    counts: map.stages.map(() => 0),
    total: 0,
  }));
  const rowOf = new Map(rows.map((row) => [row.siloId, row]));
  const deliveringByStage = map.stages.map(() => new Set<string>());

  for (const touchpoint of map.touchpoints) {
    const column = stageColumn.get(touchpoint.stageId);
    if (column === undefined) continue;
    const siloId = touchpoint.siloId !== null && knownSilos.has(touchpoint.siloId) ? touchpoint.siloId : null;
    const row = rowOf.get(siloId);
    if (row === undefined) continue;
    row.counts[column] = (row.counts[column] ?? 0) + 1;
    row.total += 1;
    if (siloId !== null) deliveringByStage[column]?.add(siloId);
  }

  const splitStages = new Set(
    findings.filter((finding) => finding.code === 'split-ownership' && finding.stageId !== null).map((finding) => finding.stageId),
  );
  const columns = map.stages.map((stage, index): ScorecardColumn => {
    const delivering = deliveringByStage[index] ?? new Set<string>();
    const metricOwners = new Set(stage.metrics.flatMap((metric) => metric.ownerSiloIds));
    return {
      stageId: stage.id,
      stageName: stage.name,
      accountableSiloId: stage.accountableSiloId,
      split: splitStages.has(stage.id),
      touchpointCount: rows.reduce((sum, row) => sum + (row.counts[index] ?? 0), 0),
      metricCount: stage.metrics.length,
      deliveringSiloCount: delivering.size,
      coveredSiloCount: [...delivering].filter((siloId) => metricOwners.has(siloId)).length,
    };
  });

  return { columns, rows, totalTouchpoints: rows.reduce((sum, row) => sum + row.total, 0) };
}
