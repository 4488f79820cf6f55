/**
 * The emotion curve's geometry: a band under the grid whose columns line up with the stage columns, one
 * point per touchpoint at its emotion level (−2 at the bottom … +2 at the top, a "not set" row below),
 * and each stage's average joined into a line, broken where a stage has no emotions.
 * Pure and deterministic; given the geometry of an earlier version of the map, it replots only the stage
 * columns an edit changed.
 */
import { sameItems } from '../model/arrays';
import { sameValue } from '../model/same-value';
import { touchpointsById } from '../model/touchpoints';
import type { Emotion, JourneyMap, Touchpoint } from '../model/types';
import type { CellBox, ColumnBox, JourneyLayout, Point, Rect } from './grid-layout';
import { changedTouchpointIds, lastTouchpointsWithIds } from './touchpoint-changes';

/** The emotion levels from top to bottom of the band. */
export const EMOTION_LEVELS: readonly Emotion[] = [2, 1, 0, -1, -2];

export interface EmotionCurveOptions {
  /** Room above the +2 level for the band's title. */
  titleHeight: number;
  /** Vertical distance between two neighbouring levels. */
  levelSpacing: number;
  /** Distance from the −2 level down to the "not set" row. */
  unsetGap: number;
  /** Room below the "not set" row. */
  bottomPadding: number;
}

export const DEFAULT_EMOTION_CURVE_OPTIONS: EmotionCurveOptions = {
  titleHeight: 36,
  levelSpacing: 34,
  unsetGap: 38,
  bottomPadding: 22,
};

/** One touchpoint on the curve; `emotion` null sits on the "not set" row. */
export interface EmotionPoint extends Point {
  touchpointId: string;
  stageId: string;
  emotion: Emotion | null;
  /** The touchpoint's title, to name the point. */
  title: string;
}

/** A stage's average emotion and where the curve passes through it (null: no emotion set in the stage). */
export interface StageAverage {
  stageId: string;
  average: number | null;
  point: Point | null;
}

export interface EmotionCurveGeometry {
  /** The whole band, from the left edge of the silo-header column to the right edge of the last column. */
  band: Rect;
  /** The y of each level, top (+2) to bottom (−2). */
  levels: readonly { emotion: Emotion; y: number }[];
  /** The y of the "not set" row. */
  unsetY: number;
  /** Touchpoints in reading order: stage by stage, each stage lane by lane and card by card. */
  points: readonly EmotionPoint[];
  /** One per stage column, in column order. */
  averages: readonly StageAverage[];
  /** The average line as runs of consecutive stages that have an average; a stage without one breaks it. */
  segments: readonly (readonly Point[])[];
}

/** The y of an emotion level inside a band starting at `top`. */
export function levelY(
  emotion: Emotion,
  top: number,
  options: EmotionCurveOptions = DEFAULT_EMOTION_CURVE_OPTIONS,
): number {
  return top + options.titleHeight + (2 - emotion) * options.levelSpacing;
}

/** The y of the "not set" row inside a band starting at `top`. */
export function unsetRowY(top: number, options: EmotionCurveOptions = DEFAULT_EMOTION_CURVE_OPTIONS): number {
  return levelY(-2, top, options) + options.unsetGap;
}

/** The height of the band. */
export function emotionBandHeight(options: EmotionCurveOptions = DEFAULT_EMOTION_CURVE_OPTIONS): number {
  return unsetRowY(0, options) + options.bottomPadding;
}

/**
 * The emotion a point dragged to `y` snaps to: the nearest of the levels (top to bottom) and the
 * "not set" row (null); beyond the band's ends, the level at that end.
 */
export function nearestEmotion(
  y: number,
  levels: readonly { emotion: Emotion; y: number }[],
  unsetY: number,
): Emotion | null {
  let best: Emotion | null = null;
  let distance = Math.abs(y - unsetY);
  for (const level of levels) {
    const candidate = Math.abs(y - level.y);
    if (candidate < distance) {
      best = level.emotion;
      distance = candidate;
    }
  }
  return best;
}

/** The emotion one step up or down from `emotion`, clamped to −2…+2; from "not set" both start at neutral. */
export function stepEmotion(emotion: Emotion | null, direction: 'up' | 'down'): Emotion {
  if (emotion === null) return 0;
  const next = emotion + (direction === 'up' ? 1 : -1);
  return Math.min(Math.max(next, -2), 2) as Emotion;
}

