/**
 * The canvas's keyboard: arrows move focus across the grid, Alt+arrows move the focused item, N/S/L add
 * a touchpoint/stage/silo (N starts fast capture), P a note, Enter/F2 rename, H makes a hand-off, Delete
 * removes, Ctrl/Cmd+C/X/V/D/A. A focused note has its own keys. Keys typed into a text field, or pressed on
 * a button or list box, never reach these shortcuts.
 */
import type { Direction } from '../../shared/layout/grid-navigation';
import { isTextField } from '../shell/text-fields';
import type { ViewStore } from '../store/view-store';
import type { CanvasActions } from './canvas-actions';
import { handleNoteKey } from './note-keyboard';
import { noteIdOfElement } from './workshop-types';

export interface ZoomControls {
  zoomIn: () => void;
  zoomOut: () => void;
  fit: () => void;
}

/** The keys of a keydown the canvas looks at. */
export type CanvasKeyEvent = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'> & {
  target: EventTarget | null;
};

const ARROWS: Record<string, Direction> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

/** The clipboard-style command a Ctrl/Cmd shortcut asks for, or null. */
export function modifierCommand(
  event: CanvasKeyEvent,
  mac: boolean,
): 'copy' | 'cut' | 'paste' | 'duplicate' | 'select-all' | null {
  const modifier = mac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
  if (!modifier || event.altKey || event.shiftKey) return null;
  switch (event.key.toLowerCase()) {
    case 'c':
      return 'copy';
    case 'x':
      return 'cut';
    case 'v':
      return 'paste';
    case 'd':
      return 'duplicate';
    case 'a':
      return 'select-all';
    default:
      return null;
  }
}

/** Handles one keydown on the canvas; returns true when it was a canvas shortcut (the caller prevents the default). */
export function handleCanvasKey(
  event: CanvasKeyEvent,
  actions: CanvasActions,
  viewStore: ViewStore,
  zoom: ZoomControls,
  mac: boolean,
): boolean {
  if (event.target instanceof Element && (isTextField(event.target) || isControl(event.target))) return false;
  const view = viewStore.getState();
  if (view.editing) return false;
  const noteId = noteIdOfElement(event.target);
  if (noteId !== null) return handleNoteKey(noteId, event, actions, viewStore);

  const command = modifierCommand(event, mac);
  if (command) {
    switch (command) {
      case 'copy':
        return actions.copy() !== null;
      case 'cut':
        return actions.cut();
      case 'paste':
        void actions.paste();
        return true;
      case 'duplicate':
        actions.duplicate();
        return true;
      case 'select-all':
        actions.selectAll();
        return true;
    }
  }
  if (event.ctrlKey || event.metaKey) return false;

  const direction = ARROWS[event.key];
  if (direction) {
    if (event.altKey) actions.moveFocusedItem(direction);
    else if (!event.shiftKey) actions.moveFocusBy(direction);
    else return false;
    return true;
  }
  if (event.altKey) return false;

  const focused = view.focus;
  switch (event.key) {
    case 'Enter':
      if (view.connectingFrom !== null) return actions.connectFromFocus();
      if (focused?.kind === 'cell') return actions.captureAtFocus() !== null;
      return actions.editFocused();
    case 'F2':
      return actions.editFocused();
    case 'Delete':
    case 'Backspace':
      return actions.deleteSelection();
    case 'Escape':
      if (view.connectingFrom !== null) {
        view.setConnectingFrom(null);
        view.announce('Hand-off cancelled');
      } else view.select(null);
      return true;
    case ' ':
      return toggleFocusedSelection(viewStore, event.shiftKey);
    case '+':
    case '=':
      zoom.zoomIn();
      return true;
    case '-':
      zoom.zoomOut();
      return true;
    case '0':
      zoom.fit();
      return true;
  }
  if (event.shiftKey) return false;
  switch (event.key.toLowerCase()) {
    case 'n':
      return actions.captureAtFocus() !== null;
    case 'p':
      return actions.addNote() !== null;
    case 's':
      return actions.addStageAt() !== null;
    case 'l':
      return actions.addSiloAt() !== null;
    case 'h':
      return actions.connectFromFocus();
    default:
      return false;
  }
}

/** True for a button, link or list box: Enter and Space there work the control itself. */
function isControl(element: Element): boolean {
  return element.matches('button, a[href], select');
}

/** Space selects the focused item; Shift+Space adds a focused card to (or removes it from) the selection. */
function toggleFocusedSelection(viewStore: ViewStore, extend: boolean): boolean {
  const { focus, selection, select } = viewStore.getState();
  if (!focus) return false;
  if (focus.kind === 'card') {
    const id = focus.touchpointId;
    if (extend && selection?.kind === 'touchpoint') {
      const ids = selection.ids.includes(id) ? selection.ids.filter((other) => other !== id) : [...selection.ids, id];
      select({ kind: 'touchpoint', ids });
    } else select({ kind: 'touchpoint', ids: [id] });
    return true;
  }
  if (focus.kind === 'stage') select({ kind: 'stage', ids: [focus.stageId] });
  else if (focus.kind === 'silo' && focus.siloId !== null) select({ kind: 'silo', ids: [focus.siloId] });
  else return false;
  return true;
}
