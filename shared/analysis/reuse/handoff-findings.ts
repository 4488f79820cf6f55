import type { Handoff, Stage, Touchpoint } from '../../model';
import type { Finding } from '../finding';
import { NO_COLUMN, type JourneyIndex } from '../journey-index';
import { crossSiloHandoff, endPositions } from '../rules/handoffs';
import { PreviousMemos } from './previous-memos';

/** How many end ids a patch looks up in one scan of the touchpoints; past it, every hand-off is looked at again. */
const MAX_PATCHED_IDS = 8;

/** The `cross-silo-handoff` finding of one unowned hand-off (or null) and what it was derived from. */
export interface HandoffMemo {
  readonly handoff: Handoff;
  /** The first touchpoints with the end ids, and whether `from` comes first in the array. */
  readonly from: Touchpoint | undefined;
  readonly to: Touchpoint | undefined;
  readonly fromFirst: boolean;
  /** The stage of `to`, whose name and id the finding carries. */
  readonly stage: Stage | undefined;
  /** The finding and the column of its stage (`NO_COLUMN`: none). */
  readonly placed: { readonly finding: Finding; readonly column: number } | null;
}

/** The `cross-silo-handoff` findings of a map: one memo per unowned hand-off, in array order. */
export interface HandoffFindings {
  /** The touchpoint ids the unowned hand-offs name. */
  readonly endIds: ReadonlySet<string>;
  readonly memos: readonly HandoffMemo[];
}

/**
 * The `cross-silo-handoff` findings. Such a finding reads the hand-off, the first touchpoints with its
 * end ids and their array order, the stage of its receiving end and the silos, so it is the previous
 * analysis's (the same object) when all of those are unchanged. Pass `previous` only when the silos are.
 */
export function crossSiloHandoffFindings(index: JourneyIndex, previous: HandoffFindings | null): HandoffFindings {
  const positions = endPositions(index);
  const endIds = new Set(positions.keys());
  if (positions.size === 0) return { endIds, memos: [] };
  const recall = new PreviousMemos(previous?.memos ?? [], (memo: HandoffMemo) => memo.handoff);
  const memos: HandoffMemo[] = [];
  for (const handoff of index.map.handoffs) {
    if (handoff.ownerSiloId === null) memos.push(handoffMemo(index, handoff, positions, recall.find(handoff, memos.length)));
  }
  return { endIds, memos };
}

/**
 * The `cross-silo-handoff` findings after an edit that kept the silos, stages and hand-offs the same
 * objects and the touchpoints it did not add or remove in their order. `changedIds`: the ids of those added
 * or removed that hand-offs name. Only the hand-offs naming one of them are looked at again; for the others
 * the first touchpoints with their end ids, their order and stage are unchanged. Null when that would look
 * up too many ids.
 */
export function patchHandoffFindings(
  index: JourneyIndex,
  previous: HandoffFindings,
  changedIds: ReadonlySet<string>,
): HandoffFindings | null {
  if (changedIds.size === 0) return previous;
  const touches = (memo: HandoffMemo): boolean =>
    changedIds.has(memo.handoff.fromTouchpointId) || changedIds.has(memo.handoff.toTouchpointId);
  const ids = new Set<string>();
  for (const memo of previous.memos) {
    if (!touches(memo)) continue;
    ids.add(memo.handoff.fromTouchpointId);
    ids.add(memo.handoff.toTouchpointId);
    if (ids.size > MAX_PATCHED_IDS) return null;
  }
  const positions = firstPositionsOf(index, [...ids]);
  const memos = previous.memos.map((memo) => (touches(memo) ? handoffMemo(index, memo.handoff, positions, memo) : memo));
  return { endIds: previous.endIds, memos };
}

/** The memo of one unowned hand-off, keeping the finding of `before` when what it reads is unchanged. */
function handoffMemo(
  index: JourneyIndex,
  handoff: Handoff,
  positions: ReadonlyMap<string, number>,
  before: HandoffMemo | undefined,
): HandoffMemo {
  const fromPosition = positions.get(handoff.fromTouchpointId) ?? -1;
  const toPosition = positions.get(handoff.toTouchpointId) ?? -1;
  const from = index.map.touchpoints[fromPosition];
  const to = index.map.touchpoints[toPosition];
  const fromFirst = fromPosition < toPosition;
  const column = index.touchpointColumn[toPosition] ?? NO_COLUMN;
  const stage = index.stages[column]?.stage;
  let placed: HandoffMemo['placed'];
  if (before !== undefined && before.from === from && before.to === to && before.fromFirst === fromFirst && before.stage === stage) {
    placed = before.placed === null || before.placed.column === column ? before.placed : { finding: before.placed.finding, column };
  } else {
    const finding = crossSiloHandoff(index, handoff, fromPosition, toPosition);
    placed = finding === null ? null : { finding, column };
  }
  return { handoff, from, to, fromFirst, stage, placed };
}

/** The array position of the first touchpoint with each of a few ids (absent: none), in one scan. */
function firstPositionsOf(index: JourneyIndex, ids: readonly string[]): Map<string, number> {
  const positions = new Map<string, number>();
  const { touchpoints } = index.map;
  for (let position = 0; position < touchpoints.length && positions.size < ids.length; position += 1) {
    const id = touchpoints[position]?.id;
    for (const wanted of ids) if (id === wanted && !positions.has(id)) positions.set(id, position);
  }
  return positions;
}