/** The mean of the emotions that are set, or null when none is. */
export function averageEmotion(emotions: readonly (Emotion | null)[]): number | null {
  const set = emotions.filter((emotion): emotion is Emotion => emotion !== null);
  if (set.length === 0) return null;
  return set.reduce<number>((sum, emotion) => sum + emotion, 0) / set.length;
}

/** The y an average (a fraction between levels) is drawn at. */
function averageY(average: number, top: number, options: EmotionCurveOptions): number {
  return top + options.titleHeight + (2 - average) * options.levelSpacing;
}

/** One stage column's part of the curve, with what it was plotted from (for the next version to reuse). */
interface ColumnPlot {
  stageId: string;
  x: number;
  width: number;
  /** The column's filled cells, lane by lane: the same cells hold the same touchpoint ids. */
  cells: readonly CellBox[];
  /** The column's touchpoint ids top to bottom. */
  ids: readonly string[];
  points: readonly EmotionPoint[];
  average: StageAverage;
}

/** What a geometry keeps for the next one to reuse: the inputs it was made from and its column plots. */
interface CurveTrace {
  touchpoints: readonly Touchpoint[];
  top: number;
  options: EmotionCurveOptions;
  plots: readonly ColumnPlot[];
}

const traces = new WeakMap<EmotionCurveGeometry, CurveTrace>();

/** Each column's filled cells, lane by lane. */
function cellsByColumn(layout: JourneyLayout): CellBox[][] {
  const cells: CellBox[][] = layout.columns.map(() => []);
  for (const cell of layout.filledCells) cells[cell.column]?.push(cell);
  return cells;
}

/** The touchpoint ids of a column's cells, top to bottom. */
function idsOf(cells: readonly CellBox[]): string[] {
  return cells.flatMap((cell) => cell.touchpointIds);
}

/** The previous plot of each of `layout`'s columns (by stage id), if any. */
function plotsBefore(trace: CurveTrace, layout: JourneyLayout): readonly (ColumnPlot | undefined)[] {
  const { plots } = trace;
  const aligned =
    plots.length === layout.columns.length &&
    layout.columns.every((column, index) => plots[index]?.stageId === column.stageId);
  if (aligned) return plots;
  const byStage = new Map(plots.map((plot) => [plot.stageId, plot] as const));
  return layout.columns.map((column) => byStage.get(column.stageId));
}

/** The columns holding a card whose touchpoint may have changed since `trace` was made. */
function touchedColumns(trace: CurveTrace, touchpoints: readonly Touchpoint[], layout: JourneyLayout): Set<number> {
  const columns = new Set<number>();
  for (const touchpointId of changedTouchpointIds(trace.touchpoints, touchpoints)) {
    const card = layout.cards.get(touchpointId);
    const cell = card && layout.cellByKey.get(card.cellKey);
    if (cell) columns.add(cell.column);
  }
  return columns;
}

/** `before`'s plot for `column` when it still holds: same place, same cards, none of their touchpoints changed. */
function keptPlot(
  before: ColumnPlot | undefined,
  column: ColumnBox,
  cells: readonly CellBox[],
  touched: boolean,
): ColumnPlot | null {
  if (!before || touched || before.x !== column.x || before.width !== column.width) return null;
  if (sameItems(before.cells, cells)) return before;
  const ids = idsOf(cells);
  return sameItems(before.ids, ids) ? { ...before, cells, ids } : null;
}

/**
 * Plots a column: a point per card (top to bottom, spread evenly across the column) and the mean of the
 * emotions that are set there. Points and the average that come out as `before` had them are its objects.
 */
function plotColumn(
  column: ColumnBox,
  cells: readonly CellBox[],
  touchpointById: ReadonlyMap<string, Touchpoint>,
  top: number,
  options: EmotionCurveOptions,
  before: ColumnPlot | undefined,
): ColumnPlot {
  const ids = idsOf(cells);
  const unsetY = unsetRowY(top, options);
  const points: EmotionPoint[] = [];
  let sum = 0;
  let count = 0;
  ids.forEach((touchpointId, index) => {
    const touchpoint = touchpointById.get(touchpointId);
    if (!touchpoint) return;
    const { emotion, title } = touchpoint;
    if (emotion !== null) {
      sum += emotion;
      count++;
    }
    const point: EmotionPoint = {
      touchpointId,
      stageId: column.stageId,
      emotion,
      title,
      x: column.x + (column.width * (index + 1)) / (ids.length + 1),
      y: emotion === null ? unsetY : levelY(emotion, top, options),
    };
    const old = before?.points[points.length];
    points.push(old && sameValue(old, point) ? old : point);
  });
  const mean = count === 0 ? null : sum / count;
  const fresh: StageAverage = {
    stageId: column.stageId,
    average: mean,
    point: mean === null ? null : { x: column.x + column.width / 2, y: averageY(mean, top, options) },
  };
  return {
    stageId: column.stageId,
    x: column.x,
    width: column.width,
    cells,
    ids,
    points: before && sameItems(before.points, points) ? before.points : points,
    average: before && sameValue(before.average, fresh) ? before.average : fresh,
  };
}

