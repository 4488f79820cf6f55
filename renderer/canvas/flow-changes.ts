/**
 * What changed between the inputs of two projections onto React Flow, found in proportion to the change:
 * the layout's grid frame and filled cells (which it reuses by identity) and the diagnosis marks entry by entry.
 */
import type { CellBox, ColumnBox, JourneyLayout, Rect } from '../../shared/layout/grid-layout';
import { sameBadge, sameTouchpointMarks, type DiagnosisMarks } from './diagnosis-marks';

/** True when two layouts have the same columns and lanes in the same places, so every cell box is the same. */
export function sameGridFrame(a: JourneyLayout, b: JourneyLayout): boolean {
  if (a === b) return true;
  return (
    a.width === b.width &&
    a.height === b.height &&
    a.columns.length === b.columns.length &&
    a.lanes.length === b.lanes.length &&
    a.columns.every((column, index) => {
      const other = b.columns[index];
      return other?.stageId === column.stageId && other.x === column.x && other.width === column.width;
    }) &&
    a.lanes.every((lane, index) => {
      const other = b.lanes[index];
      return other?.siloId === lane.siloId && other.y === lane.y && other.height === lane.height;
    })
  );
}

function sameRect(a: Rect, b: Rect): boolean {
  return a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
}

/**
 * The ids of the cards whose box differs between two layouts with the same grid frame (see `sameGridFrame`),
 * cards only one of them places included. A layout keeps the cell object, and with it its card boxes, of a
 * cell that holds the same touchpoint objects in the same place, so only the cells that are not the same
 * object are looked into: both lists of filled cells ascend by slot and are walked side by side.
 */
export function cardsWithChangedBoxes(before: JourneyLayout, after: JourneyLayout): string[] {
  const changed: string[] = [];
  if (before === after) return changed;
  const slotOf = (cell: CellBox) => cell.lane * after.columns.length + cell.column;
  const addChangedBoxes = (cell: CellBox) => {
    for (const touchpointId of cell.touchpointIds) {
      const was = before.cards.get(touchpointId);
      const is = after.cards.get(touchpointId);
      if (!was || !is || !sameRect(was, is)) changed.push(touchpointId);
    }
  };
  const cellsBefore = before.filledCells;
  const cellsAfter = after.filledCells;
  let i = 0;
  let j = 0;
  while (i < cellsBefore.length || j < cellsAfter.length) {
    const was = cellsBefore[i];
    const is = cellsAfter[j];
    if (was === is) {
      i++;
      j++;
      continue;
    }
    const slotBefore = was ? slotOf(was) : Infinity;
    const slotAfter = is ? slotOf(is) : Infinity;
    if (was && slotBefore <= slotAfter) {
      addChangedBoxes(was);
      i++;
    }
    if (is && slotAfter <= slotBefore) {
      addChangedBoxes(is);
      j++;
    }
  }
  return changed;
}

/** The columns whose stage's badge differs between two sets of marks, and whether a status differs. */
export function changedBadges(
  before: DiagnosisMarks,
  after: DiagnosisMarks,
  columns: readonly ColumnBox[],
): { columns: ColumnBox[]; statusChanged: boolean } {
  const changed = { columns: [] as ColumnBox[], statusChanged: false };
  if (before.stages === after.stages) return changed;
  for (const column of columns) {
    const was = before.stages.get(column.stageId);
    const is = after.stages.get(column.stageId);
    if (sameBadge(was, is)) continue;
    changed.columns.push(column);
    if (was?.status !== is?.status) changed.statusChanged = true;
  }
  return changed;
}

/** The touchpoints whose marks differ between two sets of marks. */
export function changedTouchpointMarks(before: DiagnosisMarks, after: DiagnosisMarks): string[] {
  const changed: string[] = [];
  if (before.touchpoints === after.touchpoints) return changed;
  for (const [touchpointId, marks] of after.touchpoints) {
    if (!sameTouchpointMarks(before.touchpoints.get(touchpointId), marks)) changed.push(touchpointId);
  }
  for (const touchpointId of before.touchpoints.keys()) if (!after.touchpoints.has(touchpointId)) changed.push(touchpointId);
  return changed;
}

/** The hand-offs flagged unowned in one set of marks but not in the other. */
export function changedUnownedHandoffs(before: DiagnosisMarks, after: DiagnosisMarks): string[] {
  const changed: string[] = [];
  if (before.unownedHandoffIds === after.unownedHandoffIds) return changed;
  for (const handoffId of after.unownedHandoffIds) if (!before.unownedHandoffIds.has(handoffId)) changed.push(handoffId);
  for (const handoffId of before.unownedHandoffIds) if (!after.unownedHandoffIds.has(handoffId)) changed.push(handoffId);
  return changed;
}

/** The touchpoints whose marks name one of `touchpointIds` as a clash partner (their names say its title). */
export function clashPartnersOf(marks: DiagnosisMarks, touchpointIds: ReadonlySet<string>): string[] {
  const partners: string[] = [];
  if (touchpointIds.size === 0) return partners;
  for (const [touchpointId, own] of marks.touchpoints) {
    if (own.conflictsWith.some((other) => touchpointIds.has(other))) partners.push(touchpointId);
  }
  return partners;
}
