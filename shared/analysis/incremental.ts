import type { JourneyMap } from '../model';
import { sameItems } from '../model/arrays';
import { conflictLimit, type AnalysisOptions, type AnalysisSummary } from './analyze';
import type { Finding } from './finding';
import { buildJourneyIndex, NO_COLUMN, type JourneyIndex } from './journey-index';
import { conflictFindings, type ConflictMemo } from './reuse/conflict-findings';
import { crossSiloHandoffFindings, patchHandoffFindings, type HandoffFindings } from './reuse/handoff-findings';
import { sortColumns, type ColumnMemo } from './reuse/sorted-columns';
import { stageFindings, type StageMemo } from './reuse/stage-findings';
import { changedIdsWhere, onlyIrrelevantChanges, touchpointChanges } from './reuse/touchpoint-changes';
import { unownedTouchpointFindings, type UnownedMemo } from './reuse/unowned-findings';
import { isConflictSender } from './rules/conflicts';

/** What one analysis keeps for the next to reuse; opaque to callers. */
export interface AnalysisMemo {
  readonly index: JourneyIndex;
  readonly stages: readonly StageMemo[];
  readonly unowned: readonly UnownedMemo[];
  readonly handoffs: HandoffFindings;
  readonly conflicts: ConflictMemo;
  readonly columns: readonly ColumnMemo[];
}

/** The diagnosis of one map, and what the diagnosis of a later version of it can reuse. */
export interface IncrementalAnalysis {
  readonly map: JourneyMap;
  /** `maxConflictPairs` as a limit (see `conflictLimit`). */
  readonly limit: number;
  readonly summary: AnalysisSummary;
  readonly memo: AnalysisMemo;
}

/** The previous analysis's memo, the new index built from it, and which of the memo's parts still hold. */
interface Held {
  readonly memo: AnalysisMemo;
  readonly index: JourneyIndex;
  /** The silos are the same objects: stage and hand-off findings can be reused one by one. */
  readonly silos: boolean;
  /** The distinct stages have the same ids and names in the same order. */
  readonly stageList: boolean;
  /** The unowned-touchpoint findings hold as they are. */
  readonly unowned: boolean;
  /**
   * The ids of touchpoints added or removed that hand-offs name, when the hand-off findings of the others
   * hold (null: look at every hand-off).
   */
  readonly changedEnds: ReadonlySet<string> | null;
  /** The senders of conflicting messages are the same objects in the same order (given the same stage list). */
  readonly senders: boolean;
}

/**
 * Diagnoses a map exactly like `analyzeJourneyWithSummary(map, options)` (a deep-equal result), reusing
 * from `previous`, the analysis of any earlier map, whatever the edit left alone. Maps are immutable, so an
 * unchanged object is unchanged content: a stage, touchpoint, hand-off or set of senders whose inputs are
 * the same objects keeps its findings, as the same objects, and when nothing the rules read changed the
 * findings array is the previous one. Treat the result as read-only: later analyses share it.
 */
export function analyzeJourneyIncrementally(
  map: JourneyMap,
  options: AnalysisOptions = {},
  previous?: IncrementalAnalysis,
): IncrementalAnalysis {
  const limit = conflictLimit(options.maxConflictPairs);
  if (previous !== undefined && previous.map === map && previous.limit === limit) return previous;
  // Another document (another map id) shares nothing worth looking for.
  const held = previous === undefined || previous.map.id !== map.id ? null : whatHolds(previous.memo, map);
  const index = held?.index ?? buildJourneyIndex(map);

  const stages = stageFindings(index, held?.silos ? held.memo.stages : null);
  const unowned = held?.unowned ? held.memo.unowned : unownedTouchpointFindings(index, held?.memo.unowned ?? []);
  const patched = held?.changedEnds ? patchHandoffFindings(index, held.memo.handoffs, held.changedEnds) : null;
  const handoffs = patched ?? crossSiloHandoffFindings(index, held?.silos ? held.memo.handoffs : null);
  const sameContext = held !== null && held.silos && held.stageList;
  const conflicts = conflictFindings(index, limit, sameContext ? held.memo.conflicts : null, held?.senders === true);
  const gathered = gatherByColumn(index, stages, unowned, handoffs, conflicts);
  const columnOf = (stageId: string): number | undefined => index.stageById.get(stageId)?.column;
  const sorted = sortColumns(gathered, columnOf, held?.memo.columns ?? [], previous?.summary.findings ?? null);
  const { pairCount, findings: listedPairs } = conflicts.result;
  return {
    map,
    limit,
    summary: { findings: sorted.findings, conflictPairCount: pairCount, omittedConflictPairs: pairCount - listedPairs.length },
    memo: { index, stages, unowned, handoffs, conflicts, columns: sorted.columns },
  };
}

/**
 * Indexes the new map from the previous index and works out which parts of the previous analysis hold.
 * A map rule's findings hold as a whole when what it reads besides the touchpoints is the same objects and
 * no touchpoint it looks at was added or removed, the kept ones keeping their order.
 */
function whatHolds(memo: AnalysisMemo, map: JourneyMap): Held {
  const earlier = memo.index;
  const changes = touchpointChanges(earlier.map.touchpoints, map.touchpoints);
  const index = buildJourneyIndex(map, { index: earlier, positions: changes.earlierPositions });
  const unchangedWhere = (matters: (version: JourneyIndex, position: number) => boolean): boolean =>
    onlyIrrelevantChanges(changes, earlier, index, matters);
  const { endIds } = memo.handoffs;
  const silos = sameItems(earlier.map.silos, map.silos);
  const stages = sameItems(earlier.map.stages, map.stages);
  const stageList = stages || hasSameStageList(earlier, index);
  return {
    memo,
    index,
    silos,
    stageList,
    unowned: stages && unchangedWhere(isUnowned),
    changedEnds:
      silos && stages && changes.inOrder && sameItems(earlier.map.handoffs, map.handoffs)
        ? changedIdsWhere(changes, earlier, index, (id) => endIds.has(id))
        : null,
    senders: unchangedWhere(isConflictSender),
  };
}

function isUnowned(index: JourneyIndex, position: number): boolean {
  return index.map.touchpoints[position]?.siloId === null;
}

/** Whether both indexes have the same distinct stages by id and name, in the same column order. */
function hasSameStageList(earlier: JourneyIndex, later: JourneyIndex): boolean {
  if (earlier.stages.length !== later.stages.length) return false;
  return earlier.stages.every(({ stage }, column) => {
    const other = later.stages[column]?.stage;
    return other !== undefined && (other === stage || (other.id === stage.id && other.name === stage.name));
  });
}

/**
 * The findings of each stage column (the last entry: of no stage) in the order `analyzeJourneyWithSummary`
 * gathers them: stage rules, unowned touchpoints, hand-offs, conflicting messages.
 */
function gatherByColumn(
  index: JourneyIndex,
  stages: readonly StageMemo[],
  unowned: readonly UnownedMemo[],
  handoffs: HandoffFindings,
  conflicts: ConflictMemo,
): (readonly Finding[])[] {
  const noStage = index.stages.length;
  const gathered: Finding[][] = stages.map((memo) => memo.findings.slice());
  gathered.push([]);
  const add = (finding: Finding, column: number): void => {
    gathered[column === NO_COLUMN ? noStage : column]?.push(finding);
  };
  for (const memo of unowned) add(memo.finding, memo.column);
  for (const memo of handoffs.memos) if (memo.placed !== null) add(memo.placed.finding, memo.placed.column);
  conflicts.result.findings.forEach((finding, i) => add(finding, conflicts.columns[i] ?? NO_COLUMN));
  return gathered;
}
