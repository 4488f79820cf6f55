/**
 * The journey grid's geometry: stage columns left to right, silo lanes top to bottom (plus a "No owner"
 * lane) and one rectangle per touchpoint card. Pure and deterministic: the same map and options always give
 * the same layout, and nothing in it ever overlaps whatever the content.
 */
import type { JourneyMap, Touchpoint } from '../model/types';

export interface LayoutOptions {
  /** Every card has this width. */
  cardWidth: number;
  /** Space between two cards, vertically and between sub-columns. */
  cardGap: number;
  /** Space between a cell's border and its cards. */
  cellPadding: number;
  /** Height of the stage header row (room for the name, goal and a status badge). */
  stageHeaderHeight: number;
  /** Width of the silo header column. */
  siloHeaderWidth: number;
  /** An empty lane is this tall. */
  minLaneHeight: number;
  /** A cell with more cards than this wraps them into balanced sub-columns. */
  maxCardsPerSubColumn: number;
  /** Estimated characters of a title that fit on one card line. */
  titleCharsPerLine: number;
  /** Titles longer than this many lines are clamped (the card shows an ellipsis). */
  maxTitleLines: number;
  titleLineHeight: number;
  /** Card height besides the title: padding and the row with channel, intent, emotion and day. */
  cardChromeHeight: number;
}

export const DEFAULT_LAYOUT_OPTIONS: LayoutOptions = {
  cardWidth: 200,
  cardGap: 10,
  cellPadding: 12,
  stageHeaderHeight: 88,
  siloHeaderWidth: 180,
  minLaneHeight: 112,
  maxCardsPerSubColumn: 6,
  titleCharsPerLine: 24,
  maxTitleLines: 3,
  titleLineHeight: 18,
  cardChromeHeight: 48,
};

