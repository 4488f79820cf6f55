import { describe, expect, it } from 'vitest';
import {
  DEFAULT_EMOTION_CURVE_OPTIONS,
  averageEmotion,
  emotionBandHeight,
  layoutEmotionCurve,
  levelY,
  nearestEmotion,
  stepEmotion,
  unsetRowY,
} from '../../../../shared/layout/emotion-curve-geometry';
import { touchpointsById } from '../../../../shared/model/touchpoints';
import { layoutJourney } from '../../../../shared/layout/grid-layout';
import type { Emotion } from '../../../../shared/model/types';
import { smallMap, tp } from './fixtures';

function felt(id: string, stageId: string, siloId: string | null, emotion: Emotion | null) {
  return { ...tp(id, stageId, siloId), emotion };
}

describe('layoutEmotionCurve', () => {
  const map = smallMap([
    felt('a1', 's1', 'a', 2),
    felt('b1', 's1', 'b', -1),
    felt('a1-late', 's1', 'a', null),
    felt('b2', 's2', 'b', null),
    felt('a3', 's3', 'a', -2),
  ]);
  const layout = layoutJourney(map);
  const top = layout.height + 40;
  const curve = layoutEmotionCurve(map, layout, top);

  it('spans the grid under its columns, from the silo-header column to the last stage', () => {
    expect(curve.band).toEqual({ x: 0, y: top, width: layout.width, height: emotionBandHeight() });
  });

  it('plots every touchpoint in its stage column, in reading order (lane by lane, card by card)', () => {
    expect(curve.points.map((point) => point.touchpointId)).toEqual(['a1', 'a1-late', 'b1', 'b2', 'a3']);
    for (const point of curve.points) {
      const column = layout.columns.find((candidate) => candidate.stageId === point.stageId);
      expect(column).toBeDefined();
      expect(point.x).toBeGreaterThan(column?.x ?? Infinity);
      expect(point.x).toBeLessThan((column?.x ?? 0) + (column?.width ?? 0));
    }
    const xs = curve.points.filter((point) => point.stageId === 's1').map((point) => point.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(new Set(xs).size).toBe(3);
  });

  it('puts each point at its emotion level, +2 on top, and unset emotions on the "not set" row below −2', () => {
    const y = (id: string) => curve.points.find((point) => point.touchpointId === id)?.y;
    expect(y('a1')).toBe(levelY(2, top));
    expect(y('b1')).toBe(levelY(-1, top));
    expect(y('a3')).toBe(levelY(-2, top));
    expect(y('b2')).toBe(unsetRowY(top));
    expect(levelY(2, top)).toBeLessThan(levelY(-2, top));
    expect(unsetRowY(top)).toBeGreaterThan(levelY(-2, top));
    expect(curve.levels.map((level) => level.emotion)).toEqual([2, 1, 0, -1, -2]);
  });

  it('averages the set emotions of each stage and leaves a stage without any as a gap in the line', () => {
    expect(curve.averages.map((average) => average.average)).toEqual([0.5, null, -2]);
    const [first, , third] = curve.averages;
    expect(first?.point?.y).toBe(
      top + DEFAULT_EMOTION_CURVE_OPTIONS.titleHeight + 1.5 * DEFAULT_EMOTION_CURVE_OPTIONS.levelSpacing,
    );
    expect(curve.segments).toHaveLength(2);
    expect(curve.segments[0]).toEqual([first?.point]);
    expect(curve.segments[1]).toEqual([third?.point]);
  });

  it('joins consecutive stages with averages into one line through the column centres', () => {
    const joined = smallMap([felt('x', 's1', 'a', 1), felt('y', 's2', 'a', -1), felt('z', 's3', 'b', 0)]);
    const gridLayout = layoutJourney(joined);
    const line = layoutEmotionCurve(joined, gridLayout, 0);
    expect(line.segments).toHaveLength(1);
    expect(line.segments[0]?.map((point) => point.x)).toEqual(
      gridLayout.columns.map((column) => column.x + column.width / 2),
    );
  });

  it('has no points and no line for a map without touchpoints', () => {
    const empty = smallMap([]);
    const line = layoutEmotionCurve(empty, layoutJourney(empty), 0);
    expect(line.points).toEqual([]);
    expect(line.segments).toEqual([]);
    expect(line.averages.every((average) => average.average === null)).toBe(true);
  });
});

describe('snapping and stepping', () => {
  const levels = ([2, 1, 0, -1, -2] as const).map((emotion) => ({ emotion, y: levelY(emotion, 0) }));
  const unsetY = unsetRowY(0);

  it('snaps a dragged point to the nearest integer level', () => {
    expect(nearestEmotion(levelY(0, 0) + 3, levels, unsetY)).toBe(0);
    expect(nearestEmotion(levelY(-1, 0) + DEFAULT_EMOTION_CURVE_OPTIONS.levelSpacing * 0.6, levels, unsetY)).toBe(-2);
    expect(nearestEmotion(-500, levels, unsetY)).toBe(2);
  });

  it('snaps to "not set" near or below the not-set row', () => {
    expect(nearestEmotion(unsetY - 2, levels, unsetY)).toBeNull();
    expect(nearestEmotion(unsetY + 500, levels, unsetY)).toBeNull();
  });

  it('steps one level up or down, clamped to −2…+2, and starts an unset emotion at neutral', () => {
    expect(stepEmotion(0, 'up')).toBe(1);
    expect(stepEmotion(-2, 'down')).toBe(-2);
    expect(stepEmotion(2, 'up')).toBe(2);
    expect(stepEmotion(null, 'up')).toBe(0);
    expect(stepEmotion(null, 'down')).toBe(0);
  });

  it('averages only the emotions that are set', () => {
    expect(averageEmotion([1, null, -2])).toBe(-0.5);
    expect(averageEmotion([null])).toBeNull();
  });
});

describe('touchpointsById', () => {
  it('indexes each touchpoints array once, the last of a repeated id winning', () => {
    const first = felt('a1', 's1', 'a', 2);
    const repeated = felt('a1', 's2', 'b', -1);
    const touchpoints = [first, felt('b1', 's1', 'b', null), repeated];
    const index = touchpointsById(touchpoints);
    expect(index.get('a1')).toBe(repeated);
    expect(index.get('b1')?.emotion).toBeNull();
    expect(touchpointsById(touchpoints)).toBe(index);
    const edited = touchpoints.map((touchpoint) =>
      touchpoint === repeated ? { ...repeated, emotion: 1 as const } : touchpoint,
    );
    expect(touchpointsById(edited)).not.toBe(index);
    expect(touchpointsById(edited).get('a1')?.emotion).toBe(1);
  });
});
