/**
 * Everything the workshop adds around the grid, placed so nothing overlaps: the notes row under the
 * lanes, the emotion curve under the notes row, and the parking lot right of it all. Plus where a
 * dragged note would land.
 */
import type { JourneyMap } from '../model/types';
import {
  DEFAULT_EMOTION_CURVE_OPTIONS,
  layoutEmotionCurve,
  type EmotionCurveGeometry,
  type EmotionCurveOptions,
} from './emotion-curve-geometry';
import type { JourneyLayout, Point } from './grid-layout';
import { contains } from './hit-test';
import { DEFAULT_NOTES_LAYOUT_OPTIONS, layoutNotes, type NotesLayout, type NotesLayoutOptions } from './notes-layout';

export interface WorkshopLayout {
  notes: NotesLayout;
  curve: EmotionCurveGeometry;
  /** Total size, the grid included. */
  width: number;
  height: number;
}

/** Where a note dropped at a point goes: a stage's column, or the parking lot. */
export type NoteDropTarget = { kind: 'stage'; stageId: string } | { kind: 'parking-lot' };

/** What a workshop layout keeps for the next one to reuse: the notes layout and what it was made from. */
interface WorkshopTrace {
  notes: JourneyMap['notes'];
  options: NotesLayoutOptions;
  /** The grid the notes were placed around (they depend on its size, header height and columns' ids and x). */
  layout: JourneyLayout;
  notesLayout: NotesLayout;
}

const traces = new WeakMap<WorkshopLayout, WorkshopTrace>();

/** True when `layoutNotes` places notes the same around both grids: same size, header height and columns. */
function sameNotesFrame(a: JourneyLayout, b: JourneyLayout): boolean {
  return (
    a.width === b.width &&
    a.height === b.height &&
    a.options.stageHeaderHeight === b.options.stageHeaderHeight &&
    a.columns.length === b.columns.length &&
    a.columns.every((column, index) => column.stageId === b.columns[index]?.stageId && column.x === b.columns[index]?.x)
  );
}

/** The notes layout, `trace`'s when it was made from the same notes array and options around the same frame. */
function notesFor(
  notes: JourneyMap['notes'],
  layout: JourneyLayout,
  options: NotesLayoutOptions,
  trace: WorkshopTrace | undefined,
): NotesLayout {
  const same = trace && trace.notes === notes && trace.options === options && sameNotesFrame(trace.layout, layout);
  return same ? trace.notesLayout : layoutNotes({ notes }, layout, options);
}

/**
 * Lays out the notes row, the emotion curve and the parking lot around `layout`. Given `previous`, the
 * workshop layout of an earlier version of the map, it reuses the notes layout when the notes and the
 * grid's frame are the same, replots only the curve's changed columns, and returns `previous` itself when
 * nothing changed; the result equals one made without it.
 */
export function layoutWorkshop(
  map: Pick<JourneyMap, 'notes' | 'touchpoints'>,
  layout: JourneyLayout,
  options: { notes?: NotesLayoutOptions; curve?: EmotionCurveOptions } = {},
  previous: WorkshopLayout | null = null,
): WorkshopLayout {
  const notesOptions = options.notes ?? DEFAULT_NOTES_LAYOUT_OPTIONS;
  const trace = previous ? traces.get(previous) : undefined;
  const notes = notesFor(map.notes, layout, notesOptions, trace);
  const curve = layoutEmotionCurve(
    map,
    layout,
    notes.row.y + notes.row.height,
    options.curve ?? DEFAULT_EMOTION_CURVE_OPTIONS,
    previous?.curve ?? null,
  );
  const placedBefore = previous && notes === trace?.notesLayout ? previous.notes : undefined;
  const workshop = placedBefore && curve === previous?.curve ? previous : placeAround(notes, curve, placedBefore);
  traces.set(workshop, { notes: map.notes, options: notesOptions, layout, notesLayout: notes });
  return workshop;
}

/**
 * The notes layout and the curve, with the parking lot reaching down to the bottom of the curve;
 * `placedBefore`, the same notes layout placed before, is kept when its parking lot is as tall.
 */
function placeAround(
  notes: NotesLayout,
  curve: EmotionCurveGeometry,
  placedBefore: NotesLayout | undefined,
): WorkshopLayout {
  const bottom = curve.band.y + curve.band.height;
  const height = Math.max(notes.parkingLot.height, bottom);
  const placed =
    placedBefore?.parkingLot.height === height
      ? placedBefore
      : { ...notes, parkingLot: { ...notes.parkingLot, height } };
  const { parkingLot } = placed;
  return {
    notes: placed,
    curve,
    width: parkingLot.x + parkingLot.width,
    height: Math.max(bottom, parkingLot.height),
  };
}

/**
 * The place a note dropped at `point` goes: the parking lot when over it, the stage whose column
 * (header to emotion curve) is under it, or null elsewhere (the note stays where it was).
 */
export function noteDropTargetAt(layout: JourneyLayout, workshop: WorkshopLayout, point: Point): NoteDropTarget | null {
  if (contains(workshop.notes.parkingLot, point)) return { kind: 'parking-lot' };
  const bottom = workshop.curve.band.y + workshop.curve.band.height;
  if (point.y < 0 || point.y >= bottom) return null;
  const column = layout.columns.find((candidate) => point.x >= candidate.x && point.x < candidate.x + candidate.width);
  return column ? { kind: 'stage', stageId: column.stageId } : null;
}
