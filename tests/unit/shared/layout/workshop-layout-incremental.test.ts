/**
 * `layoutWorkshop(map, layout, options, previous)` and `layoutEmotionCurve(…, previous)` reuse what an
 * earlier layout placed and plotted: they must give exactly the layout a computation from scratch gives,
 * whatever edits came in between, and keep the objects an edit leaves alone.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  layoutEmotionCurve,
  type EmotionCurveGeometry,
  type EmotionPoint,
} from '../../../../shared/layout/emotion-curve-geometry';
import { DEFAULT_LAYOUT_OPTIONS, layoutJourney } from '../../../../shared/layout/grid-layout';
import { layoutWorkshop, type WorkshopLayout } from '../../../../shared/layout/workshop-layout';
import { updateTouchpoint, type JourneyMap } from '../../../../shared/model';
import { generateJourneyMap } from '../../../support/map-generator';
import { walkEdits, workshopEditArbitrary } from '../../../support/workshop-edits';
import { smallMap, tp } from './fixtures';

/** The points of `curve` by touchpoint id. */
function pointsById(curve: EmotionCurveGeometry): Map<string, EmotionPoint> {
  return new Map(curve.points.map((point) => [point.touchpointId, point]));
}

describe('layoutWorkshop with a previous workshop layout', () => {
  it('gives the same layout as from scratch after any sequence of edits, keeping the points that stay the same', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000 }),
        fc.constantFrom(8, 60),
        fc.array(workshopEditArbitrary, { minLength: 1, maxLength: 25 }),
        (seed, touchpoints, edits) => {
          let workshop: WorkshopLayout | null = null;
          walkEdits(
            { touchpoints, seed },
            edits,
            ({ map, options, grid }) => (workshop = layoutWorkshop(map, grid, options.workshop)),
            ({ map, options, grid, sameOptions, unchanged }) => {
              const before = workshop;
              workshop = layoutWorkshop(map, grid, options.workshop, before);
              expect(workshop).toEqual(layoutWorkshop(map, layoutJourney(map, options.grid), options.workshop));
              if (unchanged) expect(workshop).toBe(before);
              if (!before || !sameOptions) return;
              const pointsBefore = pointsById(before.curve);
              for (const point of workshop.curve.points) {
                const old = pointsBefore.get(point.touchpointId);
                if (old && JSON.stringify(old) === JSON.stringify(point)) expect(point).toBe(old);
              }
            },
          );
        },
      ),
      { numRuns: 100 },
    );
  });

  it('keeps the notes layout and the curve when an edit changes neither', () => {
    const map = generateJourneyMap({ touchpoints: 200, seed: 5 });
    const grid = layoutJourney(map);
    const before = layoutWorkshop(map, grid);
    const touchpoint = map.touchpoints[0];
    if (!touchpoint) throw new Error('the generated map has no touchpoints');
    const edited = updateTouchpoint(map, touchpoint.id, { description: `${touchpoint.description} and more` });
    const after = layoutWorkshop(edited, layoutJourney(edited, DEFAULT_LAYOUT_OPTIONS, grid), {}, before);
    expect(after).toBe(before);
  });
});

describe('layoutEmotionCurve with a previous curve', () => {
  it('replots only the column of a changed emotion, keeping every other point and average', () => {
    const map: JourneyMap = generateJourneyMap({ touchpoints: 200, seed: 8 });
    const grid = layoutJourney(map);
    const before = layoutEmotionCurve(map, grid, grid.height);
    const changed = map.touchpoints.find((touchpoint) => touchpoint.emotion !== 2);
    if (!changed) throw new Error('every emotion is +2');
    const edited = updateTouchpoint(map, changed.id, { emotion: 2 });
    const editedGrid = layoutJourney(edited, DEFAULT_LAYOUT_OPTIONS, grid);
    const after = layoutEmotionCurve(edited, editedGrid, grid.height, undefined, before);
    expect(after).toEqual(layoutEmotionCurve(edited, layoutJourney(edited), grid.height));
    const old = pointsById(before);
    for (const point of after.points) {
      if (point.stageId === changed.stageId) continue;
      expect(point).toBe(old.get(point.touchpointId));
    }
    expect(after.points.find((point) => point.touchpointId === changed.id)?.emotion).toBe(2);
    after.averages.forEach((average, index) => {
      if (average.stageId !== changed.stageId) expect(average).toBe(before.averages[index]);
    });
  });

  it('plots the last touchpoint of a repeated id, as a full layout does, when the twin changes', () => {
    const map = smallMap([
      { ...tp('t1', 's1', 'a'), emotion: 1 },
      tp('t2', 's2', 'b'),
      { ...tp('t1', 's3', null), emotion: -2 },
    ]);
    const grid = layoutJourney(map);
    const before = layoutEmotionCurve(map, grid, 0);
    expect(before.points.find((point) => point.touchpointId === 't1')).toMatchObject({ stageId: 's1', emotion: -2 });
    const twin = map.touchpoints[2];
    if (!twin) throw new Error('no twin');
    const edited = {
      ...map,
      touchpoints: [map.touchpoints[0]!, map.touchpoints[1]!, { ...twin, emotion: 2 as const }],
    };
    const after = layoutEmotionCurve(edited, layoutJourney(edited, DEFAULT_LAYOUT_OPTIONS, grid), 0, undefined, before);
    expect(after.points.find((point) => point.touchpointId === 't1')).toMatchObject({ stageId: 's1', emotion: 2 });
    expect(after).toEqual(layoutEmotionCurve(edited, layoutJourney(edited), 0));
  });

  it('follows the last touchpoint of a repeated id when the twins only swap places in the array', () => {
    const first = { ...tp('t1', 's1', 'a'), emotion: 1 as const };
    const second = { ...tp('t1', 's1', 'a'), emotion: -2 as const };
    const map = smallMap([first, tp('t2', 's2', 'b'), second]);
    const grid = layoutJourney(map);
    const before = layoutEmotionCurve(map, grid, 0);
    const swapped = { ...map, touchpoints: [second, map.touchpoints[1]!, first] };
    const after = layoutEmotionCurve(
      swapped,
      layoutJourney(swapped, DEFAULT_LAYOUT_OPTIONS, grid),
      0,
      undefined,
      before,
    );
    expect(after.points.find((point) => point.touchpointId === 't1')?.emotion).toBe(1);
    expect(after).toEqual(layoutEmotionCurve(swapped, layoutJourney(swapped), 0));
  });
});
