/**
 * The canvas projects the workshop layer from the last projection (`projectWorkshop(…, previous)`) and
 * lays it out from the last layout: after any edits that must give the nodes a fresh projection of a
 * fresh layout gives, and hand back every node that did not change as the very same object.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { projectWorkshop } from '../../../../renderer/canvas/workshop-to-flow';
import type { WorkshopNode } from '../../../../renderer/canvas/workshop-types';
import { layoutJourney } from '../../../../shared/layout/grid-layout';
import { layoutWorkshop, type WorkshopLayout } from '../../../../shared/layout/workshop-layout';
import { sameValue } from '../../../../shared/model/same-value';
import type { JourneyMap } from '../../../../shared/model/types';
import { generateJourneyMap } from '../../../support/map-generator';
import { walkEdits, workshopEditArbitrary, type WorkshopOptions } from '../../../support/workshop-edits';

/** The nodes of a copy of `map` laid out and projected from scratch (no object shared with earlier runs). */
function freshNodes(map: JourneyMap, options: WorkshopOptions): WorkshopNode[] {
  const copy = structuredClone(map);
  const grid = layoutJourney(copy, options.grid);
  return projectWorkshop(copy, grid, layoutWorkshop(copy, grid, options.workshop));
}

describe('projectWorkshop with the previous projection', () => {
  it('projects what a fresh projection does after any sequence of edits, handing back every unchanged node', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000 }),
        fc.constantFrom(8, 60),
        fc.array(workshopEditArbitrary, { minLength: 1, maxLength: 20 }),
        (seed, touchpoints, edits) => {
          let workshop: WorkshopLayout | null = null;
          let nodes: WorkshopNode[] = [];
          walkEdits(
            { touchpoints, seed },
            edits,
            ({ map, options, grid }) => {
              workshop = layoutWorkshop(map, grid, options.workshop);
              nodes = projectWorkshop(map, grid, workshop);
            },
            ({ map, options, grid, unchanged }) => {
              const before = nodes;
              workshop = layoutWorkshop(map, grid, options.workshop, workshop);
              nodes = projectWorkshop(map, grid, workshop, before);
              const fresh = freshNodes(map, options);
              expect(nodes).toEqual(fresh);
              const previousById = new Map(before.map((node) => [node.id, node]));
              nodes.forEach((node, index) => {
                const previous = previousById.get(node.id);
                if (previous && sameValue(previous, fresh[index])) expect(node).toBe(previous);
              });
              if (unchanged) expect(nodes).toBe(before);
            },
          );
        },
      ),
      { numRuns: 60 },
    );
  });

  it('draws the stage columns of the grid it is given, even for a notes layout and curve it projected before', () => {
    const map = generateJourneyMap({ touchpoints: 30, seed: 2 });
    const grid = layoutJourney(map);
    const workshop = layoutWorkshop(map, grid);
    projectWorkshop(map, grid, workshop);
    for (const change of [{ cardWidth: 260 }, { siloHeaderWidth: 240 }]) {
      const other = layoutJourney(map, { ...grid.options, ...change });
      const columns = other.columns.map((column) => ({ stageId: column.stageId, x: column.x, width: column.width }));
      for (const node of projectWorkshop(map, other, workshop)) {
        if (node.type !== 'notesLane' && node.type !== 'emotionCurve') continue;
        expect(node.data.columns).toEqual(columns);
        expect(node.data.labelWidth).toBe(other.options.siloHeaderWidth);
      }
    }
  });

  it('hands back the curve points that did not move when one emotion changes', () => {
    const map = generateJourneyMap({ touchpoints: 120, seed: 4 });
    const grid = layoutJourney(map);
    const workshop = layoutWorkshop(map, grid);
    const nodes = projectWorkshop(map, grid, workshop);
    const changed = map.touchpoints.find((touchpoint) => touchpoint.emotion !== 1);
    if (!changed) throw new Error('every emotion is +1');
    const edited = {
      ...map,
      touchpoints: map.touchpoints.map((tp) => (tp === changed ? { ...tp, emotion: 1 as const } : tp)),
    };
    const editedGrid = layoutJourney(edited, grid.options, grid);
    const next = projectWorkshop(edited, editedGrid, layoutWorkshop(edited, editedGrid, {}, workshop), nodes);
    const curveOf = (list: readonly WorkshopNode[]) => {
      const curve = list.find((node) => node.type === 'emotionCurve');
      if (curve?.type !== 'emotionCurve') throw new Error('no curve');
      return curve;
    };
    const pointsBefore = new Map(curveOf(nodes).data.points.map((point) => [point.touchpointId, point]));
    const moved = curveOf(next).data.points.filter((point) => point !== pointsBefore.get(point.touchpointId));
    expect(moved.map((point) => point.touchpointId)).toEqual([changed.id]);
    next.forEach((node, index) => {
      if (node.type !== 'emotionCurve') expect(node).toBe(nodes[index]);
    });
  });
});