export interface Point {
  x: number;
  y: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One cell of the grid: a stage × silo pair (`siloId` null is the "No owner" lane). */
export interface CellRef {
  stageId: string;
  siloId: string | null;
}

export interface ColumnBox {
  stageId: string;
  index: number;
  x: number;
  width: number;
  /** The stage header above the column. */
  header: Rect;
}

export interface LaneBox {
  /** null for the "No owner" lane. */
  siloId: string | null;
  index: number;
  y: number;
  height: number;
  /** The silo header left of the lane. */
  header: Rect;
}

export interface CellBox extends Rect, CellRef {
  key: string;
  column: number;
  lane: number;
  /** The cell's touchpoints in array order. */
  touchpointIds: readonly string[];
  subColumns: number;
}

export interface CardBox extends Rect {
  touchpointId: string;
  cellKey: string;
  indexInCell: number;
  subColumn: number;
}

export interface JourneyLayout {
  options: LayoutOptions;
  columns: readonly ColumnBox[];
  lanes: readonly LaneBox[];
  /** Every cell, lane by lane, each lane left to right (empty cells are made when first asked for). */
  readonly cells: readonly CellBox[];
  /** The cells holding cards, lane by lane, each lane left to right. */
  filledCells: readonly CellBox[];
  cellByKey: ReadonlyMap<string, CellBox>;
  cards: ReadonlyMap<string, CardBox>;
  /** Total size including the headers. */
  width: number;
  height: number;
}

/**
 * A stable key for a cell, unambiguous for any id characters: the stage id's length says where it ends,
 * and "!" (no owner) or "=" (a silo id follows) tells the two kinds of lane apart.
 */
export function cellKey(stageId: string, siloId: string | null): string {
  return siloId === null ? `${stageId.length}:${stageId}!` : `${stageId.length}:${stageId}=${siloId}`;
}

/** The cell a `cellKey` stands for, or null for a string `cellKey` did not make. */
export function cellOfKey(key: string): CellRef | null {
  const colon = key.indexOf(':');
  if (colon < 1 || !/^\d+$/.test(key.slice(0, colon))) return null;
  const stageEnd = colon + 1 + Number(key.slice(0, colon));
  if (stageEnd > key.length - 1) return null;
  const stageId = key.slice(colon + 1, stageEnd);
  const marker = key[stageEnd];
  if (marker === '!') return stageEnd === key.length - 1 ? { stageId, siloId: null } : null;
  return marker === '=' ? { stageId, siloId: key.slice(stageEnd + 1) } : null;
}

/** The number of title lines a card shows for `title` (estimated, clamped to the options' range). */
export function titleLines(title: string, options: LayoutOptions = DEFAULT_LAYOUT_OPTIONS): number {
  const perLine = Math.max(1, options.titleCharsPerLine);
  const estimated = title
    .split('\n')
    .reduce((lines, paragraph) => lines + Math.max(1, Math.ceil(paragraph.length / perLine)), 0);
  return Math.min(Math.max(estimated, 1), Math.max(1, options.maxTitleLines));
}

/** The height of a card showing `touchpoint` (a deterministic estimate, never taller than the clamp allows). */
export function cardHeight(
  touchpoint: Pick<Touchpoint, 'title'>,
  options: LayoutOptions = DEFAULT_LAYOUT_OPTIONS,
): number {
  return options.cardChromeHeight + titleLines(touchpoint.title, options) * options.titleLineHeight;
}

/** How many sub-columns a cell of `count` cards wraps into. */
export function subColumnCount(count: number, options: LayoutOptions = DEFAULT_LAYOUT_OPTIONS): number {
  return Math.max(1, Math.ceil(count / Math.max(1, options.maxCardsPerSubColumn)));
}

interface CellContent {
  touchpoints: Touchpoint[];
  heights: number[];
  /** Per card, its sub-column; cards fill sub-columns top to bottom, then left to right. */
  subColumnOf: number[];
  subColumns: number;
  contentWidth: number;
  contentHeight: number;
}

const NO_IDS: readonly string[] = Object.freeze([]);
const EMPTY_CELL: CellContent = Object.freeze({
  touchpoints: [],
  heights: [],
  subColumnOf: [],
  subColumns: 1,
  contentWidth: 0,
  contentHeight: 0,
}) as CellContent;

function measureCell(touchpoints: Touchpoint[], options: LayoutOptions): CellContent {
  const count = touchpoints.length;
  if (count === 0) return { ...EMPTY_CELL, contentWidth: options.cardWidth };
  const subColumns = subColumnCount(count, options);
  const perSubColumn = Math.max(1, Math.ceil(count / subColumns));
  const heights = touchpoints.map((touchpoint) => cardHeight(touchpoint, options));
  const subColumnOf = touchpoints.map((_, index) => Math.floor(index / perSubColumn));
  const stackHeights = new Array<number>(subColumns).fill(0);
  heights.forEach((height, index) => {
    const sub = subColumnOf[index] ?? 0;
    stackHeights[sub] = (stackHeights[sub] ?? 0) + (stackHeights[sub] ? options.cardGap : 0) + height;
  });
  return {
    touchpoints,
    heights,
    subColumnOf,
    subColumns,
    contentWidth: subColumns * options.cardWidth + (subColumns - 1) * options.cardGap,
    contentHeight: Math.max(0, ...stackHeights),
  };
}

/** The lanes shown for a map: its silos in order, then "No owner" when a touchpoint is unowned or there are no silos. */
export function laneSiloIds(map: Pick<JourneyMap, 'silos' | 'stages' | 'touchpoints'>): (string | null)[] {
  const siloIds = new Set(map.silos.map((silo) => silo.id));
  const lanes: (string | null)[] = [...siloIds];
  const anyUnowned = map.touchpoints.some(
    (touchpoint) => touchpoint.siloId === null || !siloIds.has(touchpoint.siloId),
  );
  if (anyUnowned || (lanes.length === 0 && map.stages.length > 0)) lanes.push(null);
  return lanes;
}

/** Lays out the whole grid for `map`. */
export function layoutJourney(
  map: Pick<JourneyMap, 'silos' | 'stages' | 'touchpoints'>,
  options: LayoutOptions = DEFAULT_LAYOUT_OPTIONS,
): JourneyLayout {
  const stageIds = [...new Set(map.stages.map((stage) => stage.id))];
  const laneIds = laneSiloIds(map);

  // Cards grouped by cell, addressed by lane and column index (a big map has thousands of cells, most empty).
  const columnOf = new Map(stageIds.map((stageId, index) => [stageId, index] as const));
  const laneOf = new Map(laneIds.map((siloId, index) => [siloId, index] as const));
  const noOwnerLane = laneOf.get(null);
  const grouped = new Map<number, Touchpoint[]>();
  const seen = new Set<string>();
  for (const touchpoint of map.touchpoints) {
    const column = columnOf.get(touchpoint.stageId);
    if (column === undefined || seen.has(touchpoint.id)) continue;
    seen.add(touchpoint.id);
    const lane = (touchpoint.siloId === null ? undefined : laneOf.get(touchpoint.siloId)) ?? noOwnerLane ?? 0;
    const slot = lane * stageIds.length + column;
    const list = grouped.get(slot);
    if (list) list.push(touchpoint);
    else grouped.set(slot, [touchpoint]);
  }

  const contents = new Map<number, CellContent>();
  const minColumnWidth = options.cardWidth + 2 * options.cellPadding;
  const columnWidths = stageIds.map(() => minColumnWidth);
  const laneHeights = laneIds.map(() => options.minLaneHeight);
  for (const [slot, touchpoints] of grouped) {
    const content = measureCell(touchpoints, options);
    contents.set(slot, content);
    const laneIndex = Math.floor(slot / stageIds.length);
    const columnIndex = slot % stageIds.length;
    const width = content.contentWidth + 2 * options.cellPadding;
    const height = content.contentHeight + 2 * options.cellPadding;
    if (width > (columnWidths[columnIndex] ?? 0)) columnWidths[columnIndex] = width;
    if (height > (laneHeights[laneIndex] ?? 0)) laneHeights[laneIndex] = height;
  }

  const columns: ColumnBox[] = [];
  let x = options.siloHeaderWidth;
  stageIds.forEach((stageId, index) => {
    const width = columnWidths[index] ?? minColumnWidth;
    columns.push({ stageId, index, x, width, header: { x, y: 0, width, height: options.stageHeaderHeight } });
    x += width;
  });
  const lanes: LaneBox[] = [];
  let y = options.stageHeaderHeight;
  laneIds.forEach((siloId, index) => {
    const height = laneHeights[index] ?? options.minLaneHeight;
    lanes.push({ siloId, index, y, height, header: { x: 0, y, width: options.siloHeaderWidth, height } });
    y += height;
  });

  const cellOf = (lane: LaneBox, column: ColumnBox, touchpointIds: readonly string[], subColumns: number): CellBox => ({
    key: cellKey(column.stageId, lane.siloId),
    stageId: column.stageId,
    siloId: lane.siloId,
    column: column.index,
    lane: lane.index,
    x: column.x,
    y: lane.y,
    width: column.width,
    height: lane.height,
    touchpointIds,
    subColumns,
  });

  // Only the cells holding cards are made here (lane by lane, as slots ascend); the empty ones, most of a
  // big map's thousands, are made by the index when something looks them up.
  const filledCells: CellBox[] = [];
  const cards = new Map<string, CardBox>();
  for (const slot of [...contents.keys()].sort((a, b) => a - b)) {
    const content = contents.get(slot);
    const lane = lanes[Math.floor(slot / columns.length)];
    const column = columns[slot % columns.length];
    if (!content || !lane || !column) continue;
    const cell = cellOf(lane, column, content.touchpoints.map((touchpoint) => touchpoint.id), content.subColumns);
    filledCells.push(cell);
    const stackTops = new Array<number>(content.subColumns).fill(lane.y + options.cellPadding);
    content.touchpoints.forEach((touchpoint, indexInCell) => {
      const subColumn = content.subColumnOf[indexInCell] ?? 0;
      const height = content.heights[indexInCell] ?? options.cardChromeHeight;
      const top = stackTops[subColumn] ?? lane.y + options.cellPadding;
      cards.set(touchpoint.id, {
        touchpointId: touchpoint.id,
        cellKey: cell.key,
        indexInCell,
        subColumn,
        x: column.x + options.cellPadding + subColumn * (options.cardWidth + options.cardGap),
        y: top,
        width: options.cardWidth,
        height,
      });
      stackTops[subColumn] = top + height + options.cardGap;
    });
  }

  const emptySubColumns = measureCell([], options).subColumns;
  const cellByKey = new CellIndex(columns, lanes, filledCells, (lane, column) =>
    cellOf(lane, column, NO_IDS, emptySubColumns),
  );
  return {
    options,
    columns,
    lanes,
    get cells() {
      return cellByKey.all();
    },
    filledCells,
    cellByKey,
    cards,
    width: x,
    height: y,
  };
}

/**
 * Every cell of a layout by key, empty cells made on first lookup and then kept, so a cell is always the
 * same object; iterating makes them all (lane by lane, each lane left to right).
 */
class CellIndex implements ReadonlyMap<string, CellBox> {
  private readonly made = new Map<string, CellBox>();
  private readonly columnByStage: Map<string, ColumnBox>;
  private readonly laneBySilo: Map<string | null, LaneBox>;
  private everyCell: CellBox[] | null = null;
  private everyCellByKey: Map<string, CellBox> | null = null;

