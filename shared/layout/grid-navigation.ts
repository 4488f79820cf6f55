/**
 * Keyboard geometry of the journey grid: where the arrow keys move focus, and where Alt+arrows move a card.
 * Stage headers form the top row, silo headers the left column; inside the grid, a cell's cards are
 * focusable one by one and an empty cell is focusable itself.
 */
import { cellKey, type CellBox, type CellRef, type JourneyLayout } from './grid-layout';

export type Direction = 'up' | 'down' | 'left' | 'right';

export type GridItem =
  | { kind: 'stage'; stageId: string }
  | { kind: 'silo'; siloId: string | null }
  | { kind: 'card'; touchpointId: string }
  | { kind: 'cell'; stageId: string; siloId: string | null };

/** A card's target cell and its index there (counted without the card itself). */
export interface MoveTarget extends CellRef {
  index: number;
}

function cellAtIndex(layout: JourneyLayout, column: number, lane: number): CellBox | null {
  const col = layout.columns[column];
  const row = layout.lanes[lane];
  if (!col || !row) return null;
  return layout.cellByKey.get(cellKey(col.stageId, row.siloId)) ?? null;
}

/** The cards of one sub-column of a cell, top to bottom. */
function subColumnCards(layout: JourneyLayout, cell: CellBox, sub: number): string[] {
  return cell.touchpointIds.filter((id) => layout.cards.get(id)?.subColumn === sub);
}

/** Entering a cell from a neighbour: the card in the given sub-column at the given row (clamped), or the empty cell. */
function enterCell(layout: JourneyLayout, cell: CellBox, sub: number, row: number): GridItem {
  if (cell.touchpointIds.length === 0) return { kind: 'cell', stageId: cell.stageId, siloId: cell.siloId };
  const clampedSub = Math.min(Math.max(sub, 0), cell.subColumns - 1);
  const cards = subColumnCards(layout, cell, clampedSub);
  const id = cards[Math.min(Math.max(row, 0), cards.length - 1)] ?? cell.touchpointIds[0] ?? '';
  return { kind: 'card', touchpointId: id };
}

function firstOf(layout: JourneyLayout, cell: CellBox): GridItem {
  const id = cell.touchpointIds[0];
  return id === undefined
    ? { kind: 'cell', stageId: cell.stageId, siloId: cell.siloId }
    : { kind: 'card', touchpointId: id };
}

function lastOf(layout: JourneyLayout, cell: CellBox): GridItem {
  const id = cell.touchpointIds.at(-1);
  return id === undefined
    ? { kind: 'cell', stageId: cell.stageId, siloId: cell.siloId }
    : { kind: 'card', touchpointId: id };
}

function columnIndex(layout: JourneyLayout, stageId: string): number {
  return layout.columns.findIndex((column) => column.stageId === stageId);
}

function laneIndex(layout: JourneyLayout, siloId: string | null): number {
  return layout.lanes.findIndex((lane) => lane.siloId === siloId);
}

/** The cell a grid item sits in (cards and empty cells), or null for headers. */
export function cellOfItem(layout: JourneyLayout, item: GridItem): CellBox | null {
  if (item.kind === 'cell') return layout.cellByKey.get(cellKey(item.stageId, item.siloId)) ?? null;
  if (item.kind === 'card') {
    const card = layout.cards.get(item.touchpointId);
    return card ? (layout.cellByKey.get(card.cellKey) ?? null) : null;
  }
  return null;
}

/** The first focusable item of the grid (the first stage header, else the first silo header), or null. */
export function firstGridItem(layout: JourneyLayout): GridItem | null {
  const column = layout.columns[0];
  if (column) return { kind: 'stage', stageId: column.stageId };
  const lane = layout.lanes[0];
  return lane ? { kind: 'silo', siloId: lane.siloId } : null;
}

/** True when the item still exists in the layout. */
export function isOnGrid(layout: JourneyLayout, item: GridItem): boolean {
  switch (item.kind) {
    case 'stage':
      return columnIndex(layout, item.stageId) >= 0;
    case 'silo':
      return laneIndex(layout, item.siloId) >= 0;
    case 'card':
      return layout.cards.has(item.touchpointId);
    case 'cell':
      return layout.cellByKey.has(cellKey(item.stageId, item.siloId));
  }
}

