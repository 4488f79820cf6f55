import { describe, expect, it } from 'vitest';
import { layoutJourney, type Rect } from '../../../../shared/layout/grid-layout';
import { layoutWorkshop, noteDropTargetAt } from '../../../../shared/layout/workshop-layout';
import { smallMap, tp } from './fixtures';

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function centre(rect: Rect) {
  return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
}

const map = {
  ...smallMap([tp('t1', 's1', 'a'), tp('t2', 's2', 'b')]),
  notes: [
    { id: 'n1', text: 'Who owns renewal?', color: '#fde68a', stageId: 's2' },
    { id: 'p1', text: 'Later', color: '#bfdbfe', stageId: null },
  ],
};
const layout = layoutJourney(map);
const workshop = layoutWorkshop(map, layout);

describe('layoutWorkshop', () => {
  it('stacks the grid, the notes row and the emotion curve, with the parking lot beside them all', () => {
    const { row, parkingLot } = workshop.notes;
    const band = workshop.curve.band;
    expect(row.y).toBe(layout.height);
    expect(band.y).toBe(row.y + row.height);
    expect(band.width).toBe(layout.width);
    expect(parkingLot.x).toBeGreaterThan(layout.width);
    expect(parkingLot.height).toBeGreaterThanOrEqual(band.y + band.height);
    expect(overlaps(row, band)).toBe(false);
    expect(overlaps(parkingLot, band)).toBe(false);
    expect(overlaps(parkingLot, row)).toBe(false);
    expect(workshop.width).toBe(parkingLot.x + parkingLot.width);
    expect(workshop.height).toBe(Math.max(band.y + band.height, parkingLot.height));
  });

  it('lines the emotion curve up with the stage columns', () => {
    const points = workshop.curve.points;
    expect(points.map((point) => point.stageId)).toEqual(['s1', 's2']);
    const column = layout.columns[1];
    expect(points[1]?.x).toBe((column?.x ?? 0) + (column?.width ?? 0) / 2);
  });
});

describe('noteDropTargetAt', () => {
  it('is the parking lot over the parking lot', () => {
    expect(noteDropTargetAt(layout, workshop, centre(workshop.notes.parkingLot))).toEqual({ kind: 'parking-lot' });
  });

  it('is the stage of the column under the point, from its header down to the emotion curve', () => {
    const column = layout.columns[2];
    if (!column) throw new Error('no column');
    const x = column.x + column.width / 2;
    for (const y of [5, layout.height / 2, workshop.notes.row.y + 5, workshop.curve.band.y + 5]) {
      expect(noteDropTargetAt(layout, workshop, { x, y })).toEqual({ kind: 'stage', stageId: 's3' });
    }
  });

  it('is nothing over the silo headers, below the curve or outside the map', () => {
    expect(noteDropTargetAt(layout, workshop, { x: 10, y: 200 })).toBeNull();
    expect(noteDropTargetAt(layout, workshop, { x: 300, y: workshop.height + 50 })).toBeNull();
    expect(noteDropTargetAt(layout, workshop, { x: -40, y: 40 })).toBeNull();
  });
});
