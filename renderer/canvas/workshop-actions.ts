/**
 * The workshop actions of the canvas: fast capture of touchpoints, emotions on the curve, and sticky
 * notes in the parking lot and the stage columns. Each action is at most one undo step.
 */
import type { CellRef, JourneyLayout } from '../../shared/layout/grid-layout';
import { notesByPlace } from '../../shared/layout/notes-layout';
import {
  addNote,
  addTouchpoint,
  moveNote,
  newNote,
  newTouchpoint,
  pasteClipboard,
  removeNote,
  updateNote,
  updateTouchpoint,
  type TouchpointFields,
} from '../../shared/model';
import type { Emotion, JourneyMap, Touchpoint } from '../../shared/model/types';
import type { ViewStore } from '../store/view-store';
import { titlesFromText } from './fast-capture';
import { emotionText } from './labels';
import { nextNoteColor, noteColorName, signed } from './workshop-labels';
import type { CaptureField, WorkshopViewStore } from './workshop-view';

/** Default text of a new sticky note (selected in the editor, so typing replaces it). */
export const NEW_NOTE_TEXT = 'New note';

/** What the workshop actions need from the canvas actions. */
export interface WorkshopActionContext {
  viewStore: ViewStore;
  workshopView: WorkshopViewStore;
  map: () => JourneyMap;
  layout: () => JourneyLayout;
  readOnly: () => boolean;
  /** Applies one edit (one undo step); true when the map changed. */
  edit: (change: (current: JourneyMap) => JourneyMap) => boolean;
  /** The cell the keyboard focus is in, or null. */
  targetCell: () => CellRef | null;
  addTouchpointAtFocus: () => string | null;
  selectAndFocusCards: (ids: readonly string[]) => void;
  cellName: (cell: CellRef) => string;
}

/** The values typed into the fast-capture form. */
export type CaptureValues = Pick<Touchpoint, 'title' | 'channel' | 'intent' | 'emotion'>;

