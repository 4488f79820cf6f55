import type { JourneyMap } from '../model';
import type { Finding, Severity } from './finding';

export const STAGE_STATUSES = ['critical', 'warning', 'note', 'ok'] as const;
export type StageStatus = (typeof STAGE_STATUSES)[number];

const STATUS_FOR_SEVERITY: Readonly<Record<Severity, StageStatus>> = { high: 'critical', medium: 'warning', low: 'note' };
const STATUS_RANK: Readonly<Record<StageStatus, number>> = { critical: 0, warning: 1, note: 2, ok: 3 };

/** A stage's status: `critical` with a high finding, `warning` if its worst is medium, `note` if only low, else `ok`. */
export function stageStatus(findings: readonly Finding[], stageId: string): StageStatus {
  let status: StageStatus = 'ok';
  for (const finding of findings) {
    if (finding.stageId === stageId) status = worseStatus(status, STATUS_FOR_SEVERITY[finding.severity]);
  }
  return status;
}

/** The status of every stage of the map, in one pass over the findings. */
export function stageStatuses(map: JourneyMap, findings: readonly Finding[]): Map<string, StageStatus> {
  const statuses = new Map<string, StageStatus>();
  for (const stage of map.stages) statuses.set(stage.id, 'ok');
  for (const finding of findings) {
    if (finding.stageId === null) continue;
    const current = statuses.get(finding.stageId);
    if (current === undefined) continue;
    statuses.set(finding.stageId, worseStatus(current, STATUS_FOR_SEVERITY[finding.severity]));
  }
  return statuses;
}

/** The status of a single finding's severity. */
export function statusForSeverity(severity: Severity): StageStatus {
  return STATUS_FOR_SEVERITY[severity];
}

function worseStatus(a: StageStatus, b: StageStatus): StageStatus {
  return STATUS_RANK[b] < STATUS_RANK[a] ? b : a;
}