  constructor(
    private readonly columns: readonly ColumnBox[],
    private readonly lanes: readonly LaneBox[],
    filled: readonly CellBox[],
    private readonly makeEmpty: (lane: LaneBox, column: ColumnBox) => CellBox,
  ) {
    this.columnByStage = new Map(columns.map((column) => [column.stageId, column]));
    this.laneBySilo = new Map(lanes.map((lane) => [lane.siloId, lane]));
    for (const cell of filled) this.made.set(cell.key, cell);
  }

  get size(): number {
    return this.columns.length * this.lanes.length;
  }

  get(key: string): CellBox | undefined {
    const made = this.made.get(key);
    if (made) return made;
    const ref = cellOfKey(key);
    const column = ref ? this.columnByStage.get(ref.stageId) : undefined;
    const lane = ref ? this.laneBySilo.get(ref.siloId) : undefined;
    if (!column || !lane) return undefined;
    return this.cellAt(lane, column);
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  /** Every cell, lane by lane, each lane left to right. */
  all(): CellBox[] {
    this.everyCell ??= this.lanes.flatMap((lane) => this.columns.map((column) => this.cellAt(lane, column)));
    return this.everyCell;
  }

  forEach(callback: (value: CellBox, key: string, map: ReadonlyMap<string, CellBox>) => void, thisArg?: unknown): void {
    for (const cell of this.all()) callback.call(thisArg, cell, cell.key, this);
  }

  entries(): MapIterator<[string, CellBox]> {
    return this.asMap().entries();
  }

  keys(): MapIterator<string> {
    return this.asMap().keys();
  }

  values(): MapIterator<CellBox> {
    return this.asMap().values();
  }

  [Symbol.iterator](): MapIterator<[string, CellBox]> {
    return this.asMap().entries();
  }

  private cellAt(lane: LaneBox, column: ColumnBox): CellBox {
    const key = cellKey(column.stageId, lane.siloId);
    let cell = this.made.get(key);
    if (!cell) {
      cell = this.makeEmpty(lane, column);
      this.made.set(key, cell);
    }
    return cell;
  }

  private asMap(): Map<string, CellBox> {
    this.everyCellByKey ??= new Map(this.all().map((cell) => [cell.key, cell]));
    return this.everyCellByKey;
  }
}
