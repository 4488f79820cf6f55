/** Turning review mode on and off, and what that means for saving. */
import type { DocumentState } from '../store/document-store';

/**
 * True when the file was opened read-only (main could not write it, or it was opened for review) and the
 * user turned review mode off to edit: Save then saves a copy (Save As…) and leaves the file untouched.
 */
export function savesToCopy(state: Pick<DocumentState, 'info' | 'reviewMode'>): boolean {
  return state.info.readOnly && !state.reviewMode;
}

/** What the status line says after review mode is turned on or off. */
export function reviewModeMessage(state: Pick<DocumentState, 'info' | 'reviewMode'>): string {
  if (state.reviewMode) return 'Review mode: the map is read-only. You can add comments.';
  if (savesToCopy(state)) return 'Review mode is off. This file was opened read-only, so Save will save a copy (Save As…).';
  return 'Review mode is off: you can edit the map.';
}