function moveFromCell(layout: JourneyLayout, cell: CellBox, item: GridItem, direction: Direction): GridItem | null {
  const card = item.kind === 'card' ? layout.cards.get(item.touchpointId) : undefined;
  const sub = card?.subColumn ?? 0;
  const column = subColumnCards(layout, cell, sub);
  const row = card ? column.indexOf(card.touchpointId) : 0;
  switch (direction) {
    case 'up': {
      const previous = row > 0 ? column[row - 1] : undefined;
      if (previous !== undefined) return { kind: 'card', touchpointId: previous };
      const above = cellAtIndex(layout, cell.column, cell.lane - 1);
      if (above) return lastOf(layout, above);
      return { kind: 'stage', stageId: cell.stageId };
    }
    case 'down': {
      const next = card ? column[row + 1] : undefined;
      if (next !== undefined) return { kind: 'card', touchpointId: next };
      const below = cellAtIndex(layout, cell.column, cell.lane + 1);
      return below ? firstOf(layout, below) : null;
    }
    case 'left': {
      if (card && sub > 0) return enterCell(layout, cell, sub - 1, row);
      const left = cellAtIndex(layout, cell.column - 1, cell.lane);
      if (left) return enterCell(layout, left, left.subColumns - 1, row);
      return { kind: 'silo', siloId: cell.siloId };
    }
    case 'right': {
      if (card && sub < cell.subColumns - 1) return enterCell(layout, cell, sub + 1, row);
      const right = cellAtIndex(layout, cell.column + 1, cell.lane);
      return right ? enterCell(layout, right, 0, row) : null;
    }
  }
}

/** Where focus goes from `item` when an arrow key is pressed; null when there is nothing that way. */
export function moveFocus(layout: JourneyLayout, item: GridItem, direction: Direction): GridItem | null {
  if (item.kind === 'stage') {
    const index = columnIndex(layout, item.stageId);
    if (index < 0) return null;
    if (direction === 'left' || direction === 'right') {
      const column = layout.columns[index + (direction === 'left' ? -1 : 1)];
      return column ? { kind: 'stage', stageId: column.stageId } : null;
    }
    if (direction === 'up') return null;
    const cell = cellAtIndex(layout, index, 0);
    return cell ? firstOf(layout, cell) : null;
  }
  if (item.kind === 'silo') {
    const index = laneIndex(layout, item.siloId);
    if (index < 0) return null;
    if (direction === 'up' || direction === 'down') {
      const lane = layout.lanes[index + (direction === 'up' ? -1 : 1)];
      return lane ? { kind: 'silo', siloId: lane.siloId } : null;
    }
    if (direction === 'left') return null;
    const cell = cellAtIndex(layout, 0, index);
    return cell ? firstOf(layout, cell) : null;
  }
  const cell = cellOfItem(layout, item);
  return cell ? moveFromCell(layout, cell, item, direction) : null;
}

/**
 * Where Alt+arrow moves a card: left/right to the neighbouring stage in the same lane (same position,
 * clamped); up/down one place within its cell, and from the cell's edge to the end/start of the lane
 * above/below. Null when the card cannot move that way.
 *
 * `moving` are the cards that move with it (a multi-selection it belongs to; default the card alone):
 * positions are then counted among the cards that stay, so the group moves past one staying card at a
 * time and lands together in the focused card's target cell.
 */
export function keyboardMoveTarget(
  layout: JourneyLayout,
  touchpointId: string,
  direction: Direction,
  moving: ReadonlySet<string> = new Set([touchpointId]),
): MoveTarget | null {
  const card = layout.cards.get(touchpointId);
  const cell = card ? layout.cellByKey.get(card.cellKey) : undefined;
  if (!card || !cell) return null;
  const stayingCount = (box: CellBox) => box.touchpointIds.filter((id) => !moving.has(id)).length;
  const ownIndex = cell.touchpointIds.indexOf(touchpointId);
  const index = cell.touchpointIds.slice(0, ownIndex).filter((id) => !moving.has(id)).length;
  const count = stayingCount(cell);
  switch (direction) {
    case 'left':
    case 'right': {
      const target = cellAtIndex(layout, cell.column + (direction === 'left' ? -1 : 1), cell.lane);
      if (!target) return null;
      return { stageId: target.stageId, siloId: target.siloId, index: Math.min(index, stayingCount(target)) };
    }
    case 'up': {
      if (index > 0) return { stageId: cell.stageId, siloId: cell.siloId, index: index - 1 };
      const above = cellAtIndex(layout, cell.column, cell.lane - 1);
      return above ? { stageId: above.stageId, siloId: above.siloId, index: stayingCount(above) } : null;
    }
    case 'down': {
      if (index < count) return { stageId: cell.stageId, siloId: cell.siloId, index: index + 1 };
      const below = cellAtIndex(layout, cell.column, cell.lane + 1);
      return below ? { stageId: below.stageId, siloId: below.siloId, index: 0 } : null;
    }
  }
}
