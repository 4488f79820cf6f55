import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { layoutJourney, type Rect } from '../../../../shared/layout/grid-layout';
import {
  DEFAULT_NOTES_LAYOUT_OPTIONS,
  layoutNotes,
  noteHeight,
  noteTextLines,
} from '../../../../shared/layout/notes-layout';
import type { Note } from '../../../../shared/model/types';
import { smallMap, tp } from './fixtures';

function note(id: string, stageId: string | null, text = id): Note {
  return { id, text, color: '#fde68a', stageId };
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function inside(inner: Rect, outer: Rect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

describe('layoutNotes', () => {
  it('puts a note with a stage in the notes row under the lanes, in its stage column, in array order', () => {
    const map = { ...smallMap([tp('t', 's2', 'a')]), notes: [note('n1', 's2'), note('n2', 's1'), note('n3', 's2')] };
    const layout = layoutJourney(map);
    const notes = layoutNotes(map, layout);
    expect(notes.row.y).toBe(layout.height);
    const column = (stageId: string) => layout.columns.find((candidate) => candidate.stageId === stageId);
    for (const id of ['n1', 'n2', 'n3']) {
      const box = notes.notes.get(id);
      const stage = column(box?.stageId ?? '');
      expect(box && stage && box.x >= stage.x && box.x + box.width <= stage.x + stage.width).toBe(true);
      expect(box && inside(box, notes.row)).toBe(true);
    }
    const n1 = notes.notes.get('n1');
    const n3 = notes.notes.get('n3');
    expect(n1?.index).toBe(0);
    expect(n3?.index).toBe(1);
    expect((n3?.y ?? 0) > (n1?.y ?? 0) + (n1?.height ?? 0)).toBe(true);
  });

  it('puts notes without a stage, or naming a stage not on the map, in the parking lot right of the grid', () => {
    const map = { ...smallMap([]), notes: [note('p1', null), note('lost', 'nowhere')] };
    const layout = layoutJourney(map);
    const notes = layoutNotes(map, layout);
    expect(notes.parkingLot.x).toBeGreaterThanOrEqual(layout.width);
    for (const id of ['p1', 'lost']) {
      const box = notes.notes.get(id);
      expect(box?.stageId).toBeNull();
      expect(box && inside(box, notes.parkingLot)).toBe(true);
      expect(box && overlaps(box, notes.parkingLotHeader)).toBe(false);
    }
  });

  it('keeps an empty notes row at its minimum height', () => {
    const map = smallMap([]);
    expect(layoutNotes(map, layoutJourney(map)).row.height).toBe(DEFAULT_NOTES_LAYOUT_OPTIONS.minRowHeight);
  });

  it('wraps a long parking lot into more columns', () => {
    const count = DEFAULT_NOTES_LAYOUT_OPTIONS.maxNotesPerColumn + 2;
    const map = { ...smallMap([]), notes: Array.from({ length: count }, (_, index) => note(`p${index}`, null)) };
    const notes = layoutNotes(map, layoutJourney(map));
    const xs = new Set([...notes.notes.values()].map((box) => box.x));
    expect(xs.size).toBe(2);
  });

  it('clamps long note text to a few lines', () => {
    expect(noteTextLines('short')).toBe(1);
    expect(noteTextLines('x'.repeat(10_000))).toBe(DEFAULT_NOTES_LAYOUT_OPTIONS.maxLines);
    expect(noteHeight('a\nb')).toBe(
      DEFAULT_NOTES_LAYOUT_OPTIONS.chromeHeight + 2 * DEFAULT_NOTES_LAYOUT_OPTIONS.lineHeight,
    );
  });

  it('never overlaps two notes, a note and the grid, or the parking lot and the grid, whatever the notes', () => {
    const stages = ['s1', 's2', 's3'];
    const noteArbitrary = fc.record({
      stage: fc.constantFrom<string | null>(null, ...stages),
      text: fc.string({ maxLength: 300 }),
    });
    fc.assert(
      fc.property(fc.array(noteArbitrary, { maxLength: 30 }), (drafts) => {
        const map = {
          ...smallMap([tp('t1', 's1', 'a'), tp('t2', 's3', 'b')]),
          notes: drafts.map((draft, index) => note(`n${index}`, draft.stage, draft.text)),
        };
        const layout = layoutJourney(map);
        const notes = layoutNotes(map, layout);
        const grid: Rect = { x: 0, y: 0, width: layout.width, height: layout.height };
        const boxes = [...notes.notes.values()];
        expect(boxes).toHaveLength(drafts.length);
        expect(overlaps(notes.parkingLot, grid)).toBe(false);
        expect(overlaps(notes.row, grid)).toBe(false);
        boxes.forEach((box, index) => {
          expect(overlaps(box, grid)).toBe(false);
          expect(inside(box, box.stageId === null ? notes.parkingLot : notes.row)).toBe(true);
          for (const other of boxes.slice(index + 1)) expect(overlaps(box, other)).toBe(false);
        });
      }),
      { numRuns: 150 },
    );
  });
});
