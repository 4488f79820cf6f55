/**
 * The emotion curve's geometry: a band under the grid whose columns line up with the stage columns, one
 * point per touchpoint at its emotion level (−2 at the bottom … +2 at the top, a "not set" row below),
 * and each stage's average joined into a line, broken where a stage has no emotions.
 * Pure and deterministic.
 */
import { touchpointsById } from '../model/touchpoints';
import type { Emotion, JourneyMap, Touchpoint } from '../model/types';
import type { ColumnBox, JourneyLayout, Point, Rect } from './grid-layout';

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

/** Each column's touchpoint ids top to bottom: the filled cells, lane by lane, gathered per column. */
function idsByColumn(layout: JourneyLayout): (readonly string[])[] {
  const ids: string[][] = layout.columns.map(() => []);
  for (const cell of layout.filledCells) ids[cell.column]?.push(...cell.touchpointIds);
  return ids;
}

/**
 * Adds a point per card of `column` (ids top to bottom, spread evenly across the column) to `points`,
 * and returns the mean of the emotions that are set there (null when none is).
 */
function plotColumn(
  column: ColumnBox,
  ids: readonly string[],
  touchpointById: ReadonlyMap<string, Touchpoint>,
  top: number,
  options: EmotionCurveOptions,
  points: EmotionPoint[],
): number | null {
  const unsetY = unsetRowY(top, options);
  let sum = 0;
  let count = 0;
  ids.forEach((touchpointId, index) => {
    const touchpoint = touchpointById.get(touchpointId);
    if (!touchpoint) return;
    const { emotion } = touchpoint;
    if (emotion !== null) {
      sum += emotion;
      count++;
    }
    points.push({
      touchpointId,
      stageId: column.stageId,
      emotion,
      x: column.x + (column.width * (index + 1)) / (ids.length + 1),
      y: emotion === null ? unsetY : levelY(emotion, top, options),
    });
  });
  return count === 0 ? null : sum / count;
}

/** Lays out the emotion band for the touchpoints on `layout`, with its top edge at `top`. */
export function layoutEmotionCurve(
  map: Pick<JourneyMap, 'touchpoints'>,
  layout: JourneyLayout,
  top: number,
  options: EmotionCurveOptions = DEFAULT_EMOTION_CURVE_OPTIONS,
): EmotionCurveGeometry {
  const touchpointById = touchpointsById(map.touchpoints);
  const levels = EMOTION_LEVELS.map((emotion) => ({ emotion, y: levelY(emotion, top, options) }));
  const unsetY = unsetRowY(top, options);
  const points: EmotionPoint[] = [];
  const averages: StageAverage[] = [];
  const segments: Point[][] = [];
  let run: Point[] = [];

  const columnIds = idsByColumn(layout);
  for (const column of layout.columns) {
    const ids = columnIds[column.index] ?? [];
    const average = plotColumn(column, ids, touchpointById, top, options, points);
    const point = average === null ? null : { x: column.x + column.width / 2, y: averageY(average, top, options) };
    averages.push({ stageId: column.stageId, average, point });
    if (point) run.push(point);
    else if (run.length) {
      segments.push(run);
      run = [];
    }
  }
  if (run.length) segments.push(run);

  return {
    band: { x: 0, y: top, width: layout.width, height: emotionBandHeight(options) },
    levels,
    unsetY,
    points,
    averages,
    segments,
  };
}
