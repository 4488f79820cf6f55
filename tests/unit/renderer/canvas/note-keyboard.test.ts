import { describe, expect, it, vi } from 'vitest';
import { createCanvasActions } from '../../../../renderer/canvas/canvas-actions';
import { handleCanvasKey, type CanvasKeyEvent } from '../../../../renderer/canvas/canvas-keyboard';
import { handleNoteKey } from '../../../../renderer/canvas/note-keyboard';
import { workshopViewFor } from '../../../../renderer/canvas/workshop-view';
import type { JourneyMap } from '../../../../shared/model/types';
import { storesFor, workshopMap } from './canvas-fixtures';

function setup() {
  const map: JourneyMap = {
    ...workshopMap(),
    notes: [
      { id: 'n1', text: 'One', color: '#fde68a', stageId: 's1' },
      { id: 'n2', text: 'Two', color: '#fde68a', stageId: null },
    ],
  };
  const { documentStore, viewStore } = storesFor(map);
  const workshopView = workshopViewFor(documentStore);
  const actions = createCanvasActions({ documentStore, viewStore });
  const press = (noteId: string, key: string, modifiers: Partial<CanvasKeyEvent> = {}) =>
    handleNoteKey(
      noteId,
      { key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...modifiers },
      actions,
      viewStore,
    );
  const notes = () => documentStore.getState().map.notes;
  return { documentStore, viewStore, workshopView, actions, press, notes };
}

describe('the keyboard of a focused note', () => {
  it('edits with Enter or F2', () => {
    const { press, workshopView } = setup();
    expect(press('n1', 'Enter')).toBe(true);
    expect(workshopView.getState().editingNoteId).toBe('n1');
    workshopView.getState().stopEditingNote();
    expect(press('n2', 'F2')).toBe(true);
    expect(workshopView.getState().editingNoteId).toBe('n2');
  });

  it('moves the focus to the next and previous note with the arrows', () => {
    const { press, workshopView } = setup();
    press('n1', 'ArrowDown');
    expect(workshopView.getState().noteFocus?.noteId).toBe('n2');
    press('n2', 'ArrowLeft');
    expect(workshopView.getState().noteFocus?.noteId).toBe('n1');
  });

  it('moves the note with Alt+arrows, recolours with C and removes with Delete', () => {
    const { press, notes } = setup();
    expect(press('n1', 'ArrowRight', { altKey: true })).toBe(true);
    expect(notes().find((note) => note.id === 'n1')?.stageId).toBe('s2');
    expect(press('n1', 'c')).toBe(true);
    expect(notes().find((note) => note.id === 'n1')?.color).toBe('#bbf7d0');
    expect(press('n2', 'Delete')).toBe(true);
    expect(notes().map((note) => note.id)).toEqual(['n1']);
  });

  it('leaves Ctrl/Cmd shortcuts and other letters to the rest of the app', () => {
    const { press } = setup();
    expect(press('n1', 'z', { ctrlKey: true })).toBe(false);
    expect(press('n1', 'x')).toBe(false);
  });
});

describe('the canvas keyboard and notes', () => {
  function canvasPress(key: string, target: EventTarget | null) {
    const stores = setup();
    const zoom = { zoomIn: vi.fn(), zoomOut: vi.fn(), fit: vi.fn() };
    const handled = handleCanvasKey(
      { key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, target },
      stores.actions,
      stores.viewStore,
      zoom,
      false,
    );
    return { ...stores, handled };
  }

  it('adds a note to the parking lot with P', () => {
    const { handled, notes, workshopView } = canvasPress('p', null);
    expect(handled).toBe(true);
    expect(notes()).toHaveLength(3);
    expect(notes()[2]?.stageId).toBeNull();
    expect(workshopView.getState().editingNoteId).toBe(notes()[2]?.id);
  });

  it('hands keys on a note node to the note', () => {
    const node = document.createElement('div');
    node.className = 'react-flow__node';
    node.setAttribute('data-id', 'note:n2');
    const { handled, notes } = canvasPress('Delete', node);
    expect(handled).toBe(true);
    expect(notes().map((note) => note.id)).toEqual(['n1']);
  });

  it('leaves Enter and Space on a button to the button', () => {
    const button = document.createElement('button');
    const { handled, viewStore } = canvasPress('Enter', button);
    expect(handled).toBe(false);
    expect(viewStore.getState().editing).toBeNull();
  });
});
