import { filterKeep, mapKeep, patchKeep } from './arrays';
import { NOTE_PALETTE } from './palette';
import { contextOf, sanitizeNote } from './sanitize';
import { cleanColor, cleanOptionalText } from './text-limits';
import type { JourneyMap, Note } from './types';

/** The editable fields of a note (its place is changed with `moveNote`). */
export interface NoteFields {
  text?: string;
  color?: string;
}

function updateNoteWith(map: JourneyMap, noteId: string, patch: Partial<Note>): JourneyMap {
  const notes = mapKeep(map.notes, (note) => (note.id === noteId ? patchKeep(note, patch) : note));
  return notes === map.notes ? map : { ...map, notes };
}

/** Adds a sticky note; one naming an unknown stage goes to the parking lot. Refused when its id clashes. */
export function addNote(map: JourneyMap, note: Note): JourneyMap {
  const clean = sanitizeNote(note, contextOf(map), NOTE_PALETTE[0]);
  return clean === null ? map : { ...map, notes: [...map.notes, clean] };
}

/** Updates a note's text or colour (`#rrggbb`, anything else ignored). */
export function updateNote(map: JourneyMap, noteId: string, fields: NoteFields): JourneyMap {
  return updateNoteWith(map, noteId, {
    text: fields.text === undefined ? undefined : (cleanOptionalText(fields.text) ?? undefined),
    color: fields.color === undefined ? undefined : (cleanColor(fields.color) ?? undefined),
  });
}

/** Moves a note into a stage's column, or to the parking lot with `null`; an unknown stage is refused. */
export function moveNote(map: JourneyMap, noteId: string, stageId: string | null): JourneyMap {
  if (stageId !== null && !map.stages.some((stage) => stage.id === stageId)) return map;
  const notes = mapKeep(map.notes, (note) =>
    note.id === noteId && note.stageId !== stageId ? { ...note, stageId } : note,
  );
  return notes === map.notes ? map : { ...map, notes };
}

/** Removes a note. */
export function removeNote(map: JourneyMap, noteId: string): JourneyMap {
  const notes = filterKeep(map.notes, (note) => note.id !== noteId);
  return notes === map.notes ? map : { ...map, notes };
}
