/**
 * What the canvas marks, derived once per map from its findings as plain data keyed by id, so the
 * projection can copy primitives into node data and every unmarked node keeps its identity.
 */
import { stageBadge, type Finding, type StageBadge } from '../../shared/analysis';
import type { JourneyMap } from '../../shared/model/types';

/** The marks of one touchpoint card. */
export interface TouchpointMarks {
  /** The touchpoints whose messages clash with this one, in the order the findings name them. */
  conflictsWith: readonly string[];
  /** No silo owns the touchpoint. */
  unowned: boolean;
}

/** Everything the canvas highlights: a badge per stage, marks per touchpoint, the unowned hand-offs. */
export interface DiagnosisMarks {
  stages: ReadonlyMap<string, StageBadge>;
  touchpoints: ReadonlyMap<string, TouchpointMarks>;
  /** Cross-silo hand-offs nobody owns (the `cross-silo-handoff` findings). */
  unownedHandoffIds: ReadonlySet<string>;
}

/** No highlights at all (a map not yet analysed). */
export const NO_MARKS: DiagnosisMarks = Object.freeze({
  stages: new Map<string, StageBadge>(),
  touchpoints: new Map<string, TouchpointMarks>(),
  unownedHandoffIds: new Set<string>(),
});

/** The marks of a map, in one pass over its findings (plus one badge per stage). */
export function diagnosisMarks(map: JourneyMap, findings: readonly Finding[]): DiagnosisMarks {
  const byStage = new Map<string, Finding[]>();
  const touchpoints = new Map<string, { conflictsWith: string[]; unowned: boolean }>();
  const unownedHandoffIds = new Set<string>();
  const marksOf = (touchpointId: string) => {
    let marks = touchpoints.get(touchpointId);
    if (!marks) {
      marks = { conflictsWith: [], unowned: false };
      touchpoints.set(touchpointId, marks);
    }
    return marks;
  };

  for (const finding of findings) {
    if (finding.stageId !== null) {
      const own = byStage.get(finding.stageId);
      if (own) own.push(finding);
      else byStage.set(finding.stageId, [finding]);
    }
    if (finding.code === 'unowned-touchpoint') marksOf(finding.subject.id).unowned = true;
    else if (finding.code === 'cross-silo-handoff') unownedHandoffIds.add(finding.subject.id);
    else if (finding.code === 'conflicting-messages') {
      const [first, second] = finding.touchpointIds;
      if (first === undefined || second === undefined) continue;
      addOnce(marksOf(first).conflictsWith, second);
      addOnce(marksOf(second).conflictsWith, first);
    }
  }

  const stages = new Map<string, StageBadge>();
  for (const stage of map.stages) stages.set(stage.id, stageBadge(map, byStage.get(stage.id) ?? [], stage.id));
  return { stages, touchpoints, unownedHandoffIds };
}

/** Whether two sets of marks highlight exactly the same things (so the canvas can keep the old one). */
export function sameDiagnosisMarks(a: DiagnosisMarks, b: DiagnosisMarks): boolean {
  if (a === b) return true;
  if (a.stages.size !== b.stages.size || a.touchpoints.size !== b.touchpoints.size) return false;
  if (a.unownedHandoffIds.size !== b.unownedHandoffIds.size) return false;
  for (const [stageId, badge] of a.stages) {
    const other = b.stages.get(stageId);
    if (
      !other ||
      other.status !== badge.status ||
      other.label !== badge.label ||
      other.findingCount !== badge.findingCount
    )
      return false;
  }
  for (const [touchpointId, marks] of a.touchpoints) {
    const other = b.touchpoints.get(touchpointId);
    if (!other || other.unowned !== marks.unowned || !sameItems(other.conflictsWith, marks.conflictsWith)) return false;
  }
  for (const handoffId of a.unownedHandoffIds) if (!b.unownedHandoffIds.has(handoffId)) return false;
  return true;
}

function addOnce(list: string[], id: string): void {
  if (!list.includes(id)) list.push(id);
}

function sameItems(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}
