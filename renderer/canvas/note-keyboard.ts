/**
 * The keyboard of a focused sticky note: Enter/F2 edit its text, arrows move to the previous/next note,
 * Alt+Left/Right move it along the stages and the parking lot, C changes its colour, Delete removes it,
 * Escape goes back to the grid.
 */
import type { ViewStore } from '../store/view-store';
import type { WorkshopActions } from './workshop-actions';

/** The keys of a keydown a note looks at. */
export type NoteKeyEvent = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

/** Handles one keydown on a focused note; true when it was a note shortcut (the caller prevents the default). */
export function handleNoteKey(
  noteId: string,
  event: NoteKeyEvent,
  actions: WorkshopActions,
  viewStore: ViewStore,
): boolean {
  if (event.ctrlKey || event.metaKey) return false;
  if (event.altKey) {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return false;
    actions.moveNoteBy(noteId, event.key === 'ArrowLeft' ? 'left' : 'right');
    return true;
  }
  switch (event.key) {
    case 'Enter':
    case 'F2':
      return actions.editNote(noteId);
    case 'ArrowUp':
    case 'ArrowLeft':
      actions.moveNoteFocus(noteId, 'previous');
      return true;
    case 'ArrowDown':
    case 'ArrowRight':
      actions.moveNoteFocus(noteId, 'next');
      return true;
    case 'Delete':
    case 'Backspace':
      return actions.removeNoteById(noteId);
    case 'Escape': {
      const view = viewStore.getState();
      view.setFocus(view.focus, true);
      return true;
    }
  }
  if (event.shiftKey) return false;
  switch (event.key.toLowerCase()) {
    case 'c':
      return actions.cycleNoteColor(noteId);
    case 'p':
      return actions.addNote() !== null;
    default:
      return false;
  }
}