/** Builds the workshop actions over the canvas's stores. */
export function createWorkshopActions(context: WorkshopActionContext) {
  const { viewStore, workshopView, map, layout, readOnly, edit, targetCell, selectAndFocusCards, cellName } = context;
  const view = () => viewStore.getState();
  const workshop = () => workshopView.getState();
  const announce = (message: string) => view().announce(message);

  function stageName(stageId: string | null): string {
    if (stageId === null) return 'the parking lot';
    return map().stages.find((stage) => stage.id === stageId)?.name ?? 'a stage';
  }

  // ----- Fast capture -----

  /** N: adds a touchpoint in the focused cell, editing its title; Enter there goes on to the next one. */
  function captureAtFocus(): string | null {
    const id = context.addTouchpointAtFocus();
    if (id !== null) workshop().setChainFrom(id);
    return id;
  }

  /** Opens the fast-capture form after the title editor of `touchpointId` closed (see `PendingCapture`). */
  function openCaptureAfter(touchpointId: string, then: 'next' | CaptureField): boolean {
    const touchpoint = map().touchpoints.find((tp) => tp.id === touchpointId);
    if (!touchpoint || readOnly()) return false;
    const cell = { stageId: touchpoint.stageId, siloId: touchpoint.siloId };
    workshop().openCapture(
      then === 'next' ? { ...cell, touchpointId: null, field: 'title' } : { ...cell, touchpointId, field: then },
    );
    return true;
  }

  /** Clears the fast-capture form for the next card of `cell`. */
  function continueCapture(cell: CellRef): void {
    workshop().openCapture({ stageId: cell.stageId, siloId: cell.siloId, touchpointId: null, field: 'title' });
  }

  /** Closes the fast-capture form where it is (focus left it): nothing more is added. */
  function closeCapture(): void {
    workshop().closeCapture();
    workshop().setChainFrom(null);
  }

  /**
   * Enter in the fast-capture form: adds the typed touchpoint at the end of the cell (one undo step) and,
   * `andNext`, clears the form for the next one; with the fields of an existing card, applies them (one
   * undo step) and moves on to the next card. An empty title stops capturing. Returns the id of the card
   * added or edited, or null.
   */
  function commitCapture(values: CaptureValues, { andNext = true }: { andNext?: boolean } = {}): string | null {
    const draft = workshop().capture;
    if (!draft) return null;
    const cell = { stageId: draft.stageId, siloId: draft.siloId };
    const next = () => (andNext ? continueCapture(cell) : closeCapture());
    if (draft.touchpointId !== null) {
      const id = draft.touchpointId;
      const fields: TouchpointFields = { ...values, title: values.title.trim() || undefined };
      edit((current) => updateTouchpoint(current, id, fields));
      next();
      return id;
    }
    const title = values.title.trim();
    if (!title) {
      if (andNext) stopCapture();
      else closeCapture();
      return null;
    }
    const touchpoint = newTouchpoint({ ...cell, ...values, title });
    if (!edit((current) => addTouchpoint(current, touchpoint))) {
      stopCapture();
      return null;
    }
    view().select({ kind: 'touchpoint', ids: [touchpoint.id] });
    view().setFocus({ kind: 'card', touchpointId: touchpoint.id });
    next();
    announce(andNext ? `Added ${title}. Type the next touchpoint, or press Escape to stop.` : `Added ${title}`);
    return touchpoint.id;
  }

  function lastInCell(cell: CellRef): string | null {
    const ids = map()
      .touchpoints.filter((tp) => tp.stageId === cell.stageId && tp.siloId === cell.siloId)
      .map((tp) => tp.id);
    return ids.at(-1) ?? null;
  }

  /** Esc in the fast-capture form: closes it (nothing is added) and puts the focus back on the grid. */
  function stopCapture(): void {
    const draft = workshop().capture;
    workshop().closeCapture();
    workshop().setChainFrom(null);
    if (!draft) return;
    const last = draft.touchpointId ?? lastInCell(draft);
    view().setFocus(
      last === null
        ? { kind: 'cell', stageId: draft.stageId, siloId: draft.siloId }
        : { kind: 'card', touchpointId: last },
      true,
    );
  }

  /**
   * Adds one touchpoint per non-empty line of `text` at the end of a cell (the focused one by default),
   * in one undo step, and selects them. Returns their ids.
   */
  function addTouchpointsFromText(text: string, cell: CellRef | null = targetCell()): string[] {
    const target = cell ?? layout().cells[0] ?? null;
    const titles = titlesFromText(text);
    if (!target || titles.length === 0) return [];
    const place = { stageId: target.stageId, siloId: target.siloId };
    let added: string[] = [];
    edit((current) => {
      const touchpoints = titles.map((title) => newTouchpoint({ ...place, title }));
      const result = pasteClipboard(current, { touchpoints, handoffs: [] }, place);
      added = result.pastedIds;
      return result.map;
    });
    if (added.length) {
      selectAndFocusCards(added);
      announce(`Added ${added.length} touchpoint${added.length === 1 ? '' : 's'} in ${cellName(place)}`);
    }
    return added;
  }

  // ----- Emotion curve -----

  /** Sets a touchpoint's emotion (null: not set); one undo step, nothing when it does not change. */
  function setEmotion(touchpointId: string, emotion: Emotion | null): boolean {
    const changed = edit((current) => updateTouchpoint(current, touchpointId, { emotion }));
    if (changed) {
      const title = map().touchpoints.find((tp) => tp.id === touchpointId)?.title ?? '';
      announce(
        emotion === null ? `${title}: emotion not set` : `${title}: ${emotionText(emotion)} (${signed(emotion)})`,
      );
    }
    return changed;
  }

  // ----- Sticky notes -----

  /** The notes in reading order: stage columns left to right, then the parking lot. */
  function noteOrder(): string[] {
    const { byStage, parkingLot } = notesByPlace(map().notes, layout());
    return [
      ...layout().columns.flatMap((column) => (byStage.get(column.stageId) ?? []).map((note) => note.id)),
      ...parkingLot.map((note) => note.id),
    ];
  }

  /**
   * Adds a note (to the parking lot unless a stage is given), focuses it and starts editing its text.
   * Refused on a map without stages, which has no parking lot to show it in.
   */
  function addNoteTo(stageId: string | null = null): string | null {
    if (layout().columns.length === 0) return null;
    const note = newNote({ text: NEW_NOTE_TEXT, stageId });
    if (!edit((current) => addNote(current, note))) return null;
    workshop().focusNote(note.id);
    workshop().startEditingNote(note.id);
    announce(`Added a note to ${stageName(stageId)}`);
    return note.id;
  }

  /** Starts editing a note's text inline. */
  function editNote(noteId: string): boolean {
    if (readOnly() || !map().notes.some((note) => note.id === noteId)) return false;
    workshop().startEditingNote(noteId);
    return true;
  }

  /** Ends inline editing of a note, saving `text` when given (one undo step), and focuses the note again. */
  function finishNoteEdit(noteId: string, text: string | null): void {
    if (text !== null) edit((current) => updateNote(current, noteId, { text }));
    workshop().stopEditingNote();
    workshop().focusNote(noteId);
  }

  /** Gives a note the next palette colour. */
  function cycleNoteColor(noteId: string): boolean {
    const note = map().notes.find((candidate) => candidate.id === noteId);
    if (!note) return false;
    const color = nextNoteColor(note.color);
    const changed = edit((current) => updateNote(current, noteId, { color }));
    if (changed) announce(`Note colour: ${noteColorName(color)}`);
    return changed;
  }

  /** Moves a note into a stage's column, or to the parking lot with null (one undo step). */
  function moveNoteTo(noteId: string, stageId: string | null): boolean {
    const moved = edit((current) => moveNote(current, noteId, stageId));
    if (moved) announce(`Moved the note to ${stageName(stageId)}`);
    return moved;
  }

  /** Alt+Left/Right: moves a note one place along the stages, the parking lot coming after the last stage. */
  function moveNoteBy(noteId: string, direction: 'left' | 'right'): boolean {
    const note = map().notes.find((candidate) => candidate.id === noteId);
    if (!note) return false;
    const places: (string | null)[] = [...layout().columns.map((column) => column.stageId), null];
    const from = places.indexOf(note.stageId);
    const to = Math.min(
      Math.max((from < 0 ? places.length - 1 : from) + (direction === 'left' ? -1 : 1), 0),
      places.length - 1,
    );
    const target = places[to];
    if (target === undefined) return false;
    const moved = moveNoteTo(noteId, target);
    workshop().focusNote(noteId);
    return moved;
  }

  /** Removes a note (one undo step) and moves the focus to the next one, or back to the grid. */
  function removeNoteById(noteId: string): boolean {
    const order = noteOrder();
    const index = order.indexOf(noteId);
    if (!edit((current) => removeNote(current, noteId))) return false;
    workshop().stopEditingNote();
    const next = order[index + 1] ?? order[index - 1];
    if (next !== undefined) workshop().focusNote(next);
    else view().setFocus(view().focus, true);
    announce('Deleted the note');
    return true;
  }

  /** Moves the keyboard focus to the previous or next note in reading order. */
  function moveNoteFocus(noteId: string, direction: 'previous' | 'next'): boolean {
    const order = noteOrder();
    const index = order.indexOf(noteId);
    const next = order[index + (direction === 'previous' ? -1 : 1)];
    if (index < 0 || next === undefined) return false;
    workshop().focusNote(next);
    return true;
  }

  return {
    captureAtFocus,
    openCaptureAfter,
    commitCapture,
    continueCapture,
    closeCapture,
    stopCapture,
    addTouchpointsFromText,
    setEmotion,
    noteOrder,
    addNote: addNoteTo,
    editNote,
    finishNoteEdit,
    cycleNoteColor,
    moveNoteTo,
    moveNoteBy,
    removeNoteById,
    moveNoteFocus,
  };
}

export type WorkshopActions = ReturnType<typeof createWorkshopActions>;
