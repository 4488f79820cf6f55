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
  for (const [stageId, badge] of a.stages) if (!sameBadge(badge, b.stages.get(stageId))) return false;
  for (const [touchpointId, marks] of a.touchpoints) if (!sameTouchpointMarks(marks, b.touchpoints.get(touchpointId))) return false;
  for (const handoffId of a.unownedHandoffIds) if (!b.unownedHandoffIds.has(handoffId)) return false;
  return true;
}

/** Whether two stage badges (either absent) show the same status, label and finding count. */
export function sameBadge(a: StageBadge | undefined, b: StageBadge | undefined): boolean {
  if (a === b) return true;
  return a !== undefined && b !== undefined && a.status === b.status && a.label === b.label && a.findingCount === b.findingCount;
}

/** Whether two cards' marks (either absent) are the same. */
export function sameTouchpointMarks(a: TouchpointMarks | undefined, b: TouchpointMarks | undefined): boolean {
  if (a === b) return true;
  return a !== undefined && b !== undefined && a.unowned === b.unowned && sameItems(a.conflictsWith, b.conflictsWith);
}

function addOnce(list: string[], id: string): void {
  if (!list.includes(id)) list.push(id);
}

function sameItems(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}