/** The average line as runs of consecutive stages that have an average. */
function segmentsThrough(averages: readonly StageAverage[]): Point[][] {
  const segments: Point[][] = [];
  let run: Point[] = [];
  for (const { point } of averages) {
    if (point) run.push(point);
    else if (run.length) {
      segments.push(run);
      run = [];
    }
  }
  if (run.length) segments.push(run);
  return segments;
}

/**
 * Lays out the emotion band for the touchpoints on `layout`, with its top edge at `top`. Given `previous`,
 * the geometry of an earlier version of the map made with the same options object, it replots only the
 * columns whose place, cards or touchpoint objects changed, keeps the point and average objects that come
 * out the same, and returns `previous` itself when nothing changed; the result equals one made without it.
 */
export function layoutEmotionCurve(
  map: Pick<JourneyMap, 'touchpoints'>,
  layout: JourneyLayout,
  top: number,
  options: EmotionCurveOptions = DEFAULT_EMOTION_CURVE_OPTIONS,
  previous: EmotionCurveGeometry | null = null,
): EmotionCurveGeometry {
  const kept = previous ? traces.get(previous) : undefined;
  const trace = kept?.options === options && kept.top === top ? kept : undefined;
  const cells = cellsByColumn(layout);
  const before = trace ? plotsBefore(trace, layout) : [];
  const touched = trace ? touchedColumns(trace, map.touchpoints, layout) : new Set<number>();

  const plots: (ColumnPlot | null)[] = layout.columns.map((column) =>
    keptPlot(before[column.index], column, cells[column.index] ?? [], touched.has(column.index)),
  );
  const stale = layout.columns.filter((column) => plots[column.index] === null);
  if (stale.length > 0) {
    const wanted = new Set(stale.flatMap((column) => idsOf(cells[column.index] ?? [])));
    const touchpointById = trace ? lastTouchpointsWithIds(map.touchpoints, wanted) : touchpointsById(map.touchpoints);
    for (const column of stale) {
      const columnCells = cells[column.index] ?? [];
      plots[column.index] = plotColumn(column, columnCells, touchpointById, top, options, before[column.index]);
    }
  }
  const done = plots.filter((plot): plot is ColumnPlot => plot !== null);
  const geometry = assemble(done, layout.width, top, options, trace && previous);
  traces.set(geometry, { touchpoints: map.touchpoints, top, options, plots: done });
  return geometry;
}

/** The geometry of the column plots, sharing `previous`'s parts (or all of it) where they are the same. */
function assemble(
  plots: readonly ColumnPlot[],
  width: number,
  top: number,
  options: EmotionCurveOptions,
  previous: EmotionCurveGeometry | undefined | null,
): EmotionCurveGeometry {
  const plotsThen = previous ? traces.get(previous)?.plots : undefined;
  const samePlotCount = plotsThen?.length === plots.length;
  const samePoints = samePlotCount && plots.every((plot, index) => plot.points === plotsThen?.[index]?.points);
  const sameAverages = samePlotCount && plots.every((plot, index) => plot.average === plotsThen?.[index]?.average);
  if (previous && samePoints && sameAverages && previous.band.width === width) return previous;
  const averages = sameAverages && previous ? previous.averages : plots.map((plot) => plot.average);
  return {
    band: { x: 0, y: top, width, height: emotionBandHeight(options) },
    levels: previous?.levels ?? EMOTION_LEVELS.map((emotion) => ({ emotion, y: levelY(emotion, top, options) })),
    unsetY: unsetRowY(top, options),
    points: samePoints && previous ? previous.points : plots.flatMap((plot) => plot.points),
    averages,
    segments: sameAverages && previous ? previous.segments : segmentsThrough(averages),
  };
}
