/**
 * The journey grid's geometry: stage columns left to right, silo lanes top to bottom (plus a "No owner"
 * lane) and one rectangle per touchpoint card. Pure and deterministic: the same map and options always give
 * the same layout, and nothing in it ever overlaps whatever the content.
 */
import { sameItems } from '../model/arrays';
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

/** What a filled cell holds and how much room its cards take. */
interface CellContent {
  touchpoints: readonly Touchpoint[];
  touchpointIds: readonly string[];
  heights: readonly number[];
  /** Per card, its sub-column; cards fill sub-columns top to bottom, then left to right. */
  subColumnOf: readonly number[];
  subColumns: number;
  contentWidth: number;
  contentHeight: number;
}

const NO_IDS: readonly string[] = Object.freeze([]);

function measureCell(touchpoints: readonly Touchpoint[], options: LayoutOptions): CellContent {
  const count = touchpoints.length;
  const subColumns = subColumnCount(count, options);
  const perSubColumn = Math.max(1, Math.ceil(count / subColumns));
  const touchpointIds: string[] = [];
  const heights: number[] = [];
  const subColumnOf: number[] = [];
  const stackHeights = new Array<number>(subColumns).fill(0);
  touchpoints.forEach((touchpoint, index) => {
    const height = cardHeight(touchpoint, options);
    const sub = Math.floor(index / perSubColumn);
    touchpointIds.push(touchpoint.id);
    heights.push(height);
    subColumnOf.push(sub);
    stackHeights[sub] = (stackHeights[sub] ?? 0) + (stackHeights[sub] ? options.cardGap : 0) + height;
  });
  return {
    touchpoints,
    touchpointIds,
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

/**
 * The grid's columns and lanes by id. A cell is addressed by its slot, `lane × column count + column`, so
 * slots ascend lane by lane, each lane left to right; the "No owner" lane always comes after the silos',
 * whether or not the layout shows it.
 */
interface GridFrame {
  /** The arrays the frame was made from. */
  stages: JourneyMap['stages'];
  silos: JourneyMap['silos'];
  stageIds: readonly string[];
  siloIds: readonly string[];
  columnOf: ReadonlyMap<string, number>;
  /** Each silo's lane, and null's: the "No owner" lane. */
  laneOf: ReadonlyMap<string | null, number>;
  slotCount: number;
}

/** A filled cell as a layout placed it: what it holds, its box and its cards' boxes. */
interface PlacedCell {
  content: CellContent;
  cell: CellBox;
  cards: readonly CardBox[];
}

/** What a layout keeps for the next one to reuse: its frame and its filled cells by slot. */
interface LayoutTrace {
  options: LayoutOptions;
  frame: GridFrame;
  placedBySlot: readonly (PlacedCell | undefined)[];
}

const traces = new WeakMap<JourneyLayout, LayoutTrace>();

function gridFrame(map: Pick<JourneyMap, 'silos' | 'stages'>): GridFrame {
  const stageIds = [...new Set(map.stages.map((stage) => stage.id))];
  const siloIds = [...new Set(map.silos.map((silo) => silo.id))];
  const laneOf = new Map<string | null, number>(siloIds.map((siloId, index) => [siloId, index] as const));
  laneOf.set(null, siloIds.length);
  return {
    stages: map.stages,
    silos: map.silos,
    stageIds,
    siloIds,
    columnOf: new Map(stageIds.map((stageId, index) => [stageId, index] as const)),
    laneOf,
    slotCount: stageIds.length * (siloIds.length + 1),
  };
}

/** The map's frame: the previous layout's when the map has the same stages and silos arrays. */
function frameFor(map: Pick<JourneyMap, 'silos' | 'stages'>, trace: LayoutTrace | undefined): GridFrame {
  return trace && trace.frame.stages === map.stages && trace.frame.silos === map.silos ? trace.frame : gridFrame(map);
}

/** The previous layout's filled cells at this frame's slots (matched by stage and silo id). */
function previousBySlot(frame: GridFrame, trace: LayoutTrace | undefined): readonly (PlacedCell | undefined)[] {
  if (!trace) return [];
  const before = trace.frame;
  if (sameItems(frame.stageIds, before.stageIds) && sameItems(frame.siloIds, before.siloIds)) return trace.placedBySlot;
  const placed = new Array<PlacedCell | undefined>(frame.slotCount);
  for (const [siloId, lane] of frame.laneOf) {
    const laneBefore = before.laneOf.get(siloId);
    if (laneBefore === undefined) continue;
    frame.stageIds.forEach((stageId, column) => {
      const columnBefore = before.columnOf.get(stageId);
      if (columnBefore === undefined) return;
      placed[lane * frame.stageIds.length + column] =
        trace.placedBySlot[laneBefore * before.stageIds.length + columnBefore];
    });
  }
  return placed;
}

/**
 * The touchpoints grouped by slot. A slot whose touchpoints so far are the previous layout's cell's first
 * ones, in order, only counts them (no list is made for the many cells an edit leaves alone); a slot that
 * differs gets its own list.
 */
interface Grouping {
  listBySlot: (Touchpoint[] | undefined)[];
  matchedBySlot: Int32Array;
  /** How many touchpoints have a known stage (each is placed in a cell). */
  placedCount: number;
  anyUnowned: boolean;
}

/** Groups the touchpoints by slot; `firstOfEachId` skips a touchpoint whose id an earlier placed one has. */
function groupBySlot(
  touchpoints: readonly Touchpoint[],
  frame: GridFrame,
  previous: readonly (PlacedCell | undefined)[],
  firstOfEachId: boolean,
): Grouping {
  const columnCount = frame.stageIds.length;
  const noOwnerLane = frame.siloIds.length;
  const grouping: Grouping = {
    listBySlot: new Array<Touchpoint[] | undefined>(frame.slotCount),
    matchedBySlot: new Int32Array(frame.slotCount),
    placedCount: 0,
    anyUnowned: false,
  };
  const seen = new Set<string>();
  for (const touchpoint of touchpoints) {
    const lane = touchpoint.siloId === null ? noOwnerLane : (frame.laneOf.get(touchpoint.siloId) ?? noOwnerLane);
    if (lane === noOwnerLane) grouping.anyUnowned = true;
    const column = frame.columnOf.get(touchpoint.stageId);
    if (column === undefined) continue;
    if (firstOfEachId) {
      if (seen.has(touchpoint.id)) continue;
      seen.add(touchpoint.id);
    }
    grouping.placedCount++;
    addToSlot(grouping, lane * columnCount + column, touchpoint, previous);
  }
  return grouping;
}

function addToSlot(
  grouping: Grouping,
  slot: number,
  touchpoint: Touchpoint,
  previous: readonly (PlacedCell | undefined)[],
): void {
  const list = grouping.listBySlot[slot];
  if (list) {
    list.push(touchpoint);
    return;
  }
  const kept = previous[slot]?.content.touchpoints;
  const matched = grouping.matchedBySlot[slot] ?? 0;
  if (kept?.[matched] === touchpoint) grouping.matchedBySlot[slot] = matched + 1;
  else grouping.listBySlot[slot] = kept ? [...kept.slice(0, matched), touchpoint] : [touchpoint];
}

/** The lanes the layout shows: the silos', then "No owner" when a card is unowned or there are no silos. */
function shownLaneIds(frame: GridFrame, grouping: Grouping): readonly (string | null)[] {
  const noSiloLanes = frame.siloIds.length === 0 && frame.stageIds.length > 0;
  return grouping.anyUnowned || noSiloLanes ? [...frame.siloIds, null] : frame.siloIds;
}

/** A filled cell's slot, its measured content, and the previous layout's placement when that holds the same cards. */
interface MeasuredCell {
  slot: number;
  content: CellContent;
  reusable: PlacedCell | undefined;
}

/** Measures every filled cell, reusing the previous layout's content of a cell holding the same touchpoint objects. */
function measureCells(
  grouping: Grouping,
  previous: readonly (PlacedCell | undefined)[],
  options: LayoutOptions,
): MeasuredCell[] {
  const measured: MeasuredCell[] = [];
  for (let slot = 0; slot < grouping.listBySlot.length; slot++) {
    const list = grouping.listBySlot[slot];
    const matched = grouping.matchedBySlot[slot] ?? 0;
    const kept = previous[slot];
    if (list) measured.push({ slot, content: measureCell(list, options), reusable: undefined });
    else if (matched === 0 || !kept) continue;
    else if (matched === kept.content.touchpoints.length) measured.push({ slot, content: kept.content, reusable: kept });
    else {
      const content = measureCell(kept.content.touchpoints.slice(0, matched), options);
      measured.push({ slot, content, reusable: undefined });
    }
  }
  return measured;
}

/** The columns and lanes, each as wide or tall as its fullest cell needs. */
function columnsAndLanes(
  frame: GridFrame,
  laneIds: readonly (string | null)[],
  measured: readonly MeasuredCell[],
  options: LayoutOptions,
): { columns: ColumnBox[]; lanes: LaneBox[]; width: number; height: number } {
  const columnCount = frame.stageIds.length;
  const minColumnWidth = options.cardWidth + 2 * options.cellPadding;
  const columnWidths = frame.stageIds.map(() => minColumnWidth);
  const laneHeights = laneIds.map(() => options.minLaneHeight);
  for (const { slot, content } of measured) {
    const laneIndex = Math.floor(slot / columnCount);
    const columnIndex = slot % columnCount;
    const width = content.contentWidth + 2 * options.cellPadding;
    const height = content.contentHeight + 2 * options.cellPadding;
    if (width > (columnWidths[columnIndex] ?? 0)) columnWidths[columnIndex] = width;
    if (height > (laneHeights[laneIndex] ?? 0)) laneHeights[laneIndex] = height;
  }

  const columns: ColumnBox[] = [];
  let x = options.siloHeaderWidth;
  frame.stageIds.forEach((stageId, index) => {
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
  return { columns, lanes, width: x, height: y };
}

function cellBox(key: string, lane: LaneBox, column: ColumnBox, touchpointIds: readonly string[], subColumns: number): CellBox {
  return {
    key,
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
  };
}

function sameCellBox(cell: CellBox, lane: LaneBox, column: ColumnBox): boolean {
  return (
    cell.column === column.index &&
    cell.x === column.x &&
    cell.width === column.width &&
    cell.lane === lane.index &&
    cell.y === lane.y &&
    cell.height === lane.height
  );
}

/** The boxes of a cell's cards, stacked in its sub-columns from the top of its lane. */
function cardBoxes(content: CellContent, cell: CellBox, options: LayoutOptions): CardBox[] {
  const stackTops = new Array<number>(content.subColumns).fill(cell.y + options.cellPadding);
  return content.touchpointIds.map((touchpointId, indexInCell) => {
    const subColumn = content.subColumnOf[indexInCell] ?? 0;
    const height = content.heights[indexInCell] ?? options.cardChromeHeight;
    const top = stackTops[subColumn] ?? cell.y + options.cellPadding;
    stackTops[subColumn] = top + height + options.cardGap;
    return {
      touchpointId,
      cellKey: cell.key,
      indexInCell,
      subColumn,
      x: cell.x + options.cellPadding + subColumn * (options.cardWidth + options.cardGap),
      y: top,
      width: options.cardWidth,
      height,
    };
  });
}

/**
 * Places a filled cell and its cards. The previous placement of the same cards is kept whole when its
 * column and lane did not change, and its card boxes are kept when only the cell's size changed.
 */
function placeCell(measured: MeasuredCell, lane: LaneBox, column: ColumnBox, options: LayoutOptions): PlacedCell {
  const { content, reusable } = measured;
  if (reusable && sameCellBox(reusable.cell, lane, column)) return reusable;
  const key = reusable?.cell.key ?? cellKey(column.stageId, lane.siloId);
  const cell = cellBox(key, lane, column, content.touchpointIds, content.subColumns);
  const cardsStay = reusable !== undefined && reusable.cell.x === column.x && reusable.cell.y === lane.y;
  return { content, cell, cards: cardsStay ? reusable.cards : cardBoxes(content, cell, options) };
}

/**
 * Lays out the whole grid for `map`. Given `previous`, a layout of an earlier version of the map made with
 * the same options object, it reuses the measurements and boxes of the cells that hold the same touchpoint
 * objects in the same order; the result is the same as without it, only cheaper after a small edit.
 */
export function layoutJourney(
  map: Pick<JourneyMap, 'silos' | 'stages' | 'touchpoints'>,
  options: LayoutOptions = DEFAULT_LAYOUT_OPTIONS,
  previous: JourneyLayout | null = null,
): JourneyLayout {
  const kept = previous ? traces.get(previous) : undefined;
  const trace = kept?.options === options ? kept : undefined;
  const frame = frameFor(map, trace);
  const placedBefore = previousBySlot(frame, trace);
  // Ids are unique in a valid map, and the count of cards tells: that spares a set of every id on each edit.
  const assumingUniqueIds = layOutCells(map, frame, placedBefore, options, false);
  if (assumingUniqueIds.idsUnique) return assumingUniqueIds.layout;
  return layOutCells(map, frame, placedBefore, options, true).layout;
}

/**
 * The layout of the map's cards in `frame`; `idsUnique` is false when two placed touchpoints share an id
 * and `firstOfEachId` was off (the later one then took the earlier one's card).
 */
function layOutCells(
  map: Pick<JourneyMap, 'stages' | 'touchpoints'>,
  frame: GridFrame,
  placedBefore: readonly (PlacedCell | undefined)[],
  options: LayoutOptions,
  firstOfEachId: boolean,
): { layout: JourneyLayout; idsUnique: boolean } {
  const grouping = groupBySlot(map.touchpoints, frame, placedBefore, firstOfEachId);
  const measured = measureCells(grouping, placedBefore, options);
  const { columns, lanes, width, height } = columnsAndLanes(frame, shownLaneIds(frame, grouping), measured, options);

  // Only the cells holding cards are made here, lane by lane as slots ascend; the empty ones, most of a big
  // map's thousands, are made by the index when something looks them up.
  const placedBySlot = new Array<PlacedCell | undefined>(frame.slotCount);
  const filledCells: CellBox[] = [];
  const cards = new Map<string, CardBox>();
  for (const cell of measured) {
    const lane = lanes[Math.floor(cell.slot / columns.length)];
    const column = columns[cell.slot % columns.length];
    if (!lane || !column) continue;
    const placed = placeCell(cell, lane, column, options);
    placedBySlot[cell.slot] = placed;
    filledCells.push(placed.cell);
    for (const card of placed.cards) cards.set(card.touchpointId, card);
  }

  const emptySubColumns = subColumnCount(0, options);
  const cellByKey = new CellIndex(frame, columns, lanes, placedBySlot, (lane, column) =>
    cellBox(cellKey(column.stageId, lane.siloId), lane, column, NO_IDS, emptySubColumns),
  );
  const layout: JourneyLayout = {
    options,
    columns,
    lanes,
    get cells() {
      return cellByKey.all();
    },
    filledCells,
    cellByKey,
    cards,
    width,
    height,
  };
  traces.set(layout, { options, frame, placedBySlot });
  return { layout, idsUnique: cards.size === grouping.placedCount };
}

/**
 * Every cell of a layout by key, empty cells made on first lookup and then kept, so a cell is always the
 * same object; iterating makes them all (lane by lane, each lane left to right).
 */
class CellIndex implements ReadonlyMap<string, CellBox> {
  /** The empty cells made so far, by slot. */
  private readonly emptyBySlot: (CellBox | undefined)[] = [];
  private everyCell: CellBox[] | null = null;
  private everyCellByKey: Map<string, CellBox> | null = null;

  constructor(
    private readonly frame: GridFrame,
    private readonly columns: readonly ColumnBox[],
    private readonly lanes: readonly LaneBox[],
    private readonly filledBySlot: readonly (PlacedCell | undefined)[],
    private readonly makeEmpty: (lane: LaneBox, column: ColumnBox) => CellBox,
  ) {}

  get size(): number {
    return this.columns.length * this.lanes.length;
  }

  get(key: string): CellBox | undefined {
    const ref = cellOfKey(key);
    const column = ref ? this.frame.columnOf.get(ref.stageId) : undefined;
    const lane = ref ? this.frame.laneOf.get(ref.siloId) : undefined;
    const laneBox = lane === undefined ? undefined : this.lanes[lane];
    const columnBox = column === undefined ? undefined : this.columns[column];
    return laneBox && columnBox ? this.cellAt(laneBox, columnBox) : undefined;
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
    const slot = lane.index * this.columns.length + column.index;
    const filled = this.filledBySlot[slot];
    if (filled) return filled.cell;
    let cell = this.emptyBySlot[slot];
    if (!cell) {
      cell = this.makeEmpty(lane, column);
      this.emptyBySlot[slot] = cell;
    }
    return cell;
  }

  private asMap(): Map<string, CellBox> {
    this.everyCellByKey ??= new Map(this.all().map((cell) => [cell.key, cell]));
    return this.everyCellByKey;
  }
}
