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

/** Lays out the notes row, the emotion curve and the parking lot around `layout`. */
export function layoutWorkshop(
  map: Pick<JourneyMap, 'notes' | 'touchpoints'>,
  layout: JourneyLayout,
  options: { notes?: NotesLayoutOptions; curve?: EmotionCurveOptions } = {},
): WorkshopLayout {
  const notes = layoutNotes(map, layout, options.notes ?? DEFAULT_NOTES_LAYOUT_OPTIONS);
  const curve = layoutEmotionCurve(
    map,
    layout,
    notes.row.y + notes.row.height,
    options.curve ?? DEFAULT_EMOTION_CURVE_OPTIONS,
  );
  const bottom = curve.band.y + curve.band.height;
  const parkingLot = { ...notes.parkingLot, height: Math.max(notes.parkingLot.height, bottom) };
  return {
    notes: { ...notes, parkingLot },
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
