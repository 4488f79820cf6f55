/**
 * Hit-testing on a journey layout: which cell, card or drop position lies under a point (flow coordinates).
 */
import { cellKey, type CellBox, type CellRef, type JourneyLayout, type Point, type Rect } from './grid-layout';

function findSpan<T>(
  items: readonly T[],
  start: (item: T) => number,
  size: (item: T) => number,
  value: number,
): T | null {
  let low = 0;
  let high = items.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const item = items[middle] as T;
    if (value < start(item)) high = middle - 1;
    else if (value >= start(item) + size(item)) low = middle + 1;
    else return item;
  }
  return null;
}

/** The cell under `point`, or null outside the grid (headers included). */
export function cellAt(layout: JourneyLayout, point: Point): CellRef | null {
  const column = findSpan(
    layout.columns,
    (c) => c.x,
    (c) => c.width,
    point.x,
  );
  const lane = findSpan(
    layout.lanes,
    (l) => l.y,
    (l) => l.height,
    point.y,
  );
  if (!column || !lane) return null;
  return { stageId: column.stageId, siloId: lane.siloId };
}

/** The layout box of a cell, or null when the cell is not on the grid. */
export function cellBox(layout: JourneyLayout, cell: CellRef): CellBox | null {
  return layout.cellByKey.get(cellKey(cell.stageId, cell.siloId)) ?? null;
}

/** The touchpoint whose card lies under `point`, or null. */
export function cardAt(layout: JourneyLayout, point: Point): string | null {
  const cell = cellAt(layout, point);
  const box = cell && cellBox(layout, cell);
  if (!box) return null;
  for (const id of box.touchpointIds) {
    const card = layout.cards.get(id);
    if (card && contains(card, point)) return id;
  }
  return null;
}

/** True when `point` lies inside `rect` (left/top edges included, right/bottom excluded). */
export function contains(rect: Rect, point: Point): boolean {
  return point.x >= rect.x && point.x < rect.x + rect.width && point.y >= rect.y && point.y < rect.y + rect.height;
}

function subColumnAt(layout: JourneyLayout, box: CellBox, x: number): number {
  const { cardWidth, cardGap, cellPadding } = layout.options;
  const offset = x - box.x - cellPadding + cardGap / 2;
  const sub = Math.floor(offset / (cardWidth + cardGap));
  return Math.min(Math.max(sub, 0), box.subColumns - 1);
}

/**
 * Where a card dropped at `point` goes among the cell's cards: an index into the cell's touchpoints once
 * the `moving` ones are taken out (0 = first, length = last).
 */
export function insertionIndexAt(
  layout: JourneyLayout,
  cell: CellRef,
  point: Point,
  moving: ReadonlySet<string> = new Set(),
): number {
  const box = cellBox(layout, cell);
  if (!box) return 0;
  const targetSub = subColumnAt(layout, box, point.x);
  let index = 0;
  for (const id of box.touchpointIds) {
    if (moving.has(id)) continue;
    const card = layout.cards.get(id);
    if (!card) continue;
    if (card.subColumn < targetSub || (card.subColumn === targetSub && card.y + card.height / 2 <= point.y)) index++;
  }
  return index;
}

/**
 * A thin bar showing where a drop at `index` (counted without the `moving` cards) would insert:
 * under the card before it, or at the top of the cell.
 */
export function insertionIndicator(
  layout: JourneyLayout,
  cell: CellRef,
  index: number,
  moving: ReadonlySet<string> = new Set(),
): Rect | null {
  const box = cellBox(layout, cell);
  if (!box) return null;
  const { cardWidth, cellPadding, cardGap } = layout.options;
  const staying = box.touchpointIds.filter((id) => !moving.has(id));
  const thickness = 4;
  const after = index > 0 ? layout.cards.get(staying[index - 1] ?? '') : undefined;
  const before = layout.cards.get(staying[index] ?? '');
  if (before && (!after || after.subColumn !== before.subColumn)) {
    return { x: before.x, y: before.y - cardGap / 2 - thickness / 2, width: cardWidth, height: thickness };
  }
  if (after) {
    return { x: after.x, y: after.y + after.height + cardGap / 2 - thickness / 2, width: cardWidth, height: thickness };
  }
  return { x: box.x + cellPadding, y: box.y + cellPadding / 2 - thickness / 2, width: cardWidth, height: thickness };
}

/** The index a stage header dropped with its centre at `x` takes in the stage order (`movingStageId` excluded while counting). */
export function stageDropIndexAt(layout: JourneyLayout, x: number, movingStageId: string | null = null): number {
  let index = 0;
  for (const column of layout.columns) {
    if (column.stageId === movingStageId) continue;
    if (column.x + column.width / 2 < x) index++;
  }
  return index;
}

/** The index a silo header dropped with its centre at `y` takes in the silo order (the "No owner" lane never counts). */
export function siloDropIndexAt(layout: JourneyLayout, y: number, movingSiloId: string | null = null): number {
  let index = 0;
  for (const lane of layout.lanes) {
    if (lane.siloId === null || lane.siloId === movingSiloId) continue;
    if (lane.y + lane.height / 2 < y) index++;
  }
  return index;
}

const INDICATOR_THICKNESS = 4;

/** A vertical bar at the column boundary where a stage dropped at `index` would go. */
export function stageDropIndicator(
  layout: JourneyLayout,
  index: number,
  movingStageId: string | null = null,
): Rect | null {
  const others = layout.columns.filter((column) => column.stageId !== movingStageId);
  const next = others[index];
  const previous = others[index - 1];
  const x = next ? next.x : previous ? previous.x + previous.width : null;
  if (x === null) return null;
  return { x: x - INDICATOR_THICKNESS / 2, y: 0, width: INDICATOR_THICKNESS, height: layout.height };
}

/** A horizontal bar at the lane boundary where a silo dropped at `index` would go. */
export function siloDropIndicator(
  layout: JourneyLayout,
  index: number,
  movingSiloId: string | null = null,
): Rect | null {
  const others = layout.lanes.filter((lane) => lane.siloId !== null && lane.siloId !== movingSiloId);
  const next = others[index];
  const previous = others[index - 1];
  const y = next ? next.y : previous ? previous.y + previous.height : null;
  if (y === null) return null;
  return { x: 0, y: y - INDICATOR_THICKNESS / 2, width: layout.width, height: INDICATOR_THICKNESS };
}
