/**
 * The "blueprint of the org chart": which silo delivers how much of each stage, who is accountable,
 * which stages are split and which lack a shared metric. Pure; the flags come from the diagnosis so
 * the matrix always agrees with the findings.
 */
import { stageStatuses, type Finding, type StageStatus } from '../../shared/analysis';
import type { JourneyMap } from '../../shared/model/types';

/** One silo's part in one stage. */
export interface OrgMatrixCell {
  stageId: string;
  /** null in the "No owner" row. */
  siloId: string | null;
  /** The silo's touchpoints in the stage, in array order. */
  touchpointIds: string[];
  /** True when this silo is the stage's accountable silo. */
  accountable: boolean;
}

/** One stage (column) and its flags. */
export interface OrgMatrixColumn {
  stageId: string;
  name: string;
  status: StageStatus;
  /** Several silos deliver it and none is accountable (a `split-ownership` finding). */
  split: boolean;
  /** No single metric is shared by the silos delivering it (`missing-metric` or `unshared-metric`). */
  noSharedMetric: boolean;
  touchpointCount: number;
}

/** One silo (row), or the "No owner" row of unowned touchpoints. */
export interface OrgMatrixRow {
  siloId: string | null;
  name: string;
  /** One cell per column, in column order. */
  cells: OrgMatrixCell[];
  touchpointCount: number;
  /** How many stages the silo delivers at least one touchpoint of. */
  stageCount: number;
}

export interface OrgMatrix {
  columns: OrgMatrixColumn[];
  rows: OrgMatrixRow[];
}

export const NO_OWNER_ROW_NAME = 'No owner';

/**
 * Builds the silo × stage matrix of a map: stages in column order, silos in lane order, then a
 * "No owner" row when some touchpoints have no silo. `findings` must be the map's own diagnosis.
 */
export function buildOrgMatrix(map: JourneyMap, findings: readonly Finding[]): OrgMatrix {
  const statuses = stageStatuses(map, findings);
  const split = new Set<string>();
  const unmeasured = new Set<string>();
  for (const finding of findings) {
    if (finding.stageId === null || finding.subject.kind !== 'stage') continue;
    if (finding.code === 'split-ownership') split.add(finding.stageId);
    if (finding.code === 'missing-metric' || finding.code === 'unshared-metric') unmeasured.add(finding.stageId);
  }

  const touchpointsByCell = new Map<string, string[]>();
  const countByStage = new Map<string, number>();
  const stageIds = new Set(map.stages.map((stage) => stage.id));
  let unowned = 0;
  for (const touchpoint of map.touchpoints) {
    if (!stageIds.has(touchpoint.stageId)) continue;
    const key = cellKey(touchpoint.stageId, touchpoint.siloId);
    const list = touchpointsByCell.get(key);
    if (list) list.push(touchpoint.id);
    else touchpointsByCell.set(key, [touchpoint.id]);
    countByStage.set(touchpoint.stageId, (countByStage.get(touchpoint.stageId) ?? 0) + 1);
    if (touchpoint.siloId === null) unowned += 1;
  }

  const columns = map.stages.map(
    (stage): OrgMatrixColumn => ({
      stageId: stage.id,
      name: stage.name,
      status: statuses.get(stage.id) ?? 'ok',
      split: split.has(stage.id),
      noSharedMetric: unmeasured.has(stage.id),
      touchpointCount: countByStage.get(stage.id) ?? 0,
    }),
  );

  const row = (siloId: string | null, name: string): OrgMatrixRow => {
    const cells = map.stages.map(
      (stage): OrgMatrixCell => ({
        stageId: stage.id,
        siloId,
        touchpointIds: touchpointsByCell.get(cellKey(stage.id, siloId)) ?? [],
        accountable: siloId !== null && stage.accountableSiloId === siloId,
      }),
    );
    return {
      siloId,
      name,
      cells,
      touchpointCount: cells.reduce((sum, cell) => sum + cell.touchpointIds.length, 0),
      stageCount: cells.filter((cell) => cell.touchpointIds.length > 0).length,
    };
  };

  const rows = map.silos.map((silo) => row(silo.id, silo.name));
  if (unowned > 0) rows.push(row(null, NO_OWNER_ROW_NAME));
  return { columns, rows };
}

function cellKey(stageId: string, siloId: string | null): string {
  return JSON.stringify([stageId, siloId]);
}
